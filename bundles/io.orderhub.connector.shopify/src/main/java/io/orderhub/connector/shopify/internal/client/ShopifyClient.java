package io.orderhub.connector.shopify.internal.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.orderhub.connector.shopify.internal.dto.Envelopes;
import io.orderhub.connector.shopify.internal.dto.FulfillmentCreateDto;
import io.orderhub.connector.shopify.internal.dto.FulfillmentDto;
import io.orderhub.connector.shopify.internal.dto.FulfillmentOrderDto;
import io.orderhub.connector.shopify.internal.dto.OrderDto;
import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallException.Kind;
import io.orderhub.core.spi.MallHttp;
import io.orderhub.core.spi.RateBudget;
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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small client of Shopify's Admin REST API for one shop: every call goes through the account's
 * {@link MallHttp} (its rate budget, 429 {@code Retry-After} waited out, reads retried on 5xx and timeouts), and
 * the client reports what it learns about the connection. Errors become {@link MallException}s carrying Shopify's own message.
 */
public final class ShopifyClient {

    /** One page of orders and the page_info of the next, or null on the last page. */
    public record OrdersPage(List<OrderDto> orders, String nextPageInfo) {
    }

    private static final Pattern CALL_LIMIT = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*");
    private static final String TOKEN_HEADER = "X-Shopify-Access-Token";

    private final URI apiBase;
    private final String token;
    private final MallHttp http;
    private final Consumer<ConnectionStatus> status;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * @param http the account's paced, retrying sender; give it {@link #observeCallLimit} as its observer so
     *             that the budget follows the shop's own count
     */
    public ShopifyClient(URI shopUrl, String apiVersion, String token, MallHttp http,
                         Consumer<ConnectionStatus> status) {
        this.apiBase = URI.create(shopUrl.toString() + "/admin/api/" + apiVersion + "/");
        this.token = token;
        this.http = http;
        this.status = status;
    }

    // ------------------------------------------------------------------ endpoints

    /** {@code GET orders.json} with the given filters (first page). */
    public OrdersPage orders(Map<String, String> filters) throws MallException {
        StringBuilder q = new StringBuilder();
        filters.forEach((k, v) -> q.append(q.length() == 0 ? "" : "&").append(k).append('=').append(encode(v)));
        return ordersAt("orders.json?" + q);
    }

    /** The page after a previous one: only page_info and limit, as Shopify requires. */
    public OrdersPage ordersPage(String pageInfo, int limit) throws MallException {
        return ordersAt("orders.json?limit=" + limit + "&page_info=" + encode(pageInfo));
    }

    private OrdersPage ordersAt(String path) throws MallException {
        HttpResponse<byte[]> res = send(get(path), true);
        Envelopes.Orders body = read(res, Envelopes.Orders.class);
        if (body.orders() == null) {
            throw malformed("orders.json", "no \"orders\" in the response");
        }
        return new OrdersPage(body.orders(), LinkHeader.nextPageInfo(res.headers().firstValue("Link").orElse(null)));
    }

    public List<FulfillmentOrderDto> fulfillmentOrders(long orderId) throws MallException {
        Envelopes.FulfillmentOrders body = read(send(get("orders/" + orderId + "/fulfillment_orders.json"), true),
                Envelopes.FulfillmentOrders.class);
        if (body.fulfillmentOrders() == null) {
            throw malformed("fulfillment_orders.json", "no \"fulfillment_orders\" in the response");
        }
        return body.fulfillmentOrders();
    }

    public List<FulfillmentDto> fulfillments(long orderId) throws MallException {
        Envelopes.Fulfillments body = read(send(get("orders/" + orderId + "/fulfillments.json"), true),
                Envelopes.Fulfillments.class);
        return body.fulfillments() == null ? List.of() : body.fulfillments();
    }

    /**
     * {@code POST fulfillments.json}. Retried on 429 only: after a 5xx or a timeout Shopify may have created
     * the fulfillment, so the caller checks before trying again.
     */
    public FulfillmentDto createFulfillment(FulfillmentCreateDto request) throws MallException {
        byte[] body;
        try {
            body = json.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest.Builder b = builder("fulfillments.json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        FulfillmentDto created = read(send(b, false), Envelopes.Fulfillment.class).fulfillment();
        if (created == null) {
            throw malformed("fulfillments.json", "no \"fulfillment\" in the response");
        }
        return created;
    }

    /** {@code GET shop.json}: the cheapest call that proves the token. */
    public void checkShop() throws MallException {
        read(send(get("shop.json"), true), Envelopes.Shop.class);
    }

    // ------------------------------------------------------------------ transport

    private HttpRequest.Builder get(String path) {
        return builder(path).GET();
    }

    private HttpRequest.Builder builder(String path) {
        return http.request(apiBase.resolve(path))
                .header(TOKEN_HEADER, token).header("Accept", "application/json");
    }

    /**
     * Sends through the account's {@link MallHttp}: within its rate budget, 429 retried after Retry-After, 5xx and
     * timeouts retried for reads only. What is left after the retries becomes a {@link MallException} with
     * Shopify's own message, transient ones with the wait Shopify asked for.
     */
    private HttpResponse<byte[]> send(HttpRequest.Builder builder, boolean idempotent) throws MallException {
        HttpRequest request = builder.build();
        String what = request.method() + " " + request.uri().getPath().substring(apiBase.getPath().length());
        HttpResponse<byte[]> res;
        try {
            res = http.send(request, HttpResponse.BodyHandlers.ofByteArray(), idempotent);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MallException(Kind.UNAVAILABLE, null, what + ": interrupted", null, e);
        } catch (HttpTimeoutException e) {
            String reason = "Shopifyが時間内に応答しません (" + what + ", " + http.policy().requestTimeout().toSeconds()
                    + "秒): " + describe(e);
            status.accept(new ConnectionStatus(ConnectionStatus.State.OFFLINE, reason));
            throw new MallException(Kind.UNAVAILABLE, "timeout", reason, null, e);
        } catch (IOException e) {
            String reason = "Shopifyに接続できません (" + what + "): " + describe(e);
            status.accept(new ConnectionStatus(ConnectionStatus.State.OFFLINE, reason));
            throw new MallException(Kind.UNAVAILABLE, null, reason, null, e);
        }
        int code = res.statusCode();
        Duration retryAfter = RetryPolicy.parseRetryAfter(res.headers().firstValue("Retry-After").orElse(null),
                Instant.now());
        if (code == 429) {
            throw new MallException(Kind.RATE_LIMITED, "429", what + ": " + errorMessage(res),
                    retryAfter != null ? retryAfter : Duration.ofSeconds(2), null);
        }
        if (code >= 500) {
            String reason = "Shopifyがエラーを返しました (" + what + ", HTTP " + code + "): " + errorMessage(res);
            status.accept(new ConnectionStatus(ConnectionStatus.State.OFFLINE, reason));
            throw new MallException(Kind.UNAVAILABLE, Integer.toString(code), reason, retryAfter, null);
        }
        if (code == 401 || code == 403) {
            String reason = (code == 401 ? "Shopifyがアクセスキーを拒否しました" : "アクセスキーに必要な権限がありません")
                    + " (HTTP " + code + "): " + errorMessage(res);
            status.accept(new ConnectionStatus(ConnectionStatus.State.CREDENTIAL_REJECTED, reason));
            throw new MallException(Kind.CREDENTIAL_REJECTED, Integer.toString(code), reason, null, null);
        }
        if (code == 402 || code == 423) {
            String reason = "ショップが利用できません (HTTP " + code + "): " + errorMessage(res);
            status.accept(new ConnectionStatus(ConnectionStatus.State.OFFLINE, reason));
            throw new MallException(Kind.UNAVAILABLE, Integer.toString(code), reason, null, null);
        }
        status.accept(ConnectionStatus.online());
        if (code >= 300) {
            throw new MallException(Kind.REJECTED, Integer.toString(code), errorMessage(res), null, null);
        }
        return res;
    }

    /** Takes the shop's own count ({@code X-Shopify-Shop-Api-Call-Limit: 32/40}) into the budget. */
    public static void observeCallLimit(HttpResponse<?> res, RateBudget budget) {
        res.headers().firstValue("X-Shopify-Shop-Api-Call-Limit").ifPresent(header -> {
            Matcher m = CALL_LIMIT.matcher(header);
            if (m.matches()) {
                budget.observe(Integer.parseInt(m.group(1)));
            }
        });
    }

    private <T> T read(HttpResponse<byte[]> res, Class<T> type) throws MallException {
        try {
            T value = json.readValue(res.body(), type);
            if (value == null) {
                throw malformed(res.request().uri().getPath(), "empty body");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw malformed(res.request().uri().getPath(), e.getOriginalMessage());
        } catch (IOException e) {
            throw malformed(res.request().uri().getPath(), e.getMessage());
        }
    }

    private static MallException malformed(String what, String detail) {
        return new MallException(Kind.MALFORMED_RESPONSE, null,
                "Shopifyの応答を解釈できません (" + what + "): " + detail, null, null);
    }

    /**
     * Shopify's own message from {@code {"errors": ...}}: a text, a list of texts, or texts per field
     * ({@code field: message}).
     */
    String errorMessage(HttpResponse<byte[]> res) {
        try {
            JsonNode errors = json.readTree(res.body()).path("errors");
            if (errors.isTextual()) {
                return errors.asText();
            }
            List<String> parts = new ArrayList<>();
            if (errors.isArray()) {
                errors.forEach(e -> parts.add(e.isTextual() ? e.asText() : e.toString()));
            } else if (errors.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> it = errors.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    List<String> texts = new ArrayList<>();
                    if (e.getValue().isArray()) {
                        e.getValue().forEach(x -> texts.add(x.asText()));
                    } else {
                        texts.add(e.getValue().asText());
                    }
                    parts.add(e.getKey() + ": " + String.join(", ", texts));
                }
            }
            if (!parts.isEmpty()) {
                return String.join("; ", parts);
            }
        } catch (IOException e) {
            // not JSON: fall back to the raw text
        }
        String raw = new String(res.body(), StandardCharsets.UTF_8).strip();
        return raw.isEmpty() ? "HTTP " + res.statusCode() : raw.substring(0, Math.min(200, raw.length()));
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
