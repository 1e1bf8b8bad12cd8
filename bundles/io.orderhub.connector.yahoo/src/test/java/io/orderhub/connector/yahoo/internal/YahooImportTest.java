package io.orderhub.connector.yahoo.internal;

import static io.orderhub.connector.yahoo.YahooConstants.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.simulator.yahoo.SimulatedOrder;
import io.orderhub.simulator.yahoo.YahooSimulator;

import org.junit.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

public class YahooImportTest extends SimulatorTestSupport {

    private final Instant from = Instant.now().minus(Duration.ofDays(11));
    private final Instant to = Instant.now().plusSeconds(60);

    @Test
    public void f3_importsOnlyTheAccountsFetchStatusesPagingOrderListAndReadingEachOrderInfo() throws Exception {
        YahooSimulator sim = simulator();
        List<SimulatedOrder> seeded = sim.seedOrders(10);
        List<SimulatedOrder> wanted = seeded.stream().filter(o -> o.orderStatus() == 2 || o.orderStatus() == 3)
                .toList();
        List<String> expected = wanted.stream().map(SimulatedOrder::orderId).toList();
        // the range is read a week at a time, each week in pages of 3, by order time and by publication time
        Instant weekEnd = from.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plus(YahooAccountService.WINDOW);
        long firstWeek = wanted.stream().filter(o -> o.orderTime().isBefore(weekEnd)).count();
        long pages = 2 * (Math.max(1, (firstWeek + 2) / 3) + Math.max(1, (wanted.size() - firstWeek + 2) / 3));

        List<MallOrder> imported = fetch(account(config(sim), 3), from, to);

        assertThat(imported).extracting(MallOrder::mallOrderNumber).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected.size()).isLessThan(seeded.size());
        assertThat(sim.requestCount(YahooSimulator.ORDER_INFO)).isEqualTo(expected.size());
        assertThat(sim.requestCount(YahooSimulator.ORDER_LIST)).isEqualTo(pages);
    }

    @Test
    public void f3_importByStatusFetchesTheGivenYahooStatusesAndMapsTheOrderInFull() throws Exception {
        YahooSimulator sim = simulator();
        add(sim, 2, 1, 1);
        SimulatedOrder done = add(sim, 5, 3, 1);

        List<MallOrder> imported = fetch(account(sim), from, to, "完了");

        assertThat(imported).hasSize(1);
        MallOrder o = imported.get(0);
        assertThat(o.mallOrderNumber()).isEqualTo(done.orderId()).startsWith(sim.sellerId() + "-");
        assertThat(o.mallStatus()).isEqualTo("完了");
        assertThat(o.cancelled()).isFalse();
        assertThat(o.orderedAt()).isEqualTo(done.orderTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(o.shipTo().name()).isEqualTo("山田 太郎");
        assertThat(o.shipTo().prefecture()).isEqualTo("東京都");
        assertThat(o.buyer().email()).isEqualTo("taro@example.jp");
        assertThat(o.lines()).singleElement().satisfies(l -> {
            assertThat(l.sku()).isEqualTo("tea-001-std");
            assertThat(l.name()).isEqualTo("静岡煎茶 100g");
            assertThat(l.quantity()).isEqualTo(2);
            assertThat(l.unitPrice()).isEqualByComparingTo("1080");
        });
        assertThat(o.totalPrice()).isEqualByComparingTo(BigDecimal.valueOf(2160));
        assertThat(o.paymentStatus()).isEqualTo("入金済");
        assertThat(o.mallData()).containsEntry(MALL_DATA_SHIP_STATUS, "3").containsEntry(MALL_DATA_PAY_STATUS, "1");
    }

    @Test
    public void anOrderReleasedFromFraudReviewIsFoundByItsPublicationTimeAndEveryOrderReadOnce() throws Exception {
        YahooSimulator sim = simulator();
        SimulatedOrder recent = add(sim, 2, 1, 1);
        SimulatedOrder reviewed = add(sim, 2, 1, 1);
        Instant placedLongAgo = Instant.now().minus(Duration.ofDays(5));
        Instant publishedLately = Instant.now().minus(Duration.ofHours(1));
        SimulatedOrder held = sim.addOrder(new SimulatedOrder(null, placedLongAgo, publishedLately, 2, 1, 1, null,
                null, null, null, null, "佐藤", "花子", "5300001", "大阪府", "大阪市北区", "梅田3-1-1", null, null, null,
                null, reviewed.items(), publishedLately));
        sim.addOrder(new SimulatedOrder(null, placedLongAgo, placedLongAgo, 2, 1, 1, null, null, null, null, null,
                "佐藤", "花子", null, null, null, null, null, null, null, null, reviewed.items(),
                Instant.now().plus(Duration.ofHours(1))));

        List<MallOrder> imported = fetch(account(sim), Instant.now().minus(Duration.ofDays(1)), to);

        assertThat(imported).extracting(MallOrder::mallOrderNumber)
                .containsExactlyInAnyOrder(recent.orderId(), reviewed.orderId(), held.orderId());
        assertThat(sim.requestCount(YahooSimulator.ORDER_INFO)).isEqualTo(3);
    }

    @Test
    public void anUnknownStatusInTheQueryIsRefusedNamingTheField() {
        YahooSimulator sim = simulator();
        assertThatThrownBy(() -> fetch(account(sim), from, to, "発送済"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mallStatuses");
        assertThat(sim.requestCount(YahooSimulator.ORDER_LIST)).isZero();
    }

    @Test
    public void anExpiredAccessTokenIsRenewedOnceFromTheRefreshToken() throws Exception {
        YahooSimulator sim = simulator();
        add(sim, 2, 1, 1);
        YahooAccountService account = account(sim);
        assertThat(fetch(account, from, to)).hasSize(1);
        sim.expireAccessTokens();

        assertThat(fetch(account, from, to)).hasSize(1);
        assertThat(sim.requestCount(YahooSimulator.TOKEN)).isEqualTo(2);
        assertThat(account.status().state()).isEqualTo(ConnectionStatus.State.ONLINE);
    }

    @Test
    public void concurrentCallsWithoutATokenShareOneRefresh() throws Exception {
        YahooSimulator sim = simulator();
        YahooAccountService account = account(sim);
        Instant recent = Instant.now().minus(Duration.ofHours(1));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<MallOrder>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> fetch(account, recent, to)));
            }
            for (java.util.concurrent.Future<List<MallOrder>> run : runs) {
                assertThat(run.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sim.requestCount(YahooSimulator.ORDER_LIST)).isEqualTo(8);
        assertThat(sim.requestCount(YahooSimulator.TOKEN)).isEqualTo(1);
    }

    @Test
    public void aPerSecondRefusalIsWaitedOutAndTheCallRepeated() throws Exception {
        YahooSimulator sim = simulator();
        add(sim, 2, 1, 1);
        sim.failNext(YahooSimulator.ORDER_INFO, 429, null, "Too Many Requests");

        assertThat(fetch(account(sim), Instant.now().minus(Duration.ofDays(1)), to)).hasSize(1);
        assertThat(sim.requestCount(YahooSimulator.ORDER_INFO)).isEqualTo(2);
    }

    @Test
    public void f3_aRejectedRefreshTokenIs401CredentialRejectedAndReportedToHealth() throws Exception {
        YahooSimulator sim = simulator();
        add(sim, 2, 1, 1);
        YahooAccountService account = account(sim);
        fetch(account, from, to);
        sim.expireAccessTokens();
        sim.revokeRefreshToken();

        assertThatThrownBy(() -> fetch(account, from, to)).isInstanceOfSatisfying(MallException.class,
                e -> assertThat(e.kind()).isEqualTo(MallException.Kind.CREDENTIAL_REJECTED));
        assertThat(account.status().state()).isEqualTo(ConnectionStatus.State.CREDENTIAL_REJECTED);
        assertThat(account.status().reason()).contains("リフレッシュトークン");
    }

    @Test
    public void a401FromTheApiAfterRenewalIsCredentialRejectedWithYahoosCode() {
        YahooSimulator sim = simulator();
        sim.failNext(YahooSimulator.ORDER_LIST, 401, "px-04102", "AccessToken has been expired.");
        sim.failNext(YahooSimulator.ORDER_LIST, 401, "px-04102", "AccessToken has been expired.");

        assertThatThrownBy(() -> fetch(account(sim), from, to)).isInstanceOfSatisfying(MallException.class, e -> {
            assertThat(e.kind()).isEqualTo(MallException.Kind.CREDENTIAL_REJECTED);
            assertThat(e.mallCode()).isEqualTo("px-04102");
            assertThat(e.getMessage()).contains("AccessToken has been expired.");
        });
    }

    @Test
    public void pastTheDailyQuotaTheImportStopsRateLimitedUntilMidnight() {
        YahooSimulator sim = simulator(YahooSimulator.builder().dailyQuota(1));
        add(sim, 2, 1, 1);

        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        assertThatThrownBy(() -> fetch(account(sim), yesterday, to)).isInstanceOfSatisfying(MallException.class, e -> {
            assertThat(e.kind()).isEqualTo(MallException.Kind.RATE_LIMITED);
            assertThat(e.getMessage()).contains("Your Request was Forbidden").contains("orderInfo");
            assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofDays(1));
        });
    }

    @Test
    public void aMalformedAnswerIsReportedAsSuchAndNothingUnreadIsHandedOver() {
        YahooSimulator sim = simulator();
        add(sim, 2, 1, 1);
        add(sim, 2, 1, 1);
        YahooAccountService account = account(sim);
        List<MallOrder> got = new java.util.ArrayList<>();
        sim.malformNext(YahooSimulator.ORDER_INFO);

        assertThatThrownBy(() -> account.fetch(new io.orderhub.core.spi.ImportQuery(from, to, List.of(), TOKYO), got::add))
                .isInstanceOfSatisfying(MallException.class,
                        e -> assertThat(e.kind()).isEqualTo(MallException.Kind.MALFORMED_RESPONSE));
        assertThat(got).isEmpty();
    }

    @Test
    public void f3_publicKeySignatureIsSentAndAFailedOneIsReportedAtOnceWhileTheCallIsServed() throws Exception {
        YahooSimulator sim = simulator(YahooSimulator.builder().signatureVersion(2).signatureKeySize(1024));
        add(sim, 2, 1, 1);
        Map<String, Object> good = config(sim);
        good.put(PUBLIC_KEY, sim.publicKeyPem().orElseThrow());
        good.put(PUBLIC_KEY_VERSION, "2");
        YahooAccountService signed = account(good, 2000);
        assertThat(fetch(signed, from, to)).hasSize(1);
        assertThat(sim.lastAuthorizeStatus()).isEqualTo("authorized");
        assertThat(signed.status().state()).isEqualTo(ConnectionStatus.State.ONLINE);

        Map<String, Object> oldVersion = config(sim);
        oldVersion.put(PUBLIC_KEY, sim.publicKeyPem().orElseThrow());
        oldVersion.put(PUBLIC_KEY_VERSION, "1");
        YahooAccountService stale = account(oldVersion, 2000);
        assertThat(fetch(stale, from, to)).hasSize(1);
        assertThat(stale.status().state()).isEqualTo(ConnectionStatus.State.CREDENTIAL_REJECTED);
        assertThat(stale.status().reason()).contains("公開鍵").contains("version");
    }

    @Test
    public void aBadConfigurationNamesTheFieldAndNeverCallsYahoo() {
        YahooSimulator sim = simulator();
        Map<String, Object> c = config(sim);
        c.put(NO_TRACKING_REASON, "106");
        YahooAccountService account = account(c, 2000);
        assertThat(account.status().state()).isEqualTo(ConnectionStatus.State.CONFIGURATION_ERROR);
        assertThat(account.status().reason()).startsWith(NO_TRACKING_REASON + ":");
        assertThatThrownBy(() -> fetch(account, from, to)).isInstanceOf(MallException.class);
        assertThat(sim.requestCount(YahooSimulator.TOKEN)).isZero();
    }
}
