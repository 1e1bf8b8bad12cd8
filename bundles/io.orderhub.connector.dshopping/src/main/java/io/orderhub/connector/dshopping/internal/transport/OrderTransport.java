package io.orderhub.connector.dshopping.internal.transport;

import io.orderhub.connector.dshopping.internal.transport.Records.OrderPage;
import io.orderhub.connector.dshopping.internal.transport.Records.RowResult;
import io.orderhub.connector.dshopping.internal.transport.Records.Shipment;
import io.orderhub.core.spi.MallException;

import java.time.Instant;
import java.util.List;

/**
 * How the connector talks to dショッピング. The contract is not public and parts of the real integration may
 * be CSV files over SFTP, so everything about the wire lives behind this interface; mapping and export rules
 * only see {@link Records}.
 */
public interface OrderTransport {

    /** One page (1-based) of orders with one of the statuses, updated in [from, to] (at most 31 days). */
    OrderPage listOrders(List<String> statuses, Instant updatedFrom, Instant updatedTo, int page, int limit)
            throws MallException;

    /** 受注確認待ち → 出荷指示待ち for at most 100 orders; one row per order. */
    List<RowResult> confirm(List<String> orderNos) throws MallException;

    /** 出荷指示待ち → 出荷完了 for at most 100 shipments; one row per shipment. */
    List<RowResult> ship(List<Shipment> shipments) throws MallException;

    /**
     * One order's current status and shipment, where the transport can read a single order; empty when it
     * cannot (or the mall does not know the order). Lets the connector recognise a confirm or ship that went
     * through although its answer was lost.
     */
    default java.util.Optional<Records.OrderState> state(String orderNo) throws MallException {
        return java.util.Optional.empty();
    }
}
