package io.orderhub.connector.shopify;

/**
 * The Shopify connector's ids and the keys of its account settings, for the core, the console and the demo
 * configuration.
 */
public final class ShopifyConstants {

    public static final String MALL_ID = "shopify";
    /** Factory PID of account configurations; one configuration per Shopify shop. */
    public static final String ACCOUNT_FACTORY_PID = "io.orderhub.connector.shopify.account";

    /** SH1 ショップURL, e.g. {@code https://example.myshopify.com}; every URL called is derived from it. */
    public static final String SHOP_URL = "shopUrl";
    /** SH1 アクセスキー (Admin API access token); secret. */
    public static final String ACCESS_TOKEN = ".accessToken";
    public static final String API_VERSION = "apiVersion";
    public static final String DEFAULT_API_VERSION = "2025-01";
    /** SH1 受注を取得する日数. */
    public static final String DAYS_TO_FETCH = "daysToFetch";
    public static final int DEFAULT_DAYS_TO_FETCH = 3;
    /** SH2 API書出. */
    public static final String EXPORT_OPTION = "exportOption";
    public static final String EXPORT_DONE_ONLY = "DONE_ONLY";
    public static final String EXPORT_ALL_BUT_NEW_AND_CANCELLED = "ALL_BUT_NEW_AND_CANCELLED";
    /** Leak rate of the shop's REST bucket: 2 on standard plans, 4 Advanced, 20 Plus. */
    public static final String RATE_LIMIT_PER_SECOND = "rateLimitPerSecond";
    /** Size of the shop's REST bucket: 40 on standard plans. */
    public static final String BUCKET_SIZE = "bucketSize";
    /** Extra carrier name mappings, {@code 西濃運輸=Seino, 福山通運=Fukuyama}; override the built-in ones. */
    public static final String CARRIER_NAMES = "carrierNames";
    /** Whether Shopify mails the buyer its shipping confirmation. */
    public static final String NOTIFY_CUSTOMER = "notifyCustomer";
    /** How several tracking numbers of one order are sent, see {@link #TRACKING_FIRST_ONLY}. */
    public static final String TRACKING_NUMBERS = "trackingNumbers";
    /** The first number goes to Shopify, which links it to the carrier; the others are listed as not sent. */
    public static final String TRACKING_FIRST_ONLY = "FIRST_ONLY";
    /** All numbers go as one text joined by {@code ", "}; Shopify's carrier link then works for none. */
    public static final String TRACKING_JOINED = "JOINED";

    /** {@code mallData} key of Shopify's numeric order id, needed at export. */
    public static final String MALL_DATA_ORDER_ID = "shopify.orderId";
    /** SH1: only orders placed within this many days are fetched. */
    public static final int IMPORT_MAX_ORDER_AGE_DAYS = 10;

    private ShopifyConstants() {
    }
}
