package io.orderhub.core.spi;

import java.util.List;
import java.util.function.Consumer;

/**
 * Fetches a shop account's orders from its mall. Registered by a connector per account configuration, with
 * service properties {@code orderhub.mall} and {@code orderhub.account}. A connector never writes the
 * store: it hands each order to the sink, page by page, and the core stores it.
 */
public interface OrderImportService extends MallAccountService {

    /**
     * Fetches the orders the query selects and hands each to {@code sink} as soon as it is read, so that a
     * large import never holds all orders in memory. Keeps within the mall's rate limit.
     *
     * @throws MallException when the mall refuses or fails; orders already handed over stay stored
     */
    void fetch(ImportQuery query, Consumer<MallOrder> sink) throws MallException;

    /**
     * Called after the core stored the given orders, for malls whose order moves on once imported
     * (dショッピング D3: 受注確認待ち → 出荷指示待ち). The default does nothing.
     *
     * @return one result per order that could not be moved; empty when all moved
     */
    default List<OrderResultItem> acknowledge(List<String> mallOrderNumbers) throws MallException {
        return List.of();
    }
}
