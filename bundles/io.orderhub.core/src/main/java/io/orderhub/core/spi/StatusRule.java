package io.orderhub.core.spi;

/**
 * One row of an account's status mapping (Y5 紐付け設定): whether orders in a status are exported at all, and for
 * malls that take them, the mall's order status and ship status they are moved to.
 *
 * @param enabled     whether orders in this status are targets of an export (F9, F11, SH2)
 * @param orderStatus the mall's order status code, or null for a mall without order statuses
 * @param shipStatus  the mall's ship status code, or null for a mall without ship statuses
 */
public record StatusRule(boolean enabled, String orderStatus, String shipStatus) {

    public static final StatusRule TARGET = new StatusRule(true, null, null);
    public static final StatusRule NOT_TARGET = new StatusRule(false, null, null);
}
