package io.orderhub.simulator.shopify.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.orderhub.simulator.shopify.Fault;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/** Serves the Admin REST endpoints of the fake shop: auth, leaky bucket, faults, then the resource. */
public final class ShopifyHandler extends AbstractHandler {

    public static final String INVALID_TOKEN =
            "[API] Invalid API key or access token (unrecognized login or wrong password)";
    private static final Pattern PATH = Pattern.compile("/admin/api/(\\d{4}-\\d{2}|unstable)/(.+)");
    private static final Pattern ORDER_SUB = Pattern.compile("orders/(\\d+)(?:/(fulfillment_orders|fulfillments))?\\.json");
    private static final int MAX_BODY = 1 << 20;
    private static final int MAX_LIMIT = 250;
    private static final int DEFAULT_LIMIT = 50;
    private static final Set<String> PAGE_INFO_COMPANIONS = Set.of("page_info", "limit", "fields");

    private final ObjectMapper json;
    private final ShopState shop;
    private final Map<String, LeakyBucket> buckets;
    private final FaultPlan faults;
    private final ZoneId zone;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private volatile java.time.Duration slowAnswerDelay = java.time.Duration.ofSeconds(2);
    private final Map<String, AtomicLong> perEndpoint = new ConcurrentHashMap<>();

    public ShopifyHandler(ObjectMapper json, ShopState shop, Map<String, LeakyBucket> buckets, FaultPlan faults,
                          ZoneId zone) {
        this.json = json;
        this.shop = shop;
        this.buckets = Map.copyOf(buckets);
        this.faults = faults;
        this.zone = zone;
    }

    public long requests() {
        return requests.get();
    }

    public void slowAnswerDelay(java.time.Duration delay) {
        slowAnswerDelay = delay;
    }

    public long throttled() {
        return throttled.get();
    }

    public long requests(String endpoint) {
        AtomicLong n = perEndpoint.get(endpoint);
        return n == null ? 0 : n.get();
    }

    public void resetCounters() {
        requests.set(0);
        throttled.set(0);
        perEndpoint.clear();
        buckets.values().forEach(LeakyBucket::resetMax);
    }

    public double maxBucketLevel() {
        return buckets.values().stream().mapToDouble(LeakyBucket::maxLevel).max().orElse(0);
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest req, HttpServletResponse res) throws IOException {
        base.setHandled(true);
        requests.incrementAndGet();
        res.setCharacterEncoding("UTF-8");
        Matcher m = PATH.matcher(req.getRequestURI());
        if (!m.matches()) {
            send(res, 404, error("Not Found"));
            return;
        }
        String version = m.group(1);
        String resource = m.group(2);
        String endpoint = endpointOf(req.getMethod(), resource);
        perEndpoint.computeIfAbsent(endpoint, k -> new AtomicLong()).incrementAndGet();
        res.setHeader("X-Shopify-API-Version", version);

        String token = req.getHeader("X-Shopify-Access-Token");
        LeakyBucket bucket = token == null ? null : buckets.get(token);
        if (bucket == null) {
            send(res, 401, error(INVALID_TOKEN));
            return;
        }
        Fault fault = faults.take(req.getMethod(), "/" + resource);
        if (fault == Fault.THROTTLE) {
            throttle(res, bucket.size(), 0.2);
            return;
        }
        LeakyBucket.Decision decision = bucket.tryTake(System.nanoTime());
        if (!decision.admitted()) {
            throttled.incrementAndGet();
            throttle(res, bucket.size(), decision.retryAfterSeconds());
            return;
        }
        res.setHeader("X-Shopify-Shop-Api-Call-Limit", decision.level() + "/" + bucket.size());
        if (fault == Fault.SERVER_ERROR) {
            send(res, 500, error("Internal Server Error"));
            return;
        }
        if (fault == Fault.MALFORMED_JSON) {
            res.setStatus(200);
            res.setContentType("application/json; charset=utf-8");
            res.getWriter().write("{\"orders\":[{\"id\":4507894");
            return;
        }
        if (fault == Fault.LOST_RESPONSE) {
            try {
                route(req, new DiscardingResponse(res), endpoint, resource);
            } catch (BadRequest e) {
                // the answer is lost either way
            }
            send(res, 500, error("Internal Server Error"));
            return;
        }
        if (fault == Fault.SLOW_ANSWER) {
            // the work is done now; the buffered answer leaves only when the handler returns
            res.setBufferSize(4 << 20);
        }
        try {
            route(req, res, endpoint, resource);
        } catch (BadRequest e) {
            send(res, 400, e.body);
        }
        if (fault == Fault.SLOW_ANSWER) {
            try {
                Thread.sleep(slowAnswerDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Lets a request be served while its answer goes nowhere. */
    private static final class DiscardingResponse extends HttpServletResponseWrapper {
        private final ServletOutputStream sink = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                // nothing is ever written anywhere
            }

            @Override
            public void write(int b) {
                // discarded
            }
        };

        DiscardingResponse(HttpServletResponse res) {
            super(res);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return sink;
        }

        @Override
        public java.io.PrintWriter getWriter() {
            return new java.io.PrintWriter(sink);
        }

        @Override
        public void setStatus(int sc) {
            // the real response gets the 500
        }

        @Override
        public void setHeader(String name, String value) {
            // dropped with the answer
        }

        @Override
        public void setContentType(String type) {
            // dropped with the answer
        }
    }

    private static final Set<String> KNOWN_RESOURCES = Set.of("/orders.json", "/shop.json", "/fulfillments.json",
            "/orders/{id}.json", "/orders/{id}/fulfillment_orders.json", "/orders/{id}/fulfillments.json");

    /** "GET /orders/{id}.json" style keys; anything else is counted as "other" so the map stays small. */
    private static String endpointOf(String method, String resource) {
        String template = "/" + resource.replaceAll("\\d+", "{id}");
        boolean knownMethod = method.equals("GET") || method.equals("POST");
        return knownMethod && KNOWN_RESOURCES.contains(template) ? method + " " + template : "other";
    }

    private void route(HttpServletRequest req, HttpServletResponse res, String endpoint, String resource)
            throws IOException, BadRequest {
        switch (endpoint) {
            case "GET /orders.json" -> listOrders(req, res);
            case "GET /shop.json" -> shop(res);
            case "POST /fulfillments.json" -> createFulfillment(req, res);
            case "GET /orders/{id}.json", "GET /orders/{id}/fulfillment_orders.json",
                 "GET /orders/{id}/fulfillments.json" -> orderResource(res, resource);
            default -> {
                boolean known = resource.equals("orders.json") || resource.equals("fulfillments.json")
                        || ORDER_SUB.matcher(resource).matches();
                send(res, known ? 406 : 404, error(known ? "Not Acceptable" : "Not Found"));
            }
        }
    }

    private void shop(HttpServletResponse res) throws IOException {
        ObjectNode body = json.createObjectNode();
        ObjectNode s = body.putObject("shop");
        s.put("id", 548380009L);
        s.put("name", "orderhub デモショップ");
        s.put("myshopify_domain", "orderhub-demo.myshopify.com");
        s.put("currency", "JPY");
        s.put("country_code", "JP");
        s.put("iana_timezone", zone.getId());
        s.put("plan_name", "basic");
        send(res, 200, body);
    }

    private void orderResource(HttpServletResponse res, String resource) throws IOException {
        Matcher m = ORDER_SUB.matcher(resource);
        if (!m.matches()) {
            send(res, 404, error("Not Found"));
            return;
        }
        long id = Long.parseLong(m.group(1));
        ObjectNode body = json.createObjectNode();
        if (m.group(2) == null) {
            ObjectNode order = shop.orderJsonById(id);
            if (order == null) {
                send(res, 404, error("Not Found"));
                return;
            }
            body.set("order", order);
        } else {
            ArrayNode list = m.group(2).equals("fulfillments") ? shop.fulfillmentsJson(id) : shop.fulfillmentOrdersJson(id);
            if (list == null) {
                send(res, 404, error("Not Found"));
                return;
            }
            body.set(m.group(2), list);
        }
        send(res, 200, body);
    }

    // ------------------------------------------------------------------ orders.json

    private void listOrders(HttpServletRequest req, HttpServletResponse res) throws IOException, BadRequest {
        int limit = limit(req.getParameter("limit"));
        String pageInfo = req.getParameter("page_info");
        ShopState.Filter filter;
        long[] after = null;
        long[] before = null;
        if (pageInfo != null) {
            for (String name : req.getParameterMap().keySet()) {
                if (!PAGE_INFO_COMPANIONS.contains(name)) {
                    throw new BadRequest(fieldError("page_info",
                            "Invalid parameter: " + name + " cannot be passed with page_info"));
                }
            }
            Cursor cursor = Cursor.decode(json, pageInfo);
            filter = cursor.filter();
            if (cursor.next()) {
                after = cursor.key();
            } else {
                before = cursor.key();
            }
        } else {
            String order = req.getParameter("order");
            String sortField = "created_at";
            boolean ascending = false;
            if (order != null) {
                String[] parts = order.trim().split("\\s+");
                if (!Set.of("created_at", "updated_at", "id").contains(parts[0])
                        || parts.length > 2 || (parts.length == 2 && !Set.of("asc", "desc").contains(parts[1]))) {
                    throw new BadRequest(fieldError("order", "Invalid value: " + order));
                }
                sortField = parts[0];
                ascending = parts.length == 2 && parts[1].equals("asc");
            }
            String status = req.getParameter("status") == null ? "open" : req.getParameter("status");
            if (!Set.of("open", "closed", "cancelled", "any").contains(status)) {
                throw new BadRequest(fieldError("status", "Invalid value: " + status));
            }
            filter = new ShopState.Filter(status, time(req, "updated_at_min"), time(req, "updated_at_max"),
                    time(req, "created_at_min"), time(req, "created_at_max"), sortField, ascending,
                    req.getParameter("name"));
        }
        ShopState.Page page = shop.page(filter, limit, after, before);
        StringBuilder link = new StringBuilder();
        String base = req.getScheme() + "://" + req.getHeader("Host") + req.getRequestURI() + "?limit=" + limit
                + "&page_info=";
        if (page.hasPrevious()) {
            link.append('<').append(base).append(new Cursor(filter, page.firstKey(), false).encode(json))
                    .append(">; rel=\"previous\"");
        }
        if (page.hasNext()) {
            if (link.length() > 0) {
                link.append(", ");
            }
            link.append('<').append(base).append(new Cursor(filter, page.lastKey(), true).encode(json))
                    .append(">; rel=\"next\"");
        }
        if (link.length() > 0) {
            res.setHeader("Link", link.toString());
        }
        ObjectNode body = json.createObjectNode();
        body.putArray("orders").addAll(page.orders());
        send(res, 200, body);
    }

    private int limit(String value) throws BadRequest {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequest(fieldError("limit", "must be between 1 and " + MAX_LIMIT));
        }
        return limit;
    }

    private Instant time(HttpServletRequest req, String name) throws BadRequest {
        String value = req.getParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException e2) {
                throw new BadRequest(fieldError(name, "Invalid value: " + value));
            }
        }
    }

    // ------------------------------------------------------------------ fulfillments.json

    private void createFulfillment(HttpServletRequest req, HttpServletResponse res) throws IOException, BadRequest {
        String type = req.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            send(res, 415, error("Unsupported Media Type"));
            return;
        }
        byte[] raw;
        try (InputStream in = req.getInputStream()) {
            raw = in.readNBytes(MAX_BODY + 1);
        }
        if (raw.length > MAX_BODY) {
            send(res, 413, error("Request Entity Too Large"));
            return;
        }
        JsonNode body;
        try {
            body = json.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new BadRequest(error("Bad Request: the request body is not valid JSON"));
        }
        JsonNode fulfillment = body == null ? null : body.get("fulfillment");
        if (fulfillment == null || !fulfillment.isObject()) {
            ObjectNode err = json.createObjectNode();
            err.putObject("errors").put("fulfillment", "Required parameter missing or invalid");
            throw new BadRequest(err);
        }
        try {
            ObjectNode created = shop.createFulfillment(fulfillment);
            ObjectNode out = json.createObjectNode();
            out.set("fulfillment", created);
            send(res, 201, out);
        } catch (ShopState.Unprocessable e) {
            ObjectNode err = json.createObjectNode();
            err.putArray("errors").add(e.getMessage());
            send(res, 422, err);
        }
    }

    // ------------------------------------------------------------------ helpers

    private void throttle(HttpServletResponse res, int size, double retryAfterSeconds) throws IOException {
        double rounded = Math.max(0.1, Math.ceil(retryAfterSeconds * 10) / 10);
        res.setHeader("Retry-After", String.format(Locale.ROOT, "%.1f", rounded));
        res.setHeader("X-Shopify-Shop-Api-Call-Limit", size + "/" + size);
        send(res, 429, error("Exceeded " + size + " calls per second for api client. Reduce request rates to resume uninterrupted service."));
    }

    private ObjectNode error(String message) {
        return json.createObjectNode().put("errors", message);
    }

    private ObjectNode fieldError(String field, String message) {
        ObjectNode n = json.createObjectNode();
        n.putObject("errors").putArray(field).add(message);
        return n;
    }

    private void send(HttpServletResponse res, int status, JsonNode body) throws IOException {
        res.setStatus(status);
        res.setContentType("application/json; charset=utf-8");
        res.getOutputStream().write(json.writeValueAsBytes(body));
    }

    private static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final transient JsonNode body;

        BadRequest(JsonNode body) {
            super(null, null, false, false);
            this.body = body;
        }
    }

    /** The opaque page_info: the filters of the first request and the edge of the page it continues from. */
    private record Cursor(ShopState.Filter filter, long[] key, boolean next) {

        String encode(ObjectMapper json) {
            ObjectNode n = json.createObjectNode();
            n.put("s", filter.status());
            put(n, "u0", filter.updatedMin());
            put(n, "u1", filter.updatedMax());
            put(n, "c0", filter.createdMin());
            put(n, "c1", filter.createdMax());
            n.put("o", filter.sortField());
            n.put("a", filter.ascending());
            if (filter.name() != null) {
                n.put("nm", filter.name());
            }
            n.put("k", key[0]);
            n.put("i", key[1]);
            n.put("d", next ? "n" : "p");
            try {
                return Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(n));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void put(ObjectNode n, String field, Instant t) {
            if (t != null) {
                n.put(field, t.toEpochMilli());
            }
        }

        private static Instant get(JsonNode n, String field) {
            return n.hasNonNull(field) ? Instant.ofEpochMilli(n.get(field).asLong()) : null;
        }

        static Cursor decode(ObjectMapper json, String pageInfo) throws BadRequest {
            try {
                JsonNode n = json.readTree(Base64.getUrlDecoder().decode(pageInfo));
                ShopState.Filter f = new ShopState.Filter(n.get("s").asText(), get(n, "u0"), get(n, "u1"),
                        get(n, "c0"), get(n, "c1"), n.get("o").asText(), n.get("a").asBoolean(),
                        n.hasNonNull("nm") ? n.get("nm").asText() : null);
                return new Cursor(f, new long[] {n.get("k").asLong(), n.get("i").asLong()},
                        "n".equals(n.get("d").asText()));
            } catch (IllegalArgumentException | IOException | NullPointerException e) {
                ObjectNode err = json.createObjectNode();
                err.putObject("errors").putArray("page_info").add("Invalid value.");
                throw new BadRequest(err);
            }
        }
    }
}
