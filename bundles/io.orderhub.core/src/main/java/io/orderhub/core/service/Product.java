package io.orderhub.core.service;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One entry of the product master (D4): what a SKU is called, for malls whose API sends no product name.
 *
 * @param janCode the JAN (EAN-13/8) code, or null
 * @param price   the shop's list price, or null
 */
public record Product(String sku, String name, String janCode, BigDecimal price, Instant updatedAt) {
}
