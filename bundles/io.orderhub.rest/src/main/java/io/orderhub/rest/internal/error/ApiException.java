package io.orderhub.rest.internal.error;

/** A request the REST layer itself refuses, with the HTTP status and the error body to answer with. */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;
    private final String error;
    private final String field;

    public ApiException(int status, String error, String field, String message) {
        super(message);
        this.status = status;
        this.error = error;
        this.field = field;
    }

    public static ApiException badRequest(String error, String field, String message) {
        return new ApiException(400, error, field, message);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String field() {
        return field;
    }
}
