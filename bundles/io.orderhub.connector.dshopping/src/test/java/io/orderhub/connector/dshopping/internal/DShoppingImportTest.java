package io.orderhub.connector.dshopping.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.ImportQuery;
import io.orderhub.core.spi.MallCapability;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.core.spi.OrderResultItem;
import io.orderhub.simulator.dshopping.DOrderStatus;
import io.orderhub.simulator.dshopping.DShoppingSimulator;
import io.orderhub.simulator.dshopping.Fault;
import io.orderhub.simulator.dshopping.NewItem;
import io.orderhub.simulator.dshopping.NewOrder;
import io.orderhub.simulator.dshopping.SimulatedOrder;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class DShoppingImportTest extends SimulatorTestSupport {

    private final Instant hourAgo = Instant.now().minus(Duration.ofHours(1));

    @Test
    public void descriptorDeclaresAcknowledgeAndBatchExport() {
        assertThat(DShoppingConnector.DESCRIPTOR.capabilities()).containsExactlyInAnyOrder(
                MallCapability.IMPORT_BY_DATE_RANGE, MallCapability.ACKNOWLEDGE_ON_IMPORT,
                MallCapability.EXPORT_SHIPPING, MallCapability.BATCH_EXPORT);
        assertThat(DShoppingConnector.DESCRIPTOR.exportBatchSize()).isEqualTo(100);
        assertThat(DShoppingConnector.DESCRIPTOR.setting(".apiPassword").isSecret()).isTrue();
    }

    @Test
    public void d2_importsOnlyConfirmWaitingOrdersAtLeastTenMinutesOld() throws Exception {
        DShoppingSimulator sim = simulator();
        SimulatedOrder old = sim.addOrder(NewOrder.placedAt(hourAgo).items(List.of(
                new NewItem("TEA-010", "TEA-010-100G", "静岡煎茶 100g", 1080, 2))));
        sim.addOrder(NewOrder.placedAt(Instant.now().minus(Duration.ofMinutes(3))));
        sim.addOrder(NewOrder.placedAt(hourAgo).status(DOrderStatus.SHIP_INSTRUCTION_WAITING));
        sim.addOrder(NewOrder.placedAt(hourAgo).status(DOrderStatus.CANCELED));
        sim.addOrder(NewOrder.placedAt(Instant.now().minus(Duration.ofDays(5))));

        List<MallOrder> orders = importDefault(account(sim));

        assertThat(orders).extracting(MallOrder::mallOrderNumber).containsExactly(old.orderNo());
        MallOrder o = orders.get(0);
        assertThat(o.mallStatus()).isEqualTo("受注確認待ち");
        assertThat(o.orderedAt()).isEqualTo(old.orderDate());
        assertThat(o.shipTo().prefecture()).isEqualTo("東京都");
        assertThat(o.shipTo().postalCode()).isEqualTo("150-0001");
        assertThat(o.buyer().email()).isNull();
        assertThat(o.lines()).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo("TEA-010-100G");
            assertThat(l.name()).isEqualTo("静岡煎茶 100g");
            assertThat(l.quantity()).isEqualTo(2);
        });
        assertThat(o.paymentMethod()).isEqualTo("d払い");
    }

    @Test
    public void d2_dateRangeLongerThan31DaysIsFetchedInWindowsAndPaged() throws Exception {
        DShoppingSimulator sim = simulator(DShoppingSimulator.builder().requestsPerSecond(1000).maxPageSize(100));
        for (int i = 0; i < 105; i++) {
            sim.addOrder(NewOrder.placedAt(hourAgo.minusSeconds(i)));
        }
        sim.addOrder(NewOrder.placedAt(Instant.now().minus(Duration.ofDays(40))));
        List<MallOrder> orders = new ArrayList<>();
        account(sim).fetch(new ImportQuery(Instant.now().minus(Duration.ofDays(45)), null, List.of(), TOKYO), orders::add);
        assertThat(orders).hasSize(106).extracting(MallOrder::mallOrderNumber).doesNotHaveDuplicates();
        assertThat(sim.requestCount(DShoppingSimulator.LIST_ORDERS)).isEqualTo(3);
    }

    @Test
    public void d8_testEnvironmentOrdersAreNotImported() throws Exception {
        DShoppingSimulator sim = simulator();
        SimulatedOrder production = sim.addOrder(NewOrder.placedAt(hourAgo));
        sim.addOrder(NewOrder.placedAt(hourAgo).testEnvironment());
        assertThat(importDefault(account(sim))).extracting(MallOrder::mallOrderNumber)
                .containsExactly(production.orderNo());
    }

    @Test
    public void d3_acknowledgeMovesStoredOrdersToShipInstructionWaitingAndReturnsFailures() throws Exception {
        DShoppingSimulator sim = simulator();
        SimulatedOrder a = sim.addOrder(NewOrder.placedAt(hourAgo));
        SimulatedOrder b = sim.addOrder(NewOrder.placedAt(hourAgo));
        sim.setStatus(b.orderNo(), DOrderStatus.CANCELED);
        DShoppingAccountService service = account(sim);

        List<OrderResultItem> failures = service.acknowledge(List.of(a.orderNo(), b.orderNo()));

        assertThat(sim.order(a.orderNo()).orElseThrow().status()).isEqualTo(DOrderStatus.SHIP_INSTRUCTION_WAITING);
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.mallOrderNumber()).isEqualTo(b.orderNo());
            assertThat(f.outcome()).isEqualTo(OrderResultItem.Outcome.FAILED);
            assertThat(f.message()).startsWith("INVALID_STATUS: ").contains("キャンセル");
            assertThat(f.failedCall()).isEqualTo("POST /orders/confirm");
        });
    }

    @Test
    public void d3_acknowledgeSendsAtMost100OrdersPerCall() throws Exception {
        DShoppingSimulator sim = simulator();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            numbers.add(sim.addOrder(NewOrder.placedAt(hourAgo)).orderNo());
        }
        assertThat(account(sim).acknowledge(numbers)).isEmpty();
        assertThat(sim.requestCount(DShoppingSimulator.CONFIRM)).isEqualTo(2);
        assertThat(sim.orders()).allMatch(o -> o.status() == DOrderStatus.SHIP_INSTRUCTION_WAITING);
    }

    @Test
    public void wrongPasswordIsCredentialRejectedAndShowsInStatus() {
        DShoppingSimulator sim = simulator();
        Map<String, Object> config = config(sim);
        config.put(".apiPassword", "pw-x7Q2-rotated");
        DShoppingAccountService service = account(config);
        assertThatThrownBy(() -> importDefault(service)).isInstanceOfSatisfying(MallException.class, e -> {
            assertThat(e.kind()).isEqualTo(MallException.Kind.CREDENTIAL_REJECTED);
            assertThat(e.mallCode()).isEqualTo("AUTH_FAILED");
            assertThat(e.getMessage()).doesNotContain("pw-x7Q2-rotated");
        });
        assertThat(service.status().state()).isEqualTo(ConnectionStatus.State.CREDENTIAL_REJECTED);
    }

    @Test
    public void expiredPasswordSaysAuthExpired() {
        DShoppingSimulator sim = simulator();
        sim.passwordExpired(true);
        assertThatThrownBy(() -> importDefault(account(sim))).isInstanceOfSatisfying(MallException.class,
                e -> assertThat(e.mallCode()).isEqualTo("AUTH_EXPIRED"));
    }

    @Test
    public void tooFastIsWaitedOutFollowingRetryAfter() throws Exception {
        // one call per 4 s: the second import comes well inside that window even on a stalled machine
        DShoppingSimulator sim = simulator(DShoppingSimulator.builder().requestsPerSecond(0.25));
        sim.addOrder(NewOrder.placedAt(hourAgo));
        Map<String, Object> config = config(sim);
        DShoppingAccountService service = account(config);
        // the account is set faster than the mall allows: the second call is refused once, then waited out
        assertThat(importDefault(service)).hasSize(1);
        assertThat(importDefault(service)).hasSize(1);
        assertThat(sim.requestCount(DShoppingSimulator.LIST_ORDERS)).isEqualTo(3);
    }

    @Test
    public void dailyLimitIsRateLimitedWithoutWaitingUntilMidnight() {
        DShoppingSimulator sim = simulator(DShoppingSimulator.builder().requestsPerSecond(1000).requestsPerDay(1));
        sim.addOrder(NewOrder.placedAt(hourAgo));
        DShoppingAccountService service = account(sim);
        assertThatThrownBy(() -> {
            importDefault(service);
            importDefault(service);
        }).isInstanceOfSatisfying(MallException.class, e -> {
            assertThat(e.kind()).isEqualTo(MallException.Kind.RATE_LIMITED);
            assertThat(e.mallCode()).isEqualTo("RATE_LIMITED");
            assertThat(e.retryAfter()).isGreaterThan(Duration.ofSeconds(30));
        });
    }

    @Test
    public void malformedJsonAndMaintenanceAreReportedAsSuch() {
        DShoppingSimulator sim = simulator();
        sim.addOrder(NewOrder.placedAt(hourAgo));
        DShoppingAccountService service = account(sim);
        sim.injectFaults(Fault.MALFORMED_JSON, 1, "/orders");
        assertThatThrownBy(() -> importDefault(service)).isInstanceOfSatisfying(MallException.class,
                e -> assertThat(e.kind()).isEqualTo(MallException.Kind.MALFORMED_RESPONSE));
        sim.maintenance(true);
        assertThatThrownBy(() -> importDefault(service)).isInstanceOfSatisfying(MallException.class, e -> {
            assertThat(e.kind()).isEqualTo(MallException.Kind.UNAVAILABLE);
            assertThat(e.mallCode()).isEqualTo("MAINTENANCE");
        });
    }

    @Test
    public void badConfigurationNamesTheFieldAndNeverFailsActivation() {
        DShoppingSimulator sim = simulator();
        Map<String, Object> config = config(sim);
        config.put("carrierIds", "ヤマト運輸=01, 佐川急便");
        DShoppingAccountService service = account(config);
        assertThat(service.status().state()).isEqualTo(ConnectionStatus.State.CONFIGURATION_ERROR);
        assertThat(service.status().reason()).startsWith("carrierIds: ");
        config.put("carrierIds", "ヤマト運輸=01");
        config.put("apiBaseUrl", "http://partner-api.dshopping.example/v1");
        assertThat(account(config).status().reason()).startsWith("apiBaseUrl: ");
        assertThatThrownBy(() -> importDefault(service)).isInstanceOfSatisfying(MallException.class,
                e -> assertThat(e.kind()).isEqualTo(MallException.Kind.CONFIGURATION));
        assertThat(sim.requestCount()).isZero();
    }
}
