package io.orderhub.rest.internal.security;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The JAAS authenticator against a realm configured like Karaf's: roles come from RolePrincipals. */
public class JaasAuthenticatorTest {

    private Configuration previous;
    private final JaasAuthenticator authenticator = new JaasAuthenticator();

    @Before
    public void installRealm() {
        previous = Configuration.getConfiguration();
        Configuration.setConfiguration(new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return !"karaf".equals(name) ? null : new AppConfigurationEntry[] {new AppConfigurationEntry(
                        PropertiesLikeLoginModule.class.getName(),
                        AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, Map.of())};
            }
        });
        authenticator.configure(realm("karaf"));
    }

    @After
    public void restore() {
        Configuration.setConfiguration(previous);
    }

    @Test
    public void rightPassword_givesTheUserWithTheRoles() {
        Optional<AuthenticatedUser> admin = authenticator.authenticate("karaf-admin", "secret-1".toCharArray());
        assertThat(admin).isPresent();
        assertThat(admin.get().name()).isEqualTo("karaf-admin");
        assertThat(admin.get().roles()).containsExactlyInAnyOrder("admin", AuthenticatedUser.ADMIN_ROLE);
        assertThat(admin.get().mayWrite()).isTrue();

        AuthenticatedUser viewer = authenticator.authenticate("karaf-viewer", "secret-2".toCharArray()).orElseThrow();
        assertThat(viewer.roles()).containsExactly(AuthenticatedUser.VIEWER_ROLE);
        assertThat(viewer.mayRead()).isTrue();
        assertThat(viewer.mayWrite()).isFalse();
    }

    @Test
    public void wrongPasswordOrUnknownUser_givesNobody() {
        assertThat(authenticator.authenticate("karaf-admin", "secret-2".toCharArray())).isEmpty();
        assertThat(authenticator.authenticate("mallory", "secret-1".toCharArray())).isEmpty();
        assertThat(authenticator.authenticate("karaf-admin", new char[0])).isEmpty();
    }

    @Test
    public void unknownRealm_givesNobody() {
        authenticator.configure(realm("no-such-realm"));
        assertThat(authenticator.authenticate("karaf-admin", "secret-1".toCharArray())).isEmpty();
    }

    private static JaasAuthenticator.Config realm(String name) {
        return new JaasAuthenticator.Config() {
            @Override
            public String realm() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return JaasAuthenticator.Config.class;
            }
        };
    }
}
