package io.orderhub.core.service;

import java.util.List;

/** One page of a product search, with the total number of matches. */
public record ProductPage(List<Product> products, long total, int offset, int limit) {
}
