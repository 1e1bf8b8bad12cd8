package io.orderhub.connector.shopserve.internal;

import static io.orderhub.connector.shopserve.ShopserveConstants.*;

import io.orderhub.core.spi.AccountSetting;
import io.orderhub.core.spi.ConversionTables;
import io.orderhub.core.spi.MallCapability;
import io.orderhub.core.spi.MallConnector;
import io.orderhub.core.spi.MallDescriptor;
import io.orderhub.core.spi.StatusMappingModel;

import org.osgi.service.component.annotations.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tells the core that Eストア Shopserve is installed, what it can do and what a Shopserve account needs. */
@Component(service = MallConnector.class, immediate = true, property = "orderhub.mall=" + MALL_ID)
public final class ShopserveConnector implements MallConnector {

    static final MallDescriptor DESCRIPTOR = new MallDescriptor(MALL_ID, "Eストア ショップサーブ", "E-Store Shopserve",
            Set.of(MallCapability.IMPORT_BY_DATE_RANGE, MallCapability.EXPORT_SHIPPING, MallCapability.EXPORT_STATUS),
            ACCOUNT_FACTORY_PID,
            List.of(
                    AccountSetting.string(SHOP_ID, "ショップID", "Shop ID", true, null),
                    AccountSetting.secret(MANAGER_KEY, "マネージャー認証キー", "Manager authentication key"),
                    AccountSetting.url(API_BASE_URL, "APIのURL", "API base URL", false, DEFAULT_API_BASE_URL),
                    AccountSetting.integer(REQUESTS_PER_SECOND, "APIリクエスト数/秒", "API requests per second",
                            DEFAULT_REQUESTS_PER_SECOND, 1, 100)),
            // one order is one delivery update plus one status update; a maintenance closure then stops
            // exactly the order it hit
            1);

    @Override
    public MallDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** S2: Shopserve takes no status of ours; every status but 新規受付, キャンセル and 保留 is exported by default. */
    @Override
    public StatusMappingModel statusMappingModel(Map<String, ?> accountSettings) {
        return ShopserveExporter.MODEL;
    }

    /** C2: common ways of writing a carrier to the shop's carrier names; any other carrier as typed. */
    @Override
    public ConversionTables defaultConversions(Map<String, ?> accountSettings) {
        return ShopserveExporter.DEFAULT_CONVERSIONS;
    }

    /** S2: an order never updated after import is a target while its order date is within the last 4 days. */
    @Override
    public int neverUpdatedExportDays() {
        return ShopserveExporter.NEVER_UPDATED_DAYS;
    }
}
