package io.orderhub.connector.shopserve.internal;

import static io.orderhub.connector.shopserve.internal.ShopserveExporter.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orderhub.core.spi.RetryPolicy;
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
import io.orderhub.simulator.shopserve.ShopserveSimulator;
import io.orderhub.simulator.shopserve.SimulatedDelivery;
import io.orderhub.simulator.shopserve.SimulatedOrder;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

public class ShopserveExportTest extends SimulatorTestSupport {

    private static final LocalDate SHIP_DATE = LocalDate.of(2025, 1, 2);

    @Test
    public void s2_newCancelledAndOnHoldAreNotTargetsEveryOtherStatusIs() {
        ShopserveAccountService service = service(simulator());
        for (String excluded : List.of("NEW", "CANCELLED", "ON_HOLD")) {
            ExportCheck check = service.check(order("1", excluded, "ヤマト運輸", "1234", SHIP_DATE), context());
            assertThat(check.isTarget()).as(excluded).isFalse();
            assertThat(check.reasons()).singleElement().asString().contains("S2");
        }
        for (String target : List.of("AWAITING_SHIPMENT", "DONE", "AWAITING_PAYMENT_AFTER_SHIPPING", "MY_CUSTOM")) {
            assertThat(service.check(order("1", target, "ヤマト運輸", "1234", SHIP_DATE), context()).isTarget())
                    .as(target).isTrue();
        }
    }

    @Test
    public void s2_shopserveDeclaresItsStatusDefaultsAndTheFourDaysOfNeverUpdatedOrders() {
        ShopserveConnector connector = new ShopserveConnector();
        StatusMappingModel model = connector.statusMappingModel(Map.of());
        assertThat(model.hasMallStatuses()).isFalse();
        for (String off : List.of("NEW", "CANCELLED", "ON_HOLD")) {
            assertThat(model.defaultRule(off).enabled()).as(off).isFalse();
        }
        for (String on : List.of("AWAITING_SHIPMENT", "DONE", "MY_CUSTOM")) {
            assertThat(model.defaultRule(on).enabled()).as(on).isTrue();
        }
        assertThat(connector.neverUpdatedExportDays()).isEqualTo(4);
    }

    @Test
    public void s2_withTheEnginesMappingAnEnabledOnHoldOrderIsATarget() {
        ShopserveAccountService service = service(simulator());
        StatusMapping mapping = new StatusMapping(Map.of("ON_HOLD", StatusRule.TARGET), MODEL);
        ExportContext ctx = new ExportContext(TOKYO, clock, "test", mapping, null);
        assertThat(service.check(order("1", "ON_HOLD", "ヤマト運輸", "1234", SHIP_DATE), ctx).isTarget()).isTrue();
    }

    @Test
    public void c2_theCarrierNameComesFromTheAccountsTable() {
        ShopserveAccountService service = service(simulator());
        ConversionTables tables = new ConversionTables(Map.of("ヤマト", new MallCarrier("クロネコヤマト宅急便", null)),
                ConversionTables.UnlistedCarrier.AS_TYPED, null, Map.of(), null, List.of());
        ExportContext ctx = new ExportContext(TOKYO, clock, "test", null, tables);
        assertThat(service.check(order("1", "DONE", "ヤマト", "1234", SHIP_DATE), ctx).fields())
                .containsEntry(FIELD_COMPANY, "クロネコヤマト宅急便");
        assertThat(new ShopserveConnector().defaultConversions(Map.of()).carrier("ゆうパック"))
                .contains(new MallCarrier("日本郵便", "日本郵便"));
    }

    @Test
    public void s3_sendsCarrierSlipNumberShipDateAsScheduledShipDateThenShipped() throws Exception {
        ShopserveSimulator sim = simulator();
        sim.addOrder("S3-1", Instant.now(), "処理中");
        ShopserveAccountService service = service(sim);
        Order order = order("S3-1", "DONE", "佐川", "4000-1111-2222", SHIP_DATE);

        ExportCheck check = service.check(order, context());
        assertThat(check.fields()).containsExactly(Map.entry(FIELD_COMPANY, "佐川急便"),
                Map.entry(FIELD_SLIP, "4000-1111-2222"), Map.entry(FIELD_SCHEDULED_SHIP_DATE, "2025-01-02"),
                Map.entry(FIELD_SHIPPING_STATUS, "発送済み"));

        List<OrderResultItem> results = service.export(List.of(order), context());
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.SENT);
            assertThat(r.sent()).containsEntry(FIELD_SLIP, "4000-1111-2222").containsEntry("delivery_no", "1");
        });
        SimulatedOrder after = sim.order("S3-1").orElseThrow();
        SimulatedDelivery d = after.delivery(1);
        assertThat(after.shippingStatus()).isEqualTo("発送済み");
        assertThat(d.deliveryCompany()).isEqualTo("佐川急便");
        assertThat(d.slipNumber()).isEqualTo("4000-1111-2222");
        assertThat(d.scheduledShipDate()).isEqualTo(SHIP_DATE);
        assertThat(d.shipDate()).as("S3: orderhub's ship date is the 発送予定日, not Shopserve's 出荷日").isNull();
        assertThat(service.status().state()).isEqualTo(ConnectionStatus.State.ONLINE);
    }

    @Test
    public void s4_orderWithoutTrackingNumberIsATargetThatFailsWithTheExpectedExplanation() throws Exception {
        ShopserveSimulator sim = simulator();
        sim.addOrder("S4-1", Instant.now(), "処理中");
        ShopserveAccountService service = service(sim);
        Order order = order("S4-1", "DONE", "ヤマト運輸", null, SHIP_DATE);

        ExportCheck check = service.check(order, context());
        assertThat(check.isTarget()).isTrue();
        assertThat(check.fields()).containsOnlyKeys(FIELD_NOTE);

        List<OrderResultItem> results = service.export(List.of(order), context());
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(r.message()).contains("配送会社だけ").contains("想定どおり").contains("S4");
        });
        assertThat(sim.requestCount()).as("nothing is sent for it: Shopserve would refuse the carrier alone").isZero();
        SimulatedOrder after = sim.order("S4-1").orElseThrow();
        assertThat(after.shippingStatus()).isEqualTo("未発送");
        assertThat(after.delivery(1).slipNumber()).isEmpty();
    }

    @Test
    public void s4_oneOrderRefusedByShopserveFailsWithItsMessageAndTheNextIsSent() throws Exception {
        ShopserveSimulator sim = simulator();
        sim.addOrder("P-1", Instant.now(), "処理中");
        sim.addOrder("P-2", Instant.now(), "処理中");
        ShopserveAccountService service = service(sim);

        List<OrderResultItem> results = service.export(List.of(
                order("P-1", "DONE", "謎の運送", "111", SHIP_DATE),
                order("P-2", "DONE", "日本郵便", "222", SHIP_DATE)), context());

        assertThat(results).extracting(OrderResultItem::outcome).containsExactly(Outcome.FAILED, Outcome.SENT);
        assertThat(results.get(0).message()).contains("E0011").contains("delivery_company").contains("登録されていない配送会社");
        assertThat(results.get(0).failedCall()).isEqualTo(CALL_DELIVERY);
        assertThat(sim.order("P-1").orElseThrow().shippingStatus()).isEqualTo("未発送");
        assertThat(sim.order("P-2").orElseThrow().shippingStatus()).isEqualTo("発送済み");
    }

    @Test
    public void unknownOrderFailsWithShopservesMessage() throws Exception {
        ShopserveAccountService service = service(simulator());
        List<OrderResultItem> results = service.export(List.of(order("NOPE", "DONE", "ヤマト運輸", "1", SHIP_DATE)), context());
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(r.message()).contains("404").contains("注文が見つかりません");
        });
    }

    @Test
    public void wrongManagerKeyThrowsCredentialRejected() {
        ShopserveSimulator sim = simulator();
        sim.addOrder("K-1", Instant.now(), "処理中");
        Map<String, Object> config = config(sim);
        config.put(".managerKey", "wrong-key");
        ShopserveAccountService service = service(config, FAST_RETRY);

        MallException e = catchThrowableOfType(() -> service.export(
                List.of(order("K-1", "DONE", "ヤマト運輸", "1", SHIP_DATE)), context()), MallException.class);
        assertThat(e.kind()).isEqualTo(MallException.Kind.CREDENTIAL_REJECTED);
        assertThat(e.getMessage()).doesNotContain("wrong-key");
        assertThat(service.status().state()).isEqualTo(ConnectionStatus.State.CREDENTIAL_REJECTED);
        assertThat(sim.order("K-1").orElseThrow().delivery(1).slipNumber()).isEmpty();
    }

    @Test
    public void maintenanceIsThrownAsUnavailableToRetryLaterNotCountedAsAnOrderFailure() throws Exception {
        ShopserveSimulator sim = simulator();
        sim.addOrder("M-1", Instant.now(), "処理中");
        ShopserveAccountService service = service(sim);
        Order order = order("M-1", "DONE", "ヤマト運輸", "123", SHIP_DATE);
        sim.setMaintenance(true);

        MallException e = catchThrowableOfType(() -> service.export(List.of(order), context()), MallException.class);
        assertThat(e.kind()).isEqualTo(MallException.Kind.UNAVAILABLE);
        assertThat(e.isTransient()).isTrue();
        assertThat(e.mallCode()).isEqualTo("MAINTENANCE");
        assertThat(e.getMessage()).contains("メンテナンス");
        assertThat(service.status().state()).isEqualTo(ConnectionStatus.State.OFFLINE);

        sim.setMaintenance(false);
        assertThat(service.export(List.of(order), context())).extracting(OrderResultItem::outcome)
                .containsExactly(Outcome.SENT);
    }

    @Test
    public void requestsRefusedWith429AreRetriedUntilEveryOrderIsSent() throws Exception {
        // 8 calls against a bucket of 4: passing without a 429 would need every call to take 250 ms
        ShopserveSimulator sim = simulator(4);
        for (int i = 0; i < 4; i++) {
            sim.addOrder("R-" + i, Instant.now(), "処理中");
        }
        ShopserveAccountService service = service(sim);
        List<Order> orders = List.of(order("R-0", "DONE", "ヤマト運輸", "10", SHIP_DATE),
                order("R-1", "DONE", "ヤマト運輸", "11", SHIP_DATE), order("R-2", "DONE", "ヤマト運輸", "12", SHIP_DATE),
                order("R-3", "DONE", "ヤマト運輸", "13", SHIP_DATE));

        assertThat(service.export(orders, context())).extracting(OrderResultItem::outcome).containsOnly(Outcome.SENT);
        assertThat(sim.throttledCount()).isPositive();
        assertThat(sim.acceptedUpdateCount()).isEqualTo(8);
    }

    @Test
    public void rateLimitStillHitAfterTheRetriesIsThrownAsRateLimited() {
        ShopserveSimulator sim = simulator(1);
        sim.addOrder("L-1", Instant.now(), "処理中");
        ShopserveAccountService service = service(config(sim), new RetryPolicy(0, 0, Duration.ofMillis(10), Duration.ofMillis(10),
                Duration.ofSeconds(5), Duration.ofSeconds(30)));

        MallException e = catchThrowableOfType(() -> service.export(
                List.of(order("L-1", "DONE", "ヤマト運輸", "1", SHIP_DATE)), context()), MallException.class);
        assertThat(e.kind()).isEqualTo(MallException.Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(sim.order("L-1").orElseThrow().shippingStatus())
                .as("the delivery went through, the status call was refused").isEqualTo("未発送");
    }

    @Test
    public void unreadableAnswerFailsThatOrderAndTheNextIsSent() throws Exception {
        ShopserveSimulator sim = simulator();
        sim.addOrder("J-1", Instant.now(), "処理中");
        sim.addOrder("J-2", Instant.now(), "処理中");
        ShopserveAccountService service = service(sim);
        sim.malformNextResponses(1);

        List<OrderResultItem> results = service.export(List.of(order("J-1", "DONE", "ヤマト運輸", "1", SHIP_DATE),
                order("J-2", "DONE", "ヤマト運輸", "2", SHIP_DATE)), context());

        assertThat(results).extracting(OrderResultItem::outcome).containsExactly(Outcome.FAILED, Outcome.SENT);
        assertThat(results.get(0).message()).contains("応答を読めない").contains("{\"total_count\"");
        assertThat(results.get(0).failedCall()).isEqualTo(CALL_DELIVERY);
        assertThat(sim.order("J-2").orElseThrow().shippingStatus()).isEqualTo("発送済み");
    }
}
