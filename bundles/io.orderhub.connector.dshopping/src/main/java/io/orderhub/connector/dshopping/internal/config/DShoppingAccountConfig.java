package io.orderhub.connector.dshopping.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Metatype of a dショッピング account (factory PID {@code io.orderhub.connector.dshopping.account}). The
 * values are read and checked by {@link DShoppingAccountSettings}; this only describes them to Config Admin tools.
 */
@ObjectClassDefinition(name = "orderhub dショッピング account", description = "One dショッピング partner orderhub imports from and exports to")
public @interface DShoppingAccountConfig {

    @AttributeDefinition(name = "orderhub.account", description = "Account id")
    String orderhub_account();

    @AttributeDefinition(name = "パートナーコード")
    String partnerCode();

    /** DS maps the leading underscore to a dot: a private property, never a service property. */
    @AttributeDefinition(name = "APIパスワード", type = AttributeType.PASSWORD)
    String _apiPassword();

    @AttributeDefinition(name = "APIのURL")
    String apiBaseUrl() default "https://partner-api.dshopping.example/v1";

    @AttributeDefinition(name = "受注を取得する日数", min = "1", max = "31")
    int daysToFetch() default 3;

    @AttributeDefinition(name = "配送会社IDの変換表", description = "ヤマト運輸=01, 佐川急便=02, ...")
    String carrierIds() default "ヤマト運輸=01, 佐川急便=02, 日本郵便=03, 日本郵便(ゆうパック)=03, "
            + "日本郵便(ゆうパケット)=04, 西濃運輸=05, 福山通運=06, 日本通運=07, その他=99";

    @AttributeDefinition(name = "APIリクエスト数/秒", min = "1", max = "10")
    int requestsPerSecond() default 1;
}
