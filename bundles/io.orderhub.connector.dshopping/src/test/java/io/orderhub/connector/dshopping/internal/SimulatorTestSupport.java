package io.orderhub.connector.dshopping.internal;

import static io.orderhub.connector.dshopping.DShoppingConstants.*;

import io.orderhub.core.model.Order;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.ExportContext;
import io.orderhub.core.spi.ImportQuery;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.core.spi.RetryPolicy;
import io.orderhub.simulator.dshopping.DShoppingSimulator;
import io.orderhub.simulator.dshopping.SimulatedOrder;

import org.junit.After;

import java.time.Clock;
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
    /** The production policy with short waits. */
    static final RetryPolicy FAST_RETRY = new RetryPolicy(3, 10, java.time.Duration.ofMillis(10),
            java.time.Duration.ofMillis(100), java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(30));
    final Clock clock = Clock.systemUTC();
    final List<DShoppingSimulator> simulators = new ArrayList<>();

    /** A mall whose per-second limit stays out of the way. */
    DShoppingSimulator simulator() {
        return simulator(DShoppingSimulator.builder().requestsPerSecond(1000));
    }

    DShoppingSimulator simulator(DShoppingSimulator.Builder builder) {
        DShoppingSimulator sim = builder.build().start();
        simulators.add(sim);
        return sim;
    }

    @After
    public void stopSimulators() {
        simulators.forEach(DShoppingSimulator::stop);
    }

    Map<String, Object> config(DShoppingSimulator sim) {
        Map<String, Object> p = new HashMap<>();
        p.put(AccountProperties.ACCOUNT_ID, "demo-dshopping");
        p.put(AccountProperties.MALL_ID, MALL_ID);
        p.put(PARTNER_CODE, sim.partnerCode());
        p.put(API_PASSWORD, sim.apiPassword());
        p.put(API_BASE_URL, sim.baseUrl());
        p.put(REQUESTS_PER_SECOND, "10");
        return p;
    }

    DShoppingAccountService account(Map<String, Object> config) {
        DShoppingAccountService service = new DShoppingAccountService(clock, FAST_RETRY);
        service.configure(config);
        return service;
    }

    DShoppingAccountService account(DShoppingSimulator sim) {
        return account(config(sim));
    }

    static List<MallOrder> importDefault(DShoppingAccountService service) throws MallException {
        List<MallOrder> orders = new ArrayList<>();
        service.fetch(new ImportQuery(null, null, List.of(), TOKYO), orders::add);
        return orders;
    }

    ExportContext context() {
        return new ExportContext(TOKYO, clock, "test");
    }

    /** The order as orderhub would hold it after import, with an operator's status and shipping data. */
    static Order order(SimulatedOrder so, String status, LocalDate shipDate, String carrier, String... numbers) {
        return new Order(1, "demo-dshopping", MALL_ID, so.orderNo(), so.orderDate(), null, null, List.of(), null, null,
                null, "出荷指示待ち", status, new Shipping(shipDate, carrier, List.of(numbers), null, null),
                Instant.now(), so.orderDate(), so.updatedAt(), 1, Map.of());
    }

    static LocalDate today() {
        return LocalDate.now(TOKYO);
    }
}
