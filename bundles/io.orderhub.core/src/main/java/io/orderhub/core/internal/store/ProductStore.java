package io.orderhub.core.internal.store;

import io.orderhub.core.service.Product;
import io.orderhub.core.service.ProductImportResult;
import io.orderhub.core.service.ProductPage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The product master (D4). Every method is one transaction. */
public interface ProductStore {

    /** The name of an order line whose SKU was not in the master when the order was stored. */
    String UNREGISTERED_NAME = "【商品マスタ未登録】";

    /** Inserts or replaces every product, all or none. SKUs must be distinct (the caller checked). */
    ProductImportResult upsertAll(List<Product> products, Instant now);

    /** The names of those of {@code skus} the master has. */
    Map<String, String> names(Collection<String> skus);

    /** SKU starting with or name containing {@code query} (case-insensitive), by SKU. */
    ProductPage list(String query, int offset, int limit);

    Optional<Product> find(String sku);

    /** @return false when there was no such SKU */
    boolean delete(String sku);

    /**
     * Gives stored order lines named {@link #UNREGISTERED_NAME} the master's name of their SKU, where the master
     * now has it, with a history entry per order (kind {@code PRODUCT_NAMES}). Only the name changes.
     *
     * @return how many orders were updated
     */
    int fillUnregisteredNames(Instant now);
}
