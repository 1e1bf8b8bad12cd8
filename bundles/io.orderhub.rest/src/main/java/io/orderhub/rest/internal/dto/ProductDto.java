package io.orderhub.rest.internal.dto;

import io.orderhub.core.service.Product;

import java.math.BigDecimal;
import java.time.Instant;

/** One product of the master (D4). */
public record ProductDto(String sku, String name, String janCode, BigDecimal price, Instant updatedAt) {

    public static ProductDto of(Product p) {
        return new ProductDto(p.sku(), p.name(), p.janCode(), p.price(), p.updatedAt());
    }
}
