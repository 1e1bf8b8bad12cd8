package io.orderhub.simulator.shopify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.orderhub.simulator.shopify.NewLineItem;
import io.orderhub.simulator.shopify.NewOrder;
import io.orderhub.simulator.shopify.SimulatedFulfillment;
import io.orderhub.simulator.shopify.SimulatedOrder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The fake shop's orders, fulfillment orders and fulfillments. Every method is synchronized: the simulator
 * serves a handful of requests at a time and correctness matters more than throughput.
 */
public final class ShopState {

    /** Thrown for a request Shopify would refuse with 422; the message is Shopify-style. */
    public static final class Unprocessable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unprocessable(String message) {
            super(message);
        }
    }

    static final long LOCATION_ID = 24826418L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ObjectMapper json;
    private final Clock clock;
    private final ZoneId zone;
    private final int maxOrders;
    private final TreeMap<Long, Order> orders = new TreeMap<>();
    private final Map<Long, FulfillmentOrder> fulfillmentOrders = new HashMap<>();
    private final Map<Long, String> rejections = new HashMap<>();
    private long nextOrderId = 450789469L;
    private int nextOrderNumber = 1001;
    private long nextLineId = 466157049L;
    private long nextFulfillmentOrderId = 1046000778L;
    private long nextFulfillmentOrderLineId = 1025578633L;
    private long nextFulfillmentId = 255858046L;
    private int seedRound;

    public ShopState(ObjectMapper json, Clock clock, ZoneId zone, int maxOrders) {
        this.json = json;
        this.clock = clock;
        this.zone = zone;
        this.maxOrders = maxOrders;
    }

    // ---------------------------------------------------------------- model

    static final class Order {
        long id;
        String name;
        String email;
        Instant createdAt;
        Instant updatedAt;
        Instant cancelledAt;
        String financialStatus;
        String gateway;
        String lastName;
        String firstName;
        String phone;
        SampleData.Place place;
        final List<Line> lines = new ArrayList<>();
        final List<Long> fulfillmentOrderIds = new ArrayList<>();
        final List<SimulatedFulfillment> fulfillments = new ArrayList<>();

        String fulfillmentStatus() {
            int total = lines.stream().mapToInt(l -> l.quantity).sum();
            int open = lines.stream().mapToInt(l -> l.fulfillable).sum();
            if (open == total) {
                return null;
            }
            return open == 0 ? "fulfilled" : "partial";
        }

        BigDecimal total() {
            return lines.stream().map(l -> l.price.multiply(BigDecimal.valueOf(l.quantity)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    static final class Line {
        long id;
        String sku;
        String title;
        int quantity;
        int fulfillable;
        BigDecimal price;
    }

    static final class FulfillmentOrder {
        long id;
        long orderId;
        String status;
        final List<FoLine> lines = new ArrayList<>();
    }

    static final class FoLine {
        long id;
        long lineItemId;
        int quantity;
        int fulfillable;
    }

    // ---------------------------------------------------------------- test API

    public synchronized SimulatedOrder add(NewOrder spec) {
        if (orders.size() >= maxOrders) {
            throw new IllegalStateException("the simulator holds at most " + maxOrders + " orders");
        }
        int i = orders.size();
        Order o = new Order();
        o.id = nextOrderId;
        nextOrderId += 1000 + (i % 7);
        o.name = "#" + nextOrderNumber++;
        o.createdAt = spec.createdAt().truncatedTo(ChronoUnit.SECONDS);
        o.updatedAt = spec.updatedAt().truncatedTo(ChronoUnit.SECONDS);
        o.cancelledAt = spec.cancelled() ? o.updatedAt : null;
        o.financialStatus = spec.cancelled() && "paid".equals(spec.financialStatus()) ? "refunded"
                : spec.financialStatus();
        o.gateway = SampleData.GATEWAYS.get(i % SampleData.GATEWAYS.size());
        o.lastName = spec.lastName();
        o.firstName = spec.firstName();
        int nameIndex = Math.max(0, SampleData.LAST_NAMES.indexOf(spec.lastName()));
        o.email = SampleData.ROMAJI_LAST.get(nameIndex) + (1000 + i) + "@example.jp";
        o.phone = String.format("090-%04d-%04d", 1000 + i % 9000, 2000 + (i * 7) % 8000);
        o.place = SampleData.PLACES.get(i % SampleData.PLACES.size());
        FulfillmentOrder fo = new FulfillmentOrder();
        fo.id = nextFulfillmentOrderId++;
        fo.orderId = o.id;
        fo.status = spec.cancelled() ? "closed" : "open";
        for (NewLineItem item : spec.lines()) {
            Line line = new Line();
            line.id = nextLineId++;
            line.sku = item.sku();
            line.title = item.title();
            line.quantity = item.quantity();
            line.fulfillable = spec.cancelled() ? 0 : item.quantity();
            line.price = item.price();
            o.lines.add(line);
            FoLine foLine = new FoLine();
            foLine.id = nextFulfillmentOrderLineId++;
            foLine.lineItemId = line.id;
            foLine.quantity = item.quantity();
            foLine.fulfillable = line.fulfillable;
            fo.lines.add(foLine);
        }
        o.fulfillmentOrderIds.add(fo.id);
        fulfillmentOrders.put(fo.id, fo);
        orders.put(o.id, o);
        if (spec.fulfilled() && !spec.cancelled()) {
            fulfil(o, List.of(fo), null, "Yamato (JA)", "4000" + (10000000 + i), false, o.updatedAt);
        }
        return snapshot(o);
    }

    /**
     * Adds {@code count} sample orders, the same ones for the same count and round: created over the last 15
     * days, updated some time after, about one in nine cancelled and one in seven already shipped.
     */
    public synchronized List<SimulatedOrder> seed(int count) {
        Random random = new Random(20250101L + seedRound++);
        Instant now = clock.instant();
        List<SimulatedOrder> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long ageSeconds = random.nextInt(15 * 24 * 3600);
            Instant created = now.minusSeconds(ageSeconds);
            Instant updated = created.plusSeconds(random.nextInt((int) Math.max(1, ageSeconds)));
            List<NewLineItem> lines = new ArrayList<>();
            int lineCount = 1 + random.nextInt(3);
            for (int l = 0; l < lineCount; l++) {
                SampleData.Product p = SampleData.PRODUCTS.get(random.nextInt(SampleData.PRODUCTS.size()));
                if (lines.stream().noneMatch(x -> x.sku().equals(p.sku()))) {
                    lines.add(NewLineItem.of(p.sku(), p.title(), 1 + random.nextInt(2), p.price()));
                }
            }
            String financial = random.nextInt(5) == 0 ? "pending" : "paid";
            NewOrder spec = NewOrder.placedAt(created).updatedAt(updated).financialStatus(financial)
                    .buyer(SampleData.LAST_NAMES.get(random.nextInt(SampleData.LAST_NAMES.size())),
                            SampleData.FIRST_NAMES.get(random.nextInt(SampleData.FIRST_NAMES.size())))
                    .lines(lines)
                    .cancelled(random.nextInt(9) == 0)
                    .fulfilled(random.nextInt(7) == 0);
            added.add(add(spec));
        }
        return added;
    }

    public synchronized List<SimulatedOrder> orders() {
        return orders.values().stream().map(this::snapshot).toList();
    }

    public synchronized SimulatedOrder order(long id) {
        Order o = orders.get(id);
        return o == null ? null : snapshot(o);
    }

    public synchronized List<SimulatedFulfillment> fulfillments(long orderId) {
        Order o = orders.get(orderId);
        return o == null ? List.of() : List.copyOf(o.fulfillments);
    }

    public synchronized List<SimulatedFulfillment> allFulfillments() {
        return orders.values().stream().flatMap(o -> o.fulfillments.stream()).toList();
    }

    public synchronized void rejectNextFulfillment(long orderId, String message) {
        rejections.put(orderId, message);
    }

    private SimulatedOrder snapshot(Order o) {
        return new SimulatedOrder(o.id, o.name, o.createdAt, o.updatedAt, o.cancelledAt != null, o.financialStatus,
                o.fulfillmentStatus(), o.lines.stream().map(l -> l.id).toList());
    }

    // ---------------------------------------------------------------- queries

    /** The filters of an orders.json request, also carried inside page_info. */
    /** @param name the order name ({@code #1001}; Shopify also takes it without the #), or null */
    public record Filter(String status, Instant updatedMin, Instant updatedMax, Instant createdMin,
                         Instant createdMax, String sortField, boolean ascending, String name) {

        boolean matches(Order o) {
            boolean statusOk = switch (status) {
                case "any" -> true;
                case "cancelled" -> o.cancelledAt != null;
                case "closed" -> false;
                default -> o.cancelledAt == null; // "open"
            };
            return statusOk
                    && (name == null || o.name.equals(name) || o.name.equals("#" + name))
                    && (updatedMin == null || !o.updatedAt.isBefore(updatedMin))
                    && (updatedMax == null || !o.updatedAt.isAfter(updatedMax))
                    && (createdMin == null || !o.createdAt.isBefore(createdMin))
                    && (createdMax == null || !o.createdAt.isAfter(createdMax));
        }

        long sortKey(Order o) {
            return switch (sortField) {
                case "updated_at" -> o.updatedAt.toEpochMilli();
                case "id" -> o.id;
                default -> o.createdAt.toEpochMilli();
            };
        }
    }

    /** A page of orders and whether there are orders before and after it in the same sort. */
    public record Page(List<ObjectNode> orders, long[] firstKey, long[] lastKey, boolean hasPrevious,
                       boolean hasNext) {
    }

    /**
     * One page of the orders the filter selects, in its sort; {@code after}/{@code before} are (sort key, id)
     * of the neighbouring page's edge, or null for the first page.
     */
    public synchronized Page page(Filter filter, int limit, long[] after, long[] before) {
        Comparator<Order> order = Comparator.<Order>comparingLong(filter::sortKey).thenComparingLong(o -> o.id);
        if (!filter.ascending()) {
            order = order.reversed();
        }
        List<Order> all = orders.values().stream().filter(filter::matches).sorted(order).toList();
        Comparator<Order> cmp = order;
        int start = 0;
        int end = all.size();
        if (after != null) {
            start = firstIndex(all, o -> cmp.compare(o, probe(filter, after)) > 0);
            end = Math.min(all.size(), start + limit);
        } else if (before != null) {
            end = firstIndex(all, o -> cmp.compare(o, probe(filter, before)) >= 0);
            start = Math.max(0, end - limit);
        } else {
            end = Math.min(all.size(), limit);
        }
        List<Order> slice = all.subList(start, end);
        List<ObjectNode> nodes = slice.stream().map(this::orderJson).toList();
        long[] first = slice.isEmpty() ? null : new long[] {filter.sortKey(slice.get(0)), slice.get(0).id};
        Order lastOrder = slice.isEmpty() ? null : slice.get(slice.size() - 1);
        long[] last = lastOrder == null ? null : new long[] {filter.sortKey(lastOrder), lastOrder.id};
        return new Page(nodes, first, last, start > 0 && !slice.isEmpty(), end < all.size() && !slice.isEmpty());
    }

    private static int firstIndex(List<Order> all, Predicate<Order> p) {
        for (int i = 0; i < all.size(); i++) {
            if (p.test(all.get(i))) {
                return i;
            }
        }
        return all.size();
    }

    /** An order that sorts exactly at (key, id) in the filter's sort. */
    private static Order probe(Filter filter, long[] key) {
        Order o = new Order();
        o.id = key[1];
        Instant at = Instant.ofEpochMilli(key[0]);
        o.createdAt = at;
        o.updatedAt = at;
        return o;
    }

    public synchronized ObjectNode orderJsonById(long id) {
        Order o = orders.get(id);
        return o == null ? null : orderJson(o);
    }

    public synchronized ArrayNode fulfillmentOrdersJson(long orderId) {
        Order o = orders.get(orderId);
        if (o == null) {
            return null;
        }
        ArrayNode list = json.createArrayNode();
        for (long foId : o.fulfillmentOrderIds) {
            FulfillmentOrder fo = fulfillmentOrders.get(foId);
            ObjectNode n = list.addObject();
            n.put("id", fo.id);
            n.put("shop_id", 548380009L);
            n.put("order_id", fo.orderId);
            n.put("assigned_location_id", LOCATION_ID);
            n.put("request_status", "unsubmitted");
            n.put("status", fo.status);
            n.putArray("supported_actions").add(fo.status.equals("open") || fo.status.equals("in_progress")
                    ? "create_fulfillment" : "request_fulfillment");
            ArrayNode items = n.putArray("line_items");
            for (FoLine l : fo.lines) {
                ObjectNode i = items.addObject();
                i.put("id", l.id);
                i.put("shop_id", 548380009L);
                i.put("fulfillment_order_id", fo.id);
                i.put("line_item_id", l.lineItemId);
                i.put("inventory_item_id", l.lineItemId + 7);
                i.put("quantity", l.quantity);
                i.put("fulfillable_quantity", l.fulfillable);
            }
            ObjectNode loc = n.putObject("assigned_location");
            loc.put("location_id", LOCATION_ID);
            loc.put("name", "本店倉庫");
            loc.put("country_code", "JP");
        }
        return list;
    }

    public synchronized ArrayNode fulfillmentsJson(long orderId) {
        Order o = orders.get(orderId);
        if (o == null) {
            return null;
        }
        ArrayNode list = json.createArrayNode();
        o.fulfillments.forEach(f -> list.add(fulfillmentJson(o, f)));
        return list;
    }

    // ---------------------------------------------------------------- fulfillment create

    /**
     * Creates a fulfillment from a {@code fulfillment} request object as Shopify validates it: every fulfillment
     * order exists, belongs to one order and is open or in progress, and no quantity exceeds what remains.
     */
    public synchronized ObjectNode createFulfillment(JsonNode request) throws Unprocessable {
        JsonNode groups = request.path("line_items_by_fulfillment_order");
        if (!groups.isArray() || groups.isEmpty()) {
            throw new Unprocessable("line_items_by_fulfillment_order must be present");
        }
        Order order = null;
        List<FulfillmentOrder> fos = new ArrayList<>();
        Map<Long, Map<Long, Integer>> requested = new LinkedHashMap<>();
        for (JsonNode g : groups) {
            long foId = g.path("fulfillment_order_id").asLong(-1);
            FulfillmentOrder fo = fulfillmentOrders.get(foId);
            if (fo == null) {
                throw new Unprocessable("Fulfillment order " + g.path("fulfillment_order_id").asText() + " does not exist.");
            }
            if (!fo.status.equals("open") && !fo.status.equals("in_progress")) {
                throw new Unprocessable("Fulfillment order " + fo.id + " has an unfulfillable status= " + fo.status + ".");
            }
            Order owner = orders.get(fo.orderId);
            if (order != null && order != owner) {
                throw new Unprocessable("All fulfillment orders must belong to the same order.");
            }
            order = owner;
            Map<Long, Integer> quantities = new LinkedHashMap<>();
            JsonNode items = g.get("fulfillment_order_line_items");
            if (items == null || items.isNull()) {
                fo.lines.stream().filter(l -> l.fulfillable > 0).forEach(l -> quantities.put(l.id, l.fulfillable));
            } else {
                for (JsonNode item : items) {
                    long lineId = item.path("id").asLong(-1);
                    FoLine line = fo.lines.stream().filter(l -> l.id == lineId).findFirst().orElse(null);
                    if (line == null) {
                        throw new Unprocessable("Invalid fulfillment order line item id: " + item.path("id").asText() + ".");
                    }
                    int qty = item.path("quantity").asInt(0);
                    if (qty < 1 || qty + quantities.getOrDefault(lineId, 0) > line.fulfillable) {
                        throw new Unprocessable("Invalid fulfillment order line item quantity requested.");
                    }
                    quantities.merge(lineId, qty, Integer::sum);
                }
            }
            if (quantities.isEmpty()) {
                throw new Unprocessable("Fulfillment order " + fo.id + " has no fulfillable line items.");
            }
            fos.add(fo);
            requested.put(fo.id, quantities);
        }
        String rejection = rejections.remove(order.id);
        if (rejection != null) {
            throw new Unprocessable(rejection);
        }
        JsonNode tracking = request.path("tracking_info");
        String number = text(tracking, "number");
        String company = text(tracking, "company");
        String url = text(tracking, "url");
        boolean notify = request.path("notify_customer").asBoolean(false);
        SimulatedFulfillment f = fulfil(order, fos, requested, company, number, notify, null);
        if (url != null) {
            f = withUrl(order, f, url);
        }
        return fulfillmentJson(order, f);
    }

    private SimulatedFulfillment withUrl(Order order, SimulatedFulfillment f, String url) {
        SimulatedFulfillment updated = new SimulatedFulfillment(f.id(), f.orderId(), f.name(), f.status(),
                f.trackingNumber(), f.trackingCompany(), url, f.notifyCustomer(), f.fulfillmentOrderIds(),
                f.lineItemQuantities(), f.createdAt());
        order.fulfillments.set(order.fulfillments.size() - 1, updated);
        return updated;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Applies a fulfillment; {@code requested} null means everything still fulfillable. */
    private SimulatedFulfillment fulfil(Order order, List<FulfillmentOrder> fos, Map<Long, Map<Long, Integer>> requested,
                                        String company, String number, boolean notify, Instant at) {
        Instant now = at != null ? at : clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<Long, Integer> byLineItem = new LinkedHashMap<>();
        for (FulfillmentOrder fo : fos) {
            for (FoLine l : fo.lines) {
                int qty = requested == null ? l.fulfillable : requested.get(fo.id).getOrDefault(l.id, 0);
                if (qty == 0) {
                    continue;
                }
                l.fulfillable -= qty;
                byLineItem.merge(l.lineItemId, qty, Integer::sum);
                order.lines.stream().filter(x -> x.id == l.lineItemId).forEach(x -> x.fulfillable -= qty);
            }
            fo.status = fo.lines.stream().allMatch(l -> l.fulfillable == 0) ? "closed" : "in_progress";
        }
        if (at == null) {
            order.updatedAt = now.isAfter(order.updatedAt) ? now : order.updatedAt.plusSeconds(1);
        }
        SimulatedFulfillment f = new SimulatedFulfillment(nextFulfillmentId++, order.id,
                order.name + "." + (order.fulfillments.size() + 1), "success", number, company,
                trackingUrl(company, number), notify, fos.stream().map(fo -> fo.id).toList(), byLineItem, now);
        order.fulfillments.add(f);
        return f;
    }

    /** Shopify builds the tracking link itself for carriers on its list. */
    private static String trackingUrl(String company, String number) {
        if (company == null || number == null) {
            return null;
        }
        String n = java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8);
        return switch (company) {
            case "Japan Post (JA)", "Japan Post (EN)" ->
                    "https://trackings.post.japanpost.jp/services/srv/search/?requestNo1=" + n;
            case "Yamato (JA)", "Yamato (EN)" ->
                    "https://jizen.kuronekoyamato.co.jp/jizen/servlet/crjz.b.NQ0010?id=" + n;
            case "Sagawa (JA)", "Sagawa (EN)" ->
                    "https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=" + n;
            default -> null;
        };
    }

    // ---------------------------------------------------------------- JSON

    private String time(Instant t) {
        return t == null ? null : TIME.format(t.atZone(zone).toOffsetDateTime());
    }

    ObjectNode orderJson(Order o) {
        ObjectNode n = json.createObjectNode();
        n.put("id", o.id);
        n.put("admin_graphql_api_id", "gid://shopify/Order/" + o.id);
        n.put("name", o.name);
        n.put("order_number", Integer.parseInt(o.name.substring(1)));
        n.put("email", o.email);
        n.put("created_at", time(o.createdAt));
        n.put("updated_at", time(o.updatedAt));
        n.put("processed_at", time(o.createdAt));
        n.put("cancelled_at", time(o.cancelledAt));
        n.put("cancel_reason", o.cancelledAt == null ? null : "customer");
        n.putNull("closed_at");
        n.put("financial_status", o.financialStatus);
        n.put("fulfillment_status", o.fulfillmentStatus());
        n.put("currency", "JPY");
        BigDecimal total = o.total();
        n.put("subtotal_price", total.toPlainString());
        n.put("total_tax", total.multiply(BigDecimal.TEN).divideToIntegralValue(BigDecimal.valueOf(110)).toPlainString());
        n.put("total_price", total.toPlainString());
        n.putArray("payment_gateway_names").add(o.gateway);
        ObjectNode customer = n.putObject("customer");
        customer.put("id", 207119551L + (o.id % 100000));
        customer.put("email", o.email);
        customer.put("first_name", o.firstName);
        customer.put("last_name", o.lastName);
        customer.put("phone", o.phone);
        address(n.putObject("billing_address"), o);
        address(n.putObject("shipping_address"), o);
        ArrayNode items = n.putArray("line_items");
        for (Line l : o.lines) {
            ObjectNode i = items.addObject();
            i.put("id", l.id);
            i.put("variant_id", 39072856L + l.sku.hashCode() % 1000);
            i.put("sku", l.sku);
            i.put("title", l.title);
            i.put("name", l.title);
            i.put("quantity", l.quantity);
            i.put("price", l.price.toPlainString());
            i.put("fulfillable_quantity", l.fulfillable);
            i.put("fulfillment_status", l.fulfillable == 0 && o.cancelledAt == null ? "fulfilled" : null);
            i.put("requires_shipping", true);
        }
        ArrayNode fulfillments = n.putArray("fulfillments");
        o.fulfillments.forEach(f -> fulfillments.add(fulfillmentJson(o, f)));
        return n;
    }

    private static void address(ObjectNode a, Order o) {
        a.put("first_name", o.firstName);
        a.put("last_name", o.lastName);
        a.put("name", o.lastName + " " + o.firstName);
        a.put("zip", o.place.zip());
        a.put("province", o.place.province());
        a.put("province_code", o.place.provinceCode());
        a.put("country", "Japan");
        a.put("country_code", "JP");
        a.put("city", o.place.city());
        a.put("address1", o.place.address1());
        a.putNull("address2");
        a.put("phone", o.phone);
        a.putNull("company");
    }

    private ObjectNode fulfillmentJson(Order o, SimulatedFulfillment f) {
        ObjectNode n = json.createObjectNode();
        n.put("id", f.id());
        n.put("admin_graphql_api_id", "gid://shopify/Fulfillment/" + f.id());
        n.put("order_id", o.id);
        n.put("name", f.name());
        n.put("status", f.status());
        n.put("service", "manual");
        n.put("location_id", LOCATION_ID);
        n.put("created_at", time(f.createdAt()));
        n.put("updated_at", time(f.createdAt()));
        n.put("tracking_company", f.trackingCompany());
        n.put("tracking_number", f.trackingNumber());
        ArrayNode numbers = n.putArray("tracking_numbers");
        if (f.trackingNumber() != null) {
            numbers.add(f.trackingNumber());
        }
        n.put("tracking_url", f.trackingUrl());
        ArrayNode urls = n.putArray("tracking_urls");
        if (f.trackingUrl() != null) {
            urls.add(f.trackingUrl());
        }
        n.putNull("shipment_status");
        ArrayNode items = n.putArray("line_items");
        for (Map.Entry<Long, Integer> e : f.lineItemQuantities().entrySet()) {
            Line l = o.lines.stream().filter(x -> x.id == e.getKey()).findFirst().orElseThrow();
            ObjectNode i = items.addObject();
            i.put("id", l.id);
            i.put("sku", l.sku);
            i.put("title", l.title);
            i.put("quantity", e.getValue());
            i.put("price", l.price.toPlainString());
        }
        return n;
    }
}
