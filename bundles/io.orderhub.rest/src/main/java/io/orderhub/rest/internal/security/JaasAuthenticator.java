package io.orderhub.rest.internal.security;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import java.security.Principal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates against a Karaf JAAS realm ({@code karaf} by default, i.e. {@code etc/users.properties}).
 * Roles are the subject's {@link RolePrincipal}s (Karaf adds the roles of the user's groups as such too).
 */
@Component(service = Authenticator.class, configurationPid = "io.orderhub.rest.auth")
@Designate(ocd = JaasAuthenticator.Config.class)
public class JaasAuthenticator implements Authenticator {

    @ObjectClassDefinition(name = "orderhub REST authentication",
            description = "The Karaf JAAS realm that REST users authenticate against")
    public @interface Config {
        @AttributeDefinition(name = "JAAS realm")
        String realm() default "karaf";
    }

    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);

    private volatile String realm;

    @Activate
    @Modified
    void configure(Config config) {
        realm = config.realm();
    }

    @Override
    public Optional<AuthenticatedUser> authenticate(String userName, char[] password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // LoginContext loads the realm's login module class, Karaf's ProxyLoginModule, through the context
        // class loader; a request thread's loader need not see that bundle
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            LoginContext login = new LoginContext(realm, subject, callbacks -> answer(callbacks, userName, password));
            login.login();
            Set<String> roles = new HashSet<>();
            for (Principal p : subject.getPrincipals()) {
                if (p instanceof RolePrincipal) {
                    roles.add(p.getName());
                }
            }
            logout(login);
            return Optional.of(new AuthenticatedUser(userName, roles));
        } catch (LoginException e) {
            LOG.debug("REST login of user {} refused by realm {}", userName, realm);
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void answer(Callback[] callbacks, String userName, char[] password)
            throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(userName);
            } else if (callback instanceof PasswordCallback pw) {
                pw.setPassword(password);
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }

    private static void logout(LoginContext login) {
        try {
            login.logout();
        } catch (LoginException e) {
            LOG.debug("JAAS logout failed", e);
        }
    }
}
