package io.orderhub.connector.yahoo.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Metatype of a Yahoo! store account (factory PID {@code io.orderhub.connector.yahoo.account}). The values are
 * read and checked by {@link YahooAccountSettings}; this only describes them to Config Admin tools.
 */
@ObjectClassDefinition(name = "orderhub Yahoo! Shopping account",
        description = "One Yahoo! Shopping store orderhub imports from and exports to")
public @interface YahooAccountConfig {

    @AttributeDefinition(name = "orderhub.account", description = "Account id")
    String orderhub_account();

    @AttributeDefinition(name = "ストアアカウント", description = "Seller id, the prefix of every order id")
    String sellerId();

    @AttributeDefinition(name = "API URL")
    String apiBaseUrl() default "https://circus.shopping.yahooapis.jp/ShoppingWebService/V1";

    @AttributeDefinition(name = "トークンURL")
    String tokenUrl() default "https://auth.login.yahoo.co.jp/yconnect/v2/token";

    @AttributeDefinition(name = "Client ID")
    String clientId();

    /** DS maps the leading underscore to a dot: a private property, never a service property. */
    @AttributeDefinition(name = "シークレット", type = AttributeType.PASSWORD)
    String _clientSecret();

    @AttributeDefinition(name = "リフレッシュトークン", type = AttributeType.PASSWORD)
    String _refreshToken();

    @AttributeDefinition(name = "公開鍵バージョン", required = false, min = "0")
    int publicKeyVersion() default 0;

    @AttributeDefinition(name = "公開鍵 (PEM)", required = false, type = AttributeType.PASSWORD)
    String _publicKey();

    @AttributeDefinition(name = "取得する注文ステータス", description = "Yahoo! order status codes, comma separated; used with the API option only (without it: 2,3)")
    String fetchStatuses() default "2,3";

    @AttributeDefinition(name = "APIリクエスト数/秒", min = "1", max = "10")
    int requestsPerSecond() default 1;

    @AttributeDefinition(name = "配送伝票番号なしの理由", required = false, description = "101-105")
    String noTrackingReason();

    @AttributeDefinition(name = "Yahoo!ステータス紐付け設定", required = false,
            description = "STATUS=orderStatus/shipStatus or STATUS=off, comma separated")
    String statusMapping();
}
