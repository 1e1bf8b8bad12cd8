package io.orderhub.rest.internal.dto;

import io.orderhub.core.service.ProductPage;

import java.util.List;

/** One page of products, by SKU. */
public record ProductPageDto(List<ProductDto> products, long total, int offset, int limit) {

    public static ProductPageDto of(ProductPage p) {
        return new ProductPageDto(p.products().stream().map(ProductDto::of).toList(), p.total(), p.offset(), p.limit());
    }
}
