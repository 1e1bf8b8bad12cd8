package io.orderhub.core.model;

import java.math.BigDecimal;

/**
 * One line of an order.
 *
 * @param lineNo     1-based position in the order
 * @param mallLineId the mall's own id of the line where it has one (Shopify line item id, Qoo10 orderNo);
 *                   line-level shipping updates need it
 */
public record OrderLine(int lineNo, String mallLineId, String sku, String name, int quantity, BigDecimal unitPrice) {
}
