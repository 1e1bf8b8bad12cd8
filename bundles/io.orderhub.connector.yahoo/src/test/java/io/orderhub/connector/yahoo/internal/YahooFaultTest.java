package io.orderhub.connector.yahoo.internal;

import static io.orderhub.connector.yahoo.YahooConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.model.Order;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.core.spi.OrderResultItem;
import io.orderhub.core.spi.OrderResultItem.Outcome;
import io.orderhub.core.spi.RetryPolicy;
import io.orderhub.simulator.yahoo.SimulatedOrder;
import io.orderhub.simulator.yahoo.YahooSimulator;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulator answers 429, 500, late (beyond the client's timeout) and unreadable bodies: no order is lost,
 * each gets its own outcome naming the failed call, and at the store's limit no call is refused.
 */
public class YahooFaultTest extends SimulatorTestSupport {

    private static final RetryPolicy SHORT_TIMEOUT = FAST_RETRY.withRequestTimeout(Duration.ofMillis(3000));
    private static final Duration LATE = Duration.ofMillis(6000);
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    private final LocalDate shipDay = LocalDate.of(2026, 1, 5);

    /** An account of its own per test, so no test inherits another's rate budget. */
    private YahooAccountService account(YahooSimulator sim, int perSecond, RetryPolicy policy) {
        Map<String, Object> config = config(sim);
        config.put(AccountProperties.ACCOUNT_ID, "fault-yahoo-" + ACCOUNTS.incrementAndGet());
        config.put(REQUESTS_PER_SECOND, Integer.toString(perSecond));
        YahooAccountService service = new YahooAccountService(clock, YahooAccountService.PAGE_SIZE,
                Duration.ofMillis(400), policy);
        service.configure(config, false);
        return service;
    }

    private Order done(SimulatedOrder so) {
        return order(so, "DONE", shipDay, "ヤマト運輸", "1234-5678-" + so.orderId().hashCode() % 10000);
    }

    @Test
    public void c3_eachOrderEndsWithItsOwnOutcomeThrough429s500sLateAndUnreadableAnswers() throws Exception {
        YahooSimulator sim = simulator();
        YahooAccountService service = account(sim, 10, SHORT_TIMEOUT);
        List<SimulatedOrder> so = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            so.add(add(sim, 2, 1, 1));
        }

        // 429s and a 500 at the first call, a late answer at the second: retried, sent
        sim.failNext(YahooSimulator.SHIP_STATUS_CHANGE, 429, null, "Too Many Requests");
        sim.failNext(YahooSimulator.SHIP_STATUS_CHANGE, 429, null, "Too Many Requests");
        sim.failNext(YahooSimulator.SHIP_STATUS_CHANGE, 500, "od91001", "System error");
        sim.slowNext(YahooSimulator.STATUS_CHANGE, LATE);
        List<OrderResultItem> first = service.export(List.of(done(so.get(0))), context());

        // more 500s than the retries at the first call: that order fails naming it, the next is sent
        for (int i = 0; i <= SHORT_TIMEOUT.maxRetries(); i++) {
            sim.failNext(YahooSimulator.SHIP_STATUS_CHANGE, 500, "od91001", "System error");
        }
        List<OrderResultItem> second = service.export(List.of(done(so.get(1)), done(so.get(2))), context());

        // an unreadable answer: that order fails, the next is sent
        sim.malformNext(YahooSimulator.SHIP_STATUS_CHANGE);
        List<OrderResultItem> third = service.export(List.of(done(so.get(3)), done(so.get(4))), context());

        assertThat(first).singleElement().extracting(OrderResultItem::outcome).isEqualTo(Outcome.SENT);
        assertThat(second).extracting(OrderResultItem::outcome).containsExactly(Outcome.FAILED, Outcome.SENT);
        assertThat(second.get(0).failedCall()).as(second.get(0).message()).isEqualTo(YahooExporter.SHIP_CALL);
        assertThat(second.get(0).message()).contains("System error").contains("od91001");
        assertThat(third).extracting(OrderResultItem::outcome).containsExactly(Outcome.FAILED, Outcome.SENT);
        assertThat(third.get(0).failedCall()).isEqualTo(YahooExporter.SHIP_CALL);
        assertThat(third.get(0).message()).contains("応答を読めません");
        for (int i : new int[] {0, 2, 4}) {
            SimulatedOrder after = sim.order(so.get(i).orderId()).orElseThrow();
            assertThat(after.shipStatus()).as("order %d", i).isEqualTo(3);
            assertThat(after.orderStatus()).as("order %d", i).isEqualTo(5);
        }

        // nothing lost: the failed orders go out with the next export (the "set to" calls are safe to repeat even
        // where a timed-out attempt reached Yahoo! on a loaded machine)
        List<OrderResultItem> again = service.export(List.of(done(so.get(1)), done(so.get(3))), context());
        assertThat(again).extracting(OrderResultItem::outcome).containsExactly(Outcome.SENT, Outcome.SENT);
        for (int i : new int[] {1, 3}) {
            assertThat(sim.order(so.get(i).orderId()).orElseThrow().orderStatus()).as("order %d", i).isEqualTo(5);
        }
    }

    @Test
    public void anImportThrough429s500sAndALateOrderListLosesNoOrder() throws Exception {
        YahooSimulator sim = simulator();
        YahooAccountService service = account(sim, 10, SHORT_TIMEOUT);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(add(sim, 2, 1, 1).orderId());
        }
        sim.slowNext(YahooSimulator.ORDER_LIST, LATE);
        sim.failNext(YahooSimulator.ORDER_INFO, 429, null, "Too Many Requests");
        sim.failNext(YahooSimulator.ORDER_INFO, 500, "od91001", "System error");
        sim.failNext(YahooSimulator.ORDER_INFO, 429, null, "Too Many Requests");

        List<MallOrder> imported = fetch(service, Instant.now().minus(Duration.ofDays(1)), Instant.now());

        assertThat(imported).extracting(MallOrder::mallOrderNumber).containsExactlyInAnyOrderElementsOf(ids);
    }

    /** Import and export of one store at the same time, sharing its budget, at the simulator's own limit. */
    @Test
    public void importAndExportTogetherAtTheStoresLimitAreNeverRefused() throws Exception {
        YahooSimulator sim = simulator(YahooSimulator.builder().requestsPerSecond(5));
        YahooAccountService service = account(sim, 5, FAST_RETRY);
        List<SimulatedOrder> toImport = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            toImport.add(add(sim, 2, 1, 1));
        }
        List<Order> toExport = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            toExport.add(done(add(sim, 2, 1, 1)));
        }

        CompletableFuture<List<MallOrder>> imported = CompletableFuture.supplyAsync(() -> {
            try {
                return fetch(service, Instant.now().minus(Duration.ofDays(1)), Instant.now());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<OrderResultItem> results = service.export(toExport, context());

        assertThat(imported.get()).hasSizeGreaterThanOrEqualTo(toImport.size());
        assertThat(results).extracting(OrderResultItem::outcome).containsOnly(Outcome.SENT);
        assertThat(sim.throttledCount()).as("calls the store refused for its per-second limit").isZero();
    }
}
