package io.orderhub.connector.dshopping;

/**
 * The dショッピング connector's ids and the keys of its account settings, for the core, the console and the
 * demo configuration.
 */
public final class DShoppingConstants {

    public static final String MALL_ID = "dshopping";
    /** Factory PID of account configurations; one configuration per dショッピング partner code. */
    public static final String ACCOUNT_FACTORY_PID = "io.orderhub.connector.dshopping.account";

    /** D1 パートナーコード. */
    public static final String PARTNER_CODE = "partnerCode";
    /** D1 APIパスワード; secret. */
    public static final String API_PASSWORD = ".apiPassword";
    /** Base URL of the partner API, every call is {@code apiBaseUrl + /orders...}. */
    public static final String API_BASE_URL = "apiBaseUrl";
    /** Placeholder host of the designed contract ({@code mall-apis/dshopping.md}); replace with the real one. */
    public static final String DEFAULT_API_BASE_URL = "https://partner-api.dshopping.example/v1";
    /** D1 受注を取得する日数. */
    public static final String DAYS_TO_FETCH = "daysToFetch";
    public static final int DEFAULT_DAYS_TO_FETCH = 3;
    public static final int MAX_DAYS_TO_FETCH = 31;
    /** D7 配送会社IDの変換表: {@code ヤマト運輸=01, 佐川急便=02, ...}; an empty ID blocks export of that carrier. */
    public static final String CARRIER_IDS = "carrierIds";
    public static final String DEFAULT_CARRIER_IDS = "ヤマト運輸=01, 佐川急便=02, 日本郵便=03, 日本郵便(ゆうパック)=03, "
            + "日本郵便(ゆうパケット)=04, 西濃運輸=05, 福山通運=06, 日本通運=07, その他=99";
    /** Requests per second the partner code may send (the contract: 1). */
    public static final String REQUESTS_PER_SECOND = "requestsPerSecond";
    public static final int DEFAULT_REQUESTS_PER_SECOND = 1;

    /** D2: an order placed less than this many minutes ago may still change; it waits for the next import. */
    public static final int MIN_ORDER_AGE_MINUTES = 10;
    /** The mall's status that D2 imports: 受注確認待ち. */
    public static final String STATUS_CONFIRM_WAITING = "ORDER_CONFIRM_WAITING";
    /** The environment value of orders D8 imports; anything else (TEST) is refused. */
    public static final String ENVIRONMENT_PRODUCTION = "PRODUCTION";
    /** Orders per confirm or ship call, and per page of the list. */
    public static final int BATCH_SIZE = 100;
    /** {@code mallData} key of the mall's status code (the readable name goes to {@code mallStatus}). */
    public static final String MALL_DATA_STATUS = "dshopping.status";

    private DShoppingConstants() {
    }
}
