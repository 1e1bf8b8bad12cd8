package io.orderhub.simulator.dshopping;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A snapshot of an order held by the simulator, with the shipment reported for it (null fields until shipped).
 *
 * @param environment {@code PRODUCTION} or {@code TEST}
 */
public record SimulatedOrder(String orderNo, Instant orderDate, Instant updatedAt, DOrderStatus status,
                             String environment, String carrierId, String trackingNo, LocalDate shipDate) {
}
