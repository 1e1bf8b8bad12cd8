package io.orderhub.rest.internal.security;

import java.security.Principal;
import java.util.Set;

/** Who made a request and what they may do. */
public record AuthenticatedUser(String name, Set<String> roles) implements Principal {

    /** May change things: create, update and delete, start imports and exports. */
    public static final String ADMIN_ROLE = "orderhub-admin";
    /** May only read. */
    public static final String VIEWER_ROLE = "orderhub-viewer";

    public AuthenticatedUser {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return name;
    }

    public boolean mayWrite() {
        return roles.contains(ADMIN_ROLE);
    }

    public boolean mayRead() {
        return mayWrite() || roles.contains(VIEWER_ROLE);
    }
}
