package io.orderhub.simulator.yahoo;

import io.orderhub.simulator.yahoo.internal.Faults;
import io.orderhub.simulator.yahoo.internal.Settings;
import io.orderhub.simulator.yahoo.internal.StoreState;
import io.orderhub.simulator.yahoo.internal.YahooHandler;
import io.orderhub.simulator.support.LoopbackServer;
import io.orderhub.simulator.support.MallSimulator;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fake Yahoo! Shopping store on loopback speaking the Store API's order wire format: {@code orderList},
 * {@code orderInfo}, {@code orderShipStatusChange}, {@code orderStatusChange} (XML), the YConnect token endpoint
 * (refresh grant), the bearer-token check, the public-key signature check, the per-second and daily limits.
 * Orders are kept in memory so tests and the demo can read back what was sent.
 *
 * <pre>{@code
 * try (YahooSimulator store = YahooSimulator.builder().build().start()) {
 *     store.seedOrders(20);
 *     String apiBaseUrl = store.apiBaseUrl();   // http://127.0.0.1:<port>/ShoppingWebService/V1
 * }
 * }</pre>
 */
public final class YahooSimulator extends MallSimulator<YahooSimulator> {

    public static final String ORDER_LIST = "orderList";
    public static final String ORDER_INFO = "orderInfo";
    public static final String SHIP_STATUS_CHANGE = "orderShipStatusChange";
    public static final String STATUS_CHANGE = "orderStatusChange";
    /** Key of the token endpoint for {@link #requestCount(String)}. */
    public static final String TOKEN = "token";

    private final StoreState store;
    private final Faults faults;
    private final YahooHandler handler;
    private final KeyPair keyPair;
    private final Builder settings;

    private YahooSimulator(Builder b, KeyPair keyPair, StoreState store, Faults faults, YahooHandler handler) {
        super("yahoo-simulator", "the Yahoo! simulator", b.host, b.port, handler);
        this.settings = b;
        this.keyPair = keyPair;
        this.store = store;
        this.faults = faults;
        this.handler = handler;
    }

    private static KeyPair newKeyPair(int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected YahooSimulator self() {
        return this;
    }

    /** What a client sets as its API base, e.g. {@code http://127.0.0.1:18082/ShoppingWebService/V1}. */
    public String apiBaseUrl() {
        return root() + "/ShoppingWebService/V1";
    }

    /** The YConnect token endpoint of the fake store. */
    public String tokenUrl() {
        return root() + YahooHandler.TOKEN_PATH;
    }

    public String sellerId() {
        return settings.sellerId;
    }

    public String clientId() {
        return settings.clientId;
    }

    public String clientSecret() {
        return settings.clientSecret;
    }

    /** The refresh token the simulator was built with. */
    public String refreshToken() {
        return settings.refreshToken;
    }

    /** The refresh token the token endpoint takes now: the built one, or the last it issued when rotating. */
    public String currentRefreshToken() {
        return handler.currentRefreshToken();
    }

    public int signatureVersion() {
        return settings.signatureVersion;
    }

    /** The store's public key as PEM ({@code BEGIN PUBLIC KEY}), when signatures are checked. */
    public Optional<String> publicKeyPem() {
        if (keyPair == null) {
            return Optional.empty();
        }
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(keyPair.getPublic().getEncoded());
        return Optional.of("-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n");
    }

    // ------------------------------------------------------------------ auth

    /** An access token valid for the configured lifetime, as the token endpoint would issue it. */
    public String issueAccessToken() {
        return handler.issueAccessToken();
    }

    /** Every access token issued so far stops working (the next call answers 401 {@code px-04102}). */
    public void expireAccessTokens() {
        handler.expireAccessTokens();
    }

    /** The refresh token stops working (the token endpoint answers 400 {@code invalid_grant}). */
    public void revokeRefreshToken() {
        handler.revokeRefreshToken();
    }

    /** The {@code X-SWS-Authorize-Status} of the last order-API call, or null when signatures are not checked. */
    public String lastAuthorizeStatus() {
        return handler.lastAuthorizeStatus();
    }

    // ------------------------------------------------------------------ data

    /** Adds {@code count} deterministic sample orders placed over the last 10 days. */
    public List<SimulatedOrder> seedOrders(int count) {
        return store.seed(count);
    }

    /** Adds an order; an {@code orderId} of null gets the store's next number. */
    public SimulatedOrder addOrder(SimulatedOrder order) {
        return store.add(Objects.requireNonNull(order, "order"));
    }

    public List<SimulatedOrder> orders() {
        return store.all();
    }

    public Optional<SimulatedOrder> order(String orderId) {
        return Optional.ofNullable(store.get(orderId));
    }

    // ------------------------------------------------------------------ faults and counters

    /** The next call of {@code api} answers {@code httpStatus} with Yahoo!'s XML error of that code and message. */
    public void failNext(String api, int httpStatus, String code, String message) {
        faults.add(api, new Faults.Fault(httpStatus, code, message, false));
    }

    /** The next call of {@code api} answers 200 with a body that is not well-formed XML. */
    public void malformNext(String api) {
        faults.add(api, new Faults.Fault(200, null, null, true));
    }

    /** The next call of {@code api} is carried out but answered only after {@code delay}. */
    public void slowNext(String api, java.time.Duration delay) {
        faults.add(api, new Faults.Fault(200, null, null, false, Math.max(1, delay.toMillis())));
    }

    public void clearFaults() {
        faults.clear();
    }

    /** Calls received for one API (e.g. {@link #ORDER_INFO}), refused ones included. */
    public long requestCount(String api) {
        return handler.requests(api);
    }

    /**
     * Calls refused for going over the per-second limit (planned faults not counted): a client that keeps
     * within the limit never causes one.
     */
    public long throttledCount() {
        return handler.throttled();
    }

    /** Clears the counters and today's quota use. */
    public void resetCounters() {
        handler.resetCounters();
    }

    /** Settings of a simulator; defaults are Yahoo!'s published limits on 127.0.0.1 with a random port. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String sellerId = "demostore";
        private String clientId = "demo-client-id";
        private String clientSecret = "demo-client-secret";
        private String refreshToken = "demo-refresh-token";
        private Duration accessTokenLifetime = Duration.ofHours(1);
        private int signatureVersion;
        private int signatureKeySize = 2048;
        private Duration signatureMaxAge = Duration.ofMinutes(5);
        private int requestsPerSecond = 10;
        private long dailyQuota = 50_000;
        private Duration statusChangeDelay = Duration.ZERO;
        private boolean rotateRefreshTokens;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Asia/Tokyo");

        private Builder() {
        }

        /** A loopback address; anything else is refused, the simulator never listens on a network. */
        public Builder host(String value) {
            host = LoopbackServer.requireLoopback(value);
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int value) {
            port = LoopbackServer.requirePort(value);
            return this;
        }

        public Builder sellerId(String value) {
            sellerId = required("sellerId", value);
            return this;
        }

        public Builder clientId(String value) {
            clientId = required("clientId", value);
            return this;
        }

        public Builder clientSecret(String value) {
            clientSecret = required("clientSecret", value);
            return this;
        }

        public Builder refreshToken(String value) {
            refreshToken = required("refreshToken", value);
            return this;
        }

        public Builder accessTokenLifetime(Duration value) {
            accessTokenLifetime = positive("accessTokenLifetime", value);
            return this;
        }

        /**
         * Checks {@code X-sws-signature} against a key pair made at build time ({@link #publicKeyPem()}) whose
         * version is {@code version}; 0 (the default) checks nothing.
         */
        public Builder signatureVersion(int version) {
            if (version < 0) {
                throw new IllegalArgumentException("signatureVersion: 0 or more");
            }
            signatureVersion = version;
            return this;
        }

        /** RSA key size of the store's key pair; tests use 1024 because making a 2048-bit pair takes seconds. */
        public Builder signatureKeySize(int bits) {
            if (bits < 1024) {
                throw new IllegalArgumentException("signatureKeySize: at least 1024");
            }
            signatureKeySize = bits;
            return this;
        }

        /** How old a signature's timestamp may be. */
        public Builder signatureMaxAge(Duration value) {
            signatureMaxAge = positive("signatureMaxAge", value);
            return this;
        }

        public Builder requestsPerSecond(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("requestsPerSecond: at least 1");
            }
            requestsPerSecond = value;
            return this;
        }

        /** Calls per day (JST) before 403 "Your Request was Forbidden". */
        public Builder dailyQuota(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("dailyQuota: at least 1");
            }
            dailyQuota = value;
            return this;
        }

        /** How long after a ship status change the order may move to 完了; zero by default. */
        public Builder statusChangeDelay(Duration value) {
            statusChangeDelay = Objects.requireNonNull(value, "statusChangeDelay");
            return this;
        }

        /**
         * YConnect may rotate the refresh token (yahoo.md, Auth): when true, each refresh answers a new
         * {@code refresh_token} and the one it was given stops working. Off by default.
         */
        public Builder rotateRefreshTokens(boolean value) {
            rotateRefreshTokens = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder zone(ZoneId value) {
            zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        public YahooSimulator build() {
            KeyPair keyPair = signatureVersion > 0 ? newKeyPair(signatureKeySize) : null;
            StoreState store = new StoreState(sellerId, clock);
            Faults faults = new Faults();
            YahooHandler handler = new YahooHandler(new Settings(sellerId, clientId, clientSecret, refreshToken,
                    accessTokenLifetime, keyPair == null ? null : keyPair.getPrivate(), signatureVersion,
                    signatureMaxAge, requestsPerSecond, dailyQuota, statusChangeDelay, zone, clock, rotateRefreshTokens),
                    store, faults);
            return new YahooSimulator(this, keyPair, store, faults, handler);
        }

        private static String required(String field, String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(field + ": required");
            }
            return value;
        }

        private static Duration positive(String field, Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(field + ": must be positive");
            }
            return value;
        }
    }
}
