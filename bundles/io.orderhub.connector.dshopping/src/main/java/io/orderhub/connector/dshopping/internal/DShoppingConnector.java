package io.orderhub.connector.dshopping.internal;

import static io.orderhub.connector.dshopping.DShoppingConstants.*;

import io.orderhub.core.spi.AccountSetting;
import io.orderhub.core.spi.MallCapability;
import io.orderhub.core.spi.MallConnector;
import io.orderhub.core.spi.MallDescriptor;

import org.osgi.service.component.annotations.Component;

import java.util.List;
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
                    AccountSetting.string(CARRIER_IDS, "配送会社IDの変換表（例: ヤマト運輸=01, 佐川急便=02）",
                            "Carrier ID table (carrier=d shopping carrier ID, ...)", false, DEFAULT_CARRIER_IDS),
                    AccountSetting.integer(REQUESTS_PER_SECOND, "APIリクエスト数/秒", "API calls per second",
                            DEFAULT_REQUESTS_PER_SECOND, 1, 10)),
            BATCH_SIZE);

    @Override
    public MallDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
