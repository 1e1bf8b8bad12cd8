package io.orderhub.connector.shopserve;

/**
 * The Shopserve connector's ids and the keys of its account settings, for the core, the console and the demo
 * configuration.
 */
public final class ShopserveConstants {

    public static final String MALL_ID = "shopserve";
    /** Factory PID of account configurations; one configuration per Shopserve shop. */
    public static final String ACCOUNT_FACTORY_PID = "io.orderhub.connector.shopserve.account";

    /** ショップID, the user part of Basic auth. */
    public static final String SHOP_ID = "shopId";
    /** マネージャー認証キー, the password part of Basic auth; secret. */
    public static final String MANAGER_KEY = ".managerKey";
    /** Base URL of the ショップサーブAPI including the version prefix; the order paths are appended to it. */
    public static final String API_BASE_URL = "apiBaseUrl";
    public static final String DEFAULT_API_BASE_URL = "https://management.api.shopserve.jp/v2";
    /** Requests per second the connector allows itself (assumed limit: 1). */
    public static final String REQUESTS_PER_SECOND = "requestsPerSecond";
    public static final int DEFAULT_REQUESTS_PER_SECOND = 1;

    /** {@code mallData} key of the delivery (配送先) number shipping data is written to. */
    public static final String MALL_DATA_DELIVERY_NO = "shopserve.deliveryNo";
    /** {@code mallData} key of the number of deliveries the order has on Shopserve. */
    public static final String MALL_DATA_DELIVERY_COUNT = "shopserve.deliveryCount";
    /** {@code mallData} key of the order's 発送ステータス as last imported. */
    public static final String MALL_DATA_SHIPPING_STATUS = "shopserve.shippingStatus";

    /** Shopserve answers one search for at most 7 days of orders. */
    public static final int SEARCH_WINDOW_DAYS = 7;
    /** Shopserve keeps orders searchable for 2 years. */
    public static final int SEARCH_MAX_AGE_YEARS = 2;
    public static final int SEARCH_PAGE_SIZE = 100;

    private ShopserveConstants() {
    }
}
