package io.orderhub.simulator.shopserve;

import java.time.Instant;
import java.util.List;

/** A snapshot of one simulated order, for tests to read back what a client changed. */
public record SimulatedOrder(String orderNo, Instant orderDate, Instant updateDate, String orderStatus,
                             String shippingStatus, String paymentStatus, List<SimulatedDelivery> deliveries) {

    public SimulatedOrder {
        deliveries = List.copyOf(deliveries);
    }

    public SimulatedDelivery delivery(int deliveryNo) {
        return deliveries.stream().filter(d -> d.deliveryNo() == deliveryNo).findFirst().orElse(null);
    }
}
