package io.orderhub.connector.yahoo.internal;

import static io.orderhub.connector.yahoo.YahooConstants.*;

import io.orderhub.core.model.Order;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.ExportContext;
import io.orderhub.core.spi.ImportQuery;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.core.spi.RetryPolicy;
import io.orderhub.simulator.yahoo.SimulatedItem;
import io.orderhub.simulator.yahoo.SimulatedOrder;
import io.orderhub.simulator.yahoo.YahooSimulator;

import org.junit.After;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the connector against an embedded simulator on a random loopback port. */
abstract class SimulatorTestSupport {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** The production policy with short waits and a short request timeout. */
    static final RetryPolicy FAST_RETRY = new RetryPolicy(3, 10, Duration.ofMillis(10), Duration.ofMillis(100),
            Duration.ofSeconds(2), Duration.ofSeconds(10));

    final Clock clock = Clock.systemUTC();
    final List<YahooSimulator> simulators = new ArrayList<>();

    YahooSimulator simulator() {
        return simulator(YahooSimulator.builder());
    }

    /** The simulator's per-second limit stays above the connector's 10/s, so arrival jitter never trips it. */
    YahooSimulator simulator(YahooSimulator.Builder builder) {
        YahooSimulator sim = builder.requestsPerSecond(50).build().start();
        simulators.add(sim);
        return sim;
    }

    @After
    public void stopSimulators() {
        simulators.forEach(YahooSimulator::stop);
    }

    Map<String, Object> config(YahooSimulator sim) {
        Map<String, Object> p = new HashMap<>();
        p.put(AccountProperties.ACCOUNT_ID, "demo-yahoo");
        p.put(AccountProperties.MALL_ID, MALL_ID);
        p.put(SELLER_ID, sim.sellerId());
        p.put(API_BASE_URL, sim.apiBaseUrl());
        p.put(TOKEN_URL, sim.tokenUrl());
        p.put(CLIENT_ID, sim.clientId());
        p.put(CLIENT_SECRET, sim.clientSecret());
        p.put(REFRESH_TOKEN, sim.refreshToken());
        p.put(REQUESTS_PER_SECOND, "10");
        return p;
    }

    YahooAccountService account(Map<String, Object> config, int pageSize) {
        YahooAccountService service = new YahooAccountService(clock, pageSize, Duration.ofMillis(400), FAST_RETRY);
        service.configure(config, false);
        return service;
    }

    YahooAccountService account(YahooSimulator sim) {
        return account(config(sim), YahooAccountService.PAGE_SIZE);
    }

    static List<MallOrder> fetch(YahooAccountService service, Instant from, Instant to, String... statuses)
            throws MallException {
        List<MallOrder> orders = new ArrayList<>();
        service.fetch(new ImportQuery(from, to, List.of(statuses), TOKYO), orders::add);
        return orders;
    }

    ExportContext context() {
        return new ExportContext(TOKYO, clock, "test");
    }

    /** A Yahoo! order placed an hour ago, in the given order/ship/pay statuses. */
    static SimulatedOrder add(YahooSimulator sim, int orderStatus, int shipStatus, int payStatus) {
        Instant placed = Instant.now().minus(Duration.ofHours(1));
        return sim.addOrder(new SimulatedOrder(null, placed, placed, orderStatus, shipStatus, payStatus, null, null,
                null, null, null, "山田", "太郎", "1000001", "東京都", "千代田区", "千代田1-1", null, "03-0000-0000",
                "taro@example.jp", "クレジットカード決済",
                List.of(new SimulatedItem(1, "tea-001", "tea-001-std", "静岡煎茶 100g", 1080, 2))));
    }

    /** The order as orderhub would hold it after import, with an operator's status and shipping data. */
    static Order order(SimulatedOrder so, String status, LocalDate shipDate, String carrier, String... numbers) {
        return new Order(1, "demo-yahoo", MALL_ID, so.orderId(), so.orderTime(), null, null, List.of(), null, null,
                null, "処理中", status, new Shipping(shipDate, carrier, List.of(numbers), null, null), Instant.now(),
                so.orderTime(), so.lastUpdateTime(), 1, Map.of(MALL_DATA_ORDER_STATUS, Integer.toString(so.orderStatus()),
                        MALL_DATA_SHIP_STATUS, Integer.toString(so.shipStatus()),
                        MALL_DATA_PAY_STATUS, Integer.toString(so.payStatus())));
    }

    static LocalDate today() {
        return LocalDate.now(TOKYO);
    }
}
