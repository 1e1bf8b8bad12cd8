package io.orderhub.connector.shopify.internal;

import static io.orderhub.connector.shopify.ShopifyConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.model.Order;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.core.spi.OrderResultItem;
import io.orderhub.core.spi.OrderResultItem.Outcome;
import io.orderhub.core.spi.RetryPolicy;
import io.orderhub.simulator.shopify.Fault;
import io.orderhub.simulator.shopify.NewOrder;
import io.orderhub.simulator.shopify.ShopifySimulator;
import io.orderhub.simulator.shopify.SimulatedOrder;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulator injects 429, 500, slow answers (beyond the client's timeout) and malformed bodies: no order is
 * lost, each gets its own outcome, and at the shop's limit the connector never makes the shop refuse a call.
 */
public class ShopifyFaultTest extends SimulatorTestSupport {

    /** Short timeout so that a slow answer is a timeout. */
    private static final RetryPolicy SHORT_TIMEOUT = FAST_RETRY.withRequestTimeout(Duration.ofMillis(400));
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    private final Instant placed = Instant.now().minusSeconds(86400);

    /** An account of its own per test, so no test inherits another's rate budget. */
    private ShopifyAccountService account(ShopifySimulator sim, String rate, String bucket, RetryPolicy policy) {
        Map<String, Object> config = config(sim);
        config.put(AccountProperties.ACCOUNT_ID, "fault-shopify-" + ACCOUNTS.incrementAndGet());
        config.put(RATE_LIMIT_PER_SECOND, rate);
        config.put(BUCKET_SIZE, bucket);
        ShopifyAccountService service = new ShopifyAccountService(clock, policy);
        service.configure(config, false);
        return service;
    }

    private List<Order> shippable(ShopifySimulator sim, int count) {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SimulatedOrder so = sim.addOrder(NewOrder.placedAt(placed));
            orders.add(order(so, "DONE", today(), "ヤマト運輸", "5000-0000-" + String.format("%04d", i)));
        }
        return orders;
    }

    @Test
    public void c3_everyOrderOfABatchEndsWithItsOwnOutcomeThroughMixedFaults() throws Exception {
        ShopifySimulator sim = simulator();
        sim.slowAnswerDelay(Duration.ofMillis(1500));
        ShopifyAccountService service = account(sim, "100", "40", SHORT_TIMEOUT);
        List<Order> orders = shippable(sim, 6);
        long broken = Long.parseLong(orders.get(4).mallData().get(MALL_DATA_ORDER_ID));
        long down = Long.parseLong(orders.get(5).mallData().get(MALL_DATA_ORDER_ID));
        sim.injectFaults(Fault.THROTTLE, 3, "fulfillment_orders.json");
        sim.injectFaults(Fault.SERVER_ERROR, 1, "fulfillment_orders.json");
        sim.injectFaults(Fault.SLOW_ANSWER, 1, "fulfillment_orders.json");
        sim.injectFaults(Fault.THROTTLE, 1, "POST /fulfillments.json");
        sim.injectFaults(Fault.MALFORMED_JSON, 1, "/orders/" + broken + "/fulfillment_orders.json");
        sim.injectFaults(Fault.SERVER_ERROR, 1 + SHORT_TIMEOUT.maxRetries(), "/orders/" + down + "/fulfillment_orders.json");

        List<OrderResultItem> results = service.export(orders, context());

        assertThat(results).extracting(OrderResultItem::mallOrderNumber)
                .containsExactlyElementsOf(orders.stream().map(Order::mallOrderNumber).toList());
        assertThat(results.subList(0, 4)).extracting(OrderResultItem::outcome).containsOnly(Outcome.SENT);
        assertThat(results.get(4).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(results.get(4).message()).contains("応答を解釈できません");
        assertThat(results.get(5).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(results.get(5).message()).contains("HTTP 500").contains("Internal Server Error");
        for (int i = 0; i < 4; i++) {
            long id = Long.parseLong(orders.get(i).mallData().get(MALL_DATA_ORDER_ID));
            assertThat(sim.fulfillments(id)).as("order %d fulfilled exactly once", i).hasSize(1);
        }
        assertThat(sim.fulfillments(broken)).isEmpty();
        assertThat(sim.fulfillments(down)).isEmpty();
    }

    @Test
    public void aCreateWhoseAnswerComesTooLateIsNotRepeated_theOrderIsFulfilledOnce() throws Exception {
        ShopifySimulator sim = simulator();
        sim.slowAnswerDelay(Duration.ofMillis(1500));
        ShopifyAccountService service = account(sim, "100", "40", SHORT_TIMEOUT);
        List<Order> orders = shippable(sim, 2);
        sim.injectFaults(Fault.SLOW_ANSWER, 1, "POST /fulfillments.json");

        List<OrderResultItem> results = service.export(orders, context());

        assertThat(results).extracting(OrderResultItem::outcome).containsExactly(Outcome.SENT, Outcome.SENT);
        for (Order o : orders) {
            long id = Long.parseLong(o.mallData().get(MALL_DATA_ORDER_ID));
            assertThat(sim.fulfillments(id)).hasSize(1);
        }
        assertThat(sim.requestCount(ShopifySimulator.CREATE_FULFILLMENT)).as("the timed-out create was not sent again")
                .isEqualTo(2);
    }

    @Test
    public void anImportThroughThrottlingServerErrorsAndASlowPageLosesNoOrder() throws Exception {
        ShopifySimulator sim = simulator();
        sim.slowAnswerDelay(Duration.ofMillis(1500));
        ShopifyAccountService service = account(sim, "100", "40", SHORT_TIMEOUT);
        for (int i = 0; i < 600; i++) {
            sim.addOrder(NewOrder.placedAt(placed.plusSeconds(i)));
        }
        sim.injectFaults(Fault.THROTTLE, 2, "orders.json");
        sim.injectFaults(Fault.SERVER_ERROR, 1, "orders.json");
        sim.injectFaults(Fault.SLOW_ANSWER, 1, "orders.json");

        List<MallOrder> orders = importRange(service, placed.minusSeconds(60), Instant.now().plusSeconds(60));

        assertThat(orders).hasSize(600);
        assertThat(orders).extracting(MallOrder::mallOrderNumber).doesNotHaveDuplicates();
    }

    /**
     * A small bucket that drains fast stands in for the Standard plan (40, 2/s) so that the run is short: import
     * and export of one account run at the same time and, sharing one budget, keep inside the shop's bucket.
     */
    @Test
    public void importAndExportTogetherAtTheShopsLimitAreNeverRefused() throws Exception {
        ShopifySimulator sim = simulator(4, 20);
        ShopifyAccountService service = account(sim, "20", "4", FAST_RETRY);
        for (int i = 0; i < 30; i++) {
            sim.addOrder(NewOrder.placedAt(placed.plusSeconds(i)));
        }
        List<Order> orders = shippable(sim, 30);
        sim.resetCounters();

        CompletableFuture<List<MallOrder>> imported = CompletableFuture.supplyAsync(() -> {
            List<MallOrder> all = new ArrayList<>();
            try {
                for (int round = 0; round < 20; round++) {
                    all.addAll(importRange(service, placed.minusSeconds(60), Instant.now().plusSeconds(60)));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return all;
        });
        List<OrderResultItem> results = service.export(orders, context());

        assertThat(imported.get()).hasSize(20 * 60);
        assertThat(results).extracting(OrderResultItem::outcome).containsOnly(Outcome.SENT);
        assertThat(sim.requestCount()).isGreaterThanOrEqualTo(80);
        assertThat(sim.throttledCount()).as("calls the shop refused for its rate").isZero();
    }
}
