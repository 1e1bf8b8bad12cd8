package io.orderhub.core.spi;

/** What the per-account services of a connector have in common. */
public interface MallAccountService {

    /** The account this service works for (same as its {@code orderhub.account} service property). */
    String accountId();

    /** The connection's state as last seen; never calls the mall. */
    ConnectionStatus status();
}
