package io.orderhub.simulator.shopserve;

import java.util.Objects;

/**
 * The request paths the simulator serves. The order paths of the ショップサーブAPI are an assumption (see
 * {@code shopserve.md}), so they are configurable and can be corrected once the official spec is in hand.
 * {@code {no}} stands for the order number, {@code {n}} for the delivery number.
 */
public record ShopservePaths(String search, String order, String delivery, String status) {

    public static final ShopservePaths DEFAULT = new ShopservePaths("/v2/orders/_search", "/v2/orders/{no}",
            "/v2/orders/{no}/deliveries/{n}", "/v2/orders/{no}/status");

    public ShopservePaths {
        check("search", search);
        check("order", order);
        check("delivery", delivery);
        check("status", status);
        if (!order.contains("{no}") || !status.contains("{no}") || !delivery.contains("{no}")
                || !delivery.contains("{n}")) {
            throw new IllegalArgumentException("paths: order, status and delivery need {no}; delivery also {n}");
        }
    }

    private static void check(String field, String value) {
        if (Objects.requireNonNull(value, field).isBlank() || !value.startsWith("/")) {
            throw new IllegalArgumentException(field + ": a path starting with '/' is required");
        }
    }
}
