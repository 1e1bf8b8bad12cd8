package io.orderhub.core.spi;

import java.util.List;

/** What the per-account services of a connector have in common. */
public interface MallAccountService {

    /** The account this service works for (same as its {@code orderhub.account} service property). */
    String accountId();

    /** The connection's state as last seen; never calls the mall. */
    ConnectionStatus status();

    /**
     * The account's credentials with what the connector knows of their expiry, without calling the mall.
     * The core derives "expiring" from the expiry; a connector reports {@link Credential.State#REJECTED}
     * when the mall refused the credential. The default reports nothing. Since 1.2.
     */
    default List<Credential> credentials() {
        return List.of();
    }
}
