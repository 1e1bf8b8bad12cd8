package io.orderhub.rest.internal.fake;

import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderChange;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.OrderPage;
import io.orderhub.core.service.OrderQuery;
import io.orderhub.core.service.OrderService;
import io.orderhub.core.service.OrderUpdate;
import io.orderhub.core.service.ValidationException;

import java.util.List;

public final class FakeOrderService implements OrderService {

    private final FakeBackend backend;

    public FakeOrderService(FakeBackend backend) {
        this.backend = backend;
    }

    @Override
    public synchronized OrderPage find(OrderQuery q) {
        List<Order> matches = backend.orders.values().stream()
                .filter(o -> q.accountId() == null || o.accountId().equals(q.accountId()))
                .filter(o -> q.mallId() == null || o.mallId().equals(q.mallId()))
                .filter(o -> q.status() == null || o.status().equals(q.status()))
                .filter(o -> q.mallOrderNumber() == null || o.mallOrderNumber().equals(q.mallOrderNumber()))
                .filter(o -> q.updatedSince() == null
                        || (o.lastUpdatedAt() != null && !o.lastUpdatedAt().isBefore(q.updatedSince())))
                .toList();
        List<Order> page = matches.stream().skip(q.offset()).limit(q.limit()).toList();
        return new OrderPage(page, matches.size(), q.offset(), q.limit());
    }

    @Override
    public synchronized Order get(long orderId) {
        Order o = backend.orders.get(orderId);
        if (o == null) {
            throw new NotFoundException("order", Long.toString(orderId));
        }
        return o;
    }

    @Override
    public synchronized Order update(long orderId, OrderUpdate u, String actor) {
        Order o = get(orderId);
        if (u.has(OrderUpdate.Field.STATUS) && statuses().stream().noneMatch(s -> s.code().equals(u.status()))) {
            throw new ValidationException("status", "unknown status " + u.status());
        }
        Shipping s = o.shipping();
        Shipping shipping = new Shipping(
                u.has(OrderUpdate.Field.SHIP_DATE) ? u.shipDate() : s.shipDate(),
                u.has(OrderUpdate.Field.CARRIER) ? u.carrier() : s.carrier(),
                u.has(OrderUpdate.Field.TRACKING_NUMBERS) ? u.trackingNumbers() : s.trackingNumbers(),
                u.has(OrderUpdate.Field.DELIVERY_DATE) ? u.deliveryDate() : s.deliveryDate(),
                u.has(OrderUpdate.Field.DELIVERY_TIME_SLOT) ? u.deliveryTimeSlot() : s.deliveryTimeSlot());
        String status = u.has(OrderUpdate.Field.STATUS) ? u.status() : o.status();
        Order changed = new Order(o.id(), o.accountId(), o.mallId(), o.mallOrderNumber(), o.orderedAt(), o.buyer(),
                o.shipTo(), o.lines(), o.paymentMethod(), o.paymentStatus(), o.totalPrice(), o.mallStatus(),
                status, shipping, FakeBackend.NOW, o.importedAt(), o.mallUpdatedAt(), o.version() + 1, o.mallData());
        backend.orders.put(orderId, changed);
        backend.history.get(orderId).add(new OrderChange(FakeBackend.NOW, actor,
                u.has(OrderUpdate.Field.STATUS) ? "STATUS" : "SHIPPING", "changed " + u.present()));
        backend.writes.incrementAndGet();
        return changed;
    }

    @Override
    public synchronized List<OrderChange> history(long orderId) {
        get(orderId);
        return List.copyOf(backend.history.get(orderId));
    }

    @Override
    public synchronized List<OrderStatus> statuses() {
        return List.copyOf(backend.statuses);
    }

    @Override
    public OrderStatus addStatus(String code, String label) {
        throw new UnsupportedOperationException("not offered over REST");
    }
}
