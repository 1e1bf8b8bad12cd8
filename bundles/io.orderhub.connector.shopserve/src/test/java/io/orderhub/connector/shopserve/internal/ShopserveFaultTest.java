package io.orderhub.connector.shopserve.internal;

import static io.orderhub.connector.shopserve.ShopserveConstants.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orderhub.core.model.Order;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.ImportQuery;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.core.spi.OrderResultItem;
import io.orderhub.core.spi.OrderResultItem.Outcome;
import io.orderhub.core.spi.RetryPolicy;
import io.orderhub.simulator.shopserve.ShopserveSimulator;

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
 * each gets the right outcome, and at the shop's limit no call is refused.
 */
public class ShopserveFaultTest extends SimulatorTestSupport {

    private static final RetryPolicy SHORT_TIMEOUT = FAST_RETRY.withRequestTimeout(Duration.ofMillis(3000));
    private static final Duration LATE = Duration.ofMillis(6000);
    private static final LocalDate SHIP_DATE = LocalDate.of(2025, 1, 2);
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    /** An account of its own per test, so no test inherits another's rate budget. */
    private ShopserveAccountService account(ShopserveSimulator sim, int perSecond, RetryPolicy policy) {
        Map<String, Object> config = config(sim);
        config.put(AccountProperties.ACCOUNT_ID, "fault-shopserve-" + ACCOUNTS.incrementAndGet());
        config.put(REQUESTS_PER_SECOND, perSecond);
        return service(config, policy);
    }

    private static Order done(String no) {
        return order(no, "DONE", "ヤマト運輸", "7000-" + no, SHIP_DATE);
    }

    private static List<MallOrder> fetch(ShopserveAccountService service) throws MallException {
        List<MallOrder> out = new ArrayList<>();
        service.fetch(new ImportQuery(Instant.now().minus(Duration.ofDays(1)), Instant.now(), List.of(), TOKYO), out::add);
        return out;
    }

    @Test
    public void c3_eachOrderEndsWithTheRightOutcomeThrough429s500sLateAndUnreadableAnswers() throws Exception {
        ShopserveSimulator sim = simulator();
        ShopserveAccountService service = account(sim, 100, SHORT_TIMEOUT);
        for (String no : List.of("A", "B", "C")) {
            sim.addOrder(no, Instant.now().minus(Duration.ofHours(1)), "処理中");
        }

        // refusals, a server error and a late answer: retried (every call is a "set to"), sent
        sim.failNextResponses(429, 2);
        sim.failNextResponses(500, 1);
        sim.slowNextResponses(LATE, 1);
        List<OrderResultItem> a = service.export(List.of(done("A")), context());

        // more server errors than the retries: the whole call failed, so the order is thrown back to the engine
        // as transient (retried later), with Shopserve's own message
        sim.failNextResponses(500, 1 + SHORT_TIMEOUT.maxRetries());
        MallException down = catchThrowableOfType(() -> service.export(List.of(done("B")), context()),
                MallException.class);

        // an unreadable answer to an update: that order fails (it may or may not have been applied)
        sim.malformNextResponses(1);
        List<OrderResultItem> c = service.export(List.of(done("C")), context());

        assertThat(a).singleElement().extracting(OrderResultItem::outcome).isEqualTo(Outcome.SENT);
        assertThat(sim.order("A").orElseThrow().shippingStatus()).isEqualTo("発送済み");
        assertThat(down.isTransient()).isTrue();
        assertThat(down.getMessage()).contains("HTTP 500").contains("システムエラー");
        assertThat(c).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(r.message()).contains("応答を読めない");
        });

        // nothing lost: both go out with the next export
        List<OrderResultItem> again = service.export(List.of(done("B"), done("C")), context());
        assertThat(again).extracting(OrderResultItem::outcome).containsExactly(Outcome.SENT, Outcome.SENT);
        assertThat(sim.order("B").orElseThrow().shippingStatus()).isEqualTo("発送済み");
        assertThat(sim.order("C").orElseThrow().shippingStatus()).isEqualTo("発送済み");
    }

    @Test
    public void anImportThrough429s500sAndALateSearchLosesNoOrder() throws Exception {
        ShopserveSimulator sim = simulator();
        ShopserveAccountService service = account(sim, 100, SHORT_TIMEOUT);
        Instant placed = Instant.now().minus(Duration.ofHours(2));
        for (int i = 0; i < 250; i++) {
            sim.addOrder("F" + String.format("%03d", i), placed.plusSeconds(i), "処理中");
        }
        sim.failNextResponses(429, 1);
        sim.slowNextResponses(LATE, 1);
        sim.failNextResponses(500, 2);

        List<MallOrder> orders = fetch(service);

        assertThat(orders).extracting(MallOrder::mallOrderNumber).hasSize(250).doesNotHaveDuplicates();
    }

    /** Import and export of one shop at the same time, sharing its budget, at the simulator's own limit. */
    @Test
    public void importAndExportTogetherAtTheShopsLimitAreNeverRefused() throws Exception {
        ShopserveSimulator sim = simulator(5);
        ShopserveAccountService service = account(sim, 5, FAST_RETRY);
        Instant placed = Instant.now().minus(Duration.ofHours(2));
        for (int i = 0; i < 150; i++) {
            sim.addOrder("S" + String.format("%03d", i), placed.plusSeconds(i), "処理中");
        }
        List<Order> toExport = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            toExport.add(done("S" + String.format("%03d", i)));
        }

        CompletableFuture<Integer> imported = CompletableFuture.supplyAsync(() -> {
            int n = 0;
            try {
                for (int round = 0; round < 4; round++) {
                    n += fetch(service).size();
                }
            } catch (MallException e) {
                throw new IllegalStateException(e);
            }
            return n;
        });
        List<OrderResultItem> results = service.export(toExport, context());

        assertThat(imported.get()).isEqualTo(4 * 150);
        assertThat(results).extracting(OrderResultItem::outcome).containsOnly(Outcome.SENT);
        assertThat(sim.requestCount()).isGreaterThanOrEqualTo(16 + 8);
        assertThat(sim.throttledCount()).as("calls the shop refused for its rate").isZero();
    }
}
