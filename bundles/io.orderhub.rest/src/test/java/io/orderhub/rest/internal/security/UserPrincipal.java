package io.orderhub.rest.internal.security;

import java.security.Principal;

/** Stands in for Karaf's user principal, which is not a role. */
public record UserPrincipal(String getName) implements Principal {
}
