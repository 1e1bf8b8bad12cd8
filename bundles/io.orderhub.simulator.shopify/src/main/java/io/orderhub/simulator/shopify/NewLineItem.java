package io.orderhub.simulator.shopify;

import java.math.BigDecimal;

/** A line of an order a test adds with {@link ShopifySimulator#addOrder}. */
public record NewLineItem(String sku, String title, int quantity, BigDecimal price) {

    public NewLineItem {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
    }

    public static NewLineItem of(String sku, String title, int quantity, int yen) {
        return new NewLineItem(sku, title, quantity, BigDecimal.valueOf(yen));
    }
}
