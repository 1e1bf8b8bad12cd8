package io.orderhub.connector.yahoo.internal;

import io.orderhub.connector.yahoo.internal.config.YahooCredentials;

import static io.orderhub.connector.yahoo.YahooConstants.*;

import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.AccountSetting;
import io.orderhub.core.spi.ConversionTables;
import io.orderhub.core.spi.MallCapability;
import io.orderhub.core.spi.MallConnector;
import io.orderhub.core.spi.MallDescriptor;
import io.orderhub.core.spi.SettingValues;
import io.orderhub.core.spi.StatusMappingModel;

import org.osgi.service.component.annotations.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tells the core that Yahoo! Shopping is installed, what it can do and what a Yahoo! account needs. */
@Component(service = MallConnector.class, immediate = true, property = "orderhub.mall=" + MALL_ID)
public final class YahooConnector implements MallConnector {

    static final MallDescriptor DESCRIPTOR = new MallDescriptor(MALL_ID, "Yahoo!ショッピング", "Yahoo! Shopping",
            Set.of(MallCapability.IMPORT_BY_DATE_RANGE, MallCapability.IMPORT_BY_STATUS, MallCapability.EXPORT_SHIPPING,
                    MallCapability.EXPORT_STATUS, MallCapability.MULTI_CALL_EXPORT),
            ACCOUNT_FACTORY_PID,
            List.of(
                    AccountSetting.string(SELLER_ID, "ストアアカウント", "Store account (seller id)", true, null),
                    AccountSetting.url(API_BASE_URL, "API URL", "Store API base URL", false, DEFAULT_API_BASE_URL),
                    AccountSetting.url(TOKEN_URL, "トークンURL", "YConnect token URL", false, DEFAULT_TOKEN_URL),
                    AccountSetting.string(CLIENT_ID, "Client ID", "YConnect client id", true, null),
                    AccountSetting.secret(CLIENT_SECRET, "シークレット", "YConnect client secret"),
                    AccountSetting.secret(REFRESH_TOKEN, "リフレッシュトークン", "Refresh token (re-authorise every 4 weeks)"),
                    AccountSetting.integer(PUBLIC_KEY_VERSION, "公開鍵バージョン", "Public key version", 0, 0, 9999),
                    new AccountSetting(PUBLIC_KEY, "公開鍵 (PEM)", "Public key (PEM)", AccountSetting.Type.SECRET, false,
                            null, List.of(), 0, 0),
                    AccountSetting.string(YahooCredentials.PUBLIC_KEY_EXPIRES_ON, "公開鍵の有効期限（yyyy-MM-dd、ストアクリエイターPro 暗号鍵管理）",
                            "Public key expiry date (yyyy-MM-dd)", false, null),
                    AccountSetting.string(YahooCredentials.AUTHORIZED_ON, "ストア認可日（yyyy-MM-dd、リフレッシュトークンは4週間有効）",
                            "Date the store owner authorised (refresh token lives 4 weeks)", false, null),
                    AccountSetting.string(FETCH_STATUSES, "取得する注文ステータス（APIオプション利用時。例: 2,3 = 処理中・保留）",
                            "Yahoo! order statuses to import with the API option; without it only 2 processing "
                                    + "and 3 on hold", false,
                            DEFAULT_FETCH_STATUSES),
                    AccountSetting.integer(AccountProperties.DAYS_TO_FETCH, "受注を取得する日数", "Days to fetch", 3, 1, 60),
                    AccountSetting.integer(REQUESTS_PER_SECOND, "APIリクエスト数/秒", "API calls per second", 1, 1, 10),
                    AccountSetting.choice(NO_TRACKING_REASON, "配送伝票番号なしの理由（101 メーカー直送 / 102 発送不要 / "
                            + "103 店頭受取 / 104 配送業者から連絡 / 105 追跡不可の配送方法）", "Reason for no tracking number",
                            null, List.of("101", "102", "103", "104", "105")),
                    AccountSetting.string(STATUS_MAPPING, "Yahoo!ステータス紐付け設定の初期値（例: AWAITING_SHIPMENT=2/1, "
                            + "MY_STATUS=off）。紐付け設定は orderhub:mapping-set / REST で行います",
                            "Defaults of the status mapping (STATUS=orderStatus/shipStatus or STATUS=off); the mapping "
                                    + "itself is edited with orderhub:mapping-set or REST", false, null)),
            1);

    @Override
    public MallDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Y3/Y5: Yahoo!'s choices and defaults, adjusted by the account's older {@code statusMapping} setting. */
    @Override
    public StatusMappingModel statusMappingModel(Map<String, ?> accountSettings) {
        try {
            return StatusMapping.parse(SettingValues.text(accountSettings, STATUS_MAPPING, null));
        } catch (IllegalArgumentException e) {
            // the account reports the bad setting itself (CONFIGURATION_ERROR); the mapping keeps Y3's defaults
            return StatusMapping.DEFAULT;
        }
    }

    /** C2/Y6: the common carriers to Yahoo!'s codes, others to その他, the older setting's reason for no number. */
    @Override
    public ConversionTables defaultConversions(Map<String, ?> accountSettings) {
        String reason = SettingValues.text(accountSettings, NO_TRACKING_REASON, null);
        return Carriers.defaults(reason != null && reason.matches("10[1-5]") ? reason : null);
    }
}
