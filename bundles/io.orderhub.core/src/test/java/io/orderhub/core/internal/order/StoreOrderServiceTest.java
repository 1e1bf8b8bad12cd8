package io.orderhub.core.internal.order;

import io.orderhub.core.internal.store.jdbc.JdbcStore;
import io.orderhub.core.internal.store.jdbc.TestDatabases;
import io.orderhub.core.model.Address;
import io.orderhub.core.model.Order;
import io.orderhub.core.service.ConflictException;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.OrderUpdate;
import io.orderhub.core.service.ValidationException;
import io.orderhub.core.spi.MallOrder;
import org.junit.Before;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class StoreOrderServiceTest {

    private static final Instant IMPORTED = Instant.parse("2026-11-20T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    private JdbcStore store;
    private StoreOrderService service;
    private long orderId;

    @Before
    public void setUp() {
        store = new JdbcStore(TestDatabases.h2Memory());
        service = new StoreOrderService(store, Clock.fixed(NOW, ZoneOffset.UTC));
        MallOrder mo = new MallOrder("#1001", IMPORTED, IMPORTED, "paid", false, Address.ofName("山田"), Address.ofName("山田"),
                List.of(), "card", "paid", new BigDecimal("1000"), null, Map.of());
        orderId = store.upsertImported("shop", "shopify", mo, "NEW", IMPORTED).orderId();
    }

    @Test
    public void f7_aStatusMoveSetsTheLastUpdateTimeAndIsInTheHistory() {
        assertThat(service.get(orderId).lastUpdatedAt()).isNull();
        Order moved = service.update(orderId, OrderUpdate.builder().status("発送待ち").build(), "operator");
        assertThat(moved.status()).isEqualTo("AWAITING_SHIPMENT");
        assertThat(moved.lastUpdatedAt()).isEqualTo(NOW);
        assertThat(service.history(orderId)).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo("STATUS");
            assertThat(c.actor()).isEqualTo("operator");
        });
    }

    @Test
    public void f7_shippingDataChangesSetTheLastUpdateTimeToo() {
        Order shipped = service.update(orderId, OrderUpdate.builder().shipDate(LocalDate.of(2026, 11, 22))
                .carrier("日本郵便").trackingNumbers(List.of("定形外郵便")).deliveryTimeSlot("14-16").build(), "operator");
        assertThat(shipped.lastUpdatedAt()).isEqualTo(NOW);
        assertThat(shipped.shipping().trackingNumbers()).containsExactly("定形外郵便");
        assertThat(shipped.shipping().deliveryTimeSlot()).isEqualTo("14-16");
    }

    @Test
    public void badChangesAreRefusedNamingTheFieldAndChangeNothing() {
        Order before = service.get(orderId);
        assertRefused(OrderUpdate.builder().status("SHIPPED_TO_MARS").build(), "status");
        assertRefused(OrderUpdate.builder().trackingNumbers(Arrays.asList("123", " ")).build(), "shipping.trackingNumbers[1]");
        assertRefused(OrderUpdate.builder().shipDate(LocalDate.of(2026, 11, 22)).deliveryDate(LocalDate.of(2026, 11, 21)).build(),
                "shipping.deliveryDate");
        assertRefused(OrderUpdate.builder().carrier("x".repeat(101)).build(), "shipping.carrier");
        assertRefused(OrderUpdate.builder().build(), "body");
        assertThat(service.get(orderId)).isEqualTo(before);
        assertThat(service.history(orderId)).extracting(c -> c.kind()).doesNotContain("STATUS", "SHIPPING");
    }

    @Test
    public void unknownOrdersAreNotFound() {
        assertThatThrownBy(() -> service.get(999_999)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.update(999_999, OrderUpdate.builder().status("DONE").build(), "a"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    public void shopsAddTheirOwnStatusesAndUseThem() {
        service.addStatus("GIFT_WRAP", "ギフト包装待ち");
        assertThat(service.statuses()).hasSize(8);
        assertThat(service.update(orderId, OrderUpdate.builder().status("ギフト包装待ち").build(), "op").status())
                .isEqualTo("GIFT_WRAP");
        assertThatThrownBy(() -> service.addStatus("GIFT_WRAP", "別")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.addStatus("DONE2", "処理済")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> service.addStatus("bad code", "x")).isInstanceOf(ValidationException.class)
                .extracting("field").isEqualTo("code");
    }

    private void assertRefused(OrderUpdate update, String field) {
        assertThatThrownBy(() -> service.update(orderId, update, "operator")).isInstanceOf(ValidationException.class)
                .extracting("field").isEqualTo(field);
    }

    @Test
    public void listenersHearAnOperatorsChangeAfterItIsStoredAndTheirFailureChangesNothing() {
        java.util.List<String> heard = new java.util.ArrayList<>();
        service.addOrderChangeListener((order, changed, actor) -> {
            throw new IllegalStateException("a broken listener");
        });
        service.addOrderChangeListener((order, changed, actor) ->
                heard.add(order.shipping().carrier() + " " + changed + " " + actor + " v" + store.find(order.id()).orElseThrow().version()));
        Order shipped = service.update(orderId, OrderUpdate.builder().carrier("ヤマト運輸").build(), "operator");
        assertThat(heard).containsExactly("ヤマト運輸 [CARRIER] operator v" + shipped.version());
    }
}
