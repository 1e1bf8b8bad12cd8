package io.orderhub.simulator.dshopping;

/** One line of an order to add; {@code itemName} may be null, as the real feed may lack names (D4). */
public record NewItem(String itemCode, String skuCode, String itemName, int unitPrice, int quantity) {
}
