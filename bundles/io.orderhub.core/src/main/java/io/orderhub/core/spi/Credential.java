package io.orderhub.core.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A credential of a shop account as its connector reports it (never its value).
 *
 * @param name      stable key, e.g. the setting it comes from ({@code publicKey})
 * @param label     shown to operators, in Japanese where the mall's term is Japanese (公開鍵)
 * @param expiresAt when the mall stops accepting it; null when it does not expire or is unknown
 * @param state     as the connector sees it; the core turns {@link State#VALID} into {@link State#EXPIRING}
 *                  or {@link State#EXPIRED} by the expiry
 * @param reason    what an operator can do, or null
 * @since 1.2
 */
public record Credential(String name, String label, Instant expiresAt, State state, String reason) {

    public enum State { VALID, EXPIRING, EXPIRED, REJECTED }

    public Credential {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        label = label == null ? name : label;
    }

    public static Credential valid(String name, String label, Instant expiresAt) {
        return new Credential(name, label, expiresAt, State.VALID, null);
    }

    /**
     * A credential whose only trouble the connector knows of is the account's connection status: rejected
     * (with the mall's reason) when the status is {@link ConnectionStatus.State#CREDENTIAL_REJECTED}, else valid.
     */
    public static Credential fromStatus(String name, String label, Instant expiresAt, ConnectionStatus status) {
        return status != null && status.state() == ConnectionStatus.State.CREDENTIAL_REJECTED
                ? rejected(name, label, expiresAt, status.reason())
                : valid(name, label, expiresAt);
    }

    public static Credential rejected(String name, String label, Instant expiresAt, String reason) {
        return new Credential(name, label, expiresAt, State.REJECTED, reason);
    }

    public Credential withState(State newState, String newReason) {
        return new Credential(name, label, expiresAt, newState, newReason);
    }
}
