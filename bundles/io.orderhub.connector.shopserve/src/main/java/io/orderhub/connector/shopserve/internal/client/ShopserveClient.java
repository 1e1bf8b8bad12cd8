package io.orderhub.connector.shopserve.internal.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
import java.util.Base64;
import java.util.function.Consumer;

/**
 * The order part of the ショップサーブAPI over HTTP: Basic auth, the account's {@link MallHttp} (rate budget, 429s
 * waited out, 5xx and timeouts retried — every call here is a search or a "set to" update, safe to repeat), and
 * the translation of
 * whole-call failures (401, maintenance, 5xx, unreadable answers) into {@link MallException}. A refusal of
 * one order's update (4xx other than 401/429) is returned as a {@link Reply}, never thrown.
 */
public final class ShopserveClient {

    public static final String SEARCH = "/orders/_search";

    /** The answer to an update: accepted, or refused with the mall's own message. */
    public record Reply(int status, String error) {
        public boolean accepted() {
            return error == null;
        }
    }

    private final ObjectMapper json;
    private final String baseUrl;
    private final String authorization;
    private final MallHttp http;
    private final Consumer<ConnectionStatus> statusListener;

    public ShopserveClient(ObjectMapper json, URI baseUrl, String shopId, String managerKey, MallHttp http,
                           Consumer<ConnectionStatus> statusListener) {
        this.json = json;
        this.baseUrl = baseUrl.toString();
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((shopId + ":" + managerKey).getBytes(StandardCharsets.UTF_8));
        this.http = http;
        this.statusListener = statusListener;
    }

    /** {@code POST /orders/_search}; any refusal of a search is a failure of the whole import. */
    public JsonNode search(ObjectNode body) throws MallException {
        HttpResponse<String> res = send("POST", SEARCH, body);
        if (res.statusCode() != 200) {
            throw new MallException(Kind.REJECTED, code(res.body()), "受注検索が拒否されました (HTTP " + res.statusCode()
                    + "): " + message(res.body()), null, null);
        }
        try {
            JsonNode node = json.readTree(res.body());
            if (node == null || !node.path("orders").isArray()) {
                throw new MallException(Kind.MALFORMED_RESPONSE, "受注検索の応答に orders がありません");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new MallException(Kind.MALFORMED_RESPONSE, null,
                    "受注検索の応答を読めません: " + e.getOriginalMessage(), null, e);
        }
    }

    /** {@code PUT /orders/{no}/deliveries/{n}}. */
    public Reply updateDelivery(String orderNo, int deliveryNo, ObjectNode body) throws MallException {
        return reply(send("PUT", "/orders/" + segment(orderNo) + "/deliveries/" + deliveryNo, body));
    }

    /** {@code PUT /orders/{no}/status}. */
    public Reply updateStatus(String orderNo, ObjectNode body) throws MallException {
        return reply(send("PUT", "/orders/" + segment(orderNo) + "/status", body));
    }

    /**
     * Accepted only with Shopserve's {@code "result":"OK"}: an answer that cannot be read says nothing about
     * the update, and the update calls are idempotent, so the order is reported failed and sent again later.
     */
    private Reply reply(HttpResponse<String> res) {
        if (res.statusCode() / 100 != 2) {
            return new Reply(res.statusCode(), "HTTP " + res.statusCode() + " " + message(res.body()));
        }
        try {
            JsonNode node = json.readTree(res.body());
            if (node != null && "OK".equals(node.path("result").asText())) {
                return new Reply(res.statusCode(), null);
            }
        } catch (JsonProcessingException e) {
            // reported below
        }
        return new Reply(-1, "ショップサーブの応答を読めないため、更新されたか分かりません（次回の書き出しで再送します）: "
                + message(res.body()));
    }

    private static String segment(String orderNo) {
        return URLEncoder.encode(orderNo, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpResponse<String> send(String method, String path, JsonNode body) throws MallException {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a request body", e);
        }
        HttpRequest request = http.request(URI.create(baseUrl + path))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        String call = method + " " + path;
        HttpResponse<String> res;
        try {
            res = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), true);
        } catch (HttpTimeoutException e) {
            String msg = "ショップサーブが時間内に応答しません (" + call + ", " + http.policy().requestTimeout().toMillis() / 1000.0 + "秒)";
            offline(msg);
            throw new MallException(Kind.UNAVAILABLE, "timeout", msg, null, e);
        } catch (IOException e) {
            offline("ショップサーブに接続できません: " + e.getMessage());
            throw new MallException(Kind.UNAVAILABLE, null, "ショップサーブに接続できません (" + call + "): "
                    + e.getMessage(), null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MallException(Kind.UNAVAILABLE, null, "中断されました (" + call + ")", null, e);
        }
        int status = res.statusCode();
        if (status == 401 || status == 403) {
            String msg = "ショップIDまたはマネージャー認証キーが拒否されました (HTTP " + status + "): " + message(res.body());
            statusListener.accept(new ConnectionStatus(ConnectionStatus.State.CREDENTIAL_REJECTED, msg));
            throw new MallException(Kind.CREDENTIAL_REJECTED, code(res.body()), msg, null, null);
        }
        if (status == 429) {
            Duration wait = retryAfterOrNull(res);
            throw new MallException(Kind.RATE_LIMITED, code(res.body()), "ショップサーブのリクエスト制限を超えました ("
                    + call + "): " + message(res.body()), wait != null ? wait : Duration.ofSeconds(1), null);
        }
        if (status / 100 == 5) {
            String code = code(res.body());
            String msg = "MAINTENANCE".equals(code)
                    ? "ショップサーブはメンテナンス中です。後で再実行します: " + message(res.body())
                    : "ショップサーブが応答できません (HTTP " + status + ", " + call + "): " + message(res.body());
            offline(msg);
            throw new MallException(Kind.UNAVAILABLE, code, msg, retryAfterOrNull(res), null);
        }
        statusListener.accept(ConnectionStatus.online());
        return res;
    }

    private void offline(String reason) {
        statusListener.accept(new ConnectionStatus(ConnectionStatus.State.OFFLINE, reason));
    }

    private static Duration retryAfterOrNull(HttpResponse<String> res) {
        return RetryPolicy.parseRetryAfter(res.headers().firstValue("Retry-After").orElse(null), Instant.now());
    }

    /** The first error's code, or null. */
    private String code(String body) {
        JsonNode e = firstError(body);
        return e == null || !e.hasNonNull("code") ? null : e.get("code").asText();
    }

    /** The mall's own message: {@code code field: message} of every error, or the raw body when unreadable. */
    String message(String body) {
        try {
            JsonNode errors = json.readTree(body).path("errors");
            if (errors.isArray() && !errors.isEmpty()) {
                StringBuilder sb = new StringBuilder();
                for (JsonNode e : errors) {
                    if (sb.length() > 0) {
                        sb.append(" / ");
                    }
                    if (e.hasNonNull("code")) {
                        sb.append(e.get("code").asText()).append(' ');
                    }
                    if (e.hasNonNull("field")) {
                        sb.append(e.get("field").asText()).append(": ");
                    }
                    sb.append(e.path("message").asText());
                }
                return sb.toString();
            }
        } catch (JsonProcessingException | RuntimeException e) {
            // not JSON: show what came
        }
        String raw = body == null ? "" : body.strip();
        return raw.length() > 300 ? raw.substring(0, 300) + "…" : raw;
    }

    private JsonNode firstError(String body) {
        try {
            JsonNode e = json.readTree(body).path("errors").path(0);
            return e.isObject() ? e : null;
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }
}
