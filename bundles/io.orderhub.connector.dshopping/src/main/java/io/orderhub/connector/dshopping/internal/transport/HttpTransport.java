package io.orderhub.connector.dshopping.internal.transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.orderhub.connector.dshopping.internal.transport.Records.OrderPage;
import io.orderhub.connector.dshopping.internal.transport.Records.OrderRecord;
import io.orderhub.connector.dshopping.internal.transport.Records.RowResult;
import io.orderhub.connector.dshopping.internal.transport.Records.Shipment;
import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallException.Kind;
import io.orderhub.core.spi.MallHttp;
import io.orderhub.core.spi.RetryPolicy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The designed JSON contract over HTTPS: partner code and API password in headers, sent through the account's
 * {@link MallHttp} (one rate budget for import and export; a 429 is waited out when the mall asks for a short
 * wait). The order list is repeated after a 5xx or a timeout; confirm and ship never are — the mall may have
 * carried them out before the answer was lost — so their orders fail with the mall's message and the engine
 * sends them again later.
 */
public final class HttpTransport implements OrderTransport {

    private final URI base;
    private final String partnerCode;
    private final String apiPassword;
    private final MallHttp http;
    private final ZoneId zone;
    private final Consumer<ConnectionStatus> status;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public HttpTransport(URI base, String partnerCode, String apiPassword, MallHttp http, ZoneId zone,
                         Consumer<ConnectionStatus> status) {
        this.base = base;
        this.partnerCode = partnerCode;
        this.apiPassword = apiPassword;
        this.http = http;
        this.zone = zone;
        this.status = status;
    }

    @Override
    public OrderPage listOrders(List<String> statuses, Instant updatedFrom, Instant updatedTo, int page, int limit)
            throws MallException {
        String query = "?status=" + enc(String.join(",", statuses)) + "&updatedFrom=" + enc(time(updatedFrom))
                + "&updatedTo=" + enc(time(updatedTo)) + "&page=" + page + "&limit=" + limit;
        JsonNode body = call("GET /orders", http.request(uri("/orders" + query)).GET(), true);
        JsonNode orders = body.get("orders");
        if (orders == null || !orders.isArray() || !body.hasNonNull("totalCount")) {
            throw malformed("GET /orders", "orders または totalCount がありません", null);
        }
        List<OrderRecord> records = new ArrayList<>();
        for (JsonNode o : orders) {
            try {
                records.add(json.treeToValue(o, OrderRecord.class));
            } catch (JsonProcessingException e) {
                throw malformed("GET /orders", "注文を読めません: " + e.getOriginalMessage(), e);
            }
        }
        return new OrderPage(body.get("totalCount").asLong(), page, limit, records);
    }

    /** {@code GET /orders/{orderNo}}; empty when the mall does not know the order. */
    @Override
    public java.util.Optional<Records.OrderState> state(String orderNo) throws MallException {
        JsonNode body;
        try {
            body = call("GET /orders/{orderNo}", http.request(uri("/orders/" + enc(orderNo).replace("+", "%20"))).GET(),
                    true);
        } catch (MallException e) {
            if (e.kind() == Kind.REJECTED && "NOT_FOUND".equals(e.mallCode())) {
                return java.util.Optional.empty();
            }
            throw e;
        }
        // {"result":"OK","order":{...}} (the list's envelope); the bare order object is taken too
        JsonNode order = body.has("order") ? body.get("order") : body;
        if (!order.hasNonNull("status")) {
            throw malformed("GET /orders/{orderNo}", "status がありません", null);
        }
        try {
            return java.util.Optional.of(json.treeToValue(order, Records.OrderState.class));
        } catch (JsonProcessingException e) {
            throw malformed("GET /orders/{orderNo}", "注文を読めません: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public List<RowResult> confirm(List<String> orderNos) throws MallException {
        return rows("POST /orders/confirm", "/orders/confirm", Map.of("orderNos", orderNos));
    }

    @Override
    public List<RowResult> ship(List<Shipment> shipments) throws MallException {
        return rows("POST /orders/ship", "/orders/ship", Map.of("shipments", shipments));
    }

    private List<RowResult> rows(String name, String path, Object payload) throws MallException {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        JsonNode body = call(name, http.request(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)), false);
        JsonNode results = body.get("results");
        if (results == null || !results.isArray()) {
            throw malformed(name, "results がありません", null);
        }
        List<RowResult> out = new ArrayList<>();
        for (JsonNode r : results) {
            try {
                out.add(json.treeToValue(r, RowResult.class));
            } catch (JsonProcessingException e) {
                throw malformed(name, "結果を読めません: " + e.getOriginalMessage(), e);
            }
        }
        return out;
    }

    private JsonNode call(String name, HttpRequest.Builder request, boolean idempotent) throws MallException {
        HttpRequest r = request.header("Accept", "application/json")
                .header("X-Partner-Code", partnerCode).header("X-Api-Password", apiPassword).build();
        HttpResponse<byte[]> res;
        try {
            res = http.send(r, HttpResponse.BodyHandlers.ofByteArray(), idempotent);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MallException(Kind.UNAVAILABLE, null, name + ": 中断されました", null, e);
        } catch (HttpTimeoutException e) {
            String text = name + ": dショッピングが時間内に応答しません (" + http.policy().requestTimeout().toMillis() / 1000.0 + "秒)"
                    + (idempotent ? "" : "。処理されたか分からないため、次回の書き出しで状態を確かめて再送します");
            status.accept(new ConnectionStatus(ConnectionStatus.State.OFFLINE, text));
            throw new MallException(Kind.UNAVAILABLE, "timeout", text, null, e);
        } catch (IOException e) {
            status.accept(new ConnectionStatus(ConnectionStatus.State.OFFLINE, e.toString()));
            throw new MallException(Kind.UNAVAILABLE, null, name + ": dショッピングに接続できません: " + e, null, e);
        }
        int code = res.statusCode();
        Duration retryAfter = RetryPolicy.parseRetryAfter(res.headers().firstValue("Retry-After").orElse(null),
                Instant.now());
        if (code == 429) {
            Duration wait = retryAfter != null ? retryAfter : Duration.ofSeconds(1);
            MallError e = error(res.body());
            throw new MallException(Kind.RATE_LIMITED, e.code, name + ": " + e.text() + " (Retry-After "
                    + wait.toSeconds() + "s)", wait, null);
        }
        if (code == 200) {
            try {
                JsonNode body = json.readTree(res.body());
                if (body == null || !body.isObject()) {
                    throw malformed(name, "JSONオブジェクトではありません", null);
                }
                status.accept(ConnectionStatus.online());
                return body;
            } catch (IOException e) {
                throw malformed(name, "応答のJSONを読めません", e);
            }
        }
        MallError e = error(res.body());
        String message = name + ": HTTP " + code + " " + e.text();
        if (code == 401 || code == 403) {
            status.accept(new ConnectionStatus(ConnectionStatus.State.CREDENTIAL_REJECTED, e.text()));
            throw new MallException(Kind.CREDENTIAL_REJECTED, e.code, message, null, null);
        }
        if (code >= 500) {
            status.accept(new ConnectionStatus(ConnectionStatus.State.OFFLINE, e.text()));
            throw new MallException(Kind.UNAVAILABLE, e.code, message, retryAfter, null);
        }
        throw new MallException(Kind.REJECTED, e.code, message, null, null);
    }

    private record MallError(String code, String message) {
        String text() {
            return code == null ? message : code + ": " + message;
        }
    }

    /** The first error of the mall's {@code {"result":"NG","errors":[...]}} body, or the raw text. */
    private MallError error(byte[] body) {
        try {
            JsonNode e = json.readTree(body).path("errors").path(0);
            if (e.hasNonNull("code") || e.hasNonNull("message")) {
                return new MallError(e.path("code").asText(null), e.path("message").asText(""));
            }
        } catch (IOException | RuntimeException ignored) {
            // fall through to the raw text
        }
        String raw = new String(body, StandardCharsets.UTF_8);
        return new MallError(null, raw.length() > 200 ? raw.substring(0, 200) + "…" : raw);
    }

    private MallException malformed(String name, String what, Throwable cause) {
        return new MallException(Kind.MALFORMED_RESPONSE, null, name + ": dショッピングの応答を読めません (" + what + ")",
                null, cause);
    }

    private URI uri(String pathAndQuery) {
        return URI.create(base.toString() + pathAndQuery);
    }

    private String time(Instant t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.truncatedTo(ChronoUnit.SECONDS).atZone(zone)
                .toOffsetDateTime());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
