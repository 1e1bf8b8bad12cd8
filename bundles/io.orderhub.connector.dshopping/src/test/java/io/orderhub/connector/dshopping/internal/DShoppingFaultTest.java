package io.orderhub.connector.dshopping.internal;

import static io.orderhub.connector.dshopping.DShoppingConstants.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orderhub.core.model.Order;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.core.spi.OrderResultItem;
import io.orderhub.core.spi.OrderResultItem.Outcome;
import io.orderhub.core.spi.RetryPolicy;
import io.orderhub.simulator.dshopping.DOrderStatus;
import io.orderhub.simulator.dshopping.DShoppingSimulator;
import io.orderhub.simulator.dshopping.Fault;
import io.orderhub.simulator.dshopping.NewOrder;
import io.orderhub.simulator.dshopping.SimulatedOrder;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulator answers 429, 500, late (beyond the client's timeout) and unreadable bodies. The list is repeated;
 * confirm and ship never are at once (the mall may have done them), so their batch fails as a whole and the next
 * run sends it again — and an order the lost call did move counts as done, not as refused. Nothing is lost, and at
 * the partner code's limit no call is refused.
 */
public class DShoppingFaultTest extends SimulatorTestSupport {

    private static final RetryPolicy SHORT_TIMEOUT = FAST_RETRY.withRequestTimeout(Duration.ofMillis(3000));
    private static final Duration LATE = Duration.ofMillis(6000);
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    private final Instant yesterday = Instant.now().minus(Duration.ofDays(1));

    /** An account of its own per test, so no test inherits another's rate budget. */
    private DShoppingAccountService account(DShoppingSimulator sim, int perSecond, RetryPolicy policy) {
        Map<String, Object> config = config(sim);
        config.put(AccountProperties.ACCOUNT_ID, "fault-dshopping-" + ACCOUNTS.incrementAndGet());
        config.put(REQUESTS_PER_SECOND, Integer.toString(perSecond));
        DShoppingAccountService service = new DShoppingAccountService(clock, policy);
        service.configure(config);
        return service;
    }

    private List<Order> confirmed(DShoppingSimulator sim, int count) {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SimulatedOrder o = sim.addOrder(NewOrder.placedAt(yesterday));
            sim.setStatus(o.orderNo(), DOrderStatus.SHIP_INSTRUCTION_WAITING);
            orders.add(order(o, "DONE", today(), "ヤマト運輸", String.format("8000%08d", i)));
        }
        return orders;
    }

    private static List<Outcome> outcomes(List<OrderResultItem> results) {
        return results.stream().map(OrderResultItem::outcome).distinct().toList();
    }

    @Test
    public void c3_refusedShipCallsAreRetriedAndEveryOrderOfBothBatchesIsSent() throws Exception {
        DShoppingSimulator sim = simulator();
        DShoppingAccountService service = account(sim, 10, SHORT_TIMEOUT);
        List<Order> orders = confirmed(sim, 150);
        sim.injectFaults(Fault.THROTTLE, 2, "/orders/ship");

        List<OrderResultItem> results = service.export(orders, context());

        assertThat(results).hasSize(150);
        assertThat(outcomes(results)).containsExactly(Outcome.SENT);
        assertThat(sim.orders()).extracting(SimulatedOrder::status).containsOnly(DOrderStatus.SHIPPED);
    }

    @Test
    public void c3_aShipCallWhoseAnswerIsLostIsNotRepeated_theNextRunFindsTheOrdersShippedAndCountsThemSent()
            throws Exception {
        for (Fault fault : List.of(Fault.SLOW_ANSWER, Fault.MALFORMED_JSON)) {
            DShoppingSimulator sim = simulator();
            sim.slowAnswerDelay(LATE);
            DShoppingAccountService service = account(sim, 10, SHORT_TIMEOUT);
            List<Order> orders = confirmed(sim, 3);
            sim.injectFaults(fault, 1, "/orders/ship");

            MallException lost = catchThrowableOfType(() -> service.export(orders, context()), MallException.class);
            assertThat(lost).as(fault.name()).isNotNull();
            assertThat(lost.kind()).as(fault.name())
                    .isIn(MallException.Kind.UNAVAILABLE, MallException.Kind.MALFORMED_RESPONSE);
            assertThat(sim.requestCount(DShoppingSimulator.SHIP)).as("not repeated at once").isEqualTo(1);
            assertThat(sim.orders()).extracting(SimulatedOrder::status).containsOnly(DOrderStatus.SHIPPED);

            List<OrderResultItem> again = service.export(orders, context());

            assertThat(outcomes(again)).as(fault.name() + " " + again.get(0).message()).containsExactly(Outcome.SENT);
        }
    }

    @Test
    public void c3_aShipCallThatFailedWith500IsSentAgainByTheNextRun() throws Exception {
        DShoppingSimulator sim = simulator();
        DShoppingAccountService service = account(sim, 10, SHORT_TIMEOUT);
        List<Order> orders = confirmed(sim, 3);
        sim.injectFaults(Fault.SERVER_ERROR, 1, "/orders/ship");

        MallException down = catchThrowableOfType(() -> service.export(orders, context()), MallException.class);

        assertThat(down.isTransient()).isTrue();
        assertThat(down.getMessage()).contains("HTTP 500").contains("E500_INTERNAL");
        assertThat(sim.orders()).extracting(SimulatedOrder::status).containsOnly(DOrderStatus.SHIP_INSTRUCTION_WAITING);
        assertThat(outcomes(service.export(orders, context()))).containsExactly(Outcome.SENT);
    }

    @Test
    public void c3_aShipperTheLostCallDidNotReachStaysAFailureWithTheMallsMessage() throws Exception {
        DShoppingSimulator sim = simulator();
        DShoppingAccountService service = account(sim, 10, SHORT_TIMEOUT);
        List<Order> orders = confirmed(sim, 2);
        // shipped on the mall with another tracking number: not ours, so the refusal stands
        sim.setStatus(orders.get(1).mallOrderNumber(), DOrderStatus.CANCELED);

        List<OrderResultItem> results = service.export(orders, context());

        assertThat(results).extracting(OrderResultItem::outcome).containsExactly(Outcome.SENT, Outcome.FAILED);
        assertThat(results.get(1).message()).startsWith("INVALID_STATUS: ").contains("キャンセル");
    }

    @Test
    public void anImportThroughRefusalsServerErrorsALateListAndALostConfirmLosesNoOrder() throws Exception {
        DShoppingSimulator sim = simulator();
        sim.slowAnswerDelay(LATE);
        DShoppingAccountService service = account(sim, 10, SHORT_TIMEOUT);
        Instant placed = Instant.now().minus(Duration.ofHours(1));
        for (int i = 0; i < 250; i++) {
            sim.addOrder(NewOrder.placedAt(placed));
        }
        sim.injectFaults(Fault.THROTTLE, 1, "GET /v1/orders");
        sim.injectFaults(Fault.SERVER_ERROR, 1, "GET /v1/orders");
        sim.injectFaults(Fault.SLOW_ANSWER, 1, "GET /v1/orders");

        List<MallOrder> imported = importDefault(service);
        assertThat(imported).extracting(MallOrder::mallOrderNumber).hasSize(250).doesNotHaveDuplicates();

        // D3: the first confirm is carried out but its answer comes too late; the engine acknowledges again
        List<String> numbers = imported.stream().map(MallOrder::mallOrderNumber).toList();
        sim.injectFaults(Fault.THROTTLE, 1, "/orders/confirm");
        sim.injectFaults(Fault.SLOW_ANSWER, 1, "/orders/confirm");
        MallException lost = catchThrowableOfType(() -> service.acknowledge(numbers), MallException.class);
        assertThat(lost.isTransient()).isTrue();

        assertThat(service.acknowledge(numbers)).as("orders the lost call moved are not failures").isEmpty();
        assertThat(sim.orders()).extracting(SimulatedOrder::status).containsOnly(DOrderStatus.SHIP_INSTRUCTION_WAITING);
    }

    /** Import and export of one partner code at the same time, sharing its budget, at the simulator's limit. */
    @Test
    public void importAndExportTogetherAtThePartnerCodesLimitAreNeverRefused() throws Exception {
        DShoppingSimulator sim = simulator(DShoppingSimulator.builder().requestsPerSecond(5));
        DShoppingAccountService service = account(sim, 5, FAST_RETRY);
        Instant placed = Instant.now().minus(Duration.ofHours(1));
        for (int i = 0; i < 150; i++) {
            sim.addOrder(NewOrder.placedAt(placed));
        }
        List<Order> toExport = confirmed(sim, 250);

        CompletableFuture<Integer> imported = CompletableFuture.supplyAsync(() -> {
            int n = 0;
            try {
                for (int round = 0; round < 5; round++) {
                    n += importDefault(service).size();
                }
            } catch (MallException e) {
                throw new IllegalStateException(e);
            }
            return n;
        });
        List<OrderResultItem> results = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            results.addAll(service.export(toExport.subList(round * 80, round * 80 + 80), context()));
        }

        assertThat(imported.get()).isEqualTo(5 * 150);
        assertThat(outcomes(results)).containsExactly(Outcome.SENT);
        assertThat(sim.requestCount()).isGreaterThanOrEqualTo(5 * 2 + 3);
        assertThat(sim.throttledCount()).as("calls the mall refused for its rate").isZero();
    }
}
