package io.orderhub.shell.internal;

import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.service.OrderQuery;
import org.junit.Before;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;

import static io.orderhub.shell.internal.MallAndAccountCommandsTest.assertOneErrorLine;
import static org.assertj.core.api.Assertions.assertThat;

public class OrderAndStatusCommandsTest {

    private final Fakes.Orders orders = new Fakes.Orders();

    @Before
    public void orders() {
        orders.add(1, "my-shop", "#1001", "AWAITING_SHIPMENT");
        orders.add(2, "my-shop", "#1002", "NEW");
        orders.add(3, "other-shop", "#2001", "AWAITING_SHIPMENT");
    }

    @Test
    public void orderListFiltersByStatusGivenAsJapaneseLabelAndShowsCodeAndLabel() throws Exception {
        OrderListCommand cmd = listCommand();
        cmd.status = "発送待ち";
        cmd.accountId = "my-shop";

        Console console = Console.run(cmd);

        OrderQuery query = orders.queries.get(0);
        assertThat(query.status()).isEqualTo("AWAITING_SHIPMENT");
        assertThat(query.accountId()).isEqualTo("my-shop");
        assertThat(console.out()).contains("#1001", "AWAITING_SHIPMENT 発送待ち", "山田 太郎", "2025-05-01 10:00 JST",
                "Orders 1-1 of 1").doesNotContain("#1002", "#2001");
    }

    @Test
    public void orderListAcceptsStatusCodeInAnyCase() throws Exception {
        OrderListCommand cmd = listCommand();
        cmd.status = "new";

        assertThat(Console.run(cmd).out()).contains("#1002").doesNotContain("#1001");
        assertThat(orders.queries.get(0).status()).isEqualTo("NEW");
    }

    @Test
    public void orderListPagesWithOffsetAndLimit() throws Exception {
        OrderListCommand cmd = listCommand();
        cmd.offset = "1";
        cmd.limit = "1";

        assertThat(Console.run(cmd).out()).contains("#1002", "Orders 2-2 of 3").doesNotContain("#1001", "#2001");
    }

    @Test
    public void orderListRejectsUnknownStatusAndBadLimitInOneLine() throws Exception {
        OrderListCommand cmd = listCommand();
        cmd.status = "発送済み";
        assertOneErrorLine(Console.run(cmd), "Error: status: unknown status '発送済み'; known: NEW (新規受付)");

        cmd = listCommand();
        cmd.limit = "0";
        assertOneErrorLine(Console.run(cmd), "Error: limit: limit must be between 1 and 1000");

        cmd = listCommand();
        cmd.offset = "ten";
        assertOneErrorLine(Console.run(cmd), "Error: offset: 'ten' is not a whole number");

        assertThat(orders.queries).isEmpty();
    }

    @Test
    public void orderShowPrintsFieldsShippingLinesAndHistory() throws Exception {
        orders.update(1, io.orderhub.core.service.OrderUpdate.builder().carrier("ヤマト運輸")
                .trackingNumbers(List.of("1111", "定形外郵便")).build(), "alice");
        OrderShowCommand cmd = new OrderShowCommand();
        cmd.orders = orders;
        cmd.orderId = "1";

        String out = Console.run(cmd).out();

        assertThat(out).contains("Order 1: #1001", "account my-shop", "AWAITING_SHIPMENT 発送待ち",
                "山田 太郎 (ヤマダ タロウ) 〒100-0001 東京都 千代田区 千代田1-1", "credit_card (paid)", "2400",
                "shopifyOrderId=450789469", "ヤマト運輸", "1111, 定形外郵便", "SKU-1", "緑茶 100g",
                "IMPORTED", "from shopify", "alice");
    }

    @Test
    public void orderShowRejectsBadAndUnknownIds() throws Exception {
        OrderShowCommand cmd = new OrderShowCommand();
        cmd.orders = orders;
        cmd.orderId = "abc";
        assertOneErrorLine(Console.run(cmd), "Error: ORDER_ID: 'abc' is not an order id");

        cmd.orderId = "99";
        assertOneErrorLine(Console.run(cmd), "Error: order 99 not found");
    }

    @Test
    public void orderSetChangesStatusByLabelAndShippingWithSeveralTrackingNumbers() throws Exception {
        OrderSetCommand cmd = setCommand("1");
        cmd.status = "処理済";
        cmd.shipDate = "2025-05-02";
        cmd.carrier = "佐川急便";
        cmd.tracking = List.of("1234-5678", "定形外郵便");
        cmd.deliveryDate = "2025-05-04";
        cmd.timeSlot = "14-16";

        Console console = Console.run(cmd);

        assertThat(console.err()).isEmpty();
        Order o = orders.get(1);
        assertThat(o.status()).isEqualTo("DONE");
        assertThat(o.shipping().shipDate()).isEqualTo(LocalDate.of(2025, 5, 2));
        assertThat(o.shipping().carrier()).isEqualTo("佐川急便");
        assertThat(o.shipping().trackingNumbers()).containsExactly("1234-5678", "定形外郵便");
        assertThat(o.shipping().deliveryDate()).isEqualTo(LocalDate.of(2025, 5, 4));
        assertThat(o.shipping().deliveryTimeSlot()).isEqualTo("14-16");
        assertThat(console.out()).contains("Order 1 (#1001) updated", "DONE 処理済", "1234-5678, 定形外郵便");
    }

    @Test
    public void orderSetClearsOnlyTheNamedFields() throws Exception {
        OrderSetCommand first = setCommand("1");
        first.carrier = "ヤマト運輸";
        first.tracking = List.of("1111");
        Console.run(first);

        OrderSetCommand clear = setCommand("1");
        clear.clear = List.of("tracking");
        Console.run(clear);

        assertThat(orders.get(1).shipping().trackingNumbers()).isEmpty();
        assertThat(orders.get(1).shipping().carrier()).isEqualTo("ヤマト運輸");
    }

    @Test
    public void orderSetErrorsAreOneLineAndLeaveTheOrderUnchanged() throws Exception {
        Order before = orders.get(1);

        OrderSetCommand badDate = setCommand("1");
        badDate.status = "DONE";
        badDate.shipDate = "2025-13-01";
        assertOneErrorLine(Console.run(badDate), "Error: ship-date: '2025-13-01' is not a valid date (yyyy-MM-dd)");

        OrderSetCommand badStatus = setCommand("1");
        badStatus.status = "SHIPPED";
        badStatus.carrier = "ヤマト運輸";
        assertOneErrorLine(Console.run(badStatus), "Error: status: unknown status 'SHIPPED'");

        OrderSetCommand both = setCommand("1");
        both.carrier = "ヤマト運輸";
        both.clear = List.of("carrier");
        assertOneErrorLine(Console.run(both), "Error: clear: --carrier is both given and cleared");

        OrderSetCommand unknownField = setCommand("1");
        unknownField.clear = List.of("status");
        assertOneErrorLine(Console.run(unknownField), "Error: clear: cannot clear 'status'");

        assertOneErrorLine(Console.run(setCommand("1")), "Error: ORDER_ID: nothing to change");

        OrderSetCommand unknownOrder = setCommand("42");
        unknownOrder.carrier = "ヤマト運輸";
        assertOneErrorLine(Console.run(unknownOrder), "Error: order 42 not found");

        assertThat(orders.updates).isZero();
        assertThat(orders.get(1)).isEqualTo(before);
    }

    @Test
    public void statusListShowsBuiltInsThenShopStatuses() throws Exception {
        orders.addStatus("BACKORDER", "取り寄せ中");
        StatusListCommand cmd = new StatusListCommand();
        cmd.orders = orders;

        String out = Console.run(cmd).out();

        for (OrderStatus s : OrderStatus.BUILT_IN) {
            assertThat(out).contains(s.code(), s.label());
        }
        assertThat(out.indexOf("CANCELLED")).isLessThan(out.indexOf("BACKORDER"));
        assertThat(out).contains("取り寄せ中", "shop");
    }

    @Test
    public void statusAddAddsAndRejectsMalformedOrTakenCodes() throws Exception {
        StatusAddCommand cmd = new StatusAddCommand();
        cmd.orders = orders;
        cmd.code = "BACKORDER";
        cmd.label = "取り寄せ中";
        assertThat(Console.run(cmd).out()).contains("Status BACKORDER 取り寄せ中 added");

        assertOneErrorLine(Console.run(cmd), "Error: code: status BACKORDER already exists");

        cmd.code = "back-order";
        assertOneErrorLine(Console.run(cmd), "Error: CODE: 'back-order' is not a status code");

        cmd.code = "LATER";
        cmd.label = " ";
        assertOneErrorLine(Console.run(cmd), "Error: LABEL: a label is required");

        assertThat(orders.custom).extracting(OrderStatus::code).containsExactly("BACKORDER");
    }

    private OrderListCommand listCommand() {
        OrderListCommand cmd = new OrderListCommand();
        cmd.orders = orders;
        return cmd;
    }

    private OrderSetCommand setCommand(String id) {
        OrderSetCommand cmd = new OrderSetCommand();
        cmd.orders = orders;
        cmd.orderId = id;
        return cmd;
    }
}
