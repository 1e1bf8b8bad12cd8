package io.orderhub.connector.dshopping.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.model.Order;
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
import io.orderhub.simulator.dshopping.DOrderStatus;
import io.orderhub.simulator.dshopping.DShoppingSimulator;
import io.orderhub.simulator.dshopping.NewOrder;
import io.orderhub.simulator.dshopping.SimulatedOrder;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public class DShoppingExportTest extends SimulatorTestSupport {

    private final Instant yesterday = Instant.now().minus(Duration.ofDays(1));

    /** An order imported and confirmed (D3), so the mall expects its shipment. */
    private SimulatedOrder confirmed(DShoppingSimulator sim) {
        SimulatedOrder o = sim.addOrder(NewOrder.placedAt(yesterday));
        sim.setStatus(o.orderNo(), DOrderStatus.SHIP_INSTRUCTION_WAITING);
        return o;
    }

    @Test
    public void d5_newOnHoldAndCancelledOrdersAreNotExported() {
        DShoppingSimulator sim = simulator();
        DShoppingAccountService service = account(sim);
        SimulatedOrder so = confirmed(sim);
        for (String status : List.of("DONE", "AWAITING_SHIPMENT", "AWAITING_PAYMENT_AFTER_SHIPPING", "SHIPPED_BY_WAREHOUSE")) {
            assertThat(service.check(order(so, status, today(), "ヤマト運輸", "1234"), context()).isTarget()).as(status).isTrue();
        }
        assertThat(service.check(order(so, "NEW", today(), "ヤマト運輸", "1234"), context()).reasons())
                .containsExactly("ステータスが「新規受付」の注文は書き出しません");
        assertThat(service.check(order(so, "ON_HOLD", today(), "ヤマト運輸", "1234"), context()).reasons())
                .containsExactly("ステータスが「保留」の注文は書き出しません");
        assertThat(service.check(order(so, "CANCELLED", today(), "ヤマト運輸", "1234"), context()).reasons())
                .containsExactly("ステータスが「キャンセル」の注文は書き出しません");
    }

    @Test
    public void d5_shipDateTodayOrEarlierTrackingNumberAndCarrierAreRequired() {
        DShoppingSimulator sim = simulator();
        DShoppingAccountService service = account(sim);
        SimulatedOrder so = confirmed(sim);
        assertThat(service.check(order(so, "DONE", today().plusDays(1), "ヤマト運輸", "1234"), context()).reasons())
                .singleElement().asString().startsWith("出荷日が未来の日付です");
        assertThat(service.check(order(so, "DONE", today().minusDays(3), "ヤマト運輸", "1234"), context()).reasons())
                .singleElement().asString().startsWith("出荷日が注文日より前です");
        ExportCheck nothing = service.check(order(so, "DONE", null, null), context());
        assertThat(nothing.reasons()).hasSize(3).contains("出荷日が未入力です", "配送会社が未選択です")
                .anyMatch(r -> r.startsWith("追跡番号が未入力です"));
        assertThat(sim.requestCount()).isZero();
    }

    @Test
    public void d6_previewShowsCarrierIdTrackingNumberAndShipDateAndListsNumbersNotSent() {
        DShoppingSimulator sim = simulator();
        ExportCheck check = account(sim).check(order(confirmed(sim), "DONE", today(), "佐川急便", "4000-1", "4000-2"),
                context());
        assertThat(check.fields()).containsExactly(Map.entry("carrierId", "02"), Map.entry("trackingNo", "4000-1"),
                Map.entry("shipDate", today().toString()), Map.entry("未送信の追跡番号", "4000-2"));
    }

    @Test
    public void d7_carrierWithoutIdOrMissingFromTheTableIsAClearError() {
        DShoppingSimulator sim = simulator();
        Map<String, Object> config = config(sim);
        config.put("carrierIds", "ヤマト運輸=01, 西濃運輸=");
        DShoppingAccountService service = account(config);
        SimulatedOrder so = confirmed(sim);
        assertThat(service.check(order(so, "DONE", today(), "西濃運輸", "1"), context()).reasons())
                .containsExactly("D7: 配送会社「西濃運輸」のモール側の配送会社コードが空です（配送会社変換表で指定してください）");
        assertThat(service.check(order(so, "DONE", today(), "福山通運", "1"), context()).reasons())
                .singleElement().asString().contains("福山通運").contains("変換表にありません");
        assertThat(service.check(order(so, "DONE", today(), "ヤマト運輸", "1"), context()).isTarget()).isTrue();
    }

    @Test
    public void d7_theCarrierIdsSettingIsTheDefaultTableAndTheAccountsTableFromTheEngineIsUsed() throws Exception {
        ConversionTables defaults = new DShoppingConnector().defaultConversions(Map.of("carrierIds", "ヤマト運輸=01, 西濃運輸="));
        assertThat(defaults.carrier("ヤマト運輸")).contains(new MallCarrier("01", null));
        assertThat(defaults.carrier("西濃運輸")).as("D7: empty ID, not sent").isEmpty();
        assertThat(defaults.carrier("福山通運")).as("D7: not in the table, not sent").isEmpty();
        assertThat(new DShoppingConnector().defaultConversions(Map.of()).carrier("福山通運"))
                .contains(new MallCarrier("06", null));

        DShoppingSimulator sim = simulator();
        SimulatedOrder so = confirmed(sim);
        ConversionTables account = new ConversionTables(Map.of("西濃運輸", new MallCarrier("05", null)),
                ConversionTables.UnlistedCarrier.NOT_SENT, null, Map.of(), null, List.of());
        ExportContext ctx = new ExportContext(TOKYO, clock, "test", null, account);
        List<OrderResultItem> results = account(sim).export(List.of(order(so, "DONE", today(), "西濃運輸", "9876")), ctx);
        assertThat(results).singleElement().satisfies(r -> assertThat(r.sent()).containsEntry("carrierId", "05"));
    }

    @Test
    public void d5_theStatusDefaultsAreTheMappingsAndAnEnabledOnHoldOrderIsATargetWithTheEnginesMapping() {
        StatusMappingModel model = new DShoppingConnector().statusMappingModel(Map.of());
        assertThat(model.defaultRule("NEW").enabled()).isFalse();
        assertThat(model.defaultRule("ON_HOLD").enabled()).isFalse();
        assertThat(model.defaultRule("CANCELLED").enabled()).isFalse();
        assertThat(model.defaultRule("MY_OWN").enabled()).isTrue();
        DShoppingSimulator sim = simulator();
        SimulatedOrder so = confirmed(sim);
        ExportContext ctx = new ExportContext(TOKYO, clock, "test",
                new StatusMapping(Map.of("ON_HOLD", StatusRule.TARGET), model), null);
        assertThat(account(sim).check(order(so, "ON_HOLD", today(), "ヤマト運輸", "1"), ctx).isTarget()).isTrue();
    }

    @Test
    public void d6_exportReportsShipmentAndTheMallShowsShipped() throws Exception {
        DShoppingSimulator sim = simulator();
        SimulatedOrder so = confirmed(sim);
        List<OrderResultItem> results = account(sim).export(
                List.of(order(so, "DONE", today(), "ヤマト運輸", "123456789012")), context());
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.SENT);
            assertThat(r.sent()).containsEntry("carrierId", "01").containsEntry("trackingNo", "123456789012");
        });
        SimulatedOrder after = sim.order(so.orderNo()).orElseThrow();
        assertThat(after.status()).isEqualTo(DOrderStatus.SHIPPED);
        assertThat(after.carrierId()).isEqualTo("01");
        assertThat(after.trackingNo()).isEqualTo("123456789012");
        assertThat(after.shipDate()).isEqualTo(today());
    }

    @Test
    public void d6_partialBatchFailureIsSplitPerOrderWithTheMallsMessage() throws Exception {
        DShoppingSimulator sim = simulator();
        SimulatedOrder ok = confirmed(sim);
        SimulatedOrder unconfirmed = sim.addOrder(NewOrder.placedAt(yesterday));
        SimulatedOrder cancelled = confirmed(sim);
        sim.setStatus(cancelled.orderNo(), DOrderStatus.CANCELED);
        List<Order> orders = List.of(order(ok, "DONE", today(), "ヤマト運輸", "1111"),
                order(unconfirmed, "DONE", today(), "ヤマト運輸", "2222"),
                order(cancelled, "DONE", today(), "佐川急便", "3333"));

        List<OrderResultItem> results = account(sim).export(orders, context());

        assertThat(results).extracting(OrderResultItem::mallOrderNumber)
                .containsExactly(ok.orderNo(), unconfirmed.orderNo(), cancelled.orderNo());
        assertThat(results).extracting(OrderResultItem::outcome).containsExactly(Outcome.SENT, Outcome.FAILED, Outcome.FAILED);
        assertThat(results.get(1).message()).startsWith("INVALID_STATUS: ").contains("受注確認待ち");
        assertThat(results.get(1).failedCall()).isEqualTo("POST /orders/ship");
        assertThat(results.get(2).message()).startsWith("INVALID_STATUS: ").contains("キャンセル");
        assertThat(sim.requestCount(DShoppingSimulator.SHIP)).isEqualTo(1);
        assertThat(sim.order(ok.orderNo()).orElseThrow().status()).isEqualTo(DOrderStatus.SHIPPED);
        assertThat(sim.order(unconfirmed.orderNo()).orElseThrow().status()).isEqualTo(DOrderStatus.ORDER_CONFIRM_WAITING);
    }

    @Test
    public void d6_moreThan100OrdersGoIn100PerCall() throws Exception {
        DShoppingSimulator sim = simulator();
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            orders.add(order(confirmed(sim), "DONE", today(), "日本郵便", "9" + i));
        }
        List<OrderResultItem> results = account(sim).export(orders, context());
        assertThat(results).hasSize(101).allMatch(r -> r.outcome() == Outcome.SENT);
        assertThat(sim.requestCount(DShoppingSimulator.SHIP)).isEqualTo(2);
    }

    @Test
    public void wrongPasswordOnExportThrowsSoTheCoreRecordsItForEveryOrder() {
        DShoppingSimulator sim = simulator();
        Map<String, Object> config = config(sim);
        config.put(".apiPassword", "wrong");
        SimulatedOrder so = confirmed(sim);
        assertThatThrownBy(() -> account(config).export(List.of(order(so, "DONE", today(), "ヤマト運輸", "1")), context()))
                .isInstanceOfSatisfying(MallException.class,
                        e -> assertThat(e.kind()).isEqualTo(MallException.Kind.CREDENTIAL_REJECTED));
        assertThat(sim.order(so.orderNo()).orElseThrow().status()).isEqualTo(DOrderStatus.SHIP_INSTRUCTION_WAITING);
    }
}
