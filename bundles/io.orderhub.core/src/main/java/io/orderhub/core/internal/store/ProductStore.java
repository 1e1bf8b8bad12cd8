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

    /** Inserts or replaces every product, all or none. SKUs must be distinct (the caller checked). */
    ProductImportResult upsertAll(List<Product> products, Instant now);

    /** The names of those of {@code skus} the master has. */
    Map<String, String> names(Collection<String> skus);

    /** SKU starting with or name containing {@code query} (case-insensitive), by SKU. */
    ProductPage list(String query, int offset, int limit);

    Optional<Product> find(String sku);

    /** @return false when there was no such SKU */
    boolean delete(String sku);
}
