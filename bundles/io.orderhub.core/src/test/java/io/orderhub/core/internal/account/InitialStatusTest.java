package io.orderhub.core.internal.account;

import io.orderhub.core.internal.connector.ConnectorTracker;
import io.orderhub.core.internal.store.jdbc.JdbcStore;
import io.orderhub.core.internal.store.jdbc.TestDatabases;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.service.ValidationException;
import io.orderhub.core.spi.MallCapability;
import io.orderhub.core.spi.MallConnector;
import io.orderhub.core.spi.MallDescriptor;
import org.junit.Before;
import org.junit.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** D1: the status new orders are stored in is an account setting, and it must name a status that exists. */
public class InitialStatusTest {

    private final List<Dictionary<String, Object>> written = new ArrayList<>();
    private ConfigAccountService accounts;

    @Before
    @SuppressWarnings("unchecked")
    public void setUp() {
        JdbcStore store = new JdbcStore(TestDatabases.h2Memory());
        store.addCustomStatus(new OrderStatus("BACKORDER", "取り寄せ中", false));
        ConnectorTracker tracker = new ConnectorTracker();
        MallDescriptor mall = new MallDescriptor("fake", "テストモール", "Fake", Set.of(MallCapability.IMPORT_BY_DATE_RANGE),
                "io.orderhub.connector.fake.account", List.of(), 1);
        tracker.addConnector((MallConnector) () -> mall);
        Configuration configuration = (Configuration) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Configuration.class}, (proxy, method, args) -> {
                    if (method.getName().equals("update") && args != null && args.length == 1) {
                        written.add((Dictionary<String, Object>) args[0]);
                    }
                    return null;
                });
        ConfigurationAdmin admin = (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConfigurationAdmin.class}, (proxy, method, args) ->
                        method.getName().equals("getFactoryConfiguration") ? configuration : null);
        accounts = new ConfigAccountService(admin, tracker, store);
    }

    @Test
    public void d1_anUnknownInitialStatusIsRefusedNamingTheSetting_andNothingIsStored() {
        assertThatThrownBy(() -> accounts.create("my-shop", "fake", "店", Map.of("initialStatus", "SHIPPED")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("SHIPPED")
                .extracting("field").isEqualTo("settings.initialStatus");
        assertThat(written).isEmpty();
    }

    @Test
    public void d1_aBuiltInOrShopStatusIsStoredByItsCode_whetherCodeOrLabelWasGiven() {
        accounts.create("shop-a", "fake", "店", Map.of("initialStatus", "発送前入金待ち"));
        accounts.create("shop-b", "fake", "店", Map.of("initialStatus", "取り寄せ中"));
        accounts.create("shop-c", "fake", "店", Map.of());
        assertThat(written).extracting(d -> (Object) d.get("initialStatus"))
                .containsExactly("AWAITING_PAYMENT_BEFORE_SHIPPING", "BACKORDER", "NEW");
    }
}
