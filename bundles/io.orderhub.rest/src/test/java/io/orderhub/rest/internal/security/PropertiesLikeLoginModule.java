package io.orderhub.rest.internal.security;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A login module like Karaf's properties realm: a UserPrincipal, and a RolePrincipal per role. */
public class PropertiesLikeLoginModule implements LoginModule {

    static final Map<String, String> PASSWORDS = Map.of("karaf-admin", "secret-1", "karaf-viewer", "secret-2");
    static final Map<String, List<String>> ROLES = Map.of(
            "karaf-admin", List.of("admin", AuthenticatedUser.ADMIN_ROLE),
            "karaf-viewer", List.of(AuthenticatedUser.VIEWER_ROLE));

    private Subject subject;
    private CallbackHandler handler;
    private String user;

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("user");
        PasswordCallback password = new PasswordCallback("password", false);
        try {
            handler.handle(new Callback[] {name, password});
        } catch (Exception e) {
            throw new LoginException(e.toString());
        }
        String expected = PASSWORDS.get(name.getName());
        if (expected == null || !Arrays.equals(expected.toCharArray(), password.getPassword())) {
            throw new FailedLoginException("wrong user or password");
        }
        user = name.getName();
        return true;
    }

    @Override
    public boolean commit() {
        subject.getPrincipals().add(new UserPrincipal(user));
        for (String role : ROLES.get(user)) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        return true;
    }

    @Override
    public boolean abort() {
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeIf(p -> p instanceof RolePrincipal || p instanceof UserPrincipal);
        return true;
    }
}
