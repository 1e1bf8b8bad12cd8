package io.orderhub.rest.internal.dto;

/** What {@code POST /products} did: SKUs new to the master, SKUs whose entry was replaced. */
public record ProductImportDto(int created, int updated, String charset) {
}
