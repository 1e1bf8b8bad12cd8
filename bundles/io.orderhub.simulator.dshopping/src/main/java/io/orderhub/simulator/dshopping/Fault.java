package io.orderhub.simulator.dshopping;

/** A failure the simulator can be told to answer instead of serving a request. */
public enum Fault {
    /** HTTP 500 with an error body. */
    SERVER_ERROR,
    /** HTTP 200 whose body is cut off in the middle of the JSON. */
    MALFORMED_JSON
}
