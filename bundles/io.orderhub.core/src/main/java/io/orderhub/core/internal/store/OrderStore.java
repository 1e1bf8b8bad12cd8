package io.orderhub.core.internal.store;

import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderChange;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.service.OrderPage;
import io.orderhub.core.service.OrderQuery;
import io.orderhub.core.service.OrderUpdate;
import io.orderhub.core.spi.MallOrder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Orders, their history and the shop's own statuses. Private to the core: connectors never see it.
 * Every method is one transaction.
 */
public interface OrderStore {

    /** What an import did to one order. */
    enum ImportEffect { CREATED, UPDATED, UNCHANGED }

    /**
     * @param changes        for UPDATED, what the mall changed, one readable item each (as in the history)
     * @param newlyCancelled whether this import is the one that saw the mall cancel the order
     */
    record ImportOutcome(long orderId, ImportEffect effect, List<String> changes, boolean newlyCancelled) {

        public ImportOutcome {
            changes = changes == null ? List.of() : List.copyOf(changes);
        }

        public ImportOutcome(long orderId, ImportEffect effect) {
            this(orderId, effect, List.of(), false);
        }
    }

    /**
     * Stores an imported order: creates it (in {@code initialStatus}, history entry IMPORTED) or, when the
     * (account, mall order number) exists, updates only what the mall owns (mall status, buyer, address,
     * lines, payment, totals, mall data, mall update time) and never what an operator entered (status,
     * shipping data, last update). Safe when two imports of the same account store the same order at once:
     * exactly one row results.
     */
    ImportOutcome upsertImported(String accountId, String mallId, MallOrder order, String initialStatus,
                                 Instant now);

    Optional<Order> find(long orderId);

    Optional<Order> findByNumber(String accountId, String mallOrderNumber);

    OrderPage find(OrderQuery query);

    /**
     * Applies an operator's change: sets {@code last_updated_at = now}, increments the version, writes one
     * history entry per changed field. The caller validated the status code.
     *
     * @return the order after the change, or empty when there is no such order
     */
    Optional<Order> applyUpdate(long orderId, OrderUpdate update, String actor, Instant now);

    /** Adds a history entry without touching the last-update time (e.g. EXPORTED). */
    void addHistory(long orderId, OrderChange change);

    List<OrderChange> history(long orderId);

    /**
     * Streams, in id order and page by page (never all in memory), the account's orders whose last update
     * is at or after {@code updatedSince} and whose order date is at or after {@code orderedSince}. Uses the
     * index on (account, last update).
     */
    default void forEachExportCandidate(String accountId, Instant updatedSince, Instant orderedSince, int pageSize,
                                        Consumer<Order> consumer) {
        forEachExportCandidate(accountId, updatedSince, orderedSince, null, pageSize, consumer);
    }

    /**
     * As above, and also the orders never updated since import (no last update) placed at or after
     * {@code neverUpdatedOrderedSince} (Shopserve S2: within the last 4 days); null leaves those out.
     */
    void forEachExportCandidate(String accountId, Instant updatedSince, Instant orderedSince,
                                Instant neverUpdatedOrderedSince, int pageSize, Consumer<Order> consumer);

    /** Shop statuses (not the built-in ones), oldest first. */
    List<OrderStatus> customStatuses();

    /** @return false when the code is taken */
    boolean addCustomStatus(OrderStatus status);
}
