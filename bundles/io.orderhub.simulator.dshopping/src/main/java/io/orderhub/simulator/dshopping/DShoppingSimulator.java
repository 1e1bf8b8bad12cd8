package io.orderhub.simulator.dshopping;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.orderhub.simulator.dshopping.internal.DShoppingHandler;
import io.orderhub.simulator.dshopping.internal.FaultPlan;
import io.orderhub.simulator.dshopping.internal.OrderBook;
import io.orderhub.simulator.dshopping.internal.RateGate;
import io.orderhub.simulator.support.LoopbackServer;
import io.orderhub.simulator.support.MallSimulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fake dショッピング partner order API on loopback implementing the designed contract of
 * {@code mall-apis/dshopping.md}: {@code GET /v1/orders}, {@code GET /v1/orders/{orderNo}},
 * {@code POST /v1/orders/confirm}, {@code POST /v1/orders/ship}, partner code + API password (headers or
 * Basic), per-second and daily limits, a maintenance switch, and orders of the test environment mixed into
 * the feed (D8). Orders live in memory so tests can read back what was confirmed and shipped.
 *
 * <pre>{@code
 * try (DShoppingSimulator mall = DShoppingSimulator.builder().requestsPerSecond(1000).build().start()) {
 *     mall.seedSampleOrders(20);
 *     String base = mall.baseUrl();   // http://127.0.0.1:<port>/v1
 * }
 * }</pre>
 */
public final class DShoppingSimulator extends MallSimulator<DShoppingSimulator> {

    /** Endpoint keys for {@link #requestCount(String)}. */
    public static final String LIST_ORDERS = "GET /orders";
    public static final String GET_ORDER = "GET /orders/{orderNo}";
    public static final String CONFIRM = "POST /orders/confirm";
    public static final String SHIP = "POST /orders/ship";

    private final String partnerCode;
    private final String apiPassword;
    private final Clock clock;
    private final OrderBook book;
    private final RateGate rate;
    private final FaultPlan faults;
    private final DShoppingHandler handler;

    private DShoppingSimulator(Builder b, OrderBook book, RateGate rate, FaultPlan faults, DShoppingHandler handler) {
        super("dshopping-simulator", "the dショッピング simulator", b.host, b.port, handler);
        this.partnerCode = b.partnerCode;
        this.apiPassword = b.apiPassword;
        this.clock = b.clock;
        this.book = book;
        this.rate = rate;
        this.faults = faults;
        this.handler = handler;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected DShoppingSimulator self() {
        return this;
    }

    /** The API base URL a connector is configured with, e.g. {@code http://127.0.0.1:18084/v1}. */
    public String baseUrl() {
        return root() + DShoppingHandler.PREFIX;
    }

    public String partnerCode() {
        return partnerCode;
    }

    public String apiPassword() {
        return apiPassword;
    }

    // ------------------------------------------------------------------ data

    public SimulatedOrder addOrder(NewOrder order) {
        return book.add(order);
    }

    /**
     * Adds {@code count} deterministic sample orders over the last 10 days: mostly 受注確認待ち, some already
     * confirmed, shipped or cancelled, every fifth from the test environment, and the newest two placed less
     * than 10 minutes ago (D2).
     */
    public List<SimulatedOrder> seedSampleOrders(int count) {
        Instant now = clock.instant();
        List<SimulatedOrder> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int newest = count - 1 - i;
            Instant placed = newest < 2 ? now.minus(Duration.ofMinutes(2 + 3L * newest))
                    : now.minus(Duration.ofHours(3L + (long) newest * 240 / Math.max(1, count)));
            DOrderStatus status = switch (i % 7) {
                case 3 -> DOrderStatus.SHIP_INSTRUCTION_WAITING;
                case 5 -> DOrderStatus.CANCELED;
                default -> DOrderStatus.ORDER_CONFIRM_WAITING;
            };
            NewItem item = SAMPLE_ITEMS.get(i % SAMPLE_ITEMS.size());
            NewOrder o = new NewOrder(placed, status, i % 5 != 4, SAMPLE_BUYERS.get(i % SAMPLE_BUYERS.size()),
                    List.of(item));
            added.add(book.add(o));
        }
        return added;
    }

    private static final List<NewItem> SAMPLE_ITEMS = List.of(
            new NewItem("TEA-010", "TEA-010-100G", "静岡煎茶 100g", 1080, 2),
            new NewItem("MUG-002", "MUG-002-WH", "波佐見焼マグカップ", 2200, 1),
            new NewItem("TOWEL-05", "TOWEL-05-BL", null, 1650, 3),
            new NewItem("BAG-003", "BAG-003-NV", "帆布トートバッグ", 4950, 1));
    private static final List<String> SAMPLE_BUYERS = List.of("佐藤 花子", "鈴木 健太", "高橋 美咲", "田中 翔太",
            "伊藤 陽菜");

    public List<SimulatedOrder> orders() {
        return book.all();
    }

    public Optional<SimulatedOrder> order(String orderNo) {
        return Optional.ofNullable(book.get(orderNo));
    }

    /** Moves an order as docomo or the buyer would (e.g. a cancellation). */
    public void setStatus(String orderNo, DOrderStatus status) {
        book.setStatus(orderNo, status);
    }

    // ------------------------------------------------------------------ switches and faults

    /** While on, every request is answered 503 {@code MAINTENANCE}. */
    public void maintenance(boolean on) {
        handler.maintenance(on);
    }

    /** While on, the right password is answered 401 {@code AUTH_EXPIRED} (the 90-day rotation). */
    public void passwordExpired(boolean expired) {
        handler.passwordExpired(expired);
    }

    /** Answers the next {@code times} requests whose {@code "METHOD /path"} contains {@code pathContains}. */
    public void injectFaults(Fault fault, int times, String pathContains) {
        faults.add(Objects.requireNonNull(fault, "fault"), times, pathContains);
    }

    public void clearFaults() {
        faults.clear();
    }

    /** How long a {@link Fault#SLOW_ANSWER} holds its answer back. */
    public void slowAnswerDelay(java.time.Duration delay) {
        handler.slowAnswerDelay(Objects.requireNonNull(delay, "delay"));
    }

    // ------------------------------------------------------------------ counters

    public long requestCount() {
        return handler.requests();
    }

    public long requestCount(String endpoint) {
        return handler.requests(endpoint);
    }

    /**
     * Requests refused with 429 for the per-second or daily limit (injected faults not counted): a client that
     * keeps within the limit never causes one.
     */
    public long throttledCount() {
        return handler.throttled();
    }

    /** Requests admitted today (what the daily limit counts). */
    public int requestsUsedToday() {
        return rate.usedToday();
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String partnerCode = "P0001";
        private String apiPassword = "dshop-test-password";
        private double requestsPerSecond = 1;
        private int requestsPerDay = 10_000;
        private int maxPageSize = 100;
        private int maxBatchSize = 100;
        private int maxWindowDays = 31;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Asia/Tokyo");

        private Builder() {
        }

        /** Loopback only: the simulator holds no real data but must not be reachable from elsewhere. */
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

        public Builder partnerCode(String partnerCode) {
            this.partnerCode = Objects.requireNonNull(partnerCode);
            return this;
        }

        public Builder apiPassword(String apiPassword) {
            this.apiPassword = Objects.requireNonNull(apiPassword);
            return this;
        }

        /** Default 1 as in the contract; tests raise it to stay out of the way. */
        public Builder requestsPerSecond(double requestsPerSecond) {
            this.requestsPerSecond = requestsPerSecond;
            return this;
        }

        public Builder requestsPerDay(int requestsPerDay) {
            this.requestsPerDay = requestsPerDay;
            return this;
        }

        public Builder maxPageSize(int maxPageSize) {
            this.maxPageSize = maxPageSize;
            return this;
        }

        public Builder maxBatchSize(int maxBatchSize) {
            this.maxBatchSize = maxBatchSize;
            return this;
        }

        public Builder maxWindowDays(int maxWindowDays) {
            this.maxWindowDays = maxWindowDays;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone);
            return this;
        }

        public DShoppingSimulator build() {
            OrderBook book = new OrderBook(clock, zone);
            RateGate rate = new RateGate(requestsPerSecond, requestsPerDay, clock, zone);
            FaultPlan faults = new FaultPlan();
            return new DShoppingSimulator(this, book, rate, faults, new DShoppingHandler(new ObjectMapper(), book, rate,
                    faults, partnerCode, apiPassword, maxPageSize, maxBatchSize, maxWindowDays));
        }
    }
}
