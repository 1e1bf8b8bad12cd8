package io.orderhub.core.service;

/** A request that is well formed but clashes with the current state (an account id already taken, ...). */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
