package io.orderhub.connector.shopify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.ImportQuery;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.simulator.shopify.Fault;
import io.orderhub.simulator.shopify.NewLineItem;
import io.orderhub.simulator.shopify.NewOrder;
import io.orderhub.simulator.shopify.ShopifySimulator;
import io.orderhub.simulator.shopify.SimulatedOrder;

import org.junit.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

public class ShopifyImportTest extends SimulatorTestSupport {

    private final Instant now = Instant.now();

    private static Instant daysAgo(Instant now, double days) {
        return now.minusSeconds((long) (days * 86400));
    }

    @Test
    public void sh1_onlyOrdersPlacedWithinTenDaysAreImported() throws Exception {
        ShopifySimulator sim = simulator();
        SimulatedOrder old = sim.addOrder(NewOrder.placedAt(daysAgo(now, 12)).updatedAt(daysAgo(now, 1)));
        SimulatedOrder edge = sim.addOrder(NewOrder.placedAt(daysAgo(now, 10.5)).updatedAt(daysAgo(now, 0.5)));
        SimulatedOrder recent = sim.addOrder(NewOrder.placedAt(daysAgo(now, 9.5)).updatedAt(daysAgo(now, 1)));
        SimulatedOrder fresh = sim.addOrder(NewOrder.placedAt(daysAgo(now, 2)));

        List<MallOrder> imported = importRange(account(sim), daysAgo(now, 30), null);

        assertThat(imported).extracting(MallOrder::mallOrderNumber)
                .containsExactlyInAnyOrder(recent.name(), fresh.name())
                .doesNotContain(old.name(), edge.name());
    }

    @Test
    public void sh1_withoutRangeFetchesTheConfiguredDaysOfUpdates() throws Exception {
        ShopifySimulator sim = simulator();
        SimulatedOrder updatedYesterday = sim.addOrder(NewOrder.placedAt(daysAgo(now, 6)).updatedAt(daysAgo(now, 1)));
        sim.addOrder(NewOrder.placedAt(daysAgo(now, 6)).updatedAt(daysAgo(now, 4)));
        Map<String, Object> config = config(sim);
        config.put("daysToFetch", "3");
        List<MallOrder> imported = new ArrayList<>();
        account(config).fetch(new ImportQuery(null, null, List.of(), TOKYO), imported::add);
        assertThat(imported).extracting(MallOrder::mallOrderNumber).containsExactly(updatedYesterday.name());
    }

    @Test
    public void sh1_paginationAcrossPagesImportsEveryOrderExactlyOnce() throws Exception {
        ShopifySimulator sim = simulator();
        for (int i = 0; i < 600; i++) {
            sim.addOrder(NewOrder.placedAt(daysAgo(now, 5 - i / 200.0)).updatedAt(daysAgo(now, 4 - i / 200.0)));
        }
        List<MallOrder> imported = importRange(account(sim), daysAgo(now, 7), now.plusSeconds(60));

        assertThat(imported).hasSize(600);
        assertThat(imported.stream().map(MallOrder::mallOrderNumber).collect(Collectors.toSet()))
                .isEqualTo(sim.orders().stream().map(SimulatedOrder::name).collect(Collectors.toSet()));
        assertThat(imported).extracting(MallOrder::mallUpdatedAt).isSorted();
        assertThat(sim.requestCount(ShopifySimulator.ORDERS)).isEqualTo(3);
    }

    @Test
    public void mapsShopifyOrderToMallOrder() throws Exception {
        ShopifySimulator sim = simulator();
        SimulatedOrder placed = sim.addOrder(NewOrder.placedAt(daysAgo(now, 1)).buyer("佐藤", "花子")
                .lines(List.of(NewLineItem.of("MUG-002", "波佐見焼マグカップ", 2, 2200),
                        NewLineItem.of("TEA-010", "静岡煎茶 100g", 1, 1080))));
        SimulatedOrder cancelled = sim.addOrder(NewOrder.placedAt(daysAgo(now, 2)).cancelled(true));

        Map<String, MallOrder> byNumber = importRange(account(sim), daysAgo(now, 3), null).stream()
                .collect(Collectors.toMap(MallOrder::mallOrderNumber, Function.identity()));

        MallOrder o = byNumber.get(placed.name());
        assertThat(o.mallOrderNumber()).isEqualTo("#1001");
        assertThat(o.mallData()).containsEntry("shopify.orderId", Long.toString(placed.id()));
        assertThat(o.orderedAt()).isEqualTo(placed.createdAt());
        assertThat(o.cancelled()).isFalse();
        assertThat(o.lines()).hasSize(2);
        assertThat(o.lines().get(0).mallLineId()).isEqualTo(Long.toString(placed.lineItemIds().get(0)));
        assertThat(o.lines().get(0).sku()).isEqualTo("MUG-002");
        assertThat(o.lines().get(0).quantity()).isEqualTo(2);
        assertThat(o.lines().get(0).unitPrice()).isEqualByComparingTo("2200");
        assertThat(o.totalPrice()).isEqualByComparingTo(new BigDecimal("5480"));
        assertThat(o.shipTo().name()).isEqualTo("佐藤 花子");
        assertThat(o.shipTo().prefecture()).isEqualTo("東京都");
        assertThat(o.shipTo().postalCode()).isEqualTo("100-0005");
        assertThat(o.buyer().email()).endsWith("@example.jp");
        assertThat(o.paymentStatus()).isEqualTo("入金済");
        assertThat(o.mallStatus()).isEqualTo("paid/unfulfilled");
        assertThat(byNumber.get(cancelled.name()).cancelled()).isTrue();
    }

    @Test
    public void alreadyShippedOrderCarriesItsTracking() throws Exception {
        ShopifySimulator sim = simulator();
        SimulatedOrder shipped = sim.addOrder(NewOrder.placedAt(daysAgo(now, 2)).fulfilled(true));
        MallOrder o = importRange(account(sim), daysAgo(now, 3), null).get(0);
        assertThat(o.mallOrderNumber()).isEqualTo(shipped.name());
        assertThat(o.shipping().carrier()).isEqualTo("ヤマト運輸");
        assertThat(o.shipping().trackingNumbers()).hasSize(1);
        assertThat(o.mallStatus()).isEqualTo("paid/fulfilled");
    }

    @Test
    public void badTokenIsCredentialRejected() {
        ShopifySimulator sim = simulator();
        Map<String, Object> config = config(sim);
        config.put(".accessToken", "shpat_wrong");
        ShopifyAccountService service = account(config);

        assertThatThrownBy(() -> importRange(service, daysAgo(now, 3), null))
                .isInstanceOfSatisfying(MallException.class,
                        e -> assertThat(e.kind()).isEqualTo(MallException.Kind.CREDENTIAL_REJECTED))
                .hasMessageContaining("Invalid API key or access token");
        assertThat(service.status().state()).isEqualTo(ConnectionStatus.State.CREDENTIAL_REJECTED);
        assertThat(service.status().reason()).contains("401").doesNotContain("shpat_wrong");
    }

    @Test
    public void activationChecksTheTokenInTheBackground() throws Exception {
        ShopifySimulator sim = simulator();
        Map<String, Object> config = config(sim);
        config.put(".accessToken", "shpat_wrong");
        ShopifyAccountService service = new ShopifyAccountService(clock, FAST_RETRY);
        service.activate(config);
        ShopifyAccountService good = new ShopifyAccountService(clock, FAST_RETRY);
        good.activate(config(sim));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while ((service.status().state() == ConnectionStatus.State.UNKNOWN
                || good.status().state() == ConnectionStatus.State.UNKNOWN) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(service.status().state()).isEqualTo(ConnectionStatus.State.CREDENTIAL_REJECTED);
        assertThat(good.status().state()).isEqualTo(ConnectionStatus.State.ONLINE);
    }

    @Test
    public void throttledPagesAreRetriedWithoutLosingAnOrder() throws Exception {
        ShopifySimulator sim = simulator();
        for (int i = 0; i < 520; i++) {
            sim.addOrder(NewOrder.placedAt(daysAgo(now, 3)).updatedAt(daysAgo(now, 2 - i / 1000.0)));
        }
        sim.injectFaults(Fault.THROTTLE, 1, "orders.json");
        ShopifyAccountService service = account(sim);
        List<MallOrder> imported = new ArrayList<>();
        service.fetch(new ImportQuery(daysAgo(now, 4), null, List.of(), TOKYO), o -> {
            imported.add(o);
            if (imported.size() == 250) {
                sim.injectFaults(Fault.THROTTLE, 2, "orders.json");
            }
        });
        assertThat(imported).hasSize(520);
        assertThat(imported.stream().map(MallOrder::mallOrderNumber).distinct().count()).isEqualTo(520);
        assertThat(sim.requestCount(ShopifySimulator.ORDERS)).isEqualTo(3 + 3);
    }

    @Test
    public void serverErrorsAreRetried() throws Exception {
        ShopifySimulator sim = simulator();
        sim.addOrder(NewOrder.placedAt(daysAgo(now, 1)));
        sim.injectFaults(Fault.SERVER_ERROR, 2, "orders.json");
        ShopifyAccountService service = account(sim);
        assertThat(importRange(service, daysAgo(now, 2), null)).hasSize(1);
        assertThat(sim.requestCount(ShopifySimulator.ORDERS)).isEqualTo(3);
        assertThat(service.status().state()).isEqualTo(ConnectionStatus.State.ONLINE);
    }

    @Test
    public void serverDownAfterRetriesIsUnavailableAndOffline() {
        ShopifySimulator sim = simulator();
        sim.injectFaults(Fault.SERVER_ERROR, 10, "orders.json");
        ShopifyAccountService service = account(sim);
        assertThatThrownBy(() -> importRange(service, daysAgo(now, 2), null))
                .isInstanceOfSatisfying(MallException.class,
                        e -> assertThat(e.kind()).isEqualTo(MallException.Kind.UNAVAILABLE));
        assertThat(service.status().state()).isEqualTo(ConnectionStatus.State.OFFLINE);
        assertThat(sim.requestCount(ShopifySimulator.ORDERS)).isEqualTo(4);
    }

    @Test
    public void malformedJsonIsMalformedResponse() {
        ShopifySimulator sim = simulator();
        sim.addOrder(NewOrder.placedAt(daysAgo(now, 1)));
        sim.injectFaults(Fault.MALFORMED_JSON, 1, "orders.json");
        assertThatThrownBy(() -> importRange(account(sim), daysAgo(now, 2), null))
                .isInstanceOfSatisfying(MallException.class,
                        e -> assertThat(e.kind()).isEqualTo(MallException.Kind.MALFORMED_RESPONSE));
    }

    @Test
    public void unreachableShopIsOffline() {
        ShopifySimulator sim = simulator();
        Map<String, Object> config = config(sim);
        sim.stop();
        ShopifyAccountService service = account(config);
        assertThatThrownBy(() -> importRange(service, daysAgo(now, 2), null))
                .isInstanceOfSatisfying(MallException.class, e -> assertThat(e.isTransient()).isTrue());
        assertThat(service.status().state()).isEqualTo(ConnectionStatus.State.OFFLINE);
    }

    @Test
    public void statusFilterTakesOneShopifyStatus() throws Exception {
        ShopifySimulator sim = simulator();
        sim.addOrder(NewOrder.placedAt(daysAgo(now, 1)));
        SimulatedOrder cancelled = sim.addOrder(NewOrder.placedAt(daysAgo(now, 1)).cancelled(true));
        List<MallOrder> imported = new ArrayList<>();
        account(sim).fetch(new ImportQuery(daysAgo(now, 2), null, List.of("cancelled"), TOKYO), imported::add);
        assertThat(imported).extracting(MallOrder::mallOrderNumber).isEqualTo(List.of(cancelled.name()));
        assertThat(Set.copyOf(imported)).hasSize(1);
    }
}
