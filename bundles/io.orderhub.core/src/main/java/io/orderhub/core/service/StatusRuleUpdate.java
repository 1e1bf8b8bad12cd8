package io.orderhub.core.service;

/**
 * A change to one row of a status mapping; null fields stay as they are.
 *
 * @param status      orderhub status code or built-in Japanese label (処理済)
 * @param enabled     whether orders in the status are export targets
 * @param orderStatus the mall's order status code or label, among the mall's choices
 * @param shipStatus  the mall's ship status code or label, among the mall's choices
 */
public record StatusRuleUpdate(String status, Boolean enabled, String orderStatus, String shipStatus) {
}
