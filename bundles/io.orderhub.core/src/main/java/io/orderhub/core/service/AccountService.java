package io.orderhub.core.service;

import java.util.List;
import java.util.Map;

/**
 * Shop accounts: one configuration each, validated against the connector's declared settings. Secrets are
 * write-only.
 */
public interface AccountService {

    List<Account> list();

    /** @throws NotFoundException when there is no such account */
    Account get(String accountId);

    /**
     * Creates an account.
     *
     * @param settings connector settings and the common ones of {@link io.orderhub.core.spi.AccountProperties}
     * @throws ValidationException for an unknown mall, a malformed id, a missing or bad setting
     * @throws ConflictException   when the id is taken
     */
    Account create(String accountId, String mallId, String name, Map<String, Object> settings);

    /** Changes the given settings; others keep their value. A secret given as null keeps its value. */
    Account update(String accountId, String name, Map<String, Object> settings);

    void delete(String accountId);
}
