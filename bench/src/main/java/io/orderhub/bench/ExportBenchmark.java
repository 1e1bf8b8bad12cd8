package io.orderhub.bench;

import io.orderhub.core.internal.store.jdbc.JdbcStore;
import io.orderhub.core.service.Job;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Background export throughput (issue 3): open orders imported from the Shopify simulator (its own JVM), made
 * ready to ship in the store, then one background export job through the real Shopify connector, as a share of
 * the bound the simulator's rate limit sets. One run per JVM; peak heap is sampled during the export only.
 *
 * <p>The bound: the connector makes two calls per order (GET fulfillment_orders, POST fulfillments), the
 * simulator lets {@code bucket} calls through at once and then {@code leak} per second, so the export cannot
 * take less than {@code (2 x orders - bucket) / leak} seconds.
 *
 * <p>Arguments: {@code <h2|postgres> <label> <orders> <simBucket> <simLeakPerSecond> <accountRatePerSecond>
 * <accountBucket>}.
 */
public final class ExportBenchmark {

    private static final int CALLS_PER_ORDER = 2;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        String label = args[1];
        int orders = Integer.parseInt(args[2]);
        int simBucket = Integer.parseInt(args[3]);
        double simLeak = Double.parseDouble(args[4]);
        int rate = Integer.parseInt(args[5]);
        int bucket = Integer.parseInt(args[6]);
        String account = "bench-export";

        System.out.printf("export [%s/%s]: %,d open orders (simulator bucket %d, leak %.0f/s; account %d/s, bucket %d)%n",
                kind, label, orders, simBucket, simLeak, rate, bucket);
        try (SimulatorProcess sim = new SimulatorProcess(orders, simBucket, simLeak, BenchEngine.TOKEN, "open");
             BenchDatabase db = BenchDatabase.open(kind, "export_" + label, true)) {
            JdbcStore store = new JdbcStore(db.dataSource());
            try (BenchEngine bench = new BenchEngine(store, account, sim.shopUrl(), rate, bucket)) {
                long setup = System.nanoTime();
                Job imported = bench.engine.await(bench.engine.startImport(account, null, null, "bench").id(),
                        Duration.ofHours(1));
                if (imported.state() != Job.State.SUCCEEDED || imported.counts().imported() != orders) {
                    throw new IllegalStateException("import: " + imported.state() + " " + imported.counts() + " "
                            + imported.message());
                }
                int ready = makeReady(db.dataSource(), account);
                System.out.printf("  setup: imported %,d and made %,d ready in %.1f s%n", imported.counts().imported(),
                        ready, (System.nanoTime() - setup) / 1e9);

                long peak;
                long peakAfterGc;
                long peakAfterFullGc;
                long fullCollections;
                long nanos;
                long selectedAt = 0;
                long selectionNanos;
                Job done;
                try (HeapSampler heap = new HeapSampler()) {
                    long start = System.nanoTime();
                    Job job = bench.engine.startExport(account, 3, "bench");
                    // the job's total is known once selection has written every target; sending follows
                    while (true) {
                        Job now = bench.engine.get(job.id(), 0, 0);
                        if (selectedAt == 0 && now.counts().total() >= 0) {
                            selectedAt = System.nanoTime();
                        }
                        if (now.isFinished()) {
                            break;
                        }
                        Thread.sleep(250);
                    }
                    done = bench.engine.await(job.id(), Duration.ofMinutes(1));
                    nanos = System.nanoTime() - start;
                    selectionNanos = (selectedAt == 0 ? System.nanoTime() : selectedAt) - start;
                    peak = heap.peakBytes();
                    peakAfterGc = heap.peakAfterGcBytes();
                    peakAfterFullGc = heap.peakAfterFullGcBytes();
                    fullCollections = heap.fullCollections();
                }
                Job.Counts c = done.counts();
                if (done.state() != Job.State.SUCCEEDED || c.sent() != orders) {
                    throw new IllegalStateException("export: " + done.state() + " " + c + " " + done.message());
                }
                double seconds = nanos / 1e9;
                double boundSeconds = Math.max(0, CALLS_PER_ORDER * (double) orders - simBucket) / simLeak;
                System.out.printf("  exported %,d in %.1f s (%.2f orders/s); bound %.1f s (%.2f orders/s): %.1f %%%n",
                        c.sent(), seconds, c.sent() / seconds, boundSeconds, orders / boundSeconds,
                        100 * boundSeconds / seconds);
                Results.put(kind, label + ".orders", c.sent(), "orders");
                Results.put(kind, label + ".seconds", seconds, "s");
                Results.put(kind, label + ".throughput", c.sent() / seconds, "orders/s");
                Results.put(kind, label + ".boundThroughput", orders / boundSeconds, "orders/s");
                Results.put(kind, label + ".shareOfBound", 100 * boundSeconds / seconds, "%");
                // the same without selection (reading the candidates, checking each, writing its target)
                double selection = selectionNanos / 1e9;
                System.out.printf("  selection %.1f s; sending %.1f s (%.2f orders/s): %.1f %% of the bound%n",
                        selection, seconds - selection, c.sent() / (seconds - selection),
                        100 * boundSeconds / (seconds - selection));
                Results.put(kind, label + ".selectionSeconds", selection, "s");
                Results.put(kind, label + ".sendingThroughput", c.sent() / (seconds - selection), "orders/s");
                Results.put(kind, label + ".sendingShareOfBound", 100 * boundSeconds / (seconds - selection), "%");
                Results.put(kind, label + ".peakHeap", Results.megabytes(peak), "MiB");
                Results.put(kind, label + ".peakHeapAfterGc", Results.megabytes(peakAfterGc), "MiB");
                Results.put(kind, label + ".peakHeapAfterFullGc", Results.megabytes(peakAfterFullGc), "MiB");
                Results.put(kind, label + ".fullCollections", fullCollections, "collections");
                Results.put(kind, label + ".maxHeap", Results.megabytes(HeapSampler.maxHeapBytes()), "MiB");
            }
        } finally {
            BenchDatabase.drop(kind, "export_" + label);
        }
    }

    /**
     * Status 処理済, ship date, carrier and a tracking number for every order of the account, and a new last update
     * and version: what an operator's edit leaves (OrderStore.applyUpdate), in one UPDATE, because 100,000 edits
     * one by one would take longer than the export. The history entries of such edits are left out; the export
     * does not read them.
     */
    private static int makeReady(javax.sql.DataSource dataSource, String account) throws java.sql.SQLException {
        LocalDate today = LocalDate.now(ZoneId.of(BenchEngine.ZONE));
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("UPDATE orders SET status = 'DONE', ship_date = ?,"
                     + " carrier = ?, tracking_numbers = '[\"B' || CAST(id AS VARCHAR(20)) || '\"]',"
                     + " last_updated_at = ?, version = version + 1 WHERE account_id = ?")) {
            ps.setObject(1, today);
            ps.setString(2, "ヤマト運輸");
            ps.setObject(3, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
            ps.setString(4, account);
            int n = ps.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return n;
        }
    }
}
