package io.orderhub.simulator.shopify;

/** A failure the simulator can be told to answer instead of serving a request. */
public enum Fault {
    /** HTTP 429 with {@code Retry-After}, as when the leaky bucket is full. */
    THROTTLE,
    /** HTTP 500 with Shopify's generic error body. */
    SERVER_ERROR,
    /** HTTP 200 whose body is cut off in the middle of the JSON. */
    MALFORMED_JSON,
    /**
     * The request is carried out, but its answer is lost and a 500 arrives instead — as when a proxy times
     * out. A client that simply repeats a create would do it twice.
     */
    LOST_RESPONSE,
    /**
     * The request is carried out, but the answer comes only after the simulator's slow-answer delay
     * ({@link ShopifySimulator#slowAnswerDelay(java.time.Duration)}, 2 s by default) — longer than a client's
     * timeout, the client sees a timeout although the shop did the work.
     */
    SLOW_ANSWER
}
