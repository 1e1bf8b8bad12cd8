package io.orderhub.core.internal.store;

/**
 * One order an export job selected, in the order it is worked through.
 *
 * @param version the order's version when it was selected (or, once in flight, the version handed to the mall)
 */
public record JobTarget(int seq, long orderId, long version, State state) {

    public enum State {
        PENDING,
        /** Handed to the connector; the mall may or may not have it. Re-sent on resume (the SPI makes that safe). */
        IN_FLIGHT,
        /** Its result is stored. */
        DONE
    }
}
