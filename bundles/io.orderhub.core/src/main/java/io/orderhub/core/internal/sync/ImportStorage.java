package io.orderhub.core.internal.sync;

import io.orderhub.core.internal.store.ConflictStore;
import io.orderhub.core.internal.store.JobStore;
import io.orderhub.core.internal.store.OrderStore;
import io.orderhub.core.internal.store.ProductStore;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderChange;
import io.orderhub.core.model.OrderLine;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.service.Conflict;
import io.orderhub.core.spi.MallOrder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stores one imported order the way every mall needs it: lines without a product name take it from the
 * product master (D4), a line whose SKU the master lacks is stored with {@link #UNREGISTERED_NAME} so that an
 * operator sees it (never dropped), and a mall-side cancellation of an order that is already being shipped
 * goes on the conflict list.
 */
@Component(service = ImportStorage.class)
public class ImportStorage {

    private static final Logger LOG = LoggerFactory.getLogger(ImportStorage.class);

    /** The name of a line whose SKU is not in the product master; a re-import replaces it once it is. */
    public static final String UNREGISTERED_NAME = ProductStore.UNREGISTERED_NAME;
    /** History kind of an order put on the conflict list. */
    public static final String CONFLICT = "CONFLICT";
    /** Operator statuses that mean the parcel is on its way or gone. */
    static final Set<String> SHIPPING_STATUSES = Set.of(OrderStatus.AWAITING_SHIPMENT.code(),
            OrderStatus.AWAITING_PAYMENT_AFTER_SHIPPING.code(), OrderStatus.DONE.code());

    private final OrderStore orders;
    private final JobStore jobs;
    private final ProductStore products;
    private final ConflictStore conflicts;

    @Activate
    public ImportStorage(@Reference OrderStore orders, @Reference JobStore jobs, @Reference ProductStore products,
                         @Reference ConflictStore conflicts) {
        this.orders = orders;
        this.jobs = jobs;
        this.products = products;
        this.conflicts = conflicts;
    }

    /** Stores orders as the mall sent them, without product master or conflict list (tests of the engine alone). */
    static ImportStorage plain(OrderStore orders) {
        return new ImportStorage(orders, null, null, null);
    }

    OrderStore.ImportOutcome store(String accountId, String mallId, MallOrder mallOrder, String initialStatus,
                                   Instant now) {
        MallOrder named = products == null ? mallOrder : withNames(mallOrder);
        OrderStore.ImportOutcome outcome = orders.upsertImported(accountId, mallId, named, initialStatus, now);
        if (outcome.newlyCancelled() && conflicts != null) {
            Optional<Conflict> listed = listIfShipping(accountId, outcome.orderId(), now);
            if (listed.isPresent()) {
                // the import's result for this order says so too, where the operator looks after an import
                List<String> changes = new ArrayList<>(outcome.changes());
                changes.add("発送処理中のため競合リストに追加されました (#" + listed.get().id() + ")");
                return new OrderStore.ImportOutcome(outcome.orderId(), outcome.effect(), changes, true);
            }
        }
        return outcome;
    }

    private MallOrder withNames(MallOrder order) {
        List<String> unnamed = order.lines().stream().filter(l -> isBlank(l.name())).map(OrderLine::sku).toList();
        if (unnamed.isEmpty()) {
            return order;
        }
        Map<String, String> names = products.names(unnamed);
        List<OrderLine> lines = new ArrayList<>(order.lines().size());
        for (OrderLine l : order.lines()) {
            if (!isBlank(l.name())) {
                lines.add(l);
                continue;
            }
            String name = l.sku() == null ? null : names.get(l.sku());
            lines.add(new OrderLine(l.lineNo(), l.mallLineId(), l.sku(), name != null ? name : UNREGISTERED_NAME,
                    l.quantity(), l.unitPrice()));
        }
        return new MallOrder(order.mallOrderNumber(), order.orderedAt(), order.mallUpdatedAt(), order.mallStatus(),
                order.cancelled(), order.buyer(), order.shipTo(), lines, order.paymentMethod(), order.paymentStatus(),
                order.totalPrice(), order.shipping(), order.mallData());
    }

    private Optional<Conflict> listIfShipping(String accountId, long orderId, Instant now) {
        Order order = orders.find(orderId).orElse(null);
        if (order == null) {
            return Optional.empty();
        }
        List<String> why = new ArrayList<>();
        if (SHIPPING_STATUSES.contains(order.status())) {
            why.add("ステータスが" + OrderStatus.builtIn(order.status()).label());
        }
        Shipping s = order.shipping();
        if (s != null && (s.shipDate() != null || !isBlank(s.carrier()) || !s.trackingNumbers().isEmpty())) {
            why.add("発送情報が入力済み");
        }
        if (jobs.lastSentVersion(orderId) >= 0) {
            why.add("モールへ書き出し済み");
        }
        if (why.isEmpty()) {
            return Optional.empty();
        }
        String detail = "モールでキャンセルされましたが、すでに発送処理中です (" + String.join("、", why)
                + ")。荷物を止めるか、モールと購入者に確認してください";
        Optional<Conflict> opened = conflicts.openIfAbsent(accountId, orderId, order.mallOrderNumber(),
                Conflict.MALL_CANCELLED, detail, now);
        opened.ifPresent(c -> {
            orders.addHistory(orderId, new OrderChange(now, "system", CONFLICT,
                    "競合リストに追加されました (#" + c.id() + "): " + detail));
            LOG.warn("Order {} of account {} was cancelled on the mall while being shipped; conflict #{}",
                    order.mallOrderNumber(), accountId, c.id());
        });
        return opened;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
