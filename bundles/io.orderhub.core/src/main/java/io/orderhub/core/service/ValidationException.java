package io.orderhub.core.service;

/** Input that cannot be accepted; nothing was changed. Names the offending field. */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String field;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field in error, as the caller named it ({@code shipping.shipDate}, {@code days}, ...). */
    public String field() {
        return field;
    }
}
