package io.orderhub.rest.internal.security;

import java.util.Optional;

/** Checks a user name and password. The JAAS implementation is the default; tests plug in their own. */
public interface Authenticator {

    /**
     * @param password the caller's password; implementations must not keep, log or print it
     * @return the user with their roles, or empty when the name or password is wrong
     */
    Optional<AuthenticatedUser> authenticate(String userName, char[] password);
}
