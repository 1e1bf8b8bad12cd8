package io.orderhub.simulator.yahoo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A snapshot of one order of the fake store, with what the last ship/order status changes left in it.
 *
 * @param orderStatus                  0 未入力 … 5 完了, 8 繰上げ同意待ち
 * @param shipStatus                   0 出荷不可, 1 出荷可, 2 出荷処理中, 3 出荷済み, 4 着荷済み
 * @param payStatus                    0 未入金, 1 入金済
 * @param shipInvoiceNumberEmptyReason 101–105 when no tracking number was sent, or null
 */
public record SimulatedOrder(String orderId, Instant orderTime, Instant lastUpdateTime, int orderStatus,
                             int shipStatus, int payStatus, String shipCompanyCode, String shipInvoiceNumber1,
                             String shipInvoiceNumberEmptyReason, LocalDate shipDate, LocalDate arrivalDate,
                             String lastName, String firstName, String zipCode, String prefecture, String city,
                             String address1, String address2, String phone, String email, String payMethodName,
                             List<SimulatedItem> items) {

    public SimulatedOrder {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public long totalPrice() {
        return items.stream().mapToLong(i -> i.unitPrice() * i.quantity()).sum();
    }
}
