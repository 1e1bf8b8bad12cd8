package io.orderhub.core.service;

/**
 * Why an order is not a target of the next export (the FAQ of seed 003 as product).
 *
 * @param code    stable kind of reason, see the constants
 * @param message what the operator reads, with the facts (dates, status, carrier) and what to do
 */
public record ExportReason(String code, String message) {

    /** The status is not enabled in the account's status mapping (F9, F11, SH2, Y5). */
    public static final String STATUS_NOT_ENABLED = "STATUS_NOT_ENABLED";
    /** The last update lies before the creation period (F7). */
    public static final String OUTSIDE_CREATION_PERIOD = "OUTSIDE_CREATION_PERIOD";
    /** Never updated after import (F7; Shopserve S2 allows recent orders). */
    public static final String NEVER_UPDATED = "NEVER_UPDATED";
    /** Placed more than a year ago (Y1, S2). */
    public static final String ORDER_TOO_OLD = "ORDER_TOO_OLD";
    /** Sent before and unchanged since. */
    public static final String ALREADY_SENT = "ALREADY_SENT";
    /** The carrier has no mall code in the conversion table (C2, D7). */
    public static final String CARRIER_NOT_CONVERTED = "CARRIER_NOT_CONVERTED";
    /** The account's mall connector is not installed or has not started the account. */
    public static final String CONNECTOR_NOT_INSTALLED = "CONNECTOR_NOT_INSTALLED";
    /** The order belongs to another account than the one asked about. */
    public static final String OTHER_ACCOUNT = "OTHER_ACCOUNT";
    /** A rule of the mall itself, as the connector words it (ship date in the future, tracking number missing, ...). */
    public static final String MALL_RULE = "MALL_RULE";
}
