package io.orderhub.bench;

import io.orderhub.core.internal.store.jdbc.JdbcStore;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.OrderQuery;
import io.orderhub.core.spi.ImportQuery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Import throughput: orders from the Shopify simulator (its own JVM, loopback HTTP) through the real Shopify
 * connector and sync engine into the JDBC store. One run per JVM.
 *
 * <p>Arguments: {@code <h2|postgres> <label> <ordersToSeed> <simBucket> <simLeakPerSecond> <accountRatePerSecond>
 * <accountBucket>}. The simulator seeds orders over 15 days; SH1 drops those placed more than 10 days ago, so
 * about two thirds are imported. The figure is what the store holds afterwards, checked against the job.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        String label = args[1];
        int seed = Integer.parseInt(args[2]);
        int simBucket = Integer.parseInt(args[3]);
        double simLeak = Double.parseDouble(args[4]);
        int rate = Integer.parseInt(args[5]);
        int bucket = Integer.parseInt(args[6]);
        String account = "bench-shopify";

        System.out.printf("import [%s/%s]: seeding %,d orders (bucket %d, leak %.0f/s; account %d/s, bucket %d)%n",
                kind, label, seed, simBucket, simLeak, rate, bucket);
        try (SimulatorProcess sim = new SimulatorProcess(seed, simBucket, simLeak, BenchEngine.TOKEN);
             BenchDatabase db = BenchDatabase.open(kind, "import_" + label, true)) {
            JdbcStore store = new JdbcStore(db.dataSource());
            try (BenchEngine bench = new BenchEngine(store, account, sim.shopUrl(), rate, bucket);
                 HeapSampler heap = new HeapSampler()) {
                long start = System.nanoTime();
                Job job = bench.engine.startImport(account, null, null, "bench");
                Job done = bench.engine.await(job.id(), Duration.ofMinutes(30));
                long nanos = System.nanoTime() - start;
                long peak = heap.peakBytes();
                if (done.state() != Job.State.SUCCEEDED) {
                    throw new IllegalStateException("import did not succeed: " + done.state() + " " + done.message());
                }
                long stored = store.find(new OrderQuery(account, null, null, null, null, 0, 1)).total();
                Job.Counts counts = done.counts();
                if (stored != counts.imported() || counts.failed() != 0) {
                    throw new IllegalStateException("store holds " + stored + " orders, job says " + counts);
                }
                double seconds = nanos / 1e9;
                System.out.printf("  seeded %,d, placed within 10 days %,d, imported %,d (job: %s) in %.1f s%n",
                        sim.seeded, sim.placedWithin10Days, stored, counts, seconds);
                Results.put(kind, label + ".orders", stored, "orders");
                Results.put(kind, label + ".seconds", seconds, "s");
                Results.put(kind, label + ".throughput", stored / seconds, "orders/s");
                Results.put(kind, label + ".peakHeap", Results.megabytes(peak), "MiB");
                Results.put(kind, label + ".maxHeap", Results.megabytes(HeapSampler.maxHeapBytes()), "MiB");
                Results.put(kind, label + ".storeSize", Results.megabytes(db.sizeBytes()), "MiB");

                if (!Boolean.parseBoolean(System.getProperty("bench.fetchOnly", "true"))) {
                    return;
                }
                // the same pages again, into a counter: what the simulator, HTTP and the connector's mapping
                // alone allow, to tell our store's share from the rest
                AtomicLong fetched = new AtomicLong();
                Instant now = Instant.now();
                long fetchStart = System.nanoTime();
                bench.shopify.fetch(new ImportQuery(now.minus(Duration.ofDays(10)), now, List.of(),
                        ZoneId.of(BenchEngine.ZONE)), o -> fetched.incrementAndGet());
                double fetchSeconds = (System.nanoTime() - fetchStart) / 1e9;
                Results.put(kind, label + ".fetchOnlyThroughput", fetched.get() / fetchSeconds, "orders/s");
            }
        } finally {
            BenchDatabase.drop(kind, "import_" + label);
        }
    }
}
