package io.orderhub.simulator.shopserve;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.orderhub.simulator.shopserve.internal.RequestLimiter;
import io.orderhub.simulator.shopserve.internal.ShopState;
import io.orderhub.simulator.shopserve.internal.ShopserveHandler;
import io.orderhub.simulator.support.LoopbackServer;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fake Eストア Shopserve shop on loopback speaking the order part of the ショップサーブAPI as
 * {@code shopserve.md} describes it: Basic auth {@code shopId:managerKey}, {@code POST /v2/orders/_search}
 * (from/size/sort/filters, window of at most 7 days, not older than 2 years), single order, delivery and
 * status updates (no carrier without slip number, no 発送済み without slip number, unknown carriers refused),
 * a maintenance switch answering 503 {@code MAINTENANCE}, and a requests-per-second limit answering 429.
 *
 * <pre>{@code
 * try (ShopserveSimulator shop = ShopserveSimulator.builder().requestsPerSecond(1000).build().start()) {
 *     shop.seedOrders(20);
 *     String apiBaseUrl = shop.apiBaseUrl();   // http://127.0.0.1:<port>/v2
 * }
 * }</pre>
 */
public final class ShopserveSimulator implements AutoCloseable {

    public static final List<String> DEFAULT_CARRIERS = List.of("ヤマト運輸", "佐川急便", "日本郵便", "西濃運輸", "福山通運");

    private final String host;
    private final String shopId;
    private final String managerKey;
    private final List<String> carriers;
    private final ShopState shop;
    private final ShopserveHandler handler;
    private final LoopbackServer server;

    private ShopserveSimulator(Builder b) {
        this.host = b.host;
        this.shopId = b.shopId;
        this.managerKey = b.managerKey;
        this.carriers = b.carriers;
        this.shop = new ShopState(b.clock, b.zone);
        this.handler = new ShopserveHandler(new ObjectMapper(), shop, b.shopId, b.managerKey,
                new RequestLimiter(b.requestsPerSecond), b.carriers, b.paths);
        this.server = LoopbackServer.builder()
                .threadName("shopserve-simulator")
                .description("the Shopserve simulator")
                .host(b.host)
                .port(b.port)
                .maxThreads(8)
                .handler(handler)
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts serving; returns this for chaining. */
    public ShopserveSimulator start() {
        server.start();
        return this;
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    /** The port served on; the actual one when built with port 0. */
    public int port() {
        return server.port();
    }

    /** The {@code apiBaseUrl} a connector is configured with, e.g. {@code http://127.0.0.1:18083/v2}. */
    public String apiBaseUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/v2";
    }

    public String shopId() {
        return shopId;
    }

    public String managerKey() {
        return managerKey;
    }

    public List<String> carriers() {
        return carriers;
    }

    // ------------------------------------------------------------------ data

    /** Adds deterministic sample orders placed over the last 10 days (some 保留 or キャンセル). */
    public List<SimulatedOrder> seedOrders(int count) {
        return shop.seed(count, carriers.get(0));
    }

    /** Adds one order with one delivery (carrier preset to the first carrier, no slip number). */
    public SimulatedOrder addOrder(String orderNo, Instant orderDate, String orderStatus) {
        return shop.add(orderNo, orderDate, orderStatus, carriers.get(0));
    }

    public List<SimulatedOrder> orders() {
        return shop.orders();
    }

    public Optional<SimulatedOrder> order(String orderNo) {
        return Optional.ofNullable(shop.snapshot(orderNo));
    }

    // ------------------------------------------------------------------ faults and counters

    /** While on, every request is answered 503 {@code MAINTENANCE}, as during a Shopserve maintenance closure. */
    public void setMaintenance(boolean on) {
        handler.setMaintenance(on);
    }

    public boolean maintenance() {
        return handler.maintenance();
    }

    /** The next {@code times} authorised, admitted requests get a 200 whose JSON body is cut off. */
    public void malformNextResponses(int times) {
        handler.malformNext(times);
    }

    /**
     * The next {@code times} authorised, admitted requests are answered {@code httpStatus} instead of being served:
     * 429 (with {@code Retry-After: 0}) as an injected refusal, 500/502/503 as a server error.
     */
    public void failNextResponses(int httpStatus, int times) {
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("httpStatus: an error status, not " + httpStatus);
        }
        handler.failNext(httpStatus, times);
    }

    /** The next {@code times} authorised, admitted requests are carried out but answered only after {@code delay}. */
    public void slowNextResponses(java.time.Duration delay, int times) {
        handler.slowNext(delay.toMillis(), times);
    }

    /** Every request received, refused ones included. */
    public long requestCount() {
        return handler.requests();
    }

    /**
     * Requests refused with 429 for going over the shop's rate (injected 429s not counted): a client that keeps
     * within the limit never causes one.
     */
    public long throttledCount() {
        return handler.throttled();
    }

    /** Delivery and status updates the shop accepted. */
    public long acceptedUpdateCount() {
        return handler.updates();
    }

    /** Settings of a simulator; defaults: 127.0.0.1, random port, 1 request per second. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String shopId = "demo-shop";
        private String managerKey = "demo-manager-key";
        private double requestsPerSecond = 1;
        private List<String> carriers = DEFAULT_CARRIERS;
        private ShopservePaths paths = ShopservePaths.DEFAULT;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Asia/Tokyo");

        private Builder() {
        }

        /** A loopback address; anything else is refused, the simulator never listens on a network. */
        public Builder host(String value) {
            try {
                if (!InetAddress.getByName(value).isLoopbackAddress()) {
                    throw new IllegalArgumentException("host: the simulator listens on loopback only, not " + value);
                }
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("host: unknown host " + value, e);
            }
            host = value;
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port: out of range: " + value);
            }
            port = value;
            return this;
        }

        public Builder shopId(String value) {
            if (value == null || value.isBlank() || value.contains(":")) {
                throw new IllegalArgumentException("shopId: required, without ':'");
            }
            shopId = value;
            return this;
        }

        public Builder managerKey(String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("managerKey: required");
            }
            managerKey = value;
            return this;
        }

        public Builder requestsPerSecond(double value) {
            if (!(value > 0)) {
                throw new IllegalArgumentException("requestsPerSecond: must be positive");
            }
            requestsPerSecond = value;
            return this;
        }

        /** The shop's configured 配送業者 names; the first is preset on new orders. */
        public Builder carriers(List<String> value) {
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("carriers: at least one");
            }
            carriers = List.copyOf(value);
            return this;
        }

        public Builder paths(ShopservePaths value) {
            paths = Objects.requireNonNull(value, "paths");
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

        public ShopserveSimulator build() {
            return new ShopserveSimulator(this);
        }
    }
}
