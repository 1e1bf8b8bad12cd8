package io.orderhub.shell.internal;

/**
 * A command line the console rejects before it calls the core (an unparseable date, an unknown status, ...).
 * Like the core's own exceptions it names the argument in error; nothing has been changed when it is thrown.
 */
final class CommandException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String field;

    CommandException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
