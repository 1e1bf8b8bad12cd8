package io.orderhub.simulator.dshopping.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.orderhub.simulator.dshopping.DOrderStatus;
import io.orderhub.simulator.dshopping.Fault;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The designed dショッピング contract under {@code /v1}. Order of checks: maintenance, credentials, rate
 * limits, injected faults, then the endpoint.
 */
public final class DShoppingHandler extends AbstractHandler {

    public static final String PREFIX = "/v1";
    private static final int MAX_BODY = 1 << 20;

    private final ObjectMapper json;
    private final OrderBook book;
    private final RateGate rate;
    private final FaultPlan faults;
    private final String partnerCode;
    private final String apiPassword;
    private final int maxPageSize;
    private final int maxBatchSize;
    private final int maxWindowDays;
    private volatile boolean maintenance;
    private volatile boolean passwordExpired;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private volatile Duration slowAnswerDelay = Duration.ofSeconds(2);
    private final Map<String, AtomicLong> perEndpoint = new ConcurrentHashMap<>();

    public DShoppingHandler(ObjectMapper json, OrderBook book, RateGate rate, FaultPlan faults, String partnerCode,
                            String apiPassword, int maxPageSize, int maxBatchSize, int maxWindowDays) {
        this.json = json;
        this.book = book;
        this.rate = rate;
        this.faults = faults;
        this.partnerCode = partnerCode;
        this.apiPassword = apiPassword;
        this.maxPageSize = maxPageSize;
        this.maxBatchSize = maxBatchSize;
        this.maxWindowDays = maxWindowDays;
    }

    public void maintenance(boolean on) {
        maintenance = on;
    }

    public void passwordExpired(boolean expired) {
        passwordExpired = expired;
    }

    public void slowAnswerDelay(Duration delay) {
        slowAnswerDelay = delay;
    }

    /** Requests refused for the per-second or daily limit (injected 429s not counted). */
    public long throttled() {
        return throttled.get();
    }

    public long requests() {
        return requests.get();
    }

    public long requests(String endpoint) {
        AtomicLong n = perEndpoint.get(endpoint);
        return n == null ? 0 : n.get();
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest req, HttpServletResponse res)
            throws IOException {
        base.setHandled(true);
        requests.incrementAndGet();
        String path = req.getRequestURI();
        String method = req.getMethod();
        String endpoint = endpoint(method, path);
        if (endpoint != null) {
            perEndpoint.computeIfAbsent(endpoint, k -> new AtomicLong()).incrementAndGet();
        }
        if (maintenance) {
            send(res, 503, error("MAINTENANCE", "dショッピングはメンテナンス中です", null));
            return;
        }
        String[] credentials = credentials(req);
        if (credentials == null || !partnerCode.equals(credentials[0]) || !apiPassword.equals(credentials[1])) {
            send(res, 401, error("AUTH_FAILED", "partner code or API password is wrong", null));
            return;
        }
        if (passwordExpired) {
            send(res, 401, error("AUTH_EXPIRED", "the API password has expired; issue a new one", null));
            return;
        }
        Duration wait = rate.admit();
        if (wait != null) {
            throttled.incrementAndGet();
            res.setHeader("Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
            send(res, 429, error("RATE_LIMITED", "too many requests", null));
            return;
        }
        Fault fault = faults.take(method + " " + path);
        if (fault == Fault.SERVER_ERROR) {
            send(res, 500, error("E500_INTERNAL", "internal server error", null));
            return;
        }
        if (fault == Fault.THROTTLE) {
            res.setHeader("Retry-After", "0");
            send(res, 429, error("RATE_LIMITED", "too many requests", null));
            return;
        }
        if (fault == Fault.SLOW_ANSWER) {
            // served now, answered late: the buffered answer leaves only when the handler returns
            res.setBufferSize(4 << 20);
        }
        try {
            JsonNode body = route(endpoint, req, path);
            if (body == null) {
                send(res, 404, error("NOT_FOUND", "no such resource: " + method + " " + path, null));
            } else if (fault == Fault.MALFORMED_JSON) {
                byte[] full = json.writeValueAsBytes(body);
                res.setStatus(200);
                res.setContentType("application/json; charset=utf-8");
                res.getOutputStream().write(full, 0, Math.max(1, full.length / 2));
            } else {
                send(res, 200, body);
            }
        } catch (ApiError e) {
            send(res, e.status, e.body);
        }
        if (fault == Fault.SLOW_ANSWER) {
            try {
                Thread.sleep(slowAnswerDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String endpoint(String method, String path) {
        if (!path.startsWith(PREFIX + "/orders")) {
            return null;
        }
        String rest = path.substring(PREFIX.length());
        if (method.equals("GET") && rest.equals("/orders")) {
            return "GET /orders";
        }
        if (method.equals("POST") && rest.equals("/orders/confirm")) {
            return "POST /orders/confirm";
        }
        if (method.equals("POST") && rest.equals("/orders/ship")) {
            return "POST /orders/ship";
        }
        if (method.equals("GET") && rest.matches("/orders/[^/]+")) {
            return "GET /orders/{orderNo}";
        }
        return null;
    }

    private JsonNode route(String endpoint, HttpServletRequest req, String path) throws ApiError, IOException {
        if (endpoint == null) {
            return null;
        }
        switch (endpoint) {
            case "GET /orders":
                return list(req);
            case "GET /orders/{orderNo}": {
                ObjectNode o = book.one(json, path.substring((PREFIX + "/orders/").length()));
                if (o == null) {
                    throw new ApiError(404, error("NOT_FOUND", "order not found", "orderNo"));
                }
                ObjectNode body = json.createObjectNode().put("result", "OK");
                body.set("order", o);
                return body;
            }
            case "POST /orders/confirm":
                return confirm(body(req));
            case "POST /orders/ship":
                return ship(body(req));
            default:
                return null;
        }
    }

    private JsonNode list(HttpServletRequest req) throws ApiError {
        Set<DOrderStatus> statuses = EnumSet.noneOf(DOrderStatus.class);
        String status = req.getParameter("status");
        if (status != null && !status.isBlank()) {
            for (String s : status.split(",")) {
                try {
                    statuses.add(DOrderStatus.valueOf(s.trim()));
                } catch (IllegalArgumentException e) {
                    throw invalid("unknown status: " + s.trim(), "status");
                }
            }
        }
        Instant from = time(req, "updatedFrom");
        Instant to = time(req, "updatedTo");
        if (from.isAfter(to)) {
            throw invalid("updatedFrom is after updatedTo", "updatedFrom");
        }
        if (Duration.between(from, to).compareTo(Duration.ofDays(maxWindowDays)) > 0) {
            throw invalid("the window from updatedFrom to updatedTo exceeds " + maxWindowDays + " days", "updatedTo");
        }
        int page = integer(req, "page", 1, 1, Integer.MAX_VALUE);
        int limit = integer(req, "limit", maxPageSize, 1, maxPageSize);
        return book.list(json, statuses, from, to, page, limit);
    }

    private JsonNode confirm(JsonNode body) throws ApiError {
        JsonNode nos = body.get("orderNos");
        if (nos == null || !nos.isArray() || nos.isEmpty()) {
            throw invalid("orderNos is required", "orderNos");
        }
        if (nos.size() > maxBatchSize) {
            throw invalid("at most " + maxBatchSize + " orders per call", "orderNos");
        }
        List<OrderBook.Row> rows = new ArrayList<>();
        for (JsonNode n : nos) {
            rows.add(book.confirm(n.asText()));
        }
        return rows(rows, "orderNos", -1);
    }

    private JsonNode ship(JsonNode body) throws ApiError {
        JsonNode shipments = body.get("shipments");
        if (shipments == null || !shipments.isArray() || shipments.isEmpty()) {
            throw invalid("shipments is required", "shipments");
        }
        if (shipments.size() > maxBatchSize) {
            throw invalid("at most " + maxBatchSize + " shipments per call", "shipments");
        }
        List<OrderBook.Row> rows = new ArrayList<>();
        for (JsonNode s : shipments) {
            rows.add(book.ship(text(s, "orderNo"), text(s, "carrierId"), text(s, "trackingNo"), text(s, "shipDate")));
        }
        return rows(rows, "shipments", 0);
    }

    private ObjectNode rows(List<OrderBook.Row> rows, String arrayField, int indexed) {
        ObjectNode out = json.createObjectNode().put("result", "OK");
        ArrayNode results = out.putArray("results");
        for (int i = 0; i < rows.size(); i++) {
            OrderBook.Row r = rows.get(i);
            ObjectNode row = results.addObject().put("orderNo", r.orderNo()).put("result", r.code() == null ? "OK" : "NG");
            if (r.code() != null) {
                String field = indexed >= 0 ? arrayField + "[" + i + "]." + r.field() : arrayField + "[" + i + "]";
                row.putArray("errors").addObject().put("code", r.code()).put("message", r.message()).put("field", field);
            }
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private JsonNode body(HttpServletRequest req) throws ApiError, IOException {
        String type = req.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiError(415, error("E415_UNSUPPORTED_MEDIA_TYPE", "Content-Type must be application/json", null));
        }
        byte[] raw;
        try (InputStream in = req.getInputStream()) {
            raw = in.readNBytes(MAX_BODY + 1);
        }
        if (raw.length > MAX_BODY) {
            throw new ApiError(413, error("E413_TOO_LARGE", "request body too large", null));
        }
        try {
            JsonNode n = json.readTree(raw);
            if (n == null || !n.isObject()) {
                throw invalid("the request body must be a JSON object", null);
            }
            return n;
        } catch (JsonProcessingException e) {
            throw invalid("the request body is not valid JSON", null);
        }
    }

    private Instant time(HttpServletRequest req, String name) throws ApiError {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) {
            throw invalid(name + " is required", name);
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(name + " must be ISO 8601 with an offset (2025-01-01T00:00:00+09:00): " + v, name);
        }
    }

    private int integer(HttpServletRequest req, String name, int def, int min, int max) throws ApiError {
        String v = req.getParameter(name);
        if (v == null) {
            return def;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name + " must be between " + min + " and " + max + ": " + v, name);
    }

    /** Both ways the contract accepts: the two headers, or HTTP Basic partnerCode:apiPassword. */
    private static String[] credentials(HttpServletRequest req) {
        String code = req.getHeader("X-Partner-Code");
        String password = req.getHeader("X-Api-Password");
        if (code != null && password != null) {
            return new String[] {code, password};
        }
        String auth = req.getHeader("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    private ApiError invalid(String message, String field) {
        return new ApiError(400, error("E400_INVALID_PARAM", message, field));
    }

    private ObjectNode error(String code, String message, String field) {
        ObjectNode n = json.createObjectNode().put("result", "NG");
        ObjectNode e = n.putArray("errors").addObject().put("code", code).put("message", message);
        if (field != null) {
            e.put("field", field);
        }
        return n;
    }

    private void send(HttpServletResponse res, int status, JsonNode body) throws IOException {
        res.setStatus(status);
        res.setContentType("application/json; charset=utf-8");
        res.getOutputStream().write(json.writeValueAsBytes(body));
    }

    private static final class ApiError extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final transient JsonNode body;

        ApiError(int status, JsonNode body) {
            super(null, null, false, false);
            this.status = status;
            this.body = body;
        }
    }
}
