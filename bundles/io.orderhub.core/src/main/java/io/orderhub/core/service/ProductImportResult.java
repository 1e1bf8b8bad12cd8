package io.orderhub.core.service;

/** What a product CSV import did: SKUs new to the master, and SKUs whose entry was replaced. */
public record ProductImportResult(int created, int updated) {
}
