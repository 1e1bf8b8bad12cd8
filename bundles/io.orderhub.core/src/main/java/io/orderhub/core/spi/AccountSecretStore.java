package io.orderhub.core.spi;

/**
 * Lets a connector keep a secret its mall replaced, e.g. a refresh token the mall rotates on use, so that the
 * account still works after a restart. Implemented by the core on the account's configuration; the account's
 * services see it as a configuration update (a connector that must not restart for it handles the update in
 * place, DS {@code @Modified}). The value is never logged or returned.
 *
 * @since 1.3
 */
public interface AccountSecretStore {

    /**
     * Stores {@code value} as the account's setting {@code key}; nothing happens when it is already stored.
     *
     * @param key a setting the account's mall declares as {@link AccountSetting.Type#SECRET}
     * @throws IllegalArgumentException when there is no such account, the key is not a secret setting of the
     *                                  account's mall, or the value is blank; nothing is changed
     * @throws IllegalStateException    when the account's connector is not installed or the configuration cannot
     *                                  be written
     */
    void replace(String accountId, String key, String value);
}
