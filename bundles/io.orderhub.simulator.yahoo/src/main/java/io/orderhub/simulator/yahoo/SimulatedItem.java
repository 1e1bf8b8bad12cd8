package io.orderhub.simulator.yahoo;

/** One line of a simulated order, as orderInfo's {@code <Item>} shows it. */
public record SimulatedItem(int lineId, String itemId, String subCode, String title, long unitPrice, int quantity) {
}
