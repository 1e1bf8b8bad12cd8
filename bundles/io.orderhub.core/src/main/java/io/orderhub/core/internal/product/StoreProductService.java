package io.orderhub.core.internal.product;

import io.orderhub.core.internal.store.ProductStore;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.Product;
import io.orderhub.core.service.ProductImportResult;
import io.orderhub.core.service.ProductPage;
import io.orderhub.core.service.ProductService;
import io.orderhub.core.service.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.Charset;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** {@link ProductService} over the product store. */
@Component(service = ProductService.class)
public class StoreProductService implements ProductService {

    private static final Logger LOG = LoggerFactory.getLogger(StoreProductService.class);
    static final int MAX_LIMIT = 1000;

    private final ProductStore store;
    private final Clock clock;

    @Activate
    public StoreProductService(@Reference ProductStore store) {
        this(store, Clock.systemUTC());
    }

    public StoreProductService(ProductStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public ProductImportResult importCsv(byte[] csv, Charset charset, String actor) {
        if (csv == null || csv.length == 0) {
            throw new ValidationException("csv", "the product file is empty; it needs a header row with the columns"
                    + " sku (商品コード) and name (商品名)");
        }
        List<Product> products = ProductCsv.parse(csv, Objects.requireNonNull(charset, "charset"));
        ProductImportResult result = store.upsertAll(products, clock.instant());
        // orders stored before the master knew their SKUs get the names now (D4), so nobody needs to re-import
        int filled = store.fillUnregisteredNames(clock.instant());
        LOG.info("{} imported the product master: {} new, {} updated; product names filled in {} orders", actor,
                result.created(), result.updated(), filled);
        return new ProductImportResult(result.created(), result.updated(), filled);
    }

    @Override
    public ProductPage list(String query, int offset, int limit) {
        if (offset < 0) {
            throw new ValidationException("offset", "offset must be 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return store.list(query, offset, limit);
    }

    @Override
    public Product get(String sku) {
        return sku == null || sku.isBlank() ? missing(sku) : store.find(sku).orElseGet(() -> missing(sku));
    }

    @Override
    public void delete(String sku, String actor) {
        if (sku == null || sku.isBlank() || !store.delete(sku)) {
            missing(sku);
        }
        LOG.info("{} deleted product {} from the master", actor, sku);
    }

    private static Product missing(String sku) {
        throw new NotFoundException("product", sku);
    }
}
