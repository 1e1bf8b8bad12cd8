package io.orderhub.simulator.shopify;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A fulfillment as the simulator recorded it, so that a test or the demo can read back what a client sent.
 *
 * @param lineItemQuantities quantity fulfilled per order line item id
 */
public record SimulatedFulfillment(long id, long orderId, String name, String status, String trackingNumber,
                                   String trackingCompany, String trackingUrl, boolean notifyCustomer,
                                   List<Long> fulfillmentOrderIds, Map<Long, Integer> lineItemQuantities,
                                   Instant createdAt) {

    public SimulatedFulfillment {
        fulfillmentOrderIds = List.copyOf(fulfillmentOrderIds);
        lineItemQuantities = Map.copyOf(lineItemQuantities);
    }
}
