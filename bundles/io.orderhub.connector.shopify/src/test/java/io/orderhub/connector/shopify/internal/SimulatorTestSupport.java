package io.orderhub.connector.shopify.internal;

import static io.orderhub.connector.shopify.ShopifyConstants.*;

import io.orderhub.core.model.Order;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.ExportContext;
import io.orderhub.core.spi.ImportQuery;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.core.spi.RetryPolicy;
import io.orderhub.simulator.shopify.ShopifySimulator;
import io.orderhub.simulator.shopify.SimulatedOrder;

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

    static final String TOKEN = "shpat_test_token";
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** Fast but otherwise the production policy. */
    static final RetryPolicy FAST_RETRY = new RetryPolicy(3, 10, Duration.ofMillis(10), Duration.ofMillis(100),
            Duration.ofSeconds(2), Duration.ofSeconds(10));

    final Clock clock = Clock.systemUTC();
    final List<ShopifySimulator> simulators = new ArrayList<>();

    /** A simulator whose bucket leaks fast enough to stay out of the way. */
    ShopifySimulator simulator() {
        return simulator(40, 1000);
    }

    ShopifySimulator simulator(int bucketSize, double leakPerSecond) {
        ShopifySimulator sim = ShopifySimulator.builder().accessToken(TOKEN).bucketSize(bucketSize)
                .leakPerSecond(leakPerSecond).build().start();
        simulators.add(sim);
        return sim;
    }

    @After
    public void stopSimulators() {
        simulators.forEach(ShopifySimulator::stop);
    }

    Map<String, Object> config(ShopifySimulator sim) {
        Map<String, Object> p = new HashMap<>();
        p.put(AccountProperties.ACCOUNT_ID, "demo-shopify");
        p.put(AccountProperties.MALL_ID, MALL_ID);
        p.put(SHOP_URL, sim.shopUrl());
        p.put(ACCESS_TOKEN, TOKEN);
        p.put(RATE_LIMIT_PER_SECOND, "100");
        p.put(BUCKET_SIZE, "40");
        return p;
    }

    /** An account service configured from {@code config}, without the background token check. */
    ShopifyAccountService account(Map<String, Object> config) {
        ShopifyAccountService service = new ShopifyAccountService(clock, FAST_RETRY);
        service.configure(config, false);
        return service;
    }

    ShopifyAccountService account(ShopifySimulator sim) {
        return account(config(sim));
    }

    static List<MallOrder> importRange(ShopifyAccountService service, Instant from, Instant to) throws MallException {
        List<MallOrder> orders = new ArrayList<>();
        service.fetch(new ImportQuery(from, to, List.of(), TOKYO), orders::add);
        return orders;
    }

    ExportContext context() {
        return new ExportContext(TOKYO, clock, "test");
    }

    /** The order as orderhub would hold it after import, with an operator's status and shipping data. */
    static Order order(SimulatedOrder so, String status, LocalDate shipDate, String carrier, String... numbers) {
        return new Order(so.id() % 100000, "demo-shopify", MALL_ID, so.name(), so.createdAt(), null, null, List.of(),
                null, null, null, "paid/unfulfilled", status, new Shipping(shipDate, carrier, List.of(numbers), null, null),
                Instant.now(), so.createdAt(), so.updatedAt(), 1, Map.of(MALL_DATA_ORDER_ID, Long.toString(so.id())));
    }

    static LocalDate today() {
        return LocalDate.now(TOKYO);
    }
}
