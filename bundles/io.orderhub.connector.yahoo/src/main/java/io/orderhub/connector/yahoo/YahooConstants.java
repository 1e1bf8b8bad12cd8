package io.orderhub.connector.yahoo;

/**
 * The Yahoo! Shopping connector's ids and the keys of its account settings, for the core, the console and the
 * demo configuration.
 */
public final class YahooConstants {

    public static final String MALL_ID = "yahoo";
    /** Factory PID of account configurations; one configuration per Yahoo! store. */
    public static final String ACCOUNT_FACTORY_PID = "io.orderhub.connector.yahoo.account";

    /** ストアアカウント, the prefix of every order id ({@code <sellerId>-10000001}). */
    public static final String SELLER_ID = "sellerId";
    public static final String API_BASE_URL = "apiBaseUrl";
    public static final String DEFAULT_API_BASE_URL = "https://circus.shopping.yahooapis.jp/ShoppingWebService/V1";
    public static final String TOKEN_URL = "tokenUrl";
    public static final String DEFAULT_TOKEN_URL = "https://auth.login.yahoo.co.jp/yconnect/v2/token";
    /** YConnect application id (Client ID). */
    public static final String CLIENT_ID = "clientId";
    /** YConnect application secret; secret. */
    public static final String CLIENT_SECRET = ".clientSecret";
    /** Refresh token from the store owner's authorisation (valid 4 weeks with public-key auth); secret. */
    public static final String REFRESH_TOKEN = ".refreshToken";
    /** Version number of the public key issued in Store Creator Pro (F3 公開鍵のバージョン). */
    public static final String PUBLIC_KEY_VERSION = "publicKeyVersion";
    /** The store's RSA public key as PEM ({@code BEGIN PUBLIC KEY}); secret. */
    public static final String PUBLIC_KEY = ".publicKey";
    /** F3: Yahoo! order statuses imported, comma separated codes (2 処理中, 3 保留, ...). */
    public static final String FETCH_STATUSES = "fetchStatuses";
    public static final String DEFAULT_FETCH_STATUSES = "2,3";
    /** Calls per second to Yahoo!, import and export together. */
    public static final String REQUESTS_PER_SECOND = "requestsPerSecond";
    /** Y6 配送伝票番号なしの理由 (101–105), sent when an order ships without a tracking number. */
    public static final String NO_TRACKING_REASON = "noTrackingReason";
    /**
     * Y5 紐付け設定: overrides of the default mapping, {@code STATUS=orderStatus/shipStatus} or
     * {@code STATUS=off}, comma separated; e.g. {@code AWAITING_PAYMENT_AFTER_SHIPPING=3/2, MY_STATUS=off}.
     */
    public static final String STATUS_MAPPING = "statusMapping";

    /** {@code mallData} keys of what Yahoo! said at the last import. */
    public static final String MALL_DATA_ORDER_STATUS = "yahoo.orderStatus";
    public static final String MALL_DATA_SHIP_STATUS = "yahoo.shipStatus";
    public static final String MALL_DATA_PAY_STATUS = "yahoo.payStatus";

    private YahooConstants() {
    }
}
