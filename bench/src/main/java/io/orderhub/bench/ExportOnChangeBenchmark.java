package io.orderhub.bench;

import io.orderhub.apioption.internal.ApiOptionComponent;
import io.orderhub.connector.shopify.internal.ShopifyConnector;
import io.orderhub.core.internal.connector.ConnectorTracker;
import io.orderhub.core.internal.health.AccountHealthService;
import io.orderhub.core.internal.order.StoreOrderService;
import io.orderhub.core.internal.store.jdbc.JdbcStore;
import io.orderhub.core.model.Order;
import io.orderhub.core.service.Account;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.OrderQuery;
import io.orderhub.core.service.OrderUpdate;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.simulator.shopify.NewOrder;
import io.orderhub.simulator.shopify.ShopifySimulator;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * "Export on change" latency (issue 3): from an operator's change that completes an order's shipping data
 * (StoreOrderService.update, what PATCH /orders/{id} calls) to the Shopify simulator holding the fulfillment.
 * The real store, engine, Shopify connector and the API option's component, ticked the way Karaf's scheduler
 * ticks it (every {@code bench.tickSeconds}, default 5 as shipped) with its shipped coalescing (3 s), against
 * the simulator at Shopify's Standard limit (2 calls/s, bucket 40). One order at a time, SAMPLES orders.
 *
 * <p>Args: [samples] [tickSeconds] [coalesceSeconds].
 */
public final class ExportOnChangeBenchmark {

    private static final String ACCOUNT = "bench-onchange";

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long tick = args.length > 1 ? Long.parseLong(args[1]) : 5;
        long coalesce = args.length > 2 ? Long.parseLong(args[2]) : 3;
        ZoneId zone = ZoneId.of(BenchEngine.ZONE);
        try (ShopifySimulator sim = ShopifySimulator.builder().accessToken(BenchEngine.TOKEN).bucketSize(40)
                .leakPerSecond(2).build().start();
             BenchDatabase db = BenchDatabase.open("h2", "onchange", true)) {
            Instant placed = Instant.now().minus(Duration.ofHours(2));
            for (int i = 0; i < samples; i++) {
                sim.addOrder(NewOrder.placedAt(placed.plusSeconds(i)));
            }
            JdbcStore store = new JdbcStore(db.dataSource());
            try (BenchEngine bench = new BenchEngine(store, ACCOUNT, sim.shopUrl(), 2, 40)) {
                Job imported = bench.engine.await(bench.engine.startImport(ACCOUNT, null, null, "bench").id(), Duration.ofMinutes(2));
                if (imported.state() != Job.State.SUCCEEDED) {
                    throw new IllegalStateException("import failed: " + imported);
                }
                ConnectorTracker tracker = new ConnectorTracker();
                tracker.addConnector(new ShopifyConnector());
                Map<String, Object> props = Map.of(AccountProperties.ACCOUNT_ID, ACCOUNT, AccountProperties.MALL_ID, "shopify");
                tracker.addImporter(bench.shopify, props);
                tracker.addExporter(bench.shopify, props);
                AccountService accounts = new OneAccount(Map.of(AccountProperties.EXPORT_ON_CHANGE, true,
                        AccountProperties.SCHEDULE_MINUTES, 30, AccountProperties.ZONE, BenchEngine.ZONE));
                AccountHealthService health = new AccountHealthService(accounts, tracker, java.time.Clock.systemUTC());
                ApiOptionComponent option = new ApiOptionComponent(accounts, bench.engine, bench.engine, health, config(tick, coalesce));
                health.setApiOption(option);
                StoreOrderService orders = new StoreOrderService(store, java.time.Clock.systemUTC());
                orders.addOrderChangeListener(option);
                ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
                scheduler.scheduleWithFixedDelay(option, tick, tick, TimeUnit.SECONDS);
                try {
                    List<Double> latencies = new ArrayList<>();
                    List<Order> stored = store.find(new OrderQuery(ACCOUNT, null, null, null, null, 0, samples)).orders();
                    for (Order order : stored) {
                        long started = System.nanoTime();
                        orders.update(order.id(), OrderUpdate.builder().status("DONE").shipDate(LocalDate.now(zone))
                                .carrier("ヤマト運輸").trackingNumbers(List.of("4912-" + order.id())).build(), "bench");
                        long deadline = started + TimeUnit.SECONDS.toNanos(90);
                        while (sim.orderByName(order.mallOrderNumber()).map(o -> sim.fulfillments(o.id()).isEmpty()).orElse(true)) {
                            if (System.nanoTime() > deadline) {
                                throw new IllegalStateException("order " + order.mallOrderNumber() + " not sent within 90 s");
                            }
                            Thread.sleep(10);
                        }
                        double ms = Results.millis(System.nanoTime() - started);
                        latencies.add(ms);
                        System.out.printf("order %s: %.0f ms%n", order.mallOrderNumber(), ms);
                        // a random pause up to one tick, so that changes fall at random points of the tick
                        // (a fixed pause locks onto the tick's phase and shows one point of it only)
                        Thread.sleep(100 + java.util.concurrent.ThreadLocalRandom.current().nextLong(tick * 1000));
                    }
                    Collections.sort(latencies);
                    double median = latencies.size() % 2 == 1 ? latencies.get(latencies.size() / 2)
                            : (latencies.get(latencies.size() / 2 - 1) + latencies.get(latencies.size() / 2)) / 2;
                    String label = "tick" + tick + "s-coalesce" + coalesce + "s";
                    Results.put("h2", "export_on_change_latency_median_" + label, median, "ms");
                    Results.put("h2", "export_on_change_latency_max_" + label, latencies.get(latencies.size() - 1), "ms");
                    Results.put("h2", "export_on_change_latency_min_" + label, latencies.get(0), "ms");
                    Results.put("h2", "export_on_change_samples_" + label, latencies.size(), "orders");
                } finally {
                    scheduler.shutdownNow();
                }
            }
        }
    }

    private static ApiOptionComponent.Config config(long tick, long coalesce) {
        return new ApiOptionComponent.Config() {
            @Override public long scheduler_period() { return tick; }
            @Override public long coalesceSeconds() { return coalesce; }
            @Override public Class<? extends Annotation> annotationType() { return ApiOptionComponent.Config.class; }
        };
    }

    /** The one account, with export on change switched on. */
    private record OneAccount(Map<String, Object> settings) implements AccountService {
        @Override public List<Account> list() { return List.of(get(ACCOUNT)); }
        @Override public Account get(String accountId) {
            if (!ACCOUNT.equals(accountId)) {
                throw new NotFoundException("account", accountId);
            }
            return new Account(ACCOUNT, "shopify", "bench", settings, Set.of(), true, io.orderhub.core.spi.ConnectionStatus.online());
        }
        @Override public Account create(String a, String m, String n, Map<String, Object> s) { throw new UnsupportedOperationException(); }
        @Override public Account update(String a, String n, Map<String, Object> s) { throw new UnsupportedOperationException(); }
        @Override public void delete(String a) { throw new UnsupportedOperationException(); }
    }
}
