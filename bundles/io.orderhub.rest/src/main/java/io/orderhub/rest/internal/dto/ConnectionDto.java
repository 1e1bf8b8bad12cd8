package io.orderhub.rest.internal.dto;

import io.orderhub.core.spi.ConnectionStatus;

/** How an account's connection to its mall stands, with a reason an operator can act on. */
public record ConnectionDto(String state, String reason) {

    public static ConnectionDto of(ConnectionStatus s) {
        return s == null ? new ConnectionDto(ConnectionStatus.State.UNKNOWN.name(), null)
                : new ConnectionDto(s.state().name(), s.reason());
    }
}
