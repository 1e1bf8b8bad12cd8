package io.orderhub.core.service;

import io.orderhub.core.model.Order;

import java.util.Set;

/**
 * Whiteboard service told after an operator's change of an order is committed. Called on the caller's
 * thread: an implementation returns quickly (record the change, act later) and must not throw; a listener
 * that throws is logged and ignored, the change stays committed.
 *
 * @since 1.1
 */
public interface OrderChangeListener {

    /**
     * @param order   the order as stored after the change
     * @param changed the fields the operator changed
     * @param actor   who changed it
     */
    void orderChanged(Order order, Set<OrderUpdate.Field> changed, String actor);
}
