package io.orderhub.connector.shopify.internal;

import static io.orderhub.connector.shopify.ShopifyConstants.*;

import io.orderhub.connector.shopify.internal.config.ShopifyAccountSettings;
import io.orderhub.core.model.OrderStatus;
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

/** Tells the core that Shopify is installed, what it can do and what a Shopify account needs. */
@Component(service = MallConnector.class, immediate = true, property = "orderhub.mall=" + MALL_ID)
public final class ShopifyConnector implements MallConnector {

    static final MallDescriptor DESCRIPTOR = new MallDescriptor(MALL_ID, "Shopify", "Shopify",
            Set.of(MallCapability.IMPORT_BY_DATE_RANGE, MallCapability.EXPORT_SHIPPING), ACCOUNT_FACTORY_PID,
            List.of(
                    AccountSetting.url(SHOP_URL, "ショップURL", "Shop URL (https://<shop>.myshopify.com)", true, null),
                    AccountSetting.secret(ACCESS_TOKEN, "アクセスキー", "Admin API access token"),
                    AccountSetting.string(API_VERSION, "APIバージョン", "API version (YYYY-MM)", false,
                            DEFAULT_API_VERSION),
                    // more than 10 would fetch nothing more: SH1 drops orders placed over 10 days ago, and an
                    // order updated before that was placed before that
                    AccountSetting.integer(DAYS_TO_FETCH, "受注を取得する日数", "Days to fetch", DEFAULT_DAYS_TO_FETCH,
                            1, IMPORT_MAX_ORDER_AGE_DAYS),
                    AccountSetting.choice(EXPORT_OPTION,
                            "API書出の初期値（DONE_ONLY: 処理済のみ / ALL_BUT_NEW_AND_CANCELLED: 新規受付・キャンセル以外）。"
                                    + "ステータス紐付け設定を初期値に戻すとこの選択になります",
                            "Export (DONE_ONLY: done only / ALL_BUT_NEW_AND_CANCELLED: all but new and cancelled)",
                            EXPORT_DONE_ONLY, List.of(EXPORT_DONE_ONLY, EXPORT_ALL_BUT_NEW_AND_CANCELLED)),
                    AccountSetting.integer(RATE_LIMIT_PER_SECOND, "APIリクエスト数/秒（Advanced 4、Plus 20）",
                            "API calls per second (Advanced 4, Plus 20)", 2, 1, 1000),
                    AccountSetting.integer(BUCKET_SIZE, "APIバケットサイズ（Advanced 80、Plus 400）",
                            "API bucket size (Advanced 80, Plus 400)", 40, 1, 1000),
                    AccountSetting.string(CARRIER_NAMES, "配送会社変換表の初期値（例: 西濃運輸=Seino, 福山通運=Fukuyama）",
                            "Carrier name mapping (name=Shopify company, ...)", false, null),
                    AccountSetting.bool(NOTIFY_CUSTOMER, "発送通知メールを送る", "Notify the buyer", false),
                    AccountSetting.choice(TRACKING_NUMBERS,
                            "複数の追跡番号（FIRST_ONLY: 最初の番号のみ送信 / JOINED: カンマ区切りで全番号を送信）",
                            "Several tracking numbers (FIRST_ONLY / JOINED)", TRACKING_FIRST_ONLY,
                            List.of(TRACKING_FIRST_ONLY, TRACKING_JOINED))),
            1);

    @Override
    public MallDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * SH2 as a status mapping: Shopify takes no status, so a row only says whether the status is exported. The
     * defaults follow the account's API書出 option: 処理済 only, or every status but 新規受付 and キャンセル.
     */
    @Override
    public StatusMappingModel statusMappingModel(Map<String, ?> accountSettings) {
        return model(SettingValues.text(accountSettings, EXPORT_OPTION, EXPORT_DONE_ONLY));
    }

    static StatusMappingModel model(String exportOption) {
        return EXPORT_ALL_BUT_NEW_AND_CANCELLED.equals(exportOption)
                ? StatusMappingModel.targetsExcept(OrderStatus.NEW, OrderStatus.CANCELLED)
                : StatusMappingModel.onlyTargets(OrderStatus.DONE);
    }

    /** C2: the built-in carrier names and the account's older {@code carrierNames}; others go as typed (SH4). */
    @Override
    public ConversionTables defaultConversions(Map<String, ?> accountSettings) {
        Map<String, String> overrides;
        try {
            overrides = ShopifyAccountSettings.carriers(SettingValues.text(accountSettings, CARRIER_NAMES, ""));
        } catch (InvalidSettingException e) {
            overrides = Map.of(); // the account itself reports the bad setting
        }
        return new CarrierNames(overrides).defaults();
    }
}
