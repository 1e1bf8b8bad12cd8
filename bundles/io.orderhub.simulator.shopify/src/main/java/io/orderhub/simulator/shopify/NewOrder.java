package io.orderhub.simulator.shopify;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order a test adds with {@link ShopifySimulator#addOrder}. Start from {@link #placedAt} and change what the
 * test cares about.
 *
 * @param fulfilled whether the order was already shipped from Shopify itself (no open fulfillment order left)
 */
public record NewOrder(Instant createdAt, Instant updatedAt, String financialStatus, boolean cancelled,
                       boolean fulfilled, String lastName, String firstName, List<NewLineItem> lines) {

    public NewOrder {
        Objects.requireNonNull(createdAt, "createdAt");
        updatedAt = updatedAt == null ? createdAt : updatedAt;
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("updatedAt is before createdAt");
        }
        financialStatus = financialStatus == null ? "paid" : financialStatus;
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs a line");
        }
    }

    /** A paid, open order of one T-shirt for 山田 太郎, created and last updated at {@code createdAt}. */
    public static NewOrder placedAt(Instant createdAt) {
        return new NewOrder(createdAt, createdAt, "paid", false, false, "山田", "太郎",
                List.of(NewLineItem.of("TS-001-M", "オーガニックコットンTシャツ M", 1, 3300)));
    }

    public NewOrder updatedAt(Instant at) {
        return new NewOrder(createdAt, at, financialStatus, cancelled, fulfilled, lastName, firstName, lines);
    }

    public NewOrder cancelled(boolean value) {
        return new NewOrder(createdAt, updatedAt, financialStatus, value, fulfilled, lastName, firstName, lines);
    }

    public NewOrder fulfilled(boolean value) {
        return new NewOrder(createdAt, updatedAt, financialStatus, cancelled, value, lastName, firstName, lines);
    }

    public NewOrder financialStatus(String value) {
        return new NewOrder(createdAt, updatedAt, value, cancelled, fulfilled, lastName, firstName, lines);
    }

    public NewOrder buyer(String last, String first) {
        return new NewOrder(createdAt, updatedAt, financialStatus, cancelled, fulfilled, last, first, lines);
    }

    public NewOrder lines(List<NewLineItem> value) {
        return new NewOrder(createdAt, updatedAt, financialStatus, cancelled, fulfilled, lastName, firstName, value);
    }
}
