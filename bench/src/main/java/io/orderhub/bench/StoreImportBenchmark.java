package io.orderhub.bench;

import static io.orderhub.connector.shopify.ShopifyConstants.*;

import io.orderhub.connector.shopify.internal.BenchAccounts;
import io.orderhub.connector.shopify.internal.ShopifyConnector;
import io.orderhub.core.internal.connector.ConnectorTracker;
import io.orderhub.core.internal.store.jdbc.JdbcStore;
import io.orderhub.core.internal.sync.SyncEngine;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.OrderQuery;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.ImportQuery;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.core.spi.OrderImportService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Our own share of an import: the sync engine and the JDBC store fed from memory, without the simulator and HTTP.
 * A few thousand real Shopify orders (fetched once from the simulator through the connector) are handed to the
 * engine again and again under new order numbers, so every one is a new order, as in {@link ImportBenchmark}.
 *
 * <p>Arguments: {@code <h2|postgres> <orders>}.
 */
public final class StoreImportBenchmark {

    private StoreImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        int total = Integer.parseInt(args[1]);
        String account = "bench-replay";
        List<MallOrder> templates = new ArrayList<>();
        try (SimulatorProcess sim = new SimulatorProcess(7500, 1000, 10000, BenchEngine.TOKEN)) {
            Map<String, Object> config = new HashMap<>();
            config.put(AccountProperties.ACCOUNT_ID, "template");
            config.put(SHOP_URL, sim.shopUrl());
            config.put(ACCESS_TOKEN, BenchEngine.TOKEN);
            config.put(RATE_LIMIT_PER_SECOND, "100");
            config.put(BUCKET_SIZE, "1000");
            Instant now = Instant.now();
            BenchAccounts.shopify(config).fetch(new ImportQuery(now.minus(Duration.ofDays(10)), now, List.of(),
                    ZoneId.of(BenchEngine.ZONE)), templates::add);
        }
        System.out.printf("store import [%s]: %,d orders from %,d fetched Shopify orders%n", kind, total, templates.size());

        OrderImportService replay = new OrderImportService() {
            @Override
            public void fetch(ImportQuery query, Consumer<MallOrder> sink) {
                for (int i = 0; i < total; i++) {
                    MallOrder t = templates.get(i % templates.size());
                    int round = i / templates.size();
                    sink.accept(new MallOrder(t.mallOrderNumber() + "-" + round, t.orderedAt(), t.mallUpdatedAt(),
                            t.mallStatus(), t.cancelled(), t.buyer(), t.shipTo(), t.lines(), t.paymentMethod(),
                            t.paymentStatus(), t.totalPrice(), t.shipping(), t.mallData()));
                }
            }

            @Override
            public String accountId() {
                return account;
            }

            @Override
            public ConnectionStatus status() {
                return new ConnectionStatus(ConnectionStatus.State.ONLINE, null);
            }
        };

        try (BenchDatabase db = BenchDatabase.open(kind, "import_store", true)) {
            JdbcStore store = new JdbcStore(db.dataSource());
            ConnectorTracker tracker = new ConnectorTracker();
            tracker.addConnector(new ShopifyConnector());
            tracker.addImporter(replay, Map.of(AccountProperties.ACCOUNT_ID, account, AccountProperties.MALL_ID, MALL_ID));
            Map<String, Object> settings = Map.of(AccountProperties.ACCOUNT_ID, account, AccountProperties.MALL_ID,
                    MALL_ID, AccountProperties.DAYS_TO_FETCH, 10, AccountProperties.ZONE, BenchEngine.ZONE);
            SyncEngine engine = new SyncEngine(store, store, tracker, id -> settings, Clock.systemUTC(), 2);
            try (HeapSampler heap = new HeapSampler()) {
                long start = System.nanoTime();
                Job job = engine.startImport(account, null, null, "bench");
                Job done = engine.await(job.id(), Duration.ofMinutes(30));
                double seconds = (System.nanoTime() - start) / 1e9;
                long stored = store.find(new OrderQuery(account, null, null, null, null, 0, 1)).total();
                if (done.state() != Job.State.SUCCEEDED || stored != total || done.counts().imported() != total) {
                    throw new IllegalStateException("store holds " + stored + ", job: " + done.state() + " " + done.counts());
                }
                System.out.printf("  stored %,d in %.1f s%n", stored, seconds);
                Results.put(kind, "storeImport.orders", stored, "orders");
                Results.put(kind, "storeImport.throughput", stored / seconds, "orders/s");
                Results.put(kind, "storeImport.peakHeap", Results.megabytes(heap.peakBytes()), "MiB");
            } finally {
                engine.close();
            }
        } finally {
            BenchDatabase.drop(kind, "import_store");
        }
    }
}
