package io.orderhub.connector.dshopping.internal;

import static io.orderhub.connector.dshopping.DShoppingConstants.*;

import io.orderhub.connector.dshopping.internal.config.DShoppingAccountSettings;
import io.orderhub.core.spi.AccountSetting;
import io.orderhub.core.spi.ConversionTables;
import io.orderhub.core.spi.InvalidSettingException;
import io.orderhub.core.spi.MallCapability;
import io.orderhub.core.spi.MallConnector;
import io.orderhub.core.spi.MallDescriptor;
import io.orderhub.core.spi.SettingValues;
import io.orderhub.core.spi.StatusMappingModel;

import org.osgi.service.component.annotations.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tells the core that dショッピング is installed, what it can do and what an account needs. */
@Component(service = MallConnector.class, immediate = true, property = "orderhub.mall=" + MALL_ID)
public final class DShoppingConnector implements MallConnector {

    static final MallDescriptor DESCRIPTOR = new MallDescriptor(MALL_ID, "dショッピング", "d shopping",
            Set.of(MallCapability.IMPORT_BY_DATE_RANGE, MallCapability.ACKNOWLEDGE_ON_IMPORT,
                    MallCapability.EXPORT_SHIPPING, MallCapability.BATCH_EXPORT), ACCOUNT_FACTORY_PID,
            List.of(
                    AccountSetting.string(PARTNER_CODE, "パートナーコード", "Partner code", true, null),
                    AccountSetting.secret(API_PASSWORD, "APIパスワード", "API password"),
                    AccountSetting.string(DShoppingCredentials.PASSWORD_CHANGED_ON,
                            "APIパスワードの変更日（yyyy-MM-dd、90日ごとに変更）", "Date the API password was last changed "
                            + "(rotated every 90 days)", false, null),
                    AccountSetting.url(API_BASE_URL, "APIのURL", "API base URL", false, DEFAULT_API_BASE_URL),
                    AccountSetting.integer(DAYS_TO_FETCH, "受注を取得する日数", "Days to fetch", DEFAULT_DAYS_TO_FETCH,
                            1, MAX_DAYS_TO_FETCH),
                    AccountSetting.string(CARRIER_IDS, "配送会社IDの変換表の初期値（例: ヤマト運輸=01, 佐川急便=02）。"
                                    + "変換表は orderhub:conversion-set / REST で編集します",
                            "Carrier ID table (carrier=d shopping carrier ID, ...)", false, DEFAULT_CARRIER_IDS),
                    AccountSetting.integer(REQUESTS_PER_SECOND, "APIリクエスト数/秒", "API calls per second",
                            DEFAULT_REQUESTS_PER_SECOND, 1, 10)),
            BATCH_SIZE);

    @Override
    public MallDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** D5: dショッピング takes no status of ours; every status but 新規受付, 保留 and キャンセル is exported by default. */
    @Override
    public StatusMappingModel statusMappingModel(Map<String, ?> accountSettings) {
        return ShipmentRules.MODEL;
    }

    /**
     * D7: the carrier ID table, from the account's older {@code carrierIds} setting (or its default). A carrier not
     * in it, or with an empty ID, has no dショッピング ID: its orders are not sent.
     */
    @Override
    public ConversionTables defaultConversions(Map<String, ?> accountSettings) {
        Map<String, String> ids;
        try {
            ids = DShoppingAccountSettings.carrierIds(SettingValues.text(accountSettings, CARRIER_IDS, DEFAULT_CARRIER_IDS));
        } catch (InvalidSettingException e) {
            ids = Map.of(); // the account itself reports the bad setting; nothing is sent with a guessed ID
        }
        return ShipmentRules.conversions(ids);
    }
}
