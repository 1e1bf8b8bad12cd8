package io.orderhub.core.service;

import java.util.List;

/**
 * Health of shop accounts: connection, credentials (warned {@value #WARNING_DAYS} days ahead of expiry) and
 * whether automatic runs are paused and why. Never calls a mall.
 *
 * @since 1.1
 */
public interface HealthService {

    int WARNING_DAYS = 14;

    /** @throws NotFoundException for an unknown account */
    AccountHealth health(String accountId);

    /** Every account, sorted by id. */
    List<AccountHealth> all();
}
