package io.orderhub.connector.yahoo.internal;

import static io.orderhub.connector.yahoo.YahooConstants.*;
import static io.orderhub.connector.yahoo.internal.client.Xml.child;
import static io.orderhub.connector.yahoo.internal.client.Xml.children;
import static io.orderhub.connector.yahoo.internal.client.Xml.text;

import io.orderhub.core.model.Address;
import io.orderhub.core.model.OrderLine;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.spi.MallOrder;

import org.w3c.dom.Element;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** orderInfo's {@code <OrderInfo>} → {@link MallOrder}. Throws IllegalArgumentException naming a bad field. */
public final class OrderMapper {

    private OrderMapper() {
    }

    public static MallOrder map(Element info) {
        String id = require(info, "OrderId");
        Instant orderedAt = time(require(info, "OrderTime"), "OrderTime");
        String updated = text(info, "LastUpdateTime");
        int orderStatus = integer(require(info, "OrderStatus"), "OrderStatus");
        Element pay = child(info, "Pay");
        Element ship = child(info, "Ship");
        Element buyer = child(info, "Buyer");
        String shipStatus = text(ship, "ShipStatus");
        String payStatus = text(pay, "PayStatus");

        List<OrderLine> lines = new ArrayList<>();
        int n = 1;
        for (Element item : children(info, "Item")) {
            String itemId = text(item, "ItemId");
            String sub = text(item, "SubCode");
            lines.add(new OrderLine(n++, text(item, "LineId"), sub != null ? sub : itemId, text(item, "Title"),
                    integer(orElse(text(item, "Quantity"), "0"), "Quantity"),
                    decimal(text(item, "UnitPrice"), "UnitPrice")));
        }
        Address shipTo = new Address(name(text(ship, "ShipLastName"), text(ship, "ShipFirstName")), null,
                text(ship, "ShipZipCode"), text(ship, "ShipPrefecture"), text(ship, "ShipCity"),
                text(ship, "ShipAddress1"), text(ship, "ShipAddress2"), text(ship, "ShipPhoneNumber"), null);
        Address bill = new Address(name(text(buyer, "BillLastName"), text(buyer, "BillFirstName")), null, null, null,
                null, null, null, null, text(buyer, "BillMailAddress"));

        String invoice = text(ship, "ShipInvoiceNumber1");
        String shipDate = text(ship, "ShipDate");
        String arrival = text(ship, "ArrivalDate");
        Shipping shipping = invoice == null && shipDate == null ? null
                : new Shipping(date(shipDate, "ShipDate"), Carriers.name(text(ship, "ShipCompanyCode")),
                        invoice == null ? List.of() : List.of(invoice), date(arrival, "ArrivalDate"), null);

        Map<String, String> data = new HashMap<>();
        data.put(MALL_DATA_ORDER_STATUS, Integer.toString(orderStatus));
        if (shipStatus != null) {
            data.put(MALL_DATA_SHIP_STATUS, shipStatus);
        }
        if (payStatus != null) {
            data.put(MALL_DATA_PAY_STATUS, payStatus);
        }
        return new MallOrder(id, orderedAt, updated == null ? null : time(updated, "LastUpdateTime"),
                StatusMapping.orderStatusLabel(orderStatus), orderStatus == StatusMapping.ORDER_CANCELLED, bill, shipTo,
                lines, text(pay, "PayMethodName"), payStatus == null ? null : "1".equals(payStatus) ? "入金済" : "未入金",
                decimal(text(child(info, "Detail"), "TotalPrice"), "TotalPrice"), shipping, data);
    }

    private static String require(Element e, String name) {
        String s = text(e, name);
        if (s == null) {
            throw new IllegalArgumentException(name + " がありません");
        }
        return s;
    }

    private static Instant time(String s, String field) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(field + " の形式が正しくありません: " + s);
        }
    }

    private static LocalDate date(String s, String field) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() == 8 ? s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6) : s);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(field + " の形式が正しくありません: " + s);
        }
    }

    private static int integer(String s, String field) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " が数値ではありません: " + s);
        }
    }

    private static BigDecimal decimal(String s, String field) {
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " が数値ではありません: " + s);
        }
    }

    private static String name(String last, String first) {
        if (last == null && first == null) {
            return null;
        }
        return ((last == null ? "" : last) + " " + (first == null ? "" : first)).trim();
    }

    private static String orElse(String a, String b) {
        return a != null ? a : b;
    }
}
