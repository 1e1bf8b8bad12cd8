package io.orderhub.bench;

import io.orderhub.simulator.shopify.ShopifySimulator;
import io.orderhub.simulator.shopify.SimulatedOrder;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The Shopify simulator in a JVM of its own, so that its in-memory shop (all seeded orders) is not counted in
 * the heap of the JVM that imports. Prints {@code READY <port> <seeded> <placedWithin10Days>} once seeded, then
 * serves until its standard input closes.
 *
 * <p>Arguments: orders to seed, bucket size, leak per second, access token.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws IOException {
        int seed = Integer.parseInt(args[0]);
        int bucket = Integer.parseInt(args[1]);
        double leak = Double.parseDouble(args[2]);
        String token = args[3];
        try (ShopifySimulator sim = ShopifySimulator.builder().accessToken(token).bucketSize(bucket)
                .leakPerSecond(leak).maxOrders(Math.max(1, seed)).build().start()) {
            List<SimulatedOrder> orders = sim.seedOrders(seed);
            Instant cut = Instant.now().minus(Duration.ofDays(10));
            long recent = orders.stream().filter(o -> o.createdAt().isAfter(cut)).count();
            System.out.println("READY " + sim.port() + " " + orders.size() + " " + recent);
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the parent closes our stdin (or dies)
            }
            System.err.println("simulator: " + sim.requestCount(ShopifySimulator.ORDERS) + " orders.json requests, "
                    + sim.throttledCount() + " throttled (429)");
        }
    }
}
