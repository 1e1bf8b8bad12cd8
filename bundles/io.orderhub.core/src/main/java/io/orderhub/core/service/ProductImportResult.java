package io.orderhub.core.service;

/**
 * What a product CSV import did.
 *
 * @param created            SKUs new to the master
 * @param updated            SKUs whose entry was replaced
 * @param ordersNamed        stored orders whose lines marked 【商品マスタ未登録】 got their product name now
 */
public record ProductImportResult(int created, int updated, int ordersNamed) {

    public ProductImportResult(int created, int updated) {
        this(created, updated, 0);
    }
}
