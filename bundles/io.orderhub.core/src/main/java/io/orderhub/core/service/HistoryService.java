package io.orderhub.core.service;

/**
 * Every import and export run and every per-order result, kept at least {@value #MIN_RETENTION_DAYS} days
 * (configuration {@code io.orderhub.history}, {@code retentionDays}) and searchable.
 */
public interface HistoryService {

    int MIN_RETENTION_DAYS = 90;
    int DEFAULT_RETENTION_DAYS = 400;

    HistoryPage search(HistoryQuery query);
}
