package io.orderhub.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.orderhub.connector.shopify.ShopifyConstants;
import io.orderhub.connector.shopify.internal.BenchAccounts;
import io.orderhub.connector.shopify.internal.ShopifyAccountService;
import io.orderhub.core.internal.store.jdbc.JdbcStore;
import io.orderhub.core.service.ExportPreview;
import io.orderhub.core.service.OrderPage;
import io.orderhub.core.service.OrderQuery;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.ImportQuery;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.simulator.shopify.ShopifySimulator;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Export preview and order searches over a large store. Three steps, each its own JVM, so that every
 * measurement starts cold:
 * <ul>
 *   <li>{@code load <orders> <otherAccounts> <ordersPerOtherAccount>}: a fresh database with a year of orders;</li>
 *   <li>{@code measure}: {@code SyncEngine.preview(account, 3)} with the real Shopify export check, and
 *       {@code OrderStore} searches, cold (first call in the JVM) and warm (median of the next calls);</li>
 *   <li>{@code drop}: removes the database.</li>
 * </ul>
 *
 * <p>Loading 1,000,000 orders through {@code upsertImported} (three statements and a commit each) would take
 * most of an hour here, so the loader imports a few dozen real Shopify orders through the store (from the
 * simulator, via the connector) and copies their stored rows with batched INSERTs into the store's own
 * {@code orders} table, varying number, dates, status and shipping data. The copies have no history rows.
 */
public final class PreviewBenchmark {

    static final String ACCOUNT = "bench-shopify";
    static final String DB_NAME = "preview";
    private static final long YEAR_SECONDS = 365L * 24 * 3600;
    private static final int BATCH = 1000;
    private static final ZoneId TOKYO = ZoneId.of(BenchEngine.ZONE);

    private PreviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        switch (args[1]) {
            case "load" -> load(kind, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "measure" -> measure(kind);
            case "drop" -> BenchDatabase.drop(kind, DB_NAME);
            default -> throw new IllegalArgumentException("step: load, measure or drop, not " + args[1]);
        }
    }

    // ------------------------------------------------------------------ load

    /** The stored columns of one imported order, copied into every row made from it. */
    private record Template(String mallId, String mallStatus, boolean cancelled, String paymentMethod,
                            String paymentStatus, BigDecimal totalPrice, String buyer, String shipTo, String lines,
                            String mallData, String shopifyOrderId) {
    }

    private static void load(String kind, int orders, int otherAccounts, int otherOrders) throws Exception {
        try (BenchDatabase db = BenchDatabase.open(kind, DB_NAME, true)) {
            JdbcStore store = new JdbcStore(db.dataSource());
            List<Template> templates = templates(store, db);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> work = new ArrayList<>();
            work.add(pool.submit(() -> insertRows(db, templates, ACCOUNT, 0, orders / 2, now)));
            work.add(pool.submit(() -> insertRows(db, templates, ACCOUNT, orders / 2, orders, now)));
            for (int a = 1; a <= otherAccounts; a++) {
                String account = "other-shop-" + a;
                work.add(pool.submit(() -> insertRows(db, templates, account, 0, otherOrders, now)));
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute("ANALYZE");
            }
            long total = orders + (long) otherAccounts * otherOrders;
            System.out.printf("preview [%s]: loaded %,d orders (%,d in %s, %d other accounts x %,d) in %.0f s%n",
                    kind, total, orders, ACCOUNT, otherAccounts, otherOrders, loadSeconds);
            Results.put(kind, "preview.storedOrders", total, "orders");
            Results.put(kind, "preview.loadRowsPerSecond", total / loadSeconds, "rows/s");
            Results.put(kind, "preview.storeSize", Results.megabytes(db.sizeBytes()), "MiB");
        }
    }

    /** A few dozen simulator orders imported for real, read back as the store wrote them, then removed. */
    private static List<Template> templates(JdbcStore store, BenchDatabase db) throws Exception {
        List<MallOrder> fetched = new ArrayList<>();
        try (ShopifySimulator sim = ShopifySimulator.builder().accessToken(BenchEngine.TOKEN).bucketSize(1000)
                .leakPerSecond(1000).build().start()) {
            sim.seedOrders(60);
            Map<String, Object> config = new HashMap<>();
            config.put(AccountProperties.ACCOUNT_ID, "template");
            config.put(ShopifyConstants.SHOP_URL, sim.shopUrl());
            config.put(ShopifyConstants.ACCESS_TOKEN, BenchEngine.TOKEN);
            config.put(ShopifyConstants.RATE_LIMIT_PER_SECOND, "100");
            ShopifyAccountService shop = BenchAccounts.shopify(config);
            Instant now = Instant.now();
            shop.fetch(new ImportQuery(now.minus(Duration.ofDays(10)), now, List.of(), TOKYO), fetched::add);
        }
        for (MallOrder o : fetched) {
            store.upsertImported("template", ShopifyConstants.MALL_ID, o, "NEW", Instant.now());
        }
        ObjectMapper json = new ObjectMapper();
        List<Template> templates = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT mall_id, mall_status, mall_cancelled, payment_method,"
                    + " payment_status, total_price, buyer, ship_to, order_lines, mall_data FROM orders"
                    + " WHERE account_id = 'template' ORDER BY id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String mallData = rs.getString(10);
                    String shopifyId = json.readTree(mallData).path(ShopifyConstants.MALL_DATA_ORDER_ID).asText();
                    templates.add(new Template(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                            rs.getString(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            mallData, shopifyId));
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("DELETE FROM order_history WHERE order_id IN (SELECT id FROM orders WHERE account_id = 'template')");
                st.execute("DELETE FROM orders WHERE account_id = 'template'");
            }
        }
        if (templates.size() < 10) {
            throw new IllegalStateException("only " + templates.size() + " template orders were imported");
        }
        return templates;
    }

    /**
     * Rows {@code from..to-1} of one account: placed evenly over the last year; 3 in 100 never touched since
     * import (NEW), 1 in 100 cancelled, the rest DONE one day after the order with a ship date, a carrier and
     * (but for 1 in 10 of them) a tracking number. So about 3 days in 365 of the orders, some 0.8%, fall into
     * a 3-day creation period, as in a shop with steady sales.
     */
    private static Void insertRows(BenchDatabase db, List<Template> templates, String account, int from, int to,
                                   Instant now) throws SQLException {
        String sql = "INSERT INTO orders (account_id, mall_id, mall_order_number, ordered_at, mall_updated_at,"
                + " imported_at, last_updated_at, status, mall_status, mall_cancelled, payment_method, payment_status,"
                + " total_price, buyer, ship_to, order_lines, mall_data, ship_date, carrier, tracking_numbers, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int g = from; g < to; g++) {
                    Template t = templates.get(g % templates.size());
                    long age = (g * 7919L + 13) % YEAR_SECONDS;
                    Instant ordered = now.minusSeconds(age);
                    Instant imported = min(ordered.plusSeconds(600), now);
                    int kind = g % 100;
                    String status;
                    Instant lastUpdated = null;
                    LocalDate shipDate = null;
                    String carrier = null;
                    String tracking = null;
                    long version = 0;
                    if (kind < 3) {
                        status = "NEW";
                    } else if (kind == 3) {
                        status = "CANCELLED";
                        lastUpdated = min(ordered.plusSeconds(3600), now);
                        version = 1;
                    } else {
                        status = "DONE";
                        lastUpdated = min(ordered.plusSeconds(20 * 3600 + (g % 48) * 600), now);
                        shipDate = lastUpdated.atZone(TOKYO).toLocalDate();
                        carrier = "ヤマト運輸";
                        tracking = kind < 14 ? null : "[\"4" + String.format("%011d", g) + "\"]";
                        version = 1;
                    }
                    int i = 0;
                    ps.setString(++i, account);
                    ps.setString(++i, t.mallId());
                    ps.setString(++i, "#" + (1001 + g));
                    ps.setObject(++i, ordered.atOffset(ZoneOffset.UTC));
                    ps.setObject(++i, ordered.plusSeconds(60).atOffset(ZoneOffset.UTC));
                    ps.setObject(++i, imported.atOffset(ZoneOffset.UTC));
                    ps.setObject(++i, lastUpdated == null ? null : lastUpdated.atOffset(ZoneOffset.UTC),
                            java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setString(++i, status);
                    ps.setString(++i, t.mallStatus());
                    ps.setBoolean(++i, t.cancelled());
                    ps.setString(++i, t.paymentMethod());
                    ps.setString(++i, t.paymentStatus());
                    ps.setBigDecimal(++i, t.totalPrice());
                    ps.setString(++i, t.buyer());
                    ps.setString(++i, t.shipTo());
                    ps.setString(++i, t.lines());
                    ps.setString(++i, t.mallData().replace(t.shopifyOrderId(), Long.toString(5_000_000_000L + g)));
                    ps.setObject(++i, shipDate, java.sql.Types.DATE);
                    ps.setString(++i, carrier);
                    ps.setString(++i, tracking);
                    ps.setLong(++i, version);
                    ps.addBatch();
                    if ((g - from + 1) % BATCH == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
        }
        return null;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    // ------------------------------------------------------------------ measure

    private static void measure(String kind) throws Exception {
        try (BenchDatabase db = BenchDatabase.open(kind, DB_NAME, false)) {
            JdbcStore store = new JdbcStore(db.dataSource());
            // the Shopify check never calls Shopify; the URL only has to be valid
            try (BenchEngine bench = new BenchEngine(store, ACCOUNT, "http://127.0.0.1:9", 2, 40)) {
                ExportPreview[] last = new ExportPreview[1];
                timed(kind, "preview3d", 5, () -> last[0] = bench.engine.preview(ACCOUNT, 3));
                System.out.printf("  preview of 3 days: %,d targets, %,d excluded%n", last[0].targets().size(),
                        last[0].excluded().size());
                Results.put(kind, "preview3d.targets", last[0].targets().size(), "orders");
                Results.put(kind, "preview3d.excluded", last[0].excluded().size(), "orders");

                long stored = store.find(new OrderQuery(ACCOUNT, null, null, null, null, 0, 1)).total();
                long[] n = {0};
                // a different order every call, spread over the account's whole range of numbers
                timed(kind, "findByNumber", 20, () -> store.findByNumber(ACCOUNT, "#" + (1001 + 7919 * ++n[0] % stored))
                        .orElseThrow());
                timed(kind, "findQueryNumberAllAccounts", 20, () -> page(store.find(new OrderQuery(null, null, null,
                        "#" + (1001 + 104729 * ++n[0] % stored), null, 0, 50))));
                timed(kind, "findStatusDone100", 5, () -> page(store.find(new OrderQuery(ACCOUNT, null, "DONE", null,
                        null, 0, 100))));
                timed(kind, "findStatusNew100", 5, () -> page(store.find(new OrderQuery(ACCOUNT, null, "NEW", null,
                        null, 0, 100))));
                OrderPage cancelled = store.find(new OrderQuery(ACCOUNT, null, "CANCELLED", null, null, 0, 100));
                System.out.printf("  statuses: DONE %,d, NEW %,d, CANCELLED %,d%n",
                        store.find(new OrderQuery(ACCOUNT, null, "DONE", null, null, 0, 1)).total(),
                        store.find(new OrderQuery(ACCOUNT, null, "NEW", null, null, 0, 1)).total(), cancelled.total());
            }
        }
    }

    private static Object page(OrderPage page) {
        if (page.orders().isEmpty()) {
            throw new IllegalStateException("the search found nothing");
        }
        return page;
    }

    /** The first call (cold) and the median of the next {@code warm} calls. */
    private static void timed(String kind, String metric, int warm, Supplier<Object> call) {
        long t0 = System.nanoTime();
        call.get();
        double cold = Results.millis(System.nanoTime() - t0);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < warm; i++) {
            long t = System.nanoTime();
            call.get();
            times.add(Results.millis(System.nanoTime() - t));
        }
        times.sort(null);
        Results.put(kind, metric + ".cold", cold, "ms");
        Results.put(kind, metric + ".warmMedian", Summary.median(times), "ms");
    }
}
