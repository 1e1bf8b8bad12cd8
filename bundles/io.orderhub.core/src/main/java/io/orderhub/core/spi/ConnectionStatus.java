package io.orderhub.core.spi;

/**
 * How a shop account's connection stands, with the reason an operator can act on. A connector never blocks
 * its activation on the mall; it starts {@link State#UNKNOWN} and reports what it learns.
 */
public record ConnectionStatus(State state, String reason) {

    public enum State { UNKNOWN, ONLINE, OFFLINE, CREDENTIAL_REJECTED, CONFIGURATION_ERROR }

    public static final ConnectionStatus UNKNOWN = new ConnectionStatus(State.UNKNOWN, null);

    public static ConnectionStatus online() {
        return new ConnectionStatus(State.ONLINE, null);
    }
}
