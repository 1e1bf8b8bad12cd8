package io.orderhub.core.service;

/** An id that names nothing. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        super(kind + " " + id + " not found");
        this.kind = kind;
        this.id = id;
    }

    /** What was looked for: {@code order}, {@code account}, {@code job}, {@code mall}. */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
