package io.orderhub.core.service;

import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderChange;
import io.orderhub.core.model.OrderStatus;

import java.util.List;

/** Stored orders as operators see and change them. */
public interface OrderService {

    OrderPage find(OrderQuery query);

    /** @throws NotFoundException when there is no such order */
    Order get(long orderId);

    /**
     * Applies an operator's change, sets the order's last-update time (F7) and adds it to the history.
     *
     * @throws ValidationException for an unknown status or a bad value; nothing changes then
     * @throws NotFoundException   when there is no such order
     */
    Order update(long orderId, OrderUpdate update, String actor);

    List<OrderChange> history(long orderId);

    /** The built-in statuses, then the ones the shop added. */
    List<OrderStatus> statuses();

    /** Adds a shop status. @throws ValidationException for a malformed code; ConflictException if taken */
    OrderStatus addStatus(String code, String label);
}
