package io.orderhub.core.spi;

/** An account setting a connector cannot use, with the setting it concerns. */
public class InvalidSettingException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidSettingException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
