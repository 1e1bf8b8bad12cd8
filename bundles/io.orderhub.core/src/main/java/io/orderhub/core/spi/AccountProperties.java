package io.orderhub.core.spi;

/**
 * Property names every account configuration and every per-account service carries. The core writes them;
 * connectors read them and DS copies the public ones (not starting with a dot) into service properties.
 */
public final class AccountProperties {

    /** The account id, unique across malls ({@code demo-shopify}). Also a service property. */
    public static final String ACCOUNT_ID = "orderhub.account";
    /** The mall id of the account. Also a service property. */
    public static final String MALL_ID = "orderhub.mall";
    /** Display name of the shop. */
    public static final String NAME = "name";
    /** The shop's time zone, default {@link #DEFAULT_ZONE}. */
    public static final String ZONE = "zone";
    /** How many days back an import without a range fetches (SH1, D1). */
    public static final String DAYS_TO_FETCH = "daysToFetch";
    /** The status new orders are stored in (D1); default {@code NEW}. */
    public static final String INITIAL_STATUS = "initialStatus";

    /** Automatic import on the account's schedule (C1); needs the API option. Since 1.2. */
    public static final String AUTO_IMPORT = "autoImport";
    /** Automatic export on the account's schedule (C1, S1, SH5); needs the API option. Since 1.2. */
    public static final String AUTO_EXPORT = "autoExport";
    /** Minutes between automatic runs, default {@link #DEFAULT_SCHEDULE_MINUTES}. Since 1.2. */
    public static final String SCHEDULE_MINUTES = "scheduleMinutes";
    /** Export soon after an operator completes an order's shipping data; needs the API option. Since 1.2. */
    public static final String EXPORT_ON_CHANGE = "exportOnChange";

    public static final int DEFAULT_SCHEDULE_MINUTES = 30;
    public static final int MIN_SCHEDULE_MINUTES = 1;
    public static final int MAX_SCHEDULE_MINUTES = 1440;

    public static final String DEFAULT_ZONE = "Asia/Tokyo";

    private AccountProperties() {
    }
}
