package io.orderhub.core.service;

/**
 * One row of the carrier conversion table (C2, D7): our carrier → the mall's code and name. An empty code means
 * the mall has none and orders with this carrier are not sent (they say so).
 *
 * @param customized whether the account set this row (false: the mall's default); ignored in updates
 */
public record CarrierConversion(String carrier, String mallCode, String mallName, boolean customized) {
}
