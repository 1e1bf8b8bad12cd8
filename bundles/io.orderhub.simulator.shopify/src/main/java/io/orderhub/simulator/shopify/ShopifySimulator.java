package io.orderhub.simulator.shopify;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.orderhub.simulator.shopify.internal.FaultPlan;
import io.orderhub.simulator.shopify.internal.LeakyBucket;
import io.orderhub.simulator.shopify.internal.ShopState;
import io.orderhub.simulator.shopify.internal.ShopifyHandler;
import io.orderhub.simulator.support.LoopbackServer;
import io.orderhub.simulator.support.MallSimulator;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A fake Shopify shop on loopback speaking the Admin REST API's wire format: {@code orders.json} with Link
 * pagination, fulfillment orders, fulfillments, the access-token check and the per-token leaky bucket. Orders
 * are kept in memory (at most {@link Builder#maxOrders}) so tests and the demo can read back what was sent.
 *
 * <pre>{@code
 * try (ShopifySimulator shop = ShopifySimulator.builder().leakPerSecond(200).build().start()) {
 *     shop.seedOrders(20);
 *     String shopUrl = shop.shopUrl();   // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class ShopifySimulator extends MallSimulator<ShopifySimulator> {

    /** Endpoint keys for {@link #requestCount(String)}. */
    public static final String ORDERS = "GET /orders.json";
    public static final String FULFILLMENT_ORDERS = "GET /orders/{id}/fulfillment_orders.json";
    public static final String CREATE_FULFILLMENT = "POST /fulfillments.json";
    public static final String ORDER_FULFILLMENTS = "GET /orders/{id}/fulfillments.json";
    public static final String SHOP = "GET /shop.json";

    private final String accessToken;
    private final ShopState shop;
    private final FaultPlan faults;
    private final ShopifyHandler handler;

    private ShopifySimulator(Builder b, ShopState shop, FaultPlan faults, ShopifyHandler handler) {
        super("shopify-simulator", "the Shopify simulator", b.host, b.port, handler);
        this.accessToken = b.accessToken;
        this.shop = shop;
        this.faults = faults;
        this.handler = handler;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected ShopifySimulator self() {
        return this;
    }

    /** The shop URL a client is configured with, e.g. {@code http://127.0.0.1:18081}. */
    public String shopUrl() {
        return root();
    }

    public String accessToken() {
        return accessToken;
    }

    // ------------------------------------------------------------------ data

    /** Adds {@code count} deterministic sample orders (Japanese buyers, last 15 days, some cancelled or shipped). */
    public List<SimulatedOrder> seedOrders(int count) {
        return shop.seed(count);
    }

    public SimulatedOrder addOrder(NewOrder order) {
        return shop.add(order);
    }

    public List<SimulatedOrder> orders() {
        return shop.orders();
    }

    public Optional<SimulatedOrder> order(long id) {
        return Optional.ofNullable(shop.order(id));
    }

    public Optional<SimulatedOrder> orderByName(String name) {
        return shop.orders().stream().filter(o -> o.name().equals(name)).findFirst();
    }

    public List<SimulatedFulfillment> fulfillments(long orderId) {
        return shop.fulfillments(orderId);
    }

    public List<SimulatedFulfillment> allFulfillments() {
        return shop.allFulfillments();
    }

    // ------------------------------------------------------------------ faults

    /**
     * Answers the next {@code times} requests whose {@code "METHOD /path"} contains {@code pathContains} (null:
     * any request) with {@code fault} instead of serving them. Faults are checked after the token, so a 401
     * stays a 401. An injected 429 asks for {@code Retry-After: 0.2}.
     */
    public void injectFaults(Fault fault, int times, String pathContains) {
        faults.add(Objects.requireNonNull(fault, "fault"), times, pathContains);
    }

    /** The next fulfillment created for this order is refused with 422 and {@code {"errors":[message]}}. */
    public void rejectNextFulfillment(long orderId, String message) {
        shop.rejectNextFulfillment(orderId, message);
    }

    public void clearFaults() {
        faults.clear();
    }

    /** How long a {@link Fault#SLOW_ANSWER} holds its answer back. */
    public void slowAnswerDelay(java.time.Duration delay) {
        handler.slowAnswerDelay(Objects.requireNonNull(delay, "delay"));
    }

    // ------------------------------------------------------------------ counters

    /** Every request received, refused ones included. */
    public long requestCount() {
        return handler.requests();
    }

    /** Requests received for one endpoint, e.g. {@link #ORDERS}. */
    public long requestCount(String endpoint) {
        return handler.requests(endpoint);
    }

    /**
     * Requests refused with 429 because the leaky bucket was full (injected 429s not counted): a client that
     * keeps within the shop's limit never causes one.
     */
    public long throttledCount() {
        return handler.throttled();
    }

    /** The highest bucket level an admitted request reached since start or the last reset. */
    public double maxBucketLevel() {
        return handler.maxBucketLevel();
    }

    public void resetCounters() {
        handler.resetCounters();
    }

    /** Settings of a simulator; defaults are Shopify's standard plan on 127.0.0.1 with a random port. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String accessToken = "shpat_demo_token";
        private int bucketSize = 40;
        private double leakPerSecond = 2;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Asia/Tokyo");
        private int maxOrders = 20_000;

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

        public Builder accessToken(String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("accessToken: required");
            }
            accessToken = value;
            return this;
        }

        public Builder bucketSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("bucketSize: at least 1");
            }
            bucketSize = value;
            return this;
        }

        public Builder leakPerSecond(double value) {
            if (!(value > 0)) {
                throw new IllegalArgumentException("leakPerSecond: must be positive");
            }
            leakPerSecond = value;
            return this;
        }

        /** The clock order times are taken from (seeding, fulfilment). */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The shop's zone; times are rendered with its offset (+09:00 for Asia/Tokyo). */
        public Builder zone(ZoneId value) {
            zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        public Builder maxOrders(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxOrders: at least 1");
            }
            maxOrders = value;
            return this;
        }

        public ShopifySimulator build() {
            ObjectMapper json = new ObjectMapper();
            ShopState shop = new ShopState(json, clock, zone, maxOrders);
            FaultPlan faults = new FaultPlan();
            return new ShopifySimulator(this, shop, faults, new ShopifyHandler(json, shop,
                    Map.of(accessToken, new LeakyBucket(bucketSize, leakPerSecond)), faults, zone));
        }
    }
}
