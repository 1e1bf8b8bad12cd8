package io.orderhub.core.service;

/**
 * One row of an account's status mapping as operators see it.
 *
 * @param status           orderhub status code
 * @param statusLabel      its Japanese name
 * @param builtIn          whether it is one of the seven built-in statuses
 * @param enabled          whether orders in it are export targets
 * @param orderStatus      the mall's order status code, or null (mall without order statuses)
 * @param orderStatusLabel its Japanese label
 * @param shipStatus       the mall's ship status code, or null
 * @param shipStatusLabel  its Japanese label
 * @param customized       whether the account set this row itself (false: the mall's default)
 */
public record StatusMappingEntry(String status, String statusLabel, boolean builtIn, boolean enabled,
                                 String orderStatus, String orderStatusLabel, String shipStatus,
                                 String shipStatusLabel, boolean customized) {
}
