package io.orderhub.core.internal.account;

import io.orderhub.core.internal.connector.ConnectorTracker;
import io.orderhub.core.internal.store.jdbc.JdbcStore;
import io.orderhub.core.internal.store.jdbc.TestDatabases;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.AccountSetting;
import io.orderhub.core.spi.MallCapability;
import io.orderhub.core.spi.MallConnector;
import io.orderhub.core.spi.MallDescriptor;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store hook a connector uses to keep a secret its mall rotated (Yahoo!'s refresh token). */
public class AccountSecretStoreTest {

    private static final String NEW_TOKEN = "rotated-token-0123456789";

    private final List<Dictionary<String, Object>> written = new ArrayList<>();
    private final Hashtable<String, Object> stored = new Hashtable<>();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PrintStream err;
    private ConfigAccountService accounts;

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() {
        ConnectorTracker tracker = new ConnectorTracker();
        MallDescriptor mall = new MallDescriptor("fake", "テストモール", "Fake", Set.of(MallCapability.IMPORT_BY_DATE_RANGE),
                "io.orderhub.connector.fake.account", List.of(
                        AccountSetting.string("clientId", "Client ID", "Client ID", true, null),
                        AccountSetting.secret(".refreshToken", "リフレッシュトークン", "Refresh token")), 1);
        tracker.addConnector((MallConnector) () -> mall);
        stored.put("service.pid", "io.orderhub.connector.fake.account~shop-a");
        stored.put("service.factoryPid", "io.orderhub.connector.fake.account");
        stored.put(AccountProperties.ACCOUNT_ID, "shop-a");
        stored.put(AccountProperties.MALL_ID, "fake");
        stored.put(AccountProperties.NAME, "店");
        stored.put("clientId", "client-1");
        stored.put(".refreshToken", "old-token");
        stored.put("felix.fileinstall.filename", "file:/etc/shop-a.cfg");
        Configuration configuration = (Configuration) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Configuration.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getProperties")) {
                        return new Hashtable<>(stored);
                    }
                    if (method.getName().equals("update") && args != null && args.length == 1) {
                        written.add((Dictionary<String, Object>) args[0]);
                    }
                    return null;
                });
        ConfigurationAdmin admin = (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConfigurationAdmin.class}, (proxy, method, args) ->
                        method.getName().equals("listConfigurations")
                                && String.valueOf(args[0]).contains("=shop-a)") ? new Configuration[] {configuration} : null);
        accounts = new ConfigAccountService(admin, tracker, new JdbcStore(TestDatabases.h2Memory()));
        err = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @After
    public void restoreErr() {
        System.setErr(err);
    }

    private String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void aDeclaredSecretIsReplacedKeepingEveryOtherProperty_andItsValueIsNeverLogged() {
        accounts.replace("shop-a", ".refreshToken", NEW_TOKEN);

        assertThat(written).singleElement().satisfies(d -> {
            assertThat(d.get(".refreshToken")).isEqualTo(NEW_TOKEN);
            assertThat(d.get("clientId")).isEqualTo("client-1");
            assertThat(d.get(AccountProperties.NAME)).isEqualTo("店");
            assertThat(d.get("felix.fileinstall.filename")).isEqualTo("file:/etc/shop-a.cfg");
            assertThat(d.get("service.pid")).isNull();
        });
        assertThat(log()).contains("shop-a", ".refreshToken").doesNotContain(NEW_TOKEN).doesNotContain("old-token");
    }

    @Test
    public void theSameValueAgainWritesNothing() {
        accounts.replace("shop-a", ".refreshToken", "old-token");
        assertThat(written).isEmpty();
    }

    @Test
    public void aKeyThatIsNotADeclaredSecretOfTheMallIsRefused_nothingWritten_valueNotInTheMessage() {
        assertThatThrownBy(() -> accounts.replace("shop-a", "clientId", NEW_TOKEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientId")
                .hasMessageNotContaining(NEW_TOKEN);
        assertThatThrownBy(() -> accounts.replace("shop-a", ".clientSecret", NEW_TOKEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".clientSecret");
        assertThatThrownBy(() -> accounts.replace("shop-a", AccountProperties.MALL_ID, "other"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accounts.replace("shop-a", ".refreshToken", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".refreshToken");
        assertThatThrownBy(() -> accounts.replace("no-such-shop", ".refreshToken", NEW_TOKEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-shop");
        assertThat(written).isEmpty();
        assertThat(log()).doesNotContain(NEW_TOKEN);
    }
}
