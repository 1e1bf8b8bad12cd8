package io.orderhub.simulator.shopserve;

import java.time.LocalDate;

/** One destination of a simulated order as the shop holds it now. */
public record SimulatedDelivery(int deliveryNo, String name, String deliveryCompany, String slipNumber,
                                LocalDate scheduledShipDate, LocalDate shipDate, LocalDate arrivalDate) {
}
