package io.orderhub.simulator.shopserve;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.orderhub.simulator.shopserve.internal.RequestLimiter;
import io.orderhub.simulator.shopserve.internal.ShopState;
import io.orderhub.simulator.shopserve.internal.ShopserveHandler;
import io.orderhub.simulator.support.LoopbackServer;
import io.orderhub.simulator.support.MallSimulator;

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
public final class ShopserveSimulator extends MallSimulator<ShopserveSimulator> {

    public static final List<String> DEFAULT_CARRIERS = List.of("ヤマト運輸", "佐川急便", "日本郵便", "西濃運輸", "福山通運");

    private final String shopId;
    private final String managerKey;
    private final List<String> carriers;
    private final ShopState shop;
    private final ShopserveHandler handler;

    private ShopserveSimulator(Builder b, ShopState shop, ShopserveHandler handler) {
        super("shopserve-simulator", "the Shopserve simulator", b.host, b.port, handler);
        this.shopId = b.shopId;
        this.managerKey = b.managerKey;
        this.carriers = b.carriers;
        this.shop = shop;
        this.handler = handler;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected ShopserveSimulator self() {
        return this;
    }

    /** The {@code apiBaseUrl} a connector is configured with, e.g. {@code http://127.0.0.1:18083/v2}. */
    public String apiBaseUrl() {
        return root() + "/v2";
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
            host = LoopbackServer.requireLoopback(value);
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int value) {
            port = LoopbackServer.requirePort(value);
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
            ShopState shop = new ShopState(clock, zone);
            return new ShopserveSimulator(this, shop, new ShopserveHandler(new ObjectMapper(), shop, shopId, managerKey,
                    new RequestLimiter(requestsPerSecond), carriers, paths));
        }
    }
}
