package io.orderhub.core.spi;

/** What a connector can do; REST and the console show these, the engine checks them before a run. */
public enum MallCapability {
    /** Import orders placed or updated in a date range. */
    IMPORT_BY_DATE_RANGE,
    /** Import orders by the mall's own status (Yahoo! F3, Rakuten F2, Qoo10 F6). */
    IMPORT_BY_STATUS,
    /** Changes the order's status on the mall after a successful import (dショッピング D3). */
    ACKNOWLEDGE_ON_IMPORT,
    /** Pushes shipping data (ship date, carrier, tracking number) back to the mall. */
    EXPORT_SHIPPING,
    /** Pushes the order status back to the mall (Yahoo!, au PAY). */
    EXPORT_STATUS,
    /** Sends shipping data per order line rather than per order (Qoo10). */
    LINE_LEVEL_SHIPPING,
    /** Takes several orders in one export call. */
    BATCH_EXPORT,
    /** Needs more than one call per exported order (Yahoo!: ship status, then order status). */
    MULTI_CALL_EXPORT
}
