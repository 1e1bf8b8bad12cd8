package io.orderhub.connector.yahoo.internal.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.orderhub.connector.yahoo.internal.config.YahooAccountSettings;
import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallException.Kind;
import io.orderhub.core.spi.MallHttp;
import io.orderhub.core.spi.RetryPolicy;

import org.w3c.dom.Element;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import javax.crypto.Cipher;

/**
 * Calls the Store API for one store: bearer token from the refresh token (renewed before it expires, one
 * refresh at a time), public-key signature headers, the account's {@link MallHttp} (its rate budget, 429s waited
 * out, 5xx and timeouts retried), and Yahoo!'s XML errors turned into {@link MallException}s that keep Yahoo!'s
 * own code and message.
 */
public final class YahooClient {

    /** Renew this long before the access token expires, so that a call never leaves with a dying token. */
    static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    static final String FORBIDDEN = "Your Request was Forbidden";

    private final YahooAccountSettings settings;
    private final MallHttp http;
    private final Clock clock;
    private final Consumer<ConnectionStatus> status;
    private final ObjectMapper json = new ObjectMapper();
    private final Object refreshLock = new Object();
    private volatile String accessToken;
    private volatile Instant accessTokenExpiry = Instant.MIN;
    private volatile String refreshToken;
    /** Told each refresh token Yahoo! rotated to, so that the account can keep it across restarts. */
    private final Consumer<String> refreshTokenRotated;
    /** Every refresh token Yahoo! handed this client: the account's configuration catching up with them is no change. */
    private final Set<String> rotatedTo = ConcurrentHashMap.newKeySet();

    public YahooClient(YahooAccountSettings settings, MallHttp http, Clock clock, Consumer<ConnectionStatus> status) {
        this(settings, http, clock, status, token -> { });
    }

    public YahooClient(YahooAccountSettings settings, MallHttp http, Clock clock, Consumer<ConnectionStatus> status,
                       Consumer<String> refreshTokenRotated) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
        this.status = status;
        this.refreshTokenRotated = refreshTokenRotated;
        this.refreshToken = settings.refreshToken();
    }

    /** Whether Yahoo! gave this client {@code token} as a rotated refresh token (the current one included). */
    public boolean rotatedTo(String token) {
        return token != null && rotatedTo.contains(token);
    }

    /**
     * POSTs {@code <Req>…</Req>} to {@code apiBaseUrl/api} and returns the root of Yahoo!'s answer. A 401 renews
     * the token once and repeats the call; 429, 5xx and timeouts are retried by {@link MallHttp}. Every order API
     * call is safe to repeat (reads, or "set the status to" updates that Yahoo! answers with a warning when the
     * status is already set).
     */
    public Element call(String api, String requestXml) throws MallException {
        boolean renewed = false;
        while (true) {
            String token = accessToken();
            HttpResponse<byte[]> res = send(http.request(URI.create(settings.apiBaseUrl() + "/" + api))
                    .header("Content-Type", "application/xml; charset=UTF-8")
                    .header("Authorization", "Bearer " + token), requestXml, api, true);
            int code = res.statusCode();
            if (code == 401 && !renewed) {
                invalidate(token);
                renewed = true;
                continue;
            }
            reportAuthorizeStatus(res);
            if (code >= 200 && code < 300) {
                try {
                    return Xml.parse(res.body());
                } catch (IllegalArgumentException e) {
                    throw new MallException(Kind.MALFORMED_RESPONSE, null,
                            "Yahoo!の " + api + " の応答を読めません: " + e.getMessage(), null, e);
                }
            }
            throw error(api, res);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request, String body, String what, boolean idempotent)
            throws MallException {
        if (settings.publicKey() != null) {
            request.header("X-sws-signature", signature()).header("X-sws-signature-version",
                    Integer.toString(settings.publicKeyVersion()));
        }
        request.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray(), idempotent);
        } catch (HttpTimeoutException e) {
            String text = "Yahoo!が時間内に応答しません (" + what + ", " + http.policy().requestTimeout().toMillis() / 1000.0 + "秒)";
            status.accept(new ConnectionStatus(ConnectionStatus.State.OFFLINE, text));
            throw new MallException(Kind.UNAVAILABLE, "timeout", text, null, e);
        } catch (IOException e) {
            status.accept(new ConnectionStatus(ConnectionStatus.State.OFFLINE, e.toString()));
            throw new MallException(Kind.UNAVAILABLE, null, "Yahoo!に接続できません (" + what + "): " + e, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MallException(Kind.UNAVAILABLE, null, "中断されました (" + what + ")", null, e);
        }
    }

    /** Corrections: a failed signature is served anyway; only this header tells, long before the 401 comes. */
    private void reportAuthorizeStatus(HttpResponse<byte[]> res) {
        String authorize = res.headers().firstValue("X-SWS-Authorize-Status").orElse(null);
        if (authorize != null && !authorize.equalsIgnoreCase("authorized")) {
            status.accept(new ConnectionStatus(ConnectionStatus.State.CREDENTIAL_REJECTED,
                    "公開鍵認証に失敗しています（公開鍵の有効期限・バージョンを確認してください）: " + authorize));
        } else if (res.statusCode() < 400) {
            status.accept(ConnectionStatus.online());
        }
    }

    private MallException error(String api, HttpResponse<byte[]> res) {
        String yahooCode = null;
        String message = null;
        try {
            Element root = Xml.parse(res.body());
            yahooCode = Xml.text(root, "Code");
            message = Xml.text(root, "Message");
        } catch (IllegalArgumentException e) {
            message = new String(res.body(), StandardCharsets.UTF_8).strip();
        }
        int code = res.statusCode();
        String text = "Yahoo! " + api + " HTTP " + code + ": " + (message == null || message.isEmpty() ? "(本文なし)" : message)
                + (yahooCode != null ? " (" + yahooCode + ")" : "");
        if (code == 401 || "px-04303".equals(yahooCode)) {
            status.accept(new ConnectionStatus(ConnectionStatus.State.CREDENTIAL_REJECTED, text));
            return new MallException(Kind.CREDENTIAL_REJECTED, yahooCode, text, null, null);
        }
        if (code == 403 || code == 429) {
            // the daily quota resets at midnight in Japan; Yahoo! sends no Retry-After
            Duration wait = code == 403 ? untilMidnight() : Duration.ofSeconds(1);
            return new MallException(Kind.RATE_LIMITED, yahooCode, text, wait, null);
        }
        if (code >= 500) {
            status.accept(new ConnectionStatus(ConnectionStatus.State.OFFLINE, text));
            return new MallException(Kind.UNAVAILABLE, yahooCode, text,
                    RetryPolicy.parseRetryAfter(res.headers().firstValue("Retry-After").orElse(null), clock.instant()),
                    null);
        }
        return new MallException(Kind.REJECTED, yahooCode, text, null, null);
    }

    private Duration untilMidnight() {
        Instant now = clock.instant();
        Instant midnight = LocalDate.ofInstant(now, settings.zone()).plusDays(1).atStartOfDay(settings.zone()).toInstant();
        return Duration.between(now, midnight);
    }

    // ------------------------------------------------------------------ token

    /** Obtains an access token (no order API call); reports ONLINE or CREDENTIAL_REJECTED. */
    public void checkCredentials() throws MallException {
        accessToken();
        status.accept(ConnectionStatus.online());
    }

    /** The current access token, renewed first when it expires within {@link #REFRESH_MARGIN}. */
    String accessToken() throws MallException {
        String token = accessToken;
        if (token != null && clock.instant().plus(REFRESH_MARGIN).isBefore(accessTokenExpiry)) {
            return token;
        }
        synchronized (refreshLock) {
            // another thread may have renewed it while this one waited: one refresh in flight per store
            token = accessToken;
            if (token != null && clock.instant().plus(REFRESH_MARGIN).isBefore(accessTokenExpiry)) {
                return token;
            }
            return refresh();
        }
    }

    private void invalidate(String token) {
        synchronized (refreshLock) {
            if (token.equals(accessToken)) {
                accessToken = null;
            }
        }
    }

    private String refresh() throws MallException {
        String form = "grant_type=refresh_token&refresh_token=" + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8);
        String basic = Base64.getEncoder().encodeToString((settings.clientId() + ":" + settings.clientSecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = http.request(settings.tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic);
        // not repeated after a lost answer: YConnect may have rotated the refresh token we would send again
        HttpResponse<byte[]> res = send(request, form, "token", false);
        JsonNode body;
        try {
            body = json.readTree(res.body());
        } catch (IOException e) {
            body = null;
        }
        if (res.statusCode() == 400 || res.statusCode() == 401) {
            String reason = body != null && body.hasNonNull("error") ? body.get("error").asText() : "HTTP " + res.statusCode();
            String text = "アクセストークンを更新できません。リフレッシュトークンの期限切れか、Client ID/シークレットの誤りです"
                    + "（ストアの再認可が必要です）: " + reason;
            status.accept(new ConnectionStatus(ConnectionStatus.State.CREDENTIAL_REJECTED, text));
            throw new MallException(Kind.CREDENTIAL_REJECTED, reason, text, null, null);
        }
        if (res.statusCode() != 200 || body == null || !body.hasNonNull("access_token")) {
            throw new MallException(res.statusCode() >= 500 ? Kind.UNAVAILABLE : Kind.MALFORMED_RESPONSE, null,
                    "Yahoo!のトークンエンドポイントが想定外の応答を返しました: HTTP " + res.statusCode(), null, null);
        }
        long seconds = body.hasNonNull("expires_in") ? body.get("expires_in").asLong(3600) : 3600;
        String rotated = null;
        if (body.hasNonNull("refresh_token") && !body.get("refresh_token").asText().equals(refreshToken)) {
            // YConnect may rotate it; the old one may stop working
            rotated = body.get("refresh_token").asText();
            rotatedTo.add(rotated);
            refreshToken = rotated;
        }
        accessTokenExpiry = clock.instant().plusSeconds(seconds);
        accessToken = body.get("access_token").asText();
        if (rotated != null) {
            refreshTokenRotated.accept(rotated);
        }
        return accessToken;
    }

    /** {@code sellerId:epochSeconds} encrypted with the store's public key, PKCS#1 v1.5, base64. */
    private String signature() throws MallException {
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.ENCRYPT_MODE, settings.publicKey());
            byte[] plain = (settings.sellerId() + ":" + clock.instant().getEpochSecond()).getBytes(StandardCharsets.UTF_8);
            return Base64.getEncoder().encodeToString(rsa.doFinal(plain));
        } catch (Exception e) {
            throw new MallException(Kind.CONFIGURATION, null, "公開鍵で署名できません: " + e.getMessage(), null, e);
        }
    }
}
