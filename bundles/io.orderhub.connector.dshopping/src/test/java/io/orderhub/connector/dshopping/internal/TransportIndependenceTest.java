package io.orderhub.connector.dshopping.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.connector.dshopping.internal.transport.OrderTransport;
import io.orderhub.connector.dshopping.internal.transport.Records.Item;
import io.orderhub.connector.dshopping.internal.transport.Records.MallError;
import io.orderhub.connector.dshopping.internal.transport.Records.OrderPage;
import io.orderhub.connector.dshopping.internal.transport.Records.OrderRecord;
import io.orderhub.connector.dshopping.internal.transport.Records.Party;
import io.orderhub.connector.dshopping.internal.transport.Records.RowResult;
import io.orderhub.connector.dshopping.internal.transport.Records.Shipment;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.ExportContext;
import io.orderhub.core.spi.ImportQuery;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.core.spi.OrderResultItem;

import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules and the mapping run on whatever {@link OrderTransport} delivers: here an in-memory one standing in
 * for a future CSV/SFTP transport, with records as a file would give them.
 */
public class TransportIndependenceTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T03:00:00Z"), TOKYO);

    private static final class FileLikeTransport implements OrderTransport {
        final List<OrderRecord> orders = new ArrayList<>();
        final List<Shipment> shipped = new ArrayList<>();
        final List<List<String>> confirmCalls = new ArrayList<>();

        @Override
        public OrderPage listOrders(List<String> statuses, Instant from, Instant to, int page, int limit) {
            return new OrderPage(orders.size(), page, limit, page == 1 ? orders : List.of());
        }

        @Override
        public List<RowResult> confirm(List<String> orderNos) {
            confirmCalls.add(orderNos);
            return orderNos.stream().map(no -> new RowResult(no, "OK", List.of())).toList();
        }

        @Override
        public List<RowResult> ship(List<Shipment> shipments) {
            shipped.addAll(shipments);
            // a file-based answer may list only the rejected rows and leave one out entirely
            return List.of(new RowResult(shipments.get(0).orderNo(), "NG",
                    List.of(new MallError("E400_INVALID_PARAM", "trackingNo is too long", "trackingNo"))));
        }
    }

    private static OrderRecord record(String no, String orderDate, List<Item> items, String environment) {
        return new OrderRecord(no, orderDate, "2025-03-10T10:00:00+09:00", "ORDER_CONFIRM_WAITING", null, environment,
                "CREDIT_CARD", 4000L, 300L, new Party("佐藤 花子", null, "5300001", "大阪府大阪市北区梅田3-1-1", "06", "x@y"),
                null, null, null, items);
    }

    private static DShoppingAccountService service(FileLikeTransport t) {
        Map<String, Object> p = new HashMap<>();
        p.put(AccountProperties.ACCOUNT_ID, "file-dshopping");
        p.put("partnerCode", "P1");
        p.put(".apiPassword", "pw");
        DShoppingAccountService s = new DShoppingAccountService(CLOCK);
        s.configure(p);
        s.useTransport(t);
        return s;
    }

    @Test
    public void d4_withoutItemNameTheLineHasNoName_soTheCoreTakesItFromTheProductMaster() throws Exception {
        FileLikeTransport t = new FileLikeTransport();
        t.orders.add(record("D1", "2025-03-10T09:00:00+09:00",
                List.of(new Item(null, "TOWEL-05", null, null, 1650L, 3)), "PRODUCTION"));
        List<MallOrder> got = new ArrayList<>();
        service(t).fetch(new ImportQuery(null, null, List.of(), TOKYO), got::add);
        assertThat(got).singleElement().satisfies(o -> {
            assertThat(o.lines()).singleElement().satisfies(l -> {
                assertThat(l.lineNo()).isEqualTo(1);
                assertThat(l.sku()).isEqualTo("TOWEL-05");
                assertThat(l.name()).as("no SKU stand-in: the core fills the name from its product master").isNull();
            });
            assertThat(o.mallStatus()).isEqualTo("ORDER_CONFIRM_WAITING");
            assertThat(o.buyer().prefecture()).isEqualTo("大阪府");
            assertThat(o.buyer().address1()).isEqualTo("大阪市北区梅田3-1-1");
            assertThat(o.paymentMethod()).isEqualTo("クレジットカード");
        });
    }

    @Test
    public void d8_orderWithoutEnvironmentIsNotTakenForProduction() throws Exception {
        FileLikeTransport t = new FileLikeTransport();
        t.orders.add(record("D1", "2025-03-10T09:00:00+09:00", List.of(), null));
        List<MallOrder> got = new ArrayList<>();
        service(t).fetch(new ImportQuery(null, null, List.of(), TOKYO), got::add);
        assertThat(got).isEmpty();
    }

    @Test
    public void unreadableOrderDateIsMalformedResponseNamingTheOrder() {
        FileLikeTransport t = new FileLikeTransport();
        t.orders.add(record("D9", "10/03/2025", List.of(), "PRODUCTION"));
        assertThatThrownBy(() -> service(t).fetch(new ImportQuery(null, null, List.of(), TOKYO), o -> { }))
                .isInstanceOfSatisfying(MallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(MallException.Kind.MALFORMED_RESPONSE);
                    assertThat(e.getMessage()).contains("D9").contains("orderDate");
                });
    }

    @Test
    public void d6_everyOrderGetsOneResultEvenWhenTheMallLeavesARowOut() throws Exception {
        FileLikeTransport t = new FileLikeTransport();
        Instant placed = Instant.parse("2025-03-09T01:00:00Z");
        LocalDate today = LocalDate.now(CLOCK);
        List<Order> orders = List.of(order("D1", placed, today), order("D2", placed, today));
        List<OrderResultItem> results = service(t).export(orders, new ExportContext(TOKYO, CLOCK, "test"));
        assertThat(results).extracting(OrderResultItem::mallOrderNumber).containsExactly("D1", "D2");
        assertThat(results.get(0).message()).isEqualTo("E400_INVALID_PARAM: trackingNo is too long (trackingNo)");
        assertThat(results.get(1).outcome()).isEqualTo(OrderResultItem.Outcome.FAILED);
        assertThat(results.get(1).message()).contains("結果がありません");
        assertThat(t.shipped).extracting(Shipment::shipDate).containsOnly("2025-03-10");
    }

    private static Order order(String no, Instant placed, LocalDate shipDate) {
        return new Order(1, "file-dshopping", "dshopping", no, placed, null, null, List.of(), null, null, null,
                "出荷指示待ち", "DONE", new Shipping(shipDate, "ヤマト運輸", List.of("1234"), null, null), null, placed,
                placed, 1, Map.of());
    }
}
