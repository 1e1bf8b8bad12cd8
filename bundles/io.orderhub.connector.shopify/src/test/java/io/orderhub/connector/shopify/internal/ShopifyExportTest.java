package io.orderhub.connector.shopify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.model.Order;
import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.ConversionTables;
import io.orderhub.core.spi.ExportCheck;
import io.orderhub.core.spi.ExportContext;
import io.orderhub.core.spi.MallCarrier;
import io.orderhub.core.spi.StatusMapping;
import io.orderhub.core.spi.StatusMappingModel;
import io.orderhub.core.spi.StatusRule;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.OrderResultItem;
import io.orderhub.core.spi.OrderResultItem.Outcome;
import io.orderhub.simulator.shopify.Fault;
import io.orderhub.simulator.shopify.NewLineItem;
import io.orderhub.simulator.shopify.NewOrder;
import io.orderhub.simulator.shopify.ShopifySimulator;
import io.orderhub.simulator.shopify.SimulatedFulfillment;
import io.orderhub.simulator.shopify.SimulatedOrder;

import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class ShopifyExportTest extends SimulatorTestSupport {

    private final Instant placed = Instant.now().minusSeconds(86400);

    private SimulatedOrder newOrder(ShopifySimulator sim) {
        return sim.addOrder(NewOrder.placedAt(placed));
    }

    @Test
    public void sh2_doneOnlyExportsOnlyDoneOrders() {
        ShopifySimulator sim = simulator();
        ShopifyAccountService service = account(sim);
        SimulatedOrder so = newOrder(sim);
        assertThat(service.check(order(so, "DONE", today(), "ヤマト運輸", "123456789012"), context()).isTarget()).isTrue();
        for (String status : List.of("NEW", "AWAITING_SHIPMENT", "ON_HOLD", "CANCELLED", "SHIPPED_BY_WAREHOUSE")) {
            ExportCheck check = service.check(order(so, status, today(), "ヤマト運輸", "123456789012"), context());
            assertThat(check.isTarget()).as(status).isFalse();
            assertThat(check.reasons()).singleElement().asString().contains("処理済");
        }
    }

    @Test
    public void sh2_allButNewAndCancelledAllowsCustomStatuses() {
        ShopifySimulator sim = simulator();
        Map<String, Object> config = config(sim);
        config.put("exportOption", "ALL_BUT_NEW_AND_CANCELLED");
        ShopifyAccountService service = account(config);
        SimulatedOrder so = newOrder(sim);
        for (String status : List.of("DONE", "AWAITING_SHIPMENT", "AWAITING_PAYMENT_AFTER_SHIPPING", "ON_HOLD",
                "SHIPPED_BY_WAREHOUSE")) {
            assertThat(service.check(order(so, status, today(), "佐川急便", "4000"), context()).isTarget()).as(status).isTrue();
        }
        ExportCheck fresh = service.check(order(so, "NEW", today(), "佐川急便", "4000"), context());
        assertThat(fresh.reasons()).containsExactly("ステータスが「新規受付」の注文は書き出しません");
        ExportCheck cancelled = service.check(order(so, "CANCELLED", today(), "佐川急便", "4000"), context());
        assertThat(cancelled.reasons()).containsExactly("ステータスが「キャンセル」の注文は書き出しません");
    }

    @Test
    public void sh2_theApiExportOptionIsTheStatusMappingsDefaultOnlyChosenStatusesAreTargets() {
        ShopifyConnector connector = new ShopifyConnector();
        StatusMappingModel doneOnly = connector.statusMappingModel(Map.of());
        assertThat(doneOnly.hasMallStatuses()).isFalse();
        assertThat(doneOnly.defaultRule("DONE").enabled()).isTrue();
        assertThat(doneOnly.defaultRule("AWAITING_SHIPMENT").enabled()).isFalse();
        assertThat(doneOnly.defaultRule("SHIPPED_BY_WAREHOUSE").enabled()).isFalse();
        StatusMappingModel allBut = connector.statusMappingModel(Map.of("exportOption", "ALL_BUT_NEW_AND_CANCELLED"));
        assertThat(allBut.defaultRule("AWAITING_SHIPMENT").enabled()).isTrue();
        assertThat(allBut.defaultRule("SHIPPED_BY_WAREHOUSE").enabled()).isTrue();
        assertThat(allBut.defaultRule("NEW").enabled()).isFalse();
        assertThat(allBut.defaultRule("CANCELLED").enabled()).isFalse();
    }

    @Test
    public void sh2_withTheEnginesMappingTheConnectorLeavesTheStatusRuleToTheEngine() {
        ShopifySimulator sim = simulator();
        ShopifyAccountService service = account(sim);
        SimulatedOrder so = newOrder(sim);
        StatusMapping mapping = new StatusMapping(Map.of("AWAITING_SHIPMENT", StatusRule.TARGET),
                ShopifyConnector.model("DONE_ONLY"));
        ExportContext ctx = new ExportContext(TOKYO, clock, "test", mapping, null);
        assertThat(service.check(order(so, "AWAITING_SHIPMENT", today(), "ヤマト運輸", "123"), ctx).isTarget()).isTrue();
    }

    @Test
    public void c2_theCompanyComesFromTheAccountsCarrierTableAndOthersGoAsTyped() throws Exception {
        ShopifySimulator sim = simulator();
        SimulatedOrder so = newOrder(sim);
        ConversionTables defaults = new ShopifyConnector().defaultConversions(Map.of("carrierNames", "西濃運輸=Seino"));
        assertThat(defaults.carrier("ゆうパック")).contains(new MallCarrier("Japan Post (JA)", "Japan Post (JA)"));
        assertThat(defaults.carrier("西濃運輸")).contains(new MallCarrier("Seino", "Seino"));
        assertThat(defaults.carrier("福山通運")).as("SH4: any other company as typed")
                .contains(new MallCarrier("福山通運", "福山通運"));

        ConversionTables account = new ConversionTables(Map.of("福山通運", new MallCarrier("Fukuyama", "Fukuyama")),
                ConversionTables.UnlistedCarrier.AS_TYPED, null, Map.of(), null, List.of());
        ExportContext ctx = new ExportContext(TOKYO, clock, "test", null, account);
        account(sim).export(List.of(order(so, "DONE", today(), "福山通運", "777")), ctx);
        assertThat(sim.fulfillments(so.id()).get(0).trackingCompany()).isEqualTo("Fukuyama");
    }

    @Test
    public void sh3_targetsNeedShipDateAndTrackingNumber() {
        ShopifySimulator sim = simulator();
        ShopifyAccountService service = account(sim);
        SimulatedOrder so = newOrder(sim);
        assertThat(service.check(order(so, "DONE", null, "ヤマト運輸", "123"), context()).reasons())
                .containsExactly("出荷日が未入力です");
        assertThat(service.check(order(so, "DONE", today(), "ヤマト運輸", " "), context()).reasons())
                .containsExactly("追跡番号が未入力です");
        assertThat(service.check(order(so, "NEW", null, "ヤマト運輸"), context()).reasons())
                .hasSize(3).contains("出荷日が未入力です", "追跡番号が未入力です");
    }

    @Test
    public void checkPreviewsWhatWillBeSent() {
        ShopifySimulator sim = simulator();
        ShopifyAccountService service = account(sim);
        ExportCheck check = service.check(order(newOrder(sim), "DONE", today(), "日本郵便", "1111-2222-3333"), context());
        assertThat(check.fields()).containsExactly(Map.entry("tracking_info.number", "1111-2222-3333"),
                Map.entry("tracking_info.company", "Japan Post (JA)"), Map.entry("notify_customer", "false"));
        assertThat(sim.requestCount()).isZero();
    }

    @Test
    public void exportCreatesFulfillmentWithTrackingNumberAndCompany() throws Exception {
        ShopifySimulator sim = simulator();
        ShopifyAccountService service = account(sim);
        SimulatedOrder yamato = newOrder(sim);
        SimulatedOrder sagawa = sim.addOrder(NewOrder.placedAt(placed).lines(List.of(
                NewLineItem.of("A", "商品A", 2, 1000), NewLineItem.of("B", "商品B", 1, 500))));
        SimulatedOrder other = newOrder(sim);

        List<OrderResultItem> results = service.export(List.of(
                order(yamato, "DONE", today(), "ヤマト運輸", "123456789012"),
                order(sagawa, "DONE", today(), "佐川急便", "400012345678"),
                order(other, "DONE", today(), "西濃運輸", "9876")), context());

        assertThat(results).extracting(OrderResultItem::outcome).containsExactly(Outcome.SENT, Outcome.SENT, Outcome.SENT);
        assertThat(results.get(0).sent()).containsEntry("tracking_info.number", "123456789012")
                .containsEntry("tracking_info.company", "Yamato (JA)").containsKey("fulfillment.id");
        assertThat(sim.fulfillments(yamato.id())).singleElement().satisfies(f -> {
            assertThat(f.trackingNumber()).isEqualTo("123456789012");
            assertThat(f.trackingCompany()).isEqualTo("Yamato (JA)");
            assertThat(f.notifyCustomer()).isFalse();
        });
        assertThat(sim.fulfillments(sagawa.id())).singleElement().satisfies(f -> {
            assertThat(f.trackingCompany()).isEqualTo("Sagawa (JA)");
            assertThat(f.lineItemQuantities()).containsValues(2, 1);
        });
        assertThat(sim.fulfillments(other.id())).singleElement()
                .satisfies(f -> assertThat(f.trackingCompany()).isEqualTo("西濃運輸"));
        for (SimulatedOrder so : List.of(yamato, sagawa, other)) {
            SimulatedOrder after = sim.order(so.id()).orElseThrow();
            assertThat(after.fulfillmentStatus()).isEqualTo("fulfilled");
            assertThat(after.updatedAt()).isAfterOrEqualTo(so.updatedAt());
        }
    }

    @Test
    public void sh4_freeTextTrackingIsSentVerbatim() throws Exception {
        ShopifySimulator sim = simulator();
        SimulatedOrder so = newOrder(sim);
        List<OrderResultItem> results = account(sim).export(
                List.of(order(so, "DONE", today(), "日本郵便", "定形外郵便")), context());
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.SENT);
            assertThat(r.sent()).containsEntry("tracking_info.number", "定形外郵便");
        });
        SimulatedFulfillment f = sim.fulfillments(so.id()).get(0);
        assertThat(f.trackingNumber()).isEqualTo("定形外郵便");
        assertThat(f.trackingCompany()).isEqualTo("Japan Post (JA)");
        assertThat(sim.order(so.id()).orElseThrow().fulfillmentStatus()).isEqualTo("fulfilled");
    }

    @Test
    public void severalTrackingNumbersFirstOnlyListsTheOthersAsNotSent() throws Exception {
        ShopifySimulator sim = simulator();
        SimulatedOrder so = newOrder(sim);
        OrderResultItem r = account(sim).export(
                List.of(order(so, "DONE", today(), "ヤマト運輸", "1111", "2222", "3333")), context()).get(0);
        assertThat(r.sent()).containsEntry("tracking_info.number", "1111").containsEntry("未送信の追跡番号", "2222, 3333");
        assertThat(sim.fulfillments(so.id())).singleElement().satisfies(f -> assertThat(f.trackingNumber()).isEqualTo("1111"));
    }

    @Test
    public void severalTrackingNumbersJoinedSendsAllAsOneText() throws Exception {
        ShopifySimulator sim = simulator();
        Map<String, Object> config = config(sim);
        config.put("trackingNumbers", "JOINED");
        SimulatedOrder so = newOrder(sim);
        OrderResultItem r = account(config).export(
                List.of(order(so, "DONE", today(), "ヤマト運輸", "1111", "2222")), context()).get(0);
        assertThat(r.sent()).containsEntry("tracking_info.number", "1111, 2222").doesNotContainKey("未送信の追跡番号");
        assertThat(sim.fulfillments(so.id()).get(0).trackingNumber()).isEqualTo("1111, 2222");
    }

    @Test
    public void carrierNamesSettingMapsTheShopsOwnCarriers() throws Exception {
        ShopifySimulator sim = simulator();
        Map<String, Object> config = config(sim);
        config.put("carrierNames", "西濃運輸=Seino, ヤマト運輸=Yamato (EN)");
        config.put("notifyCustomer", "true");
        SimulatedOrder seino = newOrder(sim);
        SimulatedOrder yamato = newOrder(sim);
        account(config).export(List.of(order(seino, "DONE", today(), "西濃運輸", "1"),
                order(yamato, "DONE", today(), "ヤマト運輸", "2")), context());
        assertThat(sim.fulfillments(seino.id()).get(0).trackingCompany()).isEqualTo("Seino");
        assertThat(sim.fulfillments(yamato.id()).get(0).trackingCompany()).isEqualTo("Yamato (EN)");
        assertThat(sim.fulfillments(seino.id()).get(0).notifyCustomer()).isTrue();
    }

    @Test
    public void alreadyFulfilledOrderIsSkippedWithAReason() throws Exception {
        ShopifySimulator sim = simulator();
        SimulatedOrder shipped = sim.addOrder(NewOrder.placedAt(placed).fulfilled(true));
        List<OrderResultItem> results = account(sim).export(
                List.of(order(shipped, "DONE", today(), "ヤマト運輸", "5555")), context());
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.SKIPPED);
            assertThat(r.message()).contains("発送済み");
        });
        assertThat(sim.fulfillments(shipped.id())).hasSize(1);
        assertThat(sim.requestCount(ShopifySimulator.CREATE_FULFILLMENT)).isZero();
    }

    @Test
    public void c3_aResendOfWhatShopifyAlreadyHasIsSentWithoutASecondFulfillment() throws Exception {
        // a crash after Shopify created the fulfillment but before orderhub recorded it: the resumed job sends again
        ShopifySimulator sim = simulator();
        SimulatedOrder order = newOrder(sim);
        ShopifyAccountService account = account(sim);
        account.export(List.of(order(order, "DONE", today(), "ヤマト運輸", "4444")), context());

        List<OrderResultItem> again = account.export(List.of(order(order, "DONE", today(), "ヤマト運輸", "4444")),
                context());

        assertThat(again).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.SENT);
            assertThat(r.message()).contains("再送していません");
            assertThat(r.sent()).containsEntry(ShopifyExporter.FIELD_FULFILLMENT_ID,
                    Long.toString(sim.fulfillments(order.id()).get(0).id()));
        });
        assertThat(sim.fulfillments(order.id())).hasSize(1);
        assertThat(sim.requestCount(ShopifySimulator.CREATE_FULFILLMENT)).isEqualTo(1);
    }

    @Test
    public void a422OnOneOrderIsThatOrdersFailureWithShopifysMessageAndTheNextIsSent() throws Exception {
        ShopifySimulator sim = simulator();
        SimulatedOrder rejected = newOrder(sim);
        SimulatedOrder next = newOrder(sim);
        sim.rejectNextFulfillment(rejected.id(), "Fulfillment order 1046000778 has an unfulfillable status= on_hold.");

        List<OrderResultItem> results = account(sim).export(List.of(
                order(rejected, "DONE", today(), "ヤマト運輸", "1"), order(next, "DONE", today(), "ヤマト運輸", "2")),
                context());

        assertThat(results.get(0).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(results.get(0).message())
                .isEqualTo("Fulfillment order 1046000778 has an unfulfillable status= on_hold.");
        assertThat(results.get(0).failedCall()).isEqualTo("POST fulfillments.json");
        assertThat(results.get(1).outcome()).isEqualTo(Outcome.SENT);
        assertThat(sim.fulfillments(rejected.id())).isEmpty();
        assertThat(sim.fulfillments(next.id())).hasSize(1);
    }

    @Test
    public void serverErrorOnCreateIsRetriedAndFulfilsOnce() throws Exception {
        ShopifySimulator sim = simulator();
        SimulatedOrder so = newOrder(sim);
        sim.injectFaults(Fault.SERVER_ERROR, 1, "POST /fulfillments.json");
        sim.injectFaults(Fault.SERVER_ERROR, 1, "fulfillment_orders.json");
        List<OrderResultItem> results = account(sim).export(List.of(order(so, "DONE", today(), "ヤマト運輸", "1")), context());
        assertThat(results).extracting(OrderResultItem::outcome).containsExactly(Outcome.SENT);
        assertThat(sim.fulfillments(so.id())).hasSize(1);
        assertThat(sim.requestCount(ShopifySimulator.CREATE_FULFILLMENT)).isEqualTo(2);
    }

    @Test
    public void lostAnswerToACreateIsCheckedAndNeverFulfilsTwice() throws Exception {
        ShopifySimulator sim = simulator();
        SimulatedOrder so = newOrder(sim);
        sim.injectFaults(Fault.LOST_RESPONSE, 1, "POST /fulfillments.json");
        List<OrderResultItem> results = account(sim).export(List.of(order(so, "DONE", today(), "ヤマト運輸", "777")),
                context());
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.SENT);
            assertThat(r.sent()).containsEntry("tracking_info.number", "777");
        });
        assertThat(sim.fulfillments(so.id())).hasSize(1);
        assertThat(sim.requestCount(ShopifySimulator.CREATE_FULFILLMENT)).isEqualTo(1);
    }

    @Test
    public void unreadableAnswerToAFulfillmentOrderReadFailsOnlyThatOrder() throws Exception {
        ShopifySimulator sim = simulator();
        SimulatedOrder broken = newOrder(sim);
        SimulatedOrder fine = newOrder(sim);
        sim.injectFaults(Fault.MALFORMED_JSON, 1, "/orders/" + broken.id() + "/fulfillment_orders.json");
        List<OrderResultItem> results = account(sim).export(List.of(order(broken, "DONE", today(), "ヤマト運輸", "1"),
                order(fine, "DONE", today(), "ヤマト運輸", "2")), context());
        assertThat(results).extracting(OrderResultItem::outcome).containsExactly(Outcome.FAILED, Outcome.SENT);
        assertThat(results.get(0).message()).contains("Shopifyの応答を解釈できません");
        assertThat(results.get(0).failedCall()).isEqualTo("GET fulfillment_orders.json");
    }

    @Test
    public void throttlingDuringExportFulfilsEveryOrderExactlyOnce() throws Exception {
        ShopifySimulator sim = simulator();
        List<SimulatedOrder> orders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            orders.add(newOrder(sim));
        }
        sim.injectFaults(Fault.THROTTLE, 2, "POST /fulfillments.json");
        sim.injectFaults(Fault.THROTTLE, 2, "fulfillment_orders.json");
        ShopifyAccountService service = account(sim);
        List<OrderResultItem> results = new ArrayList<>();
        for (SimulatedOrder so : orders) {
            results.addAll(service.export(List.of(order(so, "DONE", today(), "ヤマト運輸", "T" + so.id())), context()));
        }
        assertThat(results).extracting(OrderResultItem::outcome).containsOnly(Outcome.SENT).hasSize(6);
        for (SimulatedOrder so : orders) {
            assertThat(sim.fulfillments(so.id())).singleElement()
                    .satisfies(f -> assertThat(f.trackingNumber()).isEqualTo("T" + so.id()));
        }
    }

    @Test
    public void shopsOwn429sAreWaitedOutWithoutLosingOrSendingTwice() throws Exception {
        ShopifySimulator sim = simulator(2, 5);
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            orders.add(order(newOrder(sim), "DONE", today(), "ヤマト運輸", "Q" + i));
        }
        // the account believes in a bigger plan than the shop has, so the shop's bucket overflows
        List<OrderResultItem> results = account(sim).export(orders, context());

        assertThat(sim.throttledCount()).isPositive();
        assertThat(results).extracting(OrderResultItem::outcome).containsOnly(Outcome.SENT).hasSize(4);
        assertThat(sim.allFulfillments()).hasSize(4)
                .extracting(SimulatedFulfillment::trackingNumber).doesNotHaveDuplicates();
    }

    @Test
    public void clientBucketKeepsTheShopsBucketFromOverflowing() throws Exception {
        // one unit of client headroom absorbs 100 ms of arrival jitter at 10/s
        ShopifySimulator sim = simulator(10, 10);
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            orders.add(order(newOrder(sim), "DONE", today(), "ヤマト運輸", "N" + i));
        }
        Map<String, Object> config = config(sim);
        config.put("bucketSize", "10");
        config.put("rateLimitPerSecond", "10");
        ShopifyAccountService service = account(config);
        sim.resetCounters();
        service.export(orders, context());
        importRange(service, placed.minusSeconds(60), null);

        assertThat(sim.allFulfillments()).hasSize(12);
        assertThat(sim.requestCount()).isEqualTo(25);
        assertThat(sim.throttledCount()).isZero();
        assertThat(sim.maxBucketLevel()).isLessThanOrEqualTo(10);
    }

    @Test
    public void realTwoPerSecondLeakIsRespected() throws Exception {
        ShopifySimulator sim = simulator(4, 2);
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            orders.add(order(newOrder(sim), "DONE", today(), "日本郵便", "R" + i));
        }
        Map<String, Object> config = config(sim);
        config.put("bucketSize", "4");
        config.put("rateLimitPerSecond", "2");
        List<OrderResultItem> results = account(config).export(orders, context());
        assertThat(results).extracting(OrderResultItem::outcome).containsOnly(Outcome.SENT);
        assertThat(sim.throttledCount()).isZero();
        assertThat(sim.requestCount()).isEqualTo(6);
    }

    @Test
    public void badTokenOnExportThrowsCredentialRejected() {
        ShopifySimulator sim = simulator();
        Map<String, Object> config = config(sim);
        config.put(".accessToken", "shpat_wrong");
        ShopifyAccountService service = account(config);
        SimulatedOrder so = newOrder(sim);
        assertThatThrownBy(() -> service.export(List.of(order(so, "DONE", today(), "ヤマト運輸", "1")), context()))
                .isInstanceOfSatisfying(MallException.class,
                        e -> assertThat(e.kind()).isEqualTo(MallException.Kind.CREDENTIAL_REJECTED));
        assertThat(service.status().state()).isEqualTo(ConnectionStatus.State.CREDENTIAL_REJECTED);
        assertThat(sim.allFulfillments()).isEmpty();
    }

    @Test
    public void orderWithoutShopifyIdIsExcluded() {
        ShopifySimulator sim = simulator();
        SimulatedOrder so = newOrder(sim);
        Order o = order(so, "DONE", today(), "ヤマト運輸", "1");
        Order withoutId = new Order(o.id(), o.accountId(), o.mallId(), o.mallOrderNumber(), o.orderedAt(), null, null,
                List.of(), null, null, null, null, o.status(), o.shipping(), null, null, null, 1, Map.of());
        assertThat(account(sim).check(withoutId, context()).reasons()).singleElement().asString().contains("注文ID");
    }
}
