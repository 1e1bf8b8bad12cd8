package io.orderhub.core.internal.store.jdbc;

/** The database failed a store operation; the operation's transaction was rolled back. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
