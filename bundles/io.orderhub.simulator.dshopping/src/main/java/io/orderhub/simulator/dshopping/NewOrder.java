package io.orderhub.simulator.dshopping;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order to add to the simulator. Defaults: 受注確認待ち, production environment, one item.
 *
 * @param production false for an order of the mall's test environment (D8)
 */
public record NewOrder(Instant orderDate, DOrderStatus status, boolean production, String buyerName,
                       List<NewItem> items) {

    public NewOrder {
        Objects.requireNonNull(orderDate, "orderDate");
        status = status == null ? DOrderStatus.ORDER_CONFIRM_WAITING : status;
        buyerName = buyerName == null ? "山田 太郎" : buyerName;
        items = items == null || items.isEmpty() ? List.of(new NewItem("ABC-1", "ABC-1-WH", "商品A", 3000, 1))
                : List.copyOf(items);
    }

    public static NewOrder placedAt(Instant orderDate) {
        return new NewOrder(orderDate, null, true, null, null);
    }

    public NewOrder status(DOrderStatus s) {
        return new NewOrder(orderDate, s, production, buyerName, items);
    }

    public NewOrder testEnvironment() {
        return new NewOrder(orderDate, status, false, buyerName, items);
    }

    public NewOrder items(List<NewItem> i) {
        return new NewOrder(orderDate, status, production, buyerName, i);
    }
}
