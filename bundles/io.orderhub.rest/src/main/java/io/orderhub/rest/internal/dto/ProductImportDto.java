package io.orderhub.rest.internal.dto;

/**
 * What {@code POST /products} did: SKUs new to the master, SKUs whose entry was replaced, stored orders whose
 * lines marked 【商品マスタ未登録】 got their names now.
 */
public record ProductImportDto(int created, int updated, int ordersNamed, String charset) {
}
