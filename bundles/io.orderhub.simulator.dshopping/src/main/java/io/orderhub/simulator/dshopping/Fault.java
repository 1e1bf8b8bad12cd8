package io.orderhub.simulator.dshopping;

/** A failure the simulator can be told to answer instead of serving a request. */
public enum Fault {
    /** HTTP 500 with an error body. */
    SERVER_ERROR,
    /** HTTP 200 whose body is cut off in the middle of the JSON. */
    MALFORMED_JSON,
    /** HTTP 429 {@code RATE_LIMITED} with {@code Retry-After: 0}, as if another client had used the second. */
    THROTTLE,
    /**
     * The request is carried out, but answered only after the simulator's slow-answer delay
     * ({@link DShoppingSimulator#slowAnswerDelay(java.time.Duration)}, 2 s by default): a client with a shorter
     * timeout sees a timeout although the mall did the work.
     */
    SLOW_ANSWER
}
