package io.orderhub.rest.internal.fake;

import io.orderhub.rest.internal.security.AuthenticatedUser;
import io.orderhub.rest.internal.security.Authenticator;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Users for tests, in place of the Karaf JAAS realm. */
public final class InMemoryAuthenticator implements Authenticator {

    private record User(String password, Set<String> roles) {
    }

    private final Map<String, User> users = Map.of(
            "admin", new User("admin-pw", Set.of(AuthenticatedUser.ADMIN_ROLE)),
            "viewer", new User("viewer-pw", Set.of(AuthenticatedUser.VIEWER_ROLE)),
            "outsider", new User("outsider-pw", Set.of("manager")));

    @Override
    public Optional<AuthenticatedUser> authenticate(String userName, char[] password) {
        User u = users.get(userName);
        if (u == null || !Arrays.equals(u.password().toCharArray(), password)) {
            return Optional.empty();
        }
        return Optional.of(new AuthenticatedUser(userName, u.roles()));
    }
}
