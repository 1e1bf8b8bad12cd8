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
            // "open": orders every operator can ship, all placed within the last 10 days (the export benchmark)
            boolean open = args.length > 4 && "open".equals(args[4]);
            List<SimulatedOrder> orders = open ? addOpen(sim, seed) : sim.seedOrders(seed);
            Instant cut = Instant.now().minus(Duration.ofDays(10));
            long recent = orders.stream().filter(o -> o.createdAt().isAfter(cut)).count();
            System.out.println("READY " + sim.port() + " " + orders.size() + " " + recent);
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the parent closes our stdin (or dies)
            }
            System.err.println("simulator: " + sim.requestCount(ShopifySimulator.ORDERS) + " orders.json requests, "
                    + sim.requestCount(ShopifySimulator.FULFILLMENT_ORDERS) + " fulfillment_orders requests, "
                    + sim.requestCount(ShopifySimulator.CREATE_FULFILLMENT) + " fulfillments created, "
                    + sim.throttledCount() + " throttled (429), " + sim.allFulfillments().size() + " fulfillments");
        }
    }

    private static List<SimulatedOrder> addOpen(ShopifySimulator sim, int count) {
        Instant now = Instant.now();
        List<SimulatedOrder> orders = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            orders.add(sim.addOrder(io.orderhub.simulator.shopify.NewOrder.placedAt(
                    now.minus(Duration.ofSeconds(60 + (i % 600_000))))));
        }
        return orders;
    }
}
