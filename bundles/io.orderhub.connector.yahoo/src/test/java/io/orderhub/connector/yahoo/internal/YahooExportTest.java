package io.orderhub.connector.yahoo.internal;

import static io.orderhub.connector.yahoo.YahooConstants.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.model.Order;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.spi.ConversionTables;
import io.orderhub.core.spi.ExportCheck;
import io.orderhub.core.spi.ExportContext;
import io.orderhub.core.spi.MallCarrier;
import io.orderhub.core.spi.MallStatusChoice;
import io.orderhub.core.spi.StatusMappingModel;
import io.orderhub.core.spi.StatusRule;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.OrderResultItem;
import io.orderhub.core.spi.OrderResultItem.Outcome;
import io.orderhub.simulator.yahoo.SimulatedOrder;
import io.orderhub.simulator.yahoo.YahooSimulator;

import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

public class YahooExportTest extends SimulatorTestSupport {

    private final LocalDate shipDay = LocalDate.of(2026, 1, 5);

    @Test
    public void y3_doneIsSentAsShipStatusShippedWithCarrierAndTrackingThenOrderCompleted() throws Exception {
        YahooSimulator sim = simulator();
        SimulatedOrder so = add(sim, 2, 1, 1);
        Order order = order(so, "DONE", shipDay, "ヤマト運輸", "1234-5678-9012");
        YahooAccountService account = account(sim);

        ExportCheck check = account.check(order, context());
        assertThat(check.isTarget()).isTrue();
        assertThat(check.fields()).containsExactly(Map.entry("OrderId", so.orderId()),
                Map.entry("ShipStatus", "3 出荷済み"), Map.entry("ShipCompanyCode", "1001 ヤマト運輸"),
                Map.entry("ShipInvoiceNumber1", "1234-5678-9012"), Map.entry("ShipDate", "20260105"),
                Map.entry("OrderStatus", "5 完了"));

        List<OrderResultItem> results = account.export(List.of(order), context());

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.SENT);
            assertThat(r.sent()).isEqualTo(check.fields());
        });
        SimulatedOrder after = sim.order(so.orderId()).orElseThrow();
        assertThat(after.orderStatus()).isEqualTo(5);
        assertThat(after.shipStatus()).isEqualTo(3);
        assertThat(after.shipCompanyCode()).isEqualTo("1001");
        assertThat(after.shipInvoiceNumber1()).isEqualTo("1234-5678-9012");
        assertThat(after.shipDate()).isEqualTo(shipDay);
    }

    @Test
    public void y3_onHoldIsSentAsOrderOnHoldAndShipReady() throws Exception {
        YahooSimulator sim = simulator();
        SimulatedOrder so = add(sim, 2, 2, 1);

        List<OrderResultItem> results = account(sim).export(List.of(order(so, "ON_HOLD", null, null)), context());

        assertThat(results).extracting(OrderResultItem::outcome).containsExactly(Outcome.SENT);
        SimulatedOrder after = sim.order(so.orderId()).orElseThrow();
        assertThat(after.orderStatus()).isEqualTo(3);
        assertThat(after.shipStatus()).isEqualTo(1);
    }

    @Test
    public void y3_newAndCancelledAreNeverExportedAndEveryReasonIsGiven() {
        YahooSimulator sim = simulator();
        SimulatedOrder so = add(sim, 4, 0, 1);
        YahooAccountService account = account(sim);

        ExportCheck cancelled = account.check(order(so, "CANCELLED", null, null), context());
        assertThat(cancelled.reasons()).hasSize(2).anySatisfy(r -> assertThat(r).startsWith("Y3").contains("キャンセル"))
                .anySatisfy(r -> assertThat(r).contains("Yahoo!でキャンセル済み"));
        assertThat(account.check(order(add(sim, 2, 1, 1), "NEW", null, null), context()).reasons())
                .singleElement().asString().startsWith("Y3").contains("新規受付");
    }

    @Test
    public void anOrderCompletedOnYahooIsNotMovedBack() {
        YahooSimulator sim = simulator();
        SimulatedOrder completed = add(sim, 5, 3, 1);
        YahooAccountService account = account(sim);

        assertThat(account.check(order(completed, "AWAITING_SHIPMENT", null, null), context()).reasons())
                .singleElement().asString().contains("完了済み").contains("処理中");
        assertThat(account.check(order(completed, "DONE", shipDay, "ヤマト運輸", "1234-5678-9012"), context())
                .isTarget()).isTrue();
    }

    @Test
    public void y3_everyOtherStatusTheShopsOwnIncludedIsProcessingAndShipInProgress() throws Exception {
        YahooSimulator sim = simulator();
        SimulatedOrder so = add(sim, 2, 1, 1);

        account(sim).export(List.of(order(so, "GIFT_WRAPPING", null, null)), context());

        assertThat(sim.order(so.orderId()).orElseThrow()).satisfies(o -> {
            assertThat(o.orderStatus()).isEqualTo(2);
            assertThat(o.shipStatus()).isEqualTo(2);
        });
    }

    @Test
    public void y4_anOrderAwaitingPaymentStillMovesFromNotShippableToShipInProgress() throws Exception {
        YahooSimulator sim = simulator();
        SimulatedOrder unpaid = add(sim, 2, 0, 0);
        java.util.Map<String, Object> c = config(sim);
        c.put(STATUS_MAPPING, "AWAITING_SHIPMENT=2/3");
        Order order = order(unpaid, "AWAITING_SHIPMENT", shipDay, "佐川急便", "400012345678");
        YahooAccountService account = account(c, 2000);

        assertThat(account.check(order, context()).fields()).containsEntry("ShipStatus", "2 出荷処理中");
        account.export(List.of(order), context());

        assertThat(sim.order(unpaid.orderId()).orElseThrow().shipStatus()).isEqualTo(2);
    }

    @Test
    public void y5_f9_aStatusSwitchedOffInTheMappingIsNotExportedAndAnOverrideIsFollowed() {
        YahooSimulator sim = simulator();
        SimulatedOrder so = add(sim, 2, 1, 1);
        java.util.Map<String, Object> c = config(sim);
        c.put(STATUS_MAPPING, "発送待ち=off, AWAITING_PAYMENT_BEFORE_SHIPPING=2/1");
        YahooAccountService account = account(c, 2000);

        assertThat(account.check(order(so, "AWAITING_SHIPMENT", null, null), context()).reasons())
                .singleElement().asString().startsWith("F9").contains("発送待ち");
        assertThat(account.check(order(so, "AWAITING_PAYMENT_BEFORE_SHIPPING", null, null), context()).fields())
                .containsEntry("ShipStatus", "1 出荷可").containsEntry("OrderStatus", "2 処理中");
        assertThat(account.check(order(so, "AWAITING_PAYMENT_AFTER_SHIPPING", null, null), context()).fields())
                .containsEntry("ShipStatus", "2 出荷処理中").containsEntry("OrderStatus", "3 保留");
    }

    @Test
    public void y6_withoutATrackingNumberTheConfiguredReasonIsSentOrTheOrderIsExcluded() throws Exception {
        YahooSimulator sim = simulator();
        SimulatedOrder so = add(sim, 2, 1, 1);
        Order order = order(so, "DONE", shipDay, "その他配送");

        ExportCheck without = account(sim).check(order, context());
        assertThat(without.reasons()).singleElement().asString().startsWith("Y6").contains("配送伝票番号なしの理由");

        java.util.Map<String, Object> c = config(sim);
        c.put(NO_TRACKING_REASON, "103");
        List<OrderResultItem> results = account(c, 2000).export(List.of(order), context());
        assertThat(results).singleElement().satisfies(r -> assertThat(r.sent())
                .containsEntry("ShipInvoiceNumberEmptyReason", "103").doesNotContainKey("ShipInvoiceNumber1"));
        assertThat(sim.order(so.orderId()).orElseThrow().shipInvoiceNumberEmptyReason()).isEqualTo("103");
    }

    @Test
    public void y6_trackingNumbersYahooCannotTakeAreReasonsAndAShippedOrderNeedsAShipDate() {
        YahooSimulator sim = simulator();
        SimulatedOrder so = add(sim, 2, 1, 1);
        ExportCheck check = account(sim).check(order(so, "DONE", null, "日本郵便", "定形外郵便", "1234"), context());
        assertThat(check.reasons()).hasSize(3)
                .anySatisfy(r -> assertThat(r).contains("定形外郵便").contains("半角英数字"))
                .anySatisfy(r -> assertThat(r).contains("1234").contains("11〜13"))
                .anySatisfy(r -> assertThat(r).contains("出荷日"));
    }

    @Test
    public void carriersMapToYahoosCodesAndAnythingElseIsOther() {
        assertThat(Carriers.code("ヤマト運輸")).isEqualTo("1001");
        assertThat(Carriers.code("ネコポス")).isEqualTo("1001");
        assertThat(Carriers.code("佐川急便")).isEqualTo("1002");
        assertThat(Carriers.code("ゆうパケット")).isEqualTo("1003");
        assertThat(Carriers.code("福山通運")).isEqualTo("1000");
    }

    @Test
    public void aFailureAtTheSecondCallIsRecordedWithFailedCallAndYahoosMessage() throws Exception {
        YahooSimulator sim = simulator();
        SimulatedOrder so = add(sim, 2, 1, 1);
        // more 500s than the client retries: the failure reaches the order
        for (int i = 0; i <= FAST_RETRY.maxRetries(); i++) {
            sim.failNext(YahooSimulator.STATUS_CHANGE, 500, "od91001", "System error");
        }

        List<OrderResultItem> results = account(sim).export(List.of(order(so, "DONE", shipDay, "ヤマト運輸",
                "1234-5678-9012")), context());

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(r.failedCall()).isEqualTo("orderStatusChange");
            assertThat(r.message()).contains("System error").contains("od91001");
        });
        SimulatedOrder after = sim.order(so.orderId()).orElseThrow();
        assertThat(after.shipStatus()).isEqualTo(3);
        assertThat(after.orderStatus()).isEqualTo(2);
    }

    @Test
    public void aCompletionRefusedRightAfterTheShipChangeIsTriedOnceMoreAfterAWait() throws Exception {
        YahooSimulator sim = simulator(YahooSimulator.builder().statusChangeDelay(java.time.Duration.ofMillis(300)));
        SimulatedOrder so = add(sim, 2, 1, 1);

        List<OrderResultItem> results = account(sim).export(List.of(order(so, "DONE", shipDay, "ヤマト運輸",
                "1234-5678-9012")), context());

        assertThat(results).extracting(OrderResultItem::outcome).containsExactly(Outcome.SENT);
        assertThat(sim.requestCount(YahooSimulator.STATUS_CHANGE)).isEqualTo(2);
        assertThat(sim.order(so.orderId()).orElseThrow().orderStatus()).isEqualTo(5);
    }

    @Test
    public void aFailureAtTheFirstCallIsRecordedAndTheSecondIsNeverMade() throws Exception {
        YahooSimulator sim = simulator();
        SimulatedOrder so = add(sim, 2, 1, 1);
        sim.failNext(YahooSimulator.SHIP_STATUS_CHANGE, 400, "od90101", "ShipInvoiceNumber1 is invalid.");

        List<OrderResultItem> results = account(sim).export(List.of(order(so, "DONE", shipDay, "佐川急便",
                "400012345678")), context());

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(r.failedCall()).isEqualTo("orderShipStatusChange");
            assertThat(r.message()).contains("ShipInvoiceNumber1 is invalid.");
        });
        assertThat(sim.requestCount(YahooSimulator.STATUS_CHANGE)).isZero();
        assertThat(sim.order(so.orderId()).orElseThrow().shipStatus()).isEqualTo(1);
    }

    @Test
    public void pastTheDailyQuotaBeforeAnythingWasSentTheExportThrowsRateLimited() {
        YahooSimulator sim = simulator(YahooSimulator.builder().dailyQuota(1));
        SimulatedOrder so = add(sim, 2, 1, 1);
        sim.failNext(YahooSimulator.SHIP_STATUS_CHANGE, 403, null, "Your Request was Forbidden");

        assertThatThrownBy(() -> account(sim).export(List.of(order(so, "DONE", shipDay, "佐川急便", "400012345678")),
                context())).isInstanceOfSatisfying(MallException.class,
                        e -> assertThat(e.kind()).isEqualTo(MallException.Kind.RATE_LIMITED));
        assertThat(sim.order(so.orderId()).orElseThrow().shipStatus()).isEqualTo(1);
    }

    // ------------------------------------------------------------ the account's tables from the core (Y5, Y6, C2)

    private ExportContext context(io.orderhub.core.spi.StatusMapping mapping, ConversionTables conversions) {
        return new ExportContext(TOKYO, clock, "test", mapping, conversions);
    }

    private static Order withDelivery(Order o, LocalDate deliveryDate, String slot) {
        Shipping s = o.shipping();
        return new Order(o.id(), o.accountId(), o.mallId(), o.mallOrderNumber(), o.orderedAt(), null, null, List.of(),
                null, null, null, o.mallStatus(), o.status(), new Shipping(s.shipDate(), s.carrier(),
                s.trackingNumbers(), deliveryDate, slot), o.lastUpdatedAt(), o.importedAt(), o.mallUpdatedAt(),
                o.version(), o.mallData());
    }

    @Test
    public void y5_yahooSuppliesY3DefaultsAndItsChoicesAndTheOlderSettingAdjustsThem() {
        StatusMappingModel model = new YahooConnector().statusMappingModel(Map.of());
        assertThat(model.defaultRule("AWAITING_PAYMENT_BEFORE_SHIPPING")).isEqualTo(new StatusRule(true, "2", "2"));
        assertThat(model.defaultRule("AWAITING_SHIPMENT")).isEqualTo(new StatusRule(true, "2", "2"));
        assertThat(model.defaultRule("AWAITING_PAYMENT_AFTER_SHIPPING")).isEqualTo(new StatusRule(true, "3", "2"));
        assertThat(model.defaultRule("ON_HOLD")).isEqualTo(new StatusRule(true, "3", "1"));
        assertThat(model.defaultRule("DONE")).isEqualTo(new StatusRule(true, "5", "3"));
        assertThat(model.defaultRule("NEW").enabled()).isFalse();
        assertThat(model.defaultRule("CANCELLED").enabled()).isFalse();
        assertThat(model.defaultRule("MY_OWN")).isEqualTo(new StatusRule(true, "2", "2"));
        assertThat(model.shipStatuses()).extracting(MallStatusChoice::labelJa)
                .containsExactly("出荷可", "出荷処理中", "出荷済み", "着荷済み");
        assertThat(model.orderStatuses()).extracting(MallStatusChoice::labelJa).containsExactly("処理中", "保留", "完了");

        StatusMappingModel migrated = new YahooConnector().statusMappingModel(Map.of(STATUS_MAPPING, "発送待ち=off"));
        assertThat(migrated.defaultRule("AWAITING_SHIPMENT").enabled()).isFalse();
        assertThat(new YahooConnector().statusMappingModel(Map.of(STATUS_MAPPING, "garbage")))
                .as("a bad older setting keeps Y3's defaults").isEqualTo(StatusMapping.DEFAULT);
    }

    @Test
    public void y5_theAccountsMappingFromTheEngineDecidesTheStatusesSent() throws Exception {
        YahooSimulator sim = simulator();
        SimulatedOrder so = add(sim, 2, 1, 1);
        YahooAccountService account = account(sim);
        io.orderhub.core.spi.StatusMapping mapping = new io.orderhub.core.spi.StatusMapping(
                Map.of("AWAITING_SHIPMENT", new StatusRule(true, "3", "1")), StatusMapping.DEFAULT);
        ExportContext ctx = context(mapping, Carriers.defaults(null));

        Order order = order(so, "AWAITING_SHIPMENT", null, null);
        assertThat(account.check(order, ctx).fields()).containsEntry("OrderStatus", "3 保留")
                .containsEntry("ShipStatus", "1 出荷可");
        account.export(List.of(order), ctx);
        assertThat(sim.order(so.orderId()).orElseThrow()).satisfies(o -> {
            assertThat(o.orderStatus()).isEqualTo(3);
            assertThat(o.shipStatus()).isEqualTo(1);
        });
    }

    @Test
    public void f9_aDisabledStatusIsLeftToTheEngineInTheCheckButNeverSent() throws Exception {
        YahooSimulator sim = simulator();
        SimulatedOrder so = add(sim, 2, 1, 1);
        io.orderhub.core.spi.StatusMapping mapping = new io.orderhub.core.spi.StatusMapping(
                Map.of("AWAITING_SHIPMENT", StatusRule.NOT_TARGET), StatusMapping.DEFAULT);
        ExportContext ctx = context(mapping, Carriers.defaults(null));
        YahooAccountService account = account(sim);
        Order order = order(so, "AWAITING_SHIPMENT", null, null);

        assertThat(account.check(order, ctx).reasons()).as("the engine says F9 once, not the connector again").isEmpty();
        assertThat(account.export(List.of(order), ctx)).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.SKIPPED);
            assertThat(r.message()).startsWith("F9");
        });
        assertThat(sim.requestCount(YahooSimulator.SHIP_STATUS_CHANGE)).isZero();
    }

    @Test
    public void y6_deliveryDateAndTimeSlotGoThroughTheAccountsTimeSlotTable() throws Exception {
        YahooSimulator sim = simulator();
        SimulatedOrder so = add(sim, 2, 1, 1);
        ConversionTables tables = new ConversionTables(Carriers.defaults(null).carriers(),
                ConversionTables.UnlistedCarrier.FALLBACK, new MallCarrier("1000", "その他"), Map.of("午前中", "0812"),
                null, List.of());
        YahooAccountService account = account(sim);
        Order order = withDelivery(order(so, "DONE", shipDay, "ヤマト運輸", "1234-5678-9012"), shipDay.plusDays(1), "午前中");

        ExportCheck check = account.check(order, context(null, tables));
        assertThat(check.fields()).containsEntry("ArrivalDate", "20260106").containsEntry("ShipRequestTime", "0812");
        YahooExporter exporter = new YahooExporter(
                io.orderhub.connector.yahoo.internal.config.YahooAccountSettings.parse(config(sim)), java.time.Duration.ZERO);
        assertThat(exporter.shipRequest(exporter.plan(order, context(null, tables), new java.util.ArrayList<>())))
                .contains("<ArrivalDate>20260106</ArrivalDate>").contains("<ShipRequestTime>0812</ShipRequestTime>");

        Order unlisted = withDelivery(order, shipDay.plusDays(1), "19-21時");
        assertThat(account.check(unlisted, context(null, tables)).fields()).doesNotContainKey("ShipRequestTime")
                .containsEntry("未送信のお届け時間帯", "19-21時（時間帯変換表にありません）");
        assertThat(account.export(List.of(order), context(null, tables))).extracting(OrderResultItem::outcome)
                .containsExactly(Outcome.SENT);
        assertThat(sim.order(so.orderId()).orElseThrow().arrivalDate()).isEqualTo(shipDay.plusDays(1));
    }

    @Test
    public void y6_theReasonForNoTrackingNumberComesFromTheAccountsTable() throws Exception {
        YahooSimulator sim = simulator();
        SimulatedOrder so = add(sim, 2, 1, 1);
        Order order = order(so, "DONE", shipDay, "ヤマト運輸");
        List<OrderResultItem> results = account(sim).export(List.of(order), context(null, Carriers.defaults("105")));
        assertThat(results).singleElement().satisfies(r -> assertThat(r.sent())
                .containsEntry("ShipInvoiceNumberEmptyReason", "105"));
        assertThat(sim.order(so.orderId()).orElseThrow().shipInvoiceNumberEmptyReason()).isEqualTo("105");
    }

    @Test
    public void c2_theCarrierCodeComesFromTheAccountsTableAndUnlistedCarriersAreOtherByDefault() {
        YahooSimulator sim = simulator();
        SimulatedOrder so = add(sim, 2, 1, 1);
        ConversionTables tables = new ConversionTables(Map.of("福山通運", new MallCarrier("1006", "福山通運"),
                "西濃運輸", new MallCarrier("", null)), ConversionTables.UnlistedCarrier.NOT_SENT, null, Map.of(), null,
                List.of());
        YahooAccountService account = account(sim);
        assertThat(account.check(order(so, "DONE", shipDay, "福山通運", "123456789012"), context(null, tables)).fields())
                .containsEntry("ShipCompanyCode", "1006 福山通運");
        assertThat(new YahooConnector().defaultConversions(Map.of()).carrier("福山通運"))
                .contains(new MallCarrier("1000", "その他"));
        assertThat(account.check(order(so, "DONE", shipDay, "西濃運輸", "123456789012"), context(null, tables))
                .fields()).as("the engine says C2/D7 for a carrier without code; nothing is guessed")
                .doesNotContainKey("ShipCompanyCode");
    }
}
