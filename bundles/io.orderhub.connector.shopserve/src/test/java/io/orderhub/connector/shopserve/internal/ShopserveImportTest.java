package io.orderhub.connector.shopserve.internal;

import static io.orderhub.connector.shopserve.ShopserveConstants.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.ImportQuery;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.simulator.shopserve.ShopserveSimulator;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class ShopserveImportTest extends SimulatorTestSupport {

    private List<MallOrder> fetch(ShopserveAccountService service, Instant from, Instant to) throws MallException {
        List<MallOrder> out = new ArrayList<>();
        service.fetch(new ImportQuery(from, to, List.of(), TOKYO), out::add);
        return out;
    }

    @Test
    public void windowsCoverTheRangeWithoutGapsOrOverlapAndNoneIsLongerThanSevenDays() {
        Instant from = Instant.parse("2025-01-01T00:00:00.400Z");
        Instant to = Instant.parse("2025-01-20T12:00:00Z");
        List<ShopserveAccountService.Window> windows = ShopserveAccountService.windows(from, to);

        assertThat(windows).hasSize(3);
        assertThat(windows.get(0).from()).isEqualTo("2025-01-01T00:00:01Z");
        assertThat(windows.get(windows.size() - 1).to()).isEqualTo("2025-01-20T11:59:59Z");
        for (int i = 0; i < windows.size(); i++) {
            ShopserveAccountService.Window w = windows.get(i);
            assertThat(Duration.between(w.from(), w.to())).isLessThanOrEqualTo(Duration.ofDays(SEARCH_WINDOW_DAYS));
            if (i > 0) {
                assertThat(w.from()).isEqualTo(windows.get(i - 1).to().plusSeconds(1));
            }
        }
        assertThat(ShopserveAccountService.windows(to, to)).isEmpty();
    }

    @Test
    public void longRangeIsWalkedInSevenDayWindowsAndPagedEveryOrderOnce() throws Exception {
        ShopserveSimulator sim = simulator();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 20; i++) {
            sim.addOrder("D" + String.format("%02d", i), now.minus(Duration.ofDays(i)).minusSeconds(30), "処理中");
        }
        // more than one page (100) inside one window
        for (int i = 0; i < 105; i++) {
            sim.addOrder("P" + String.format("%03d", i), now.minus(Duration.ofHours(2)).plusSeconds(i), "処理中");
        }
        sim.addOrder("TOO-OLD", now.minus(Duration.ofDays(25)), "処理中");
        ShopserveAccountService service = service(sim);

        List<MallOrder> orders = fetch(service, now.minus(Duration.ofDays(20)), now);

        assertThat(orders).extracting(MallOrder::mallOrderNumber).doesNotHaveDuplicates().hasSize(125)
                .doesNotContain("TOO-OLD");
        // 3 windows, the newest one needing two pages
        assertThat(sim.requestCount()).isEqualTo(4);
        assertThat(service.status().state()).isEqualTo(ConnectionStatus.State.ONLINE);
    }

    @Test
    public void ordersAreMappedWithBuyerShipToLinesAndDeliveryNumber() throws Exception {
        ShopserveSimulator sim = simulator();
        Instant placed = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        sim.addOrder("MAP-1", placed, "処理中");
        sim.addOrder("MAP-2", placed.plusSeconds(1), "キャンセル");

        List<MallOrder> orders = fetch(service(sim), placed.minus(Duration.ofDays(1)), Instant.now());

        assertThat(orders).hasSize(2);
        MallOrder o = orders.get(0);
        assertThat(o.mallOrderNumber()).isEqualTo("MAP-1");
        assertThat(o.orderedAt()).isEqualTo(placed);
        assertThat(o.mallStatus()).isEqualTo("処理中");
        assertThat(o.cancelled()).isFalse();
        assertThat(o.buyer().name()).isNotBlank();
        assertThat(o.buyer().prefecture()).matches("東京都|大阪府|北海道|福岡県|愛知県");
        assertThat(o.shipTo().postalCode()).isEqualTo("150-0001");
        assertThat(o.lines()).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo("ABC-1");
            assertThat(l.mallLineId()).isEqualTo("1-1");
            assertThat(l.quantity()).isEqualTo(1);
        });
        assertThat(o.totalPrice()).isEqualByComparingTo("3300");
        assertThat(o.shipping()).as("a preset carrier without slip number is not shipping data").isNull();
        assertThat(o.mallData()).containsAllEntriesOf(Map.of(MALL_DATA_DELIVERY_NO, "1", MALL_DATA_DELIVERY_COUNT, "1",
                MALL_DATA_SHIPPING_STATUS, "未発送"));
        assertThat(orders.get(1).cancelled()).isTrue();
    }

    @Test
    public void rangeReachingBackMoreThanTwoYearsStartsAtShopservesLimit() throws Exception {
        ShopserveSimulator sim = simulator();
        ZonedDateTime now = ZonedDateTime.now(TOKYO);
        sim.addOrder("OLDEST", now.minusYears(2).plusDays(2).toInstant(), "完了");
        ShopserveAccountService service = service(sim);

        List<MallOrder> orders = fetch(service, now.minusYears(3).toInstant(), now.minusYears(2).plusDays(5).toInstant());

        assertThat(orders).extracting(MallOrder::mallOrderNumber).containsExactly("OLDEST");
    }

    @Test
    public void wrongManagerKeyIsCredentialRejected() {
        ShopserveSimulator sim = simulator();
        Map<String, Object> config = config(sim);
        config.put(MANAGER_KEY, "nope");
        ShopserveAccountService service = service(config, FAST_RETRY);

        MallException e = catchThrowableOfType(() -> fetch(service, Instant.now().minus(Duration.ofDays(1)), Instant.now()),
                MallException.class);
        assertThat(e.kind()).isEqualTo(MallException.Kind.CREDENTIAL_REJECTED);
        assertThat(service.status().state()).isEqualTo(ConnectionStatus.State.CREDENTIAL_REJECTED);
    }

    @Test
    public void maintenanceDuringImportIsUnavailable() {
        ShopserveSimulator sim = simulator();
        sim.setMaintenance(true);
        MallException e = catchThrowableOfType(() -> fetch(service(sim), Instant.now().minus(Duration.ofDays(1)),
                Instant.now()), MallException.class);
        assertThat(e.kind()).isEqualTo(MallException.Kind.UNAVAILABLE);
        assertThat(e.mallCode()).isEqualTo("MAINTENANCE");
    }

    @Test
    public void malformedJsonIsMalformedResponse() {
        ShopserveSimulator sim = simulator();
        sim.malformNextResponses(1);
        MallException e = catchThrowableOfType(() -> fetch(service(sim), Instant.now().minus(Duration.ofDays(1)),
                Instant.now()), MallException.class);
        assertThat(e.kind()).isEqualTo(MallException.Kind.MALFORMED_RESPONSE);
    }

    @Test
    public void searchesRefusedWith429AreRetried() throws Exception {
        // 4 windows against a bucket of 2: passing without a 429 would need every search to take 500 ms
        ShopserveSimulator sim = simulator(2);
        Instant now = Instant.now();
        for (int i = 0; i < 4; i++) {
            sim.addOrder("T" + i, now.minus(Duration.ofDays(7L * i + 1)), "処理中");
        }
        List<MallOrder> orders = fetch(service(sim), now.minus(Duration.ofDays(28)), now);
        assertThat(orders).hasSize(4);
        assertThat(sim.throttledCount()).isPositive();
    }

    @Test
    public void badConfigurationNamesTheFieldAndImportFailsAsConfiguration() {
        ShopserveSimulator sim = simulator();
        Map<String, Object> config = config(sim);
        config.put(API_BASE_URL, "http://192.0.2.1/v2");
        ShopserveAccountService service = service(config, FAST_RETRY);

        assertThat(service.status().state()).isEqualTo(ConnectionStatus.State.CONFIGURATION_ERROR);
        assertThat(service.status().reason()).startsWith(API_BASE_URL + ":");
        MallException e = catchThrowableOfType(() -> fetch(service, null, null), MallException.class);
        assertThat(e.kind()).isEqualTo(MallException.Kind.CONFIGURATION);
        assertThat(sim.requestCount()).isZero();
    }
}
