package io.orderhub.core.spi;

import java.time.Duration;

/**
 * A mall refused or failed a call as a whole. Carries the mall's own code and message so that operators
 * see what the mall said.
 */
public class MallException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The credential was rejected or has expired: retrying will not help until it is renewed. */
        CREDENTIAL_REJECTED,
        /** The mall's rate limit was hit and the connector's own retries ran out. */
        RATE_LIMITED,
        /** The mall is down, in maintenance, timed out or answered 5xx: try later. */
        UNAVAILABLE,
        /** The mall answered something the connector could not read. */
        MALFORMED_RESPONSE,
        /** The mall refused the request itself. */
        REJECTED,
        /** The account's settings are unusable (e.g. a malformed shop URL). */
        CONFIGURATION
    }

    private final Kind kind;
    private final String mallCode;
    private final Duration retryAfter;

    public MallException(Kind kind, String mallCode, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.mallCode = mallCode;
        this.retryAfter = retryAfter;
    }

    public MallException(Kind kind, String message) {
        this(kind, null, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The mall's own error code (e.g. {@code px-04102}), or null. */
    public String mallCode() {
        return mallCode;
    }

    /** How long the mall asked us to wait, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whether trying again later may succeed. */
    public boolean isTransient() {
        return kind == Kind.RATE_LIMITED || kind == Kind.UNAVAILABLE;
    }
}
