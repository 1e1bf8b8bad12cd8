package io.orderhub.bench;

import io.orderhub.core.internal.connector.ConnectorTracker;
import io.orderhub.core.internal.store.jdbc.JdbcStore;
import io.orderhub.core.internal.sync.SyncEngine;
import io.orderhub.core.model.Order;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.OrderQuery;
import io.orderhub.core.service.OrderUpdate;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.MallConnector;
import io.orderhub.core.spi.OrderExportService;
import io.orderhub.core.spi.OrderImportService;
import io.orderhub.simulator.dshopping.DShoppingSimulator;
import io.orderhub.simulator.dshopping.NewOrder;
import io.orderhub.simulator.shopify.ShopifySimulator;
import io.orderhub.simulator.shopserve.ShopserveSimulator;
import io.orderhub.simulator.yahoo.SimulatedItem;
import io.orderhub.simulator.yahoo.SimulatedOrder;
import io.orderhub.simulator.yahoo.YahooSimulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Issue 4: orders imported and exported per second by one connector against its simulator, both held to the
 * mall's published (or assumed) request rate, as a share of the bound that rate sets. One mall per JVM.
 *
 * <p>Arguments: {@code <yahoo|shopserve|dshopping> <ordersToImport> <ordersToExport>}. The simulator gets
 * {@code ordersToImport} importable orders placed an hour ago; the real connector and sync engine import them into
 * an H2 store; {@code ordersToExport} of them are then given status DONE, a ship date, carrier and tracking number
 * through the store, as an operator would, and exported. Each figure is wall time from starting the job to its end.
 */
public final class ConnectorRateBenchmark {

    private static final ZoneId TOKYO = ZoneId.of(BenchEngine.ZONE);
    private static final String CARRIER = "ヤマト運輸";

    private ConnectorRateBenchmark() {
    }

    /**
     * What a mall run needs: its simulator (already seeded), the account service and connector, how many calls
     * the simulator has answered, and the bounds the limit sets on orders per second.
     */
    private record Setup(AutoCloseable simulator, MallConnector connector, Object account, LongSupplier calls,
                         LongSupplier throttled, double requestsPerSecond, double importBound, double exportBound,
                         String importCalls, String exportCalls) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("arguments: <yahoo|shopserve|dshopping|shopify> <ordersToImport> <ordersToExport>");
        }
        String mall = args[0];
        int toImport = Integer.parseInt(args[1]);
        int toExport = Integer.parseInt(args[2]);
        if (toExport > toImport) {
            throw new IllegalArgumentException("ordersToExport (" + toExport + ") exceeds ordersToImport (" + toImport + ")");
        }
        String account = "bench-" + mall;
        String db = "rate_" + mall;
        try (BenchDatabase database = BenchDatabase.open("h2", db, true)) {
            Setup setup = switch (mall) {
                case "yahoo" -> yahoo(account, toImport);
                case "shopserve" -> shopserve(account, toImport);
                case "dshopping" -> dshopping(account, toImport);
                case "shopify" -> shopify(account, toImport, toExport);
                default -> throw new IllegalArgumentException("mall: yahoo, shopserve, dshopping or shopify, not " + mall);
            };
            try (AutoCloseable sim = setup.simulator()) {
                run(mall, account, database, setup, toImport, toExport);
            }
        } finally {
            BenchDatabase.drop("h2", db);
        }
    }

    private static void run(String mall, String account, BenchDatabase database, Setup setup, int toImport,
                            int toExport) throws Exception {
        JdbcStore store = new JdbcStore(database.dataSource());
        String mallId = setup.connector().descriptor().id();
        ConnectorTracker tracker = new ConnectorTracker();
        tracker.addConnector(setup.connector());
        Map<String, Object> serviceProps = Map.of(AccountProperties.ACCOUNT_ID, account, AccountProperties.MALL_ID, mallId);
        tracker.addImporter((OrderImportService) setup.account(), serviceProps);
        tracker.addExporter((OrderExportService) setup.account(), serviceProps);
        // one day back covers the orders (placed an hour ago) in a single search window on every mall
        Map<String, Object> settings = Map.of(AccountProperties.ACCOUNT_ID, account, AccountProperties.MALL_ID, mallId,
                AccountProperties.DAYS_TO_FETCH, 1, AccountProperties.ZONE, BenchEngine.ZONE);
        SyncEngine engine = new SyncEngine(store, store, tracker, id -> {
            if (!id.equals(account)) {
                throw new NotFoundException("account", id);
            }
            return settings;
        }, Clock.systemUTC(), 2);
        try {
            System.out.printf("connector rate [%s]: %,d orders to import, %,d to export, %.0f request/s on both sides%n",
                    mall, toImport, toExport, setup.requestsPerSecond());

            long callsBefore = setup.calls().getAsLong();
            long start = System.nanoTime();
            Job imported = engine.await(engine.startImport(account, null, null, "bench").id(), Duration.ofMinutes(30));
            double importSeconds = (System.nanoTime() - start) / 1e9;
            long importCalls = setup.calls().getAsLong() - callsBefore;
            Job.Counts ic = imported.counts();
            if (imported.state() != Job.State.SUCCEEDED || ic.imported() != toImport || ic.failed() != 0) {
                throw new IllegalStateException("import: " + imported.state() + " " + imported.message() + " " + ic);
            }

            LocalDate today = LocalDate.now(TOKYO);
            List<Order> chosen = store.find(new OrderQuery(account, null, null, null, null, 0, toExport)).orders();
            int n = 0;
            for (Order o : chosen) {
                OrderUpdate shipped = OrderUpdate.builder().status("DONE").shipDate(today).carrier(CARRIER)
                        .trackingNumbers(List.of(String.format("4000-%04d-%04d", n / 10000, n % 10000))).build();
                store.applyUpdate(o.id(), shipped, "bench", Instant.now());
                n++;
            }

            callsBefore = setup.calls().getAsLong();
            start = System.nanoTime();
            Job exported = engine.await(engine.startExport(account, null, "bench").id(), Duration.ofMinutes(30));
            double exportSeconds = (System.nanoTime() - start) / 1e9;
            long exportCalls = setup.calls().getAsLong() - callsBefore;
            Job.Counts ec = exported.counts();
            if (exported.state() != Job.State.SUCCEEDED || ec.sent() != toExport || ec.failed() != 0) {
                throw new IllegalStateException("export: " + exported.state() + " " + exported.message() + " " + ec);
            }

            double importRate = toImport / importSeconds;
            double exportRate = toExport / exportSeconds;
            System.out.printf("  import: %,d orders in %.1f s, %d calls (%s): %.2f orders/s, bound %.2f -> %.0f%%%n",
                    toImport, importSeconds, importCalls, setup.importCalls(), importRate, setup.importBound(),
                    100 * importRate / setup.importBound());
            System.out.printf("  export: %,d orders in %.1f s, %d calls (%s): %.2f orders/s, bound %.2f -> %.0f%%%n",
                    toExport, exportSeconds, exportCalls, setup.exportCalls(), exportRate, setup.exportBound(),
                    100 * exportRate / setup.exportBound());
            System.out.printf("  requests refused by the simulator's limit: %d%n", setup.throttled().getAsLong());
            Results.put(mall, "rate.import.orders", toImport, "orders");
            Results.put(mall, "rate.import.seconds", importSeconds, "s");
            Results.put(mall, "rate.import.calls", importCalls, "calls");
            Results.put(mall, "rate.import.throughput", importRate, "orders/s");
            Results.put(mall, "rate.import.bound", setup.importBound(), "orders/s");
            Results.put(mall, "rate.import.ratio", 100 * importRate / setup.importBound(), "%");
            Results.put(mall, "rate.export.orders", toExport, "orders");
            Results.put(mall, "rate.export.seconds", exportSeconds, "s");
            Results.put(mall, "rate.export.calls", exportCalls, "calls");
            Results.put(mall, "rate.export.throughput", exportRate, "orders/s");
            Results.put(mall, "rate.export.bound", setup.exportBound(), "orders/s");
            Results.put(mall, "rate.export.ratio", 100 * exportRate / setup.exportBound(), "%");
            Results.put(mall, "rate.throttled", setup.throttled().getAsLong(), "requests");
        } finally {
            engine.close();
        }
    }

    // ------------------------------------------------------------------ malls

    /**
     * yahoo.md: 1 request/s per application in practice. Import: one orderList per 2,000 orders plus one orderInfo
     * per order, so about 1 order/s. Export of DONE: orderShipStatusChange then orderStatusChange, 2 calls per
     * order, so 0.5 orders/s. The token call at the start is extra.
     */
    private static Setup yahoo(String account, int orders) {
        int rate = 1;
        YahooSimulator sim = YahooSimulator.builder().requestsPerSecond(rate).dailyQuota(1_000_000).build().start();
        Instant placed = Instant.now().minus(Duration.ofHours(1));
        for (int i = 0; i < orders; i++) {
            sim.addOrder(new SimulatedOrder(null, placed, placed, 2, 1, 1, null, null, null, null, null, "山田", "太郎",
                    "1000001", "東京都", "千代田区", "千代田1-1", null, "03-0000-0000", "taro@example.jp",
                    "クレジットカード決済", List.of(new SimulatedItem(1, "tea-001", "tea-001-std", "静岡煎茶 100g", 1080, 2))));
        }
        Map<String, Object> p = new HashMap<>();
        p.put(AccountProperties.ACCOUNT_ID, account);
        p.put(AccountProperties.MALL_ID, io.orderhub.connector.yahoo.YahooConstants.MALL_ID);
        p.put(io.orderhub.connector.yahoo.YahooConstants.SELLER_ID, sim.sellerId());
        p.put(io.orderhub.connector.yahoo.YahooConstants.API_BASE_URL, sim.apiBaseUrl());
        p.put(io.orderhub.connector.yahoo.YahooConstants.TOKEN_URL, sim.tokenUrl());
        p.put(io.orderhub.connector.yahoo.YahooConstants.CLIENT_ID, sim.clientId());
        p.put(io.orderhub.connector.yahoo.YahooConstants.CLIENT_SECRET, sim.clientSecret());
        p.put(io.orderhub.connector.yahoo.YahooConstants.REFRESH_TOKEN, sim.refreshToken());
        p.put(io.orderhub.connector.yahoo.YahooConstants.REQUESTS_PER_SECOND, Integer.toString(rate));
        Object service = io.orderhub.connector.yahoo.internal.BenchAccounts.yahoo(p);
        LongSupplier calls = () -> sim.requestCount(YahooSimulator.ORDER_LIST) + sim.requestCount(YahooSimulator.ORDER_INFO)
                + sim.requestCount(YahooSimulator.SHIP_STATUS_CHANGE) + sim.requestCount(YahooSimulator.STATUS_CHANGE)
                + sim.requestCount(YahooSimulator.TOKEN);
        return new Setup(sim, new io.orderhub.connector.yahoo.internal.YahooConnector(), service, calls,
                sim::throttledCount, rate, rate / (1 + 1.0 / 2000), rate / 2.0,
                "orderList per 2,000 + orderInfo per order + token", "shipStatusChange + statusChange per order");
    }

    /**
     * shopserve.md (assumed): 1 request/s. Import: one search per 100 orders (the search returns whole orders), so
     * 100 orders/s. Export: the delivery (carrier, slip number, date) then the shipping status, 2 calls per order,
     * so 0.5 orders/s.
     */
    private static Setup shopserve(String account, int orders) {
        int rate = 1;
        ShopserveSimulator sim = ShopserveSimulator.builder().shopId("bench-shop").managerKey("bench-manager-key")
                .requestsPerSecond(rate).build().start();
        Instant placed = Instant.now().minus(Duration.ofHours(1));
        for (int i = 0; i < orders; i++) {
            sim.addOrder(Long.toString(90_000_000L + i), placed, "処理中");
        }
        Map<String, Object> p = new HashMap<>();
        p.put(AccountProperties.ACCOUNT_ID, account);
        p.put(AccountProperties.MALL_ID, io.orderhub.connector.shopserve.ShopserveConstants.MALL_ID);
        p.put(io.orderhub.connector.shopserve.ShopserveConstants.SHOP_ID, sim.shopId());
        p.put(io.orderhub.connector.shopserve.ShopserveConstants.MANAGER_KEY, sim.managerKey());
        p.put(io.orderhub.connector.shopserve.ShopserveConstants.API_BASE_URL, sim.apiBaseUrl());
        p.put(io.orderhub.connector.shopserve.ShopserveConstants.REQUESTS_PER_SECOND, rate);
        Object service = io.orderhub.connector.shopserve.internal.BenchAccounts.shopserve(p);
        return new Setup(sim, new io.orderhub.connector.shopserve.internal.ShopserveConnector(), service,
                sim::requestCount, sim::throttledCount, rate, rate * 100.0, rate / 2.0,
                "search per 100", "delivery + status per order");
    }

    /**
     * dshopping.md (contract): 1 request/s per partner code, lists and ship calls of 100. Import: one list page per
     * 100 orders, then (D3, acknowledge on import) one confirm per 100, so 2 calls per 100 orders: 50 orders/s.
     * Export: one ship call per 100 orders: 100 orders/s.
     */
    private static Setup dshopping(String account, int orders) {
        int rate = 1;
        DShoppingSimulator sim = DShoppingSimulator.builder().requestsPerSecond(rate).build().start();
        Instant placed = Instant.now().minus(Duration.ofHours(1));
        for (int i = 0; i < orders; i++) {
            sim.addOrder(NewOrder.placedAt(placed));
        }
        Map<String, Object> p = new HashMap<>();
        p.put(AccountProperties.ACCOUNT_ID, account);
        p.put(AccountProperties.MALL_ID, io.orderhub.connector.dshopping.DShoppingConstants.MALL_ID);
        p.put(io.orderhub.connector.dshopping.DShoppingConstants.PARTNER_CODE, sim.partnerCode());
        p.put(io.orderhub.connector.dshopping.DShoppingConstants.API_PASSWORD, sim.apiPassword());
        p.put(io.orderhub.connector.dshopping.DShoppingConstants.API_BASE_URL, sim.baseUrl());
        p.put(io.orderhub.connector.dshopping.DShoppingConstants.REQUESTS_PER_SECOND, Integer.toString(rate));
        Object service = io.orderhub.connector.dshopping.internal.BenchAccounts.dshopping(p);
        return new Setup(sim, new io.orderhub.connector.dshopping.internal.DShoppingConnector(), service,
                sim::requestCount, () -> throttled(sim), rate, rate * 100.0 / 2, rate * 100.0,
                "list per 100 + confirm per 100", "ship per 100");
    }

    /**
     * shopify.md: the Standard plan's REST bucket, 40 calls draining 2 per second. Import: one orders page per 250
     * orders. Export: fulfillment_orders then fulfillments per order, 2 calls: 1 order/s once the bucket is full.
     * The bucket's first 40 calls come at once, so for n orders the bound is n / ((2n - 40) / 2) orders/s (the
     * figure used here); for large n it tends to 1 order/s.
     */
    private static Setup shopify(String account, int orders, int toExport) {
        ShopifySimulator sim = ShopifySimulator.builder().accessToken("shpat_bench").bucketSize(40).leakPerSecond(2)
                .build().start();
        Instant placed = Instant.now().minus(Duration.ofHours(1));
        for (int i = 0; i < orders; i++) {
            sim.addOrder(io.orderhub.simulator.shopify.NewOrder.placedAt(placed));
        }
        Map<String, Object> p = new HashMap<>();
        p.put(AccountProperties.ACCOUNT_ID, account);
        p.put(AccountProperties.MALL_ID, io.orderhub.connector.shopify.ShopifyConstants.MALL_ID);
        p.put(io.orderhub.connector.shopify.ShopifyConstants.SHOP_URL, sim.shopUrl());
        p.put(io.orderhub.connector.shopify.ShopifyConstants.ACCESS_TOKEN, "shpat_bench");
        p.put(io.orderhub.connector.shopify.ShopifyConstants.RATE_LIMIT_PER_SECOND, "2");
        p.put(io.orderhub.connector.shopify.ShopifyConstants.BUCKET_SIZE, "40");
        Object service = io.orderhub.connector.shopify.internal.BenchAccounts.shopify(p);
        double exportSeconds = Math.max(1, (2.0 * toExport - 40) / 2);
        return new Setup(sim, new io.orderhub.connector.shopify.internal.ShopifyConnector(), service,
                sim::requestCount, sim::throttledCount, 2, 500, toExport / exportSeconds,
                "orders page per 250", "fulfillment_orders + fulfillments per order, bucket 40 at 2/s");
    }

    /** Requests the simulator answered with 429 for its rate (per second or per day). */
    private static long throttled(DShoppingSimulator sim) {
        return sim.throttledCount();
    }
}
