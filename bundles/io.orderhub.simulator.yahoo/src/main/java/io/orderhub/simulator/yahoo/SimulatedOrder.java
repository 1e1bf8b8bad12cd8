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
 * @param publicationTime              when the order became visible to the store: later than the order time for
 *                                     an order held for fraud review; orderList does not show it before then
 */
public record SimulatedOrder(String orderId, Instant orderTime, Instant lastUpdateTime, int orderStatus,
                             int shipStatus, int payStatus, String shipCompanyCode, String shipInvoiceNumber1,
                             String shipInvoiceNumberEmptyReason, LocalDate shipDate, LocalDate arrivalDate,
                             String lastName, String firstName, String zipCode, String prefecture, String city,
                             String address1, String address2, String phone, String email, String payMethodName,
                             List<SimulatedItem> items, Instant publicationTime) {

    public SimulatedOrder {
        items = items == null ? List.of() : List.copyOf(items);
        // Yahoo! keeps times to the second; finer ones would fall between inclusive whole-second search bounds
        orderTime = seconds(orderTime);
        lastUpdateTime = seconds(lastUpdateTime);
        publicationTime = publicationTime == null ? orderTime : seconds(publicationTime);
    }

    /** An order visible from the moment it was placed. */
    public SimulatedOrder(String orderId, Instant orderTime, Instant lastUpdateTime, int orderStatus, int shipStatus,
                          int payStatus, String shipCompanyCode, String shipInvoiceNumber1,
                          String shipInvoiceNumberEmptyReason, LocalDate shipDate, LocalDate arrivalDate,
                          String lastName, String firstName, String zipCode, String prefecture, String city,
                          String address1, String address2, String phone, String email, String payMethodName,
                          List<SimulatedItem> items) {
        this(orderId, orderTime, lastUpdateTime, orderStatus, shipStatus, payStatus, shipCompanyCode,
                shipInvoiceNumber1, shipInvoiceNumberEmptyReason, shipDate, arrivalDate, lastName, firstName, zipCode,
                prefecture, city, address1, address2, phone, email, payMethodName, items, orderTime);
    }

    private static Instant seconds(Instant t) {
        return t == null ? null : t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    public long totalPrice() {
        return items.stream().mapToLong(i -> i.unitPrice() * i.quantity()).sum();
    }
}
