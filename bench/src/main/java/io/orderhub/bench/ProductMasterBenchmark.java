package io.orderhub.bench;

import io.orderhub.core.internal.history.StoreHistoryService;
import io.orderhub.core.internal.product.StoreProductService;
import io.orderhub.core.internal.store.jdbc.JdbcHistoryStore;
import io.orderhub.core.internal.store.jdbc.JdbcProductStore;
import io.orderhub.core.internal.store.jdbc.JdbcStore;
import io.orderhub.core.service.HistoryPage;
import io.orderhub.core.service.HistoryQuery;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;
import io.orderhub.core.service.ProductImportResult;
import io.orderhub.core.service.ProductService;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue 3 items 5 and 10: a product master CSV of {@code rows} products in Shift_JIS (as Excel writes it) imported
 * through {@link StoreProductService} (all new, then all updated), and history searches over {@code results}
 * stored per-order results of 3 accounts spread over 120 days.
 *
 * <p>{@code ProductMasterBenchmark h2|postgres [rows] [results]}
 */
public final class ProductMasterBenchmark {

    private ProductMasterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "h2";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int results = args.length > 2 ? Integer.parseInt(args[2]) : 300_000;
        Charset sjis = ProductService.csvCharset("Shift_JIS");
        ByteArrayOutputStream csv = new ByteArrayOutputStream(rows * 60);
        csv.writeBytes("商品コード,商品名,JANコード,販売価格\r\n".getBytes(sjis));
        for (int i = 0; i < rows; i++) {
            csv.writeBytes(String.format("SKU-%07d,①静岡煎茶 特選～%d～ 100g,49%011d,%d\r\n", i, i, i, 500 + i % 5000)
                    .getBytes(sjis));
        }
        byte[] bytes = csv.toByteArray();
        try (BenchDatabase db = BenchDatabase.open(kind, "product_master", true)) {
            JdbcStore store = new JdbcStore(db.dataSource());
            JdbcProductStore products = new JdbcProductStore(db.dataSource(), store);
            StoreProductService service = new StoreProductService(products, Clock.systemUTC());
            for (String pass : List.of("new", "update")) {
                long start = System.nanoTime();
                ProductImportResult r = service.importCsv(bytes, sjis, "bench");
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("  %s: %,d bytes, %d created, %d updated in %.2f s%n", pass, bytes.length,
                        r.created(), r.updated(), seconds);
                Results.put(kind, "productCsv." + pass, rows / seconds, "rows/s");
            }

            Instant now = Instant.now();
            List<String> accounts = List.of("shop-a", "shop-b", "shop-c");
            int perJob = 1000;
            for (int j = 0; j * perJob < results; j++) {
                String account = accounts.get(j % accounts.size());
                Instant at = now.minus(Duration.ofMinutes((long) j * 120L * 24 * 60 / Math.max(1, results / perJob)));
                String jobId = "bench-" + j;
                store.save(new Job(jobId, j % 2 == 0 ? Job.Kind.IMPORT : Job.Kind.EXPORT, account, "dshopping",
                        Job.State.SUCCEEDED, "bench", null, at, at, at.plusSeconds(60), Job.Counts.ZERO, null, List.of()));
                List<JobResult> batch = new ArrayList<>(perJob);
                for (int k = 0; k < perJob; k++) {
                    int n = j * perJob + k;
                    batch.add(new JobResult((long) n, "D-" + n, n % 50 == 0 ? JobResult.Outcome.FAILED
                            : JobResult.Outcome.UNCHANGED, n % 50 == 0 ? "モールのエラー" : null, null, Map.of(),
                            at.plusMillis(k)));
                }
                store.addResults(jobId, batch);
            }
            StoreHistoryService history = new StoreHistoryService(new JdbcHistoryStore(db.dataSource(), store));
            List<HistoryQuery> queries = List.of(
                    new HistoryQuery("shop-b", null, JobResult.Outcome.FAILED, now.minus(Duration.ofDays(7)), null, 0, 100),
                    new HistoryQuery(null, "D-" + (results / 2), null, null, null, 0, 100),
                    new HistoryQuery("shop-a", null, null, null, null, 0, 100));
            String[] names = {"accountOutcome7d", "orderNumber", "accountNewest"};
            for (int q = 0; q < queries.size(); q++) {
                history.search(queries.get(q));
                long start = System.nanoTime();
                int reps = 5;
                HistoryPage page = null;
                for (int i = 0; i < reps; i++) {
                    page = history.search(queries.get(q));
                }
                double ms = (System.nanoTime() - start) / 1e6 / reps;
                System.out.printf("  history %s: %d of %,d in %.1f ms%n", names[q], page.entries().size(), page.total(), ms);
                Results.put(kind, "history." + names[q], ms, "ms");
            }
        } finally {
            BenchDatabase.drop(kind, "product_master");
        }
    }
}
