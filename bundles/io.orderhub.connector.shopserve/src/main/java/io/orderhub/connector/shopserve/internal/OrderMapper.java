package io.orderhub.connector.shopserve.internal;

import static io.orderhub.connector.shopserve.ShopserveConstants.*;

import com.fasterxml.jackson.databind.JsonNode;

import io.orderhub.core.model.Address;
import io.orderhub.core.model.OrderLine;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.spi.MallOrder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one order of a {@code _search} answer into a {@link MallOrder}. The first delivery (配送先) is the
 * ship-to address and the one shipping data is written back to; lines of every delivery are kept.
 */
final class OrderMapper {

    /** Thrown for an order the connector cannot read; the import fails as MALFORMED_RESPONSE. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    static final String CANCELLED = "キャンセル";
    private static final Pattern PREFECTURE = Pattern.compile("^(北海道|東京都|京都府|大阪府|.{2,3}県)(.*)$");

    MallOrder map(JsonNode o) throws Unreadable {
        String no = o.path("order_no").asText("").trim();
        if (no.isEmpty()) {
            throw new Unreadable("order_no がない受注があります");
        }
        Instant ordered = instant(no, "order_date", o.path("order_date"));
        if (ordered == null) {
            throw new Unreadable(no + ": order_date がありません");
        }
        Instant updated = instant(no, "update_date", o.path("update_date"));
        String status = text(o, "order_status");
        JsonNode deliveries = o.path("deliveries");
        JsonNode first = deliveries.path(0);
        List<OrderLine> lines = new ArrayList<>();
        for (JsonNode d : deliveries) {
            int item = 0;
            for (JsonNode it : d.path("items")) {
                item++;
                lines.add(new OrderLine(lines.size() + 1, d.path("delivery_no").asInt(1) + "-" + item,
                        text(it, "item_code"), text(it, "item_name"), it.path("quantity").asInt(0),
                        it.hasNonNull("price") ? it.get("price").decimalValue() : null));
            }
        }
        Map<String, String> mallData = new HashMap<>();
        mallData.put(MALL_DATA_DELIVERY_NO, Integer.toString(first.path("delivery_no").asInt(1)));
        mallData.put(MALL_DATA_DELIVERY_COUNT, Integer.toString(deliveries.size()));
        if (text(o, "shipping_status") != null) {
            mallData.put(MALL_DATA_SHIPPING_STATUS, text(o, "shipping_status"));
        }
        BigDecimal total = o.hasNonNull("total_price") && o.get("total_price").isNumber()
                ? o.get("total_price").decimalValue() : null;
        return new MallOrder(no, ordered, updated, status, CANCELLED.equals(status), address(o.path("orderer")),
                first.isMissingNode() ? null : address(first), lines, text(o, "payment_method"),
                text(o, "payment_status"), total, shipping(no, first), mallData);
    }

    /** What Shopserve already holds: only when a slip number or ship date is there (the preset carrier alone is not shipping data). */
    private static Shipping shipping(String no, JsonNode d) throws Unreadable {
        String slip = text(d, "slip_number");
        LocalDate scheduled = date(no, "scheduled_ship_date", d);
        if (slip == null && scheduled == null) {
            return null;
        }
        return new Shipping(scheduled, text(d, "delivery_company"), slip == null ? List.of() : List.of(slip), null,
                null);
    }

    private static Address address(JsonNode p) {
        String address = text(p, "address");
        String prefecture = null;
        String rest = address;
        if (address != null) {
            Matcher m = PREFECTURE.matcher(address);
            if (m.matches()) {
                prefecture = m.group(1);
                rest = m.group(2);
            }
        }
        return new Address(text(p, "name"), null, text(p, "zip"), prefecture, null, rest, null, text(p, "tel"), null);
    }

    private static Instant instant(String no, String field, JsonNode v) throws Unreadable {
        if (v.isMissingNode() || v.isNull() || v.asText().isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw new Unreadable(no + ": " + field + " を読めません: " + v.asText());
        }
    }

    private static LocalDate date(String no, String field, JsonNode d) throws Unreadable {
        String s = text(d, field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new Unreadable(no + ": " + field + " を読めません: " + s);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.asText().trim();
        return s.isEmpty() ? null : s;
    }
}
