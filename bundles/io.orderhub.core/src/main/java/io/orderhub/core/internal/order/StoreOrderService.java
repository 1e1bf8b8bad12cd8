package io.orderhub.core.internal.order;

import io.orderhub.core.internal.store.OrderStore;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderChange;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.service.ConflictException;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.OrderPage;
import io.orderhub.core.service.OrderQuery;
import io.orderhub.core.service.OrderService;
import io.orderhub.core.service.OrderUpdate;
import io.orderhub.core.service.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import io.orderhub.core.service.OrderChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Operators' view of stored orders: checks every change before the store applies it. */
@Component(service = OrderService.class)
public class StoreOrderService implements OrderService {

    static final int MAX_TRACKING_NUMBERS = 20;
    static final int MAX_TRACKING_LENGTH = 120;
    static final int MAX_TEXT = 100;

    private static final Logger LOG = LoggerFactory.getLogger(StoreOrderService.class);

    private final OrderStore store;
    private final Clock clock;
    private final List<OrderChangeListener> listeners = new CopyOnWriteArrayList<>();

    @Activate
    public StoreOrderService(@Reference OrderStore store) {
        this(store, Clock.systemUTC());
    }

    public StoreOrderService(OrderStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public OrderPage find(OrderQuery query) {
        if (query.status() != null) {
            return store.find(new OrderQuery(query.accountId(), query.mallId(), resolveStatus(query.status(), "status").code(),
                    query.mallOrderNumber(), query.updatedSince(), query.offset(), query.limit()));
        }
        return store.find(query);
    }

    @Override
    public Order get(long orderId) {
        return store.find(orderId).orElseThrow(() -> new NotFoundException("order", Long.toString(orderId)));
    }

    @Override
    public Order update(long orderId, OrderUpdate update, String actor) {
        OrderUpdate checked = check(update, get(orderId));
        String who = actor == null ? "unknown" : actor;
        Order updated = store.applyUpdate(orderId, checked, who, clock.instant())
                .orElseThrow(() -> new NotFoundException("order", Long.toString(orderId)));
        notifyListeners(updated, checked, who);
        return updated;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addOrderChangeListener(OrderChangeListener listener) {
        listeners.add(listener);
    }

    public void removeOrderChangeListener(OrderChangeListener listener) {
        listeners.remove(listener);
    }

    /** After the store committed: a listener's failure never undoes or fails the operator's change. */
    private void notifyListeners(Order updated, OrderUpdate change, String actor) {
        for (OrderChangeListener listener : listeners) {
            try {
                listener.orderChanged(updated, change.present(), actor);
            } catch (RuntimeException e) {
                LOG.warn("Order change listener {} failed for order {}", listener.getClass().getName(), updated.id(), e);
            }
        }
    }

    @Override
    public List<OrderChange> history(long orderId) {
        get(orderId);
        return store.history(orderId);
    }

    @Override
    public List<OrderStatus> statuses() {
        List<OrderStatus> all = new ArrayList<>(OrderStatus.BUILT_IN);
        all.addAll(store.customStatuses());
        return all;
    }

    @Override
    public OrderStatus addStatus(String code, String label) {
        if (!OrderStatus.isValidCode(code)) {
            throw new ValidationException("code", "status code must be 2–40 characters of A-Z, 0-9 and '_', "
                    + "starting with a letter");
        }
        if (label == null || label.isBlank() || label.length() > 40) {
            throw new ValidationException("label", "label is required and at most 40 characters");
        }
        boolean clash = statuses().stream().anyMatch(s -> s.code().equals(code) || s.label().equals(label.trim()));
        OrderStatus status = new OrderStatus(code, label.trim(), false);
        if (clash || !store.addCustomStatus(status)) {
            throw new ConflictException("code", "a status with code " + code + " or label " + label + " exists");
        }
        return status;
    }

    /** A status given by code or Japanese label. */
    OrderStatus resolveStatus(String codeOrLabel, String field) {
        if (codeOrLabel == null || codeOrLabel.isBlank()) {
            throw new ValidationException(field, "status must not be empty");
        }
        return statuses().stream()
                .filter(s -> s.code().equals(codeOrLabel) || s.label().equals(codeOrLabel))
                .findFirst()
                .orElseThrow(() -> new ValidationException(field, "unknown status '" + codeOrLabel + "'; known: "
                        + statuses().stream().map(s -> s.code() + " (" + s.label() + ")").toList()));
    }

    private OrderUpdate check(OrderUpdate u, Order current) {
        if (u.present().isEmpty()) {
            throw new ValidationException("body", "nothing to change: give status or shipping fields");
        }
        OrderUpdate.Builder b = OrderUpdate.builder();
        if (u.has(OrderUpdate.Field.STATUS)) {
            b.status(resolveStatus(u.status(), "status").code());
        }
        if (u.has(OrderUpdate.Field.SHIP_DATE)) {
            b.shipDate(u.shipDate());
        }
        if (u.has(OrderUpdate.Field.CARRIER)) {
            b.carrier(text(u.carrier(), "shipping.carrier"));
        }
        if (u.has(OrderUpdate.Field.TRACKING_NUMBERS)) {
            b.trackingNumbers(trackingNumbers(u.trackingNumbers()));
        }
        if (u.has(OrderUpdate.Field.DELIVERY_DATE)) {
            b.deliveryDate(u.deliveryDate());
        }
        if (u.has(OrderUpdate.Field.DELIVERY_TIME_SLOT)) {
            b.deliveryTimeSlot(text(u.deliveryTimeSlot(), "shipping.deliveryTimeSlot"));
        }
        var shipDate = u.has(OrderUpdate.Field.SHIP_DATE) ? u.shipDate() : current.shipping().shipDate();
        var deliveryDate = u.has(OrderUpdate.Field.DELIVERY_DATE) ? u.deliveryDate() : current.shipping().deliveryDate();
        if (shipDate != null && deliveryDate != null && deliveryDate.isBefore(shipDate)) {
            throw new ValidationException(u.has(OrderUpdate.Field.DELIVERY_DATE) ? "shipping.deliveryDate"
                    : "shipping.shipDate", "delivery date " + deliveryDate + " is before ship date " + shipDate);
        }
        return b.build();
    }

    private static String text(String value, String field) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_TEXT) {
            throw new ValidationException(field, "longer than " + MAX_TEXT + " characters");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static List<String> trackingNumbers(List<String> numbers) {
        if (numbers == null) {
            return List.of();
        }
        if (numbers.size() > MAX_TRACKING_NUMBERS) {
            throw new ValidationException("shipping.trackingNumbers", "at most " + MAX_TRACKING_NUMBERS + " tracking numbers");
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            String n = numbers.get(i);
            String field = "shipping.trackingNumbers[" + i + "]";
            if (n == null || n.isBlank()) {
                throw new ValidationException(field, "a tracking number must not be empty");
            }
            if (n.strip().length() > MAX_TRACKING_LENGTH) {
                throw new ValidationException(field, "longer than " + MAX_TRACKING_LENGTH + " characters");
            }
            result.add(n.strip());
        }
        return result;
    }
}
