package io.orderhub.rest.internal.security;

import java.security.Principal;

/** Stands in for Karaf's {@code org.apache.karaf.jaas.boot.principal.RolePrincipal}: same simple name. */
public record RolePrincipal(String getName) implements Principal {
}
