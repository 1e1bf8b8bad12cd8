package io.orderhub.core.service;

import io.orderhub.core.model.Order;

import java.util.List;

/** One page of a search, with the total number of matches. */
public record OrderPage(List<Order> orders, long total, int offset, int limit) {
}
