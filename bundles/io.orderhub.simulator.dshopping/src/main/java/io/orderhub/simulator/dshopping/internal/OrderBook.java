package io.orderhub.simulator.dshopping.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.orderhub.simulator.dshopping.DOrderStatus;
import io.orderhub.simulator.dshopping.NewItem;
import io.orderhub.simulator.dshopping.NewOrder;
import io.orderhub.simulator.dshopping.SimulatedOrder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The partner's orders in memory, with the contract's state machine. All methods are atomic. */
public final class OrderBook {

    /** A row result of a batch call: null code means OK. */
    public record Row(String orderNo, String code, String message, String field) {
        static Row ok(String orderNo) {
            return new Row(orderNo, null, null, null);
        }
    }

    public static final Set<String> CARRIER_IDS = Set.of("01", "02", "03", "04", "05", "06", "07", "99");
    /** Carrier that may ship without a tracking number. */
    public static final String CARRIER_OTHER = "99";

    private static final DateTimeFormatter DATE_NO = DateTimeFormatter.ofPattern("yyyyMMdd");

    private static final class Item {
        final int lineNo;
        final NewItem item;

        Item(int lineNo, NewItem item) {
            this.lineNo = lineNo;
            this.item = item;
        }
    }

    private static final class Entry {
        final String orderNo;
        final Instant orderDate;
        final boolean production;
        final String buyerName;
        final List<Item> items = new ArrayList<>();
        Instant updatedAt;
        DOrderStatus status;
        String carrierId;
        String trackingNo;
        LocalDate shipDate;

        Entry(String orderNo, NewOrder o, Instant now) {
            this.orderNo = orderNo;
            this.orderDate = o.orderDate().truncatedTo(ChronoUnit.SECONDS);
            this.production = o.production();
            this.buyerName = o.buyerName();
            this.status = o.status();
            Instant u = now.truncatedTo(ChronoUnit.SECONDS);
            this.updatedAt = u.isBefore(orderDate) ? orderDate : u;
            int n = 1;
            for (NewItem i : o.items()) {
                items.add(new Item(n++, i));
            }
        }

        SimulatedOrder snapshot() {
            return new SimulatedOrder(orderNo, orderDate, updatedAt, status, production ? "PRODUCTION" : "TEST",
                    carrierId, trackingNo, shipDate);
        }
    }

    private final Map<String, Entry> orders = new LinkedHashMap<>();
    private final Clock clock;
    private final ZoneId zone;
    private int sequence;

    public OrderBook(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public synchronized SimulatedOrder add(NewOrder o) {
        String no = "D" + DATE_NO.format(o.orderDate().atZone(zone)) + String.format("%05d", ++sequence);
        Entry e = new Entry(no, o, clock.instant());
        // an order updated before "now" reads as if it sat untouched since it was placed
        if (e.orderDate.isBefore(clock.instant().minus(Duration.ofMinutes(5)))) {
            e.updatedAt = e.orderDate.plusSeconds(60);
        }
        orders.put(no, e);
        return e.snapshot();
    }

    public synchronized List<SimulatedOrder> all() {
        return orders.values().stream().map(Entry::snapshot).toList();
    }

    public synchronized SimulatedOrder get(String orderNo) {
        Entry e = orders.get(orderNo);
        return e == null ? null : e.snapshot();
    }

    public synchronized void setStatus(String orderNo, DOrderStatus status) {
        Entry e = orders.get(orderNo);
        if (e == null) {
            throw new IllegalArgumentException("no order " + orderNo);
        }
        e.status = status;
        e.updatedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** One page of orders updated in [from, to] with one of the statuses, oldest update first. */
    public synchronized ObjectNode list(ObjectMapper json, Set<DOrderStatus> statuses, Instant from, Instant to,
                                        int page, int limit) {
        List<Entry> matching = orders.values().stream()
                .filter(e -> statuses.isEmpty() || statuses.contains(e.status))
                .filter(e -> !e.updatedAt.isBefore(from) && !e.updatedAt.isAfter(to))
                .sorted(Comparator.comparing((Entry e) -> e.updatedAt).thenComparing(e -> e.orderNo))
                .toList();
        ObjectNode body = json.createObjectNode().put("result", "OK").put("totalCount", matching.size())
                .put("page", page).put("limit", limit);
        ArrayNode out = body.putArray("orders");
        int start = (page - 1) * limit;
        for (int i = start; i < Math.min(matching.size(), start + limit); i++) {
            out.add(toJson(json, matching.get(i)));
        }
        return body;
    }

    public synchronized ObjectNode one(ObjectMapper json, String orderNo) {
        Entry e = orders.get(orderNo);
        return e == null ? null : toJson(json, e);
    }

    /** 受注確認待ち → 出荷指示待ち. */
    public synchronized Row confirm(String orderNo) {
        Entry e = orders.get(orderNo);
        if (e == null) {
            return new Row(orderNo, "NOT_FOUND", "order not found: " + orderNo, "orderNo");
        }
        if (e.status != DOrderStatus.ORDER_CONFIRM_WAITING) {
            return new Row(orderNo, "INVALID_STATUS", "order " + orderNo + " is " + e.status.nameJa()
                    + " (" + e.status + "), not ORDER_CONFIRM_WAITING", "orderNo");
        }
        e.status = DOrderStatus.SHIP_INSTRUCTION_WAITING;
        e.updatedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return Row.ok(orderNo);
    }

    /** 出荷指示待ち → 出荷完了, after the contract's checks of the row (field names relative to the row). */
    public synchronized Row ship(String orderNo, String carrierId, String trackingNo, String shipDateText) {
        Entry e = orders.get(orderNo);
        if (e == null) {
            return new Row(orderNo, "NOT_FOUND", "order not found: " + orderNo, "orderNo");
        }
        if (carrierId == null || !CARRIER_IDS.contains(carrierId)) {
            return new Row(orderNo, "E400_INVALID_PARAM", "carrierId is unknown: " + carrierId, "carrierId");
        }
        if ((trackingNo == null || trackingNo.isBlank()) && !CARRIER_OTHER.equals(carrierId)) {
            return new Row(orderNo, "E400_INVALID_PARAM", "trackingNo is required unless carrierId is 99",
                    "trackingNo");
        }
        LocalDate shipDate;
        try {
            shipDate = LocalDate.parse(shipDateText == null ? "" : shipDateText);
        } catch (java.time.format.DateTimeParseException ex) {
            return new Row(orderNo, "E400_INVALID_PARAM", "shipDate is not a date (yyyy-MM-dd): " + shipDateText,
                    "shipDate");
        }
        if (shipDate.isAfter(LocalDate.now(clock.withZone(zone)))) {
            return new Row(orderNo, "E400_INVALID_PARAM", "shipDate is in the future", "shipDate");
        }
        if (shipDate.isBefore(e.orderDate.atZone(zone).toLocalDate())) {
            return new Row(orderNo, "E400_INVALID_PARAM", "shipDate is before the order date", "shipDate");
        }
        if (e.status != DOrderStatus.SHIP_INSTRUCTION_WAITING) {
            return new Row(orderNo, "INVALID_STATUS", "order " + orderNo + " is " + e.status.nameJa()
                    + " (" + e.status + "), not SHIP_INSTRUCTION_WAITING", "orderNo");
        }
        e.status = DOrderStatus.SHIPPED;
        e.carrierId = carrierId;
        e.trackingNo = trackingNo == null || trackingNo.isBlank() ? null : trackingNo;
        e.shipDate = shipDate;
        e.updatedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return Row.ok(orderNo);
    }

    private ObjectNode toJson(ObjectMapper json, Entry e) {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        ObjectNode o = json.createObjectNode();
        o.put("orderNo", e.orderNo);
        o.put("orderDate", iso.format(e.orderDate.atZone(zone).toOffsetDateTime()));
        o.put("updatedAt", iso.format(e.updatedAt.atZone(zone).toOffsetDateTime()));
        o.put("status", e.status.name());
        o.put("statusName", e.status.nameJa());
        o.put("environment", e.production ? "PRODUCTION" : "TEST");
        o.put("paymentMethod", "D_PAYMENT");
        int itemsTotal = e.items.stream().mapToInt(i -> i.item.unitPrice() * i.item.quantity()).sum();
        int fee = 300;
        o.put("totalAmount", itemsTotal + fee);
        o.put("shippingFee", fee);
        o.put("pointUsed", 0);
        ObjectNode orderer = o.putObject("orderer");
        orderer.put("name", e.buyerName).put("nameKana", "ヤマダ タロウ").put("zip", "1000001")
                .put("address", "東京都千代田区千代田1-1").put("tel", "0300000000").put("mail", "masked@example.jp");
        ObjectNode shipTo = o.putObject("shipTo");
        shipTo.put("name", e.buyerName).put("zip", "1500001").put("address", "東京都渋谷区神南1-1-1")
                .put("tel", "0300000001");
        o.putNull("desiredDeliveryDate");
        o.put("desiredDeliveryTime", "14-16");
        ArrayNode items = o.putArray("items");
        for (Item i : e.items) {
            ObjectNode n = items.addObject().put("lineNo", i.lineNo).put("itemCode", i.item.itemCode())
                    .put("skuCode", i.item.skuCode());
            if (i.item.itemName() != null) {
                n.put("itemName", i.item.itemName());
            }
            n.put("unitPrice", i.item.unitPrice()).put("quantity", i.item.quantity());
        }
        if (e.status == DOrderStatus.SHIPPED) {
            o.putObject("shipment").put("carrierId", e.carrierId).put("trackingNo", e.trackingNo)
                    .put("shipDate", e.shipDate.toString());
        }
        return o;
    }
}
