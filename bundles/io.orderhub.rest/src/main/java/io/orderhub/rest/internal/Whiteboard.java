package io.orderhub.rest.internal;

/** Names and filters that tie the whiteboard services of this bundle together. */
public final class Whiteboard {

    public static final String APPLICATION_NAME = "orderhub";
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";

    public static final String JSON_EXTENSION = "orderhub.json";
    public static final String ERRORS_EXTENSION = "orderhub.errors";
    public static final String AUTH_EXTENSION = "orderhub.auth";
    public static final String QUERY_EXTENSION = "orderhub.query";
    public static final String CONTENT_TYPE_EXTENSION = "orderhub.content-type";

    /*
     * Every resource requires these extensions, so that no endpoint is ever served before authentication,
     * error mapping and JSON are in place (the whiteboard registers extensions and resources in any order).
     */
    public static final String REQUIRE_JSON = "(osgi.jaxrs.name=" + JSON_EXTENSION + ")";
    public static final String REQUIRE_ERRORS = "(osgi.jaxrs.name=" + ERRORS_EXTENSION + ")";
    public static final String REQUIRE_AUTH = "(osgi.jaxrs.name=" + AUTH_EXTENSION + ")";
    public static final String REQUIRE_QUERY = "(osgi.jaxrs.name=" + QUERY_EXTENSION + ")";
    public static final String REQUIRE_CONTENT_TYPE = "(osgi.jaxrs.name=" + CONTENT_TYPE_EXTENSION + ")";

    private Whiteboard() {
    }
}
