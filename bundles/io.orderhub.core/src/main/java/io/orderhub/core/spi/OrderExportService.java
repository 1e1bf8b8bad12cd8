package io.orderhub.core.spi;

import io.orderhub.core.model.Order;

import java.util.List;

/**
 * Pushes shipping data and status of a shop account's orders back to its mall. Registered by a connector
 * per account configuration, with service properties {@code orderhub.mall} and {@code orderhub.account}.
 *
 * <p>The core selects candidates by the rules common to every mall (creation period, order date within a
 * year, F7/Y1) and asks {@link #check} for the mall's own rules; only orders the check accepts are passed to
 * {@link #export}, in batches of at most {@link MallDescriptor#exportBatchSize()}.
 */
public interface OrderExportService extends MallAccountService {

    /**
     * The mall's own export rules for one order, without calling the mall: either the fields that would be
     * sent (shown in the preview), or every reason why the order is not a target.
     */
    ExportCheck check(Order order, ExportContext context);

    /**
     * Sends the orders. Never throws for a single order's failure: every order of the batch gets exactly one
     * result, failures with the mall's own message. Malls that need several calls per order (Yahoo!) say
     * in the result which call failed.
     *
     * <p><b>Must be safe to repeat.</b> The core records every send in an outbox (IN_FLIGHT before this call,
     * SENT/FAILED after). When orderhub stops between the two (crash, {@code kill -9}), the resumed job calls
     * this method again with the same order version, which may already have reached the mall. The connector
     * must then not apply it twice: it checks what the mall already holds, or uses a call the mall treats as
     * idempotent, and reports such an order as SENT or SKIPPED (saying the mall already has it). The Shopify
     * connector reads the order's fulfillment orders first and skips an order none of whose fulfillment orders
     * is still open ("already fulfilled"), and after an ambiguous failure of its create call it reads them again
     * before retrying, so an order is fulfilled at most once. A connector whose calls only set absolute values
     * (a status, a ship date, a tracking number) meets this rule by nature.
     *
     * <p>The core retries a batch whose call threw a transient {@link MallException} ({@link
     * MallException#isTransient()}) with backoff, honouring {@link MallException#retryAfter()}; the same rule
     * covers those retries.
     *
     * @throws MallException only when nothing could be sent at all (credential rejected, mall down); the
     *                       core then records the same failure for every order of the batch
     */
    List<OrderResultItem> export(List<Order> orders, ExportContext context) throws MallException;
}
