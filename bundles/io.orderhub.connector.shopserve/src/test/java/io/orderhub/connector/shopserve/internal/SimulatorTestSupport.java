package io.orderhub.connector.shopserve.internal;

import static io.orderhub.connector.shopserve.ShopserveConstants.*;

import io.orderhub.core.model.Order;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.ExportContext;
import io.orderhub.core.spi.RetryPolicy;
import io.orderhub.simulator.shopserve.ShopserveSimulator;

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

    static final String SHOP_ID_VALUE = "test-shop";
    static final String KEY = "test-manager-key";
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** The production policy with short waits. */
    static final RetryPolicy FAST_RETRY = new RetryPolicy(3, 20, Duration.ofMillis(10), Duration.ofMillis(100),
            Duration.ofSeconds(5), Duration.ofSeconds(30));

    final Clock clock = Clock.systemUTC();
    final List<ShopserveSimulator> simulators = new ArrayList<>();

    /** A simulator whose limit stays out of the way. */
    ShopserveSimulator simulator() {
        return simulator(1000);
    }

    ShopserveSimulator simulator(double requestsPerSecond) {
        ShopserveSimulator sim = ShopserveSimulator.builder().shopId(SHOP_ID_VALUE).managerKey(KEY)
                .requestsPerSecond(requestsPerSecond).build().start();
        simulators.add(sim);
        return sim;
    }

    @After
    public void stopSimulators() {
        simulators.forEach(ShopserveSimulator::stop);
    }

    Map<String, Object> config(ShopserveSimulator sim) {
        Map<String, Object> p = new HashMap<>();
        p.put(AccountProperties.ACCOUNT_ID, "demo-shopserve");
        p.put(AccountProperties.MALL_ID, MALL_ID);
        p.put(SHOP_ID, SHOP_ID_VALUE);
        p.put(MANAGER_KEY, KEY);
        p.put(API_BASE_URL, sim.apiBaseUrl());
        p.put(REQUESTS_PER_SECOND, 100);
        return p;
    }

    ShopserveAccountService service(Map<String, Object> config, RetryPolicy retry) {
        ShopserveAccountService s = new ShopserveAccountService(clock, retry);
        s.activate(config);
        return s;
    }

    ShopserveAccountService service(ShopserveSimulator sim) {
        return service(config(sim), FAST_RETRY);
    }

    ExportContext context() {
        return new ExportContext(TOKYO, clock, "test");
    }

    /** An order as the core would pass it: imported from Shopserve, then filled in by an operator. */
    static Order order(String no, String status, String carrier, String tracking, LocalDate shipDate) {
        Shipping shipping = new Shipping(shipDate, carrier, tracking == null ? List.of() : List.of(tracking), null, null);
        Instant now = Instant.now();
        return new Order(1, "demo-shopserve", MALL_ID, no, now.minus(Duration.ofDays(1)), null, null, List.of(),
                "クレジットカード", "未入金", null, "処理中", status, shipping, now, now, now, 1,
                Map.of(MALL_DATA_DELIVERY_NO, "1"));
    }
}
