package io.orderhub.simulator.shopify;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of an order held by the simulator.
 *
 * @param fulfillmentStatus Shopify's {@code fulfillment_status}: null (unfulfilled), {@code partial} or
 *                          {@code fulfilled}
 */
public record SimulatedOrder(long id, String name, Instant createdAt, Instant updatedAt, boolean cancelled,
                             String financialStatus, String fulfillmentStatus, List<Long> lineItemIds) {

    public SimulatedOrder {
        lineItemIds = List.copyOf(lineItemIds);
    }
}
