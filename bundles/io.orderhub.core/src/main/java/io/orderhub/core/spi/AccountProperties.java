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

    public static final String DEFAULT_ZONE = "Asia/Tokyo";

    private AccountProperties() {
    }
}
