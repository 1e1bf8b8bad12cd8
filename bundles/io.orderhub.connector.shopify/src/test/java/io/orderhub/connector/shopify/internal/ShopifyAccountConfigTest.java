package io.orderhub.connector.shopify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.connector.shopify.ShopifyConstants;
import io.orderhub.core.spi.AccountSetting;
import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.MallCapability;
import io.orderhub.core.spi.MallDescriptor;
import io.orderhub.core.spi.MallException;

import org.junit.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class ShopifyAccountConfigTest extends SimulatorTestSupport {

    private Map<String, Object> valid() {
        Map<String, Object> p = new HashMap<>();
        p.put("orderhub.account", "shop-a");
        p.put("shopUrl", "https://example.myshopify.com");
        p.put(".accessToken", "shpat_secret_value");
        return p;
    }

    private ConnectionStatus statusWith(String key, Object value) {
        Map<String, Object> p = valid();
        if (value == null) {
            p.remove(key);
        } else {
            p.put(key, value);
        }
        return account(p).status();
    }

    @Test
    public void badSettingsAreAConfigurationErrorNamingTheField() {
        Object[][] cases = {
                {"shopUrl", "example.myshopify.com"},
                {"shopUrl", "https://example.myshopify.com/admin"},
                {"shopUrl", "http://example.myshopify.com"},
                {"shopUrl", "ht!tp://bad url"},
                {"shopUrl", null},
                {".accessToken", null},
                {"apiVersion", "2025-02"},
                {"daysToFetch", "11"},
                {"daysToFetch", "three"},
                {"exportOption", "EVERYTHING"},
                {"bucketSize", "0"},
                {"carrierNames", "西濃運輸"},
                {"trackingNumbers", "ALL"},
        };
        for (Object[] c : cases) {
            ConnectionStatus status = statusWith((String) c[0], c[1]);
            assertThat(status.state()).as("%s=%s", c[0], c[1]).isEqualTo(ConnectionStatus.State.CONFIGURATION_ERROR);
            assertThat(status.reason()).as("%s=%s", c[0], c[1]).startsWith(c[0] + ": ");
        }
    }

    @Test
    public void validSettingsStartUnknownAndKeepTheTokenOutOfMessages() {
        ShopifyAccountService service = account(valid());
        assertThat(service.status()).isEqualTo(ConnectionStatus.UNKNOWN);
        assertThat(service.accountId()).isEqualTo("shop-a");
        Map<String, Object> bad = valid();
        bad.put("daysToFetch", "99");
        assertThat(account(bad).status().reason()).doesNotContain("shpat_secret_value");
    }

    @Test
    public void misconfiguredAccountRefusesImportAndExportWithTheReason() {
        Map<String, Object> p = valid();
        p.put("shopUrl", "not a url");
        ShopifyAccountService service = account(p);
        assertThatThrownBy(() -> importRange(service, Instant.now().minusSeconds(60), null))
                .isInstanceOfSatisfying(MallException.class,
                        e -> assertThat(e.kind()).isEqualTo(MallException.Kind.CONFIGURATION))
                .hasMessageContaining("shopUrl");
        assertThatThrownBy(() -> service.export(List.of(), context())).isInstanceOf(MallException.class);
    }

    @Test
    public void loopbackMayUsePlainHttp() {
        Map<String, Object> p = valid();
        p.put("shopUrl", "http://127.0.0.1:18081/");
        assertThat(account(p).status()).isEqualTo(ConnectionStatus.UNKNOWN);
    }

    @Test
    public void descriptorDeclaresShopifyAndItsSettings() {
        MallDescriptor d = new ShopifyConnector().descriptor();
        assertThat(d.id()).isEqualTo("shopify");
        assertThat(d.nameJa()).isEqualTo("Shopify");
        assertThat(d.capabilities()).containsExactlyInAnyOrder(MallCapability.IMPORT_BY_DATE_RANGE,
                MallCapability.EXPORT_SHIPPING);
        assertThat(d.accountFactoryPid()).isEqualTo(ShopifyConstants.ACCOUNT_FACTORY_PID);
        assertThat(d.exportBatchSize()).isEqualTo(1);
        assertThat(d.setting("shopUrl").type()).isEqualTo(AccountSetting.Type.URL);
        assertThat(d.setting("shopUrl").required()).isTrue();
        assertThat(d.setting(".accessToken").isSecret()).isTrue();
        assertThat(d.setting("apiVersion").defaultValue()).isEqualTo("2025-01");
        assertThat(d.setting("daysToFetch").max()).isEqualTo(10);
        assertThat(d.setting("exportOption").choices()).containsExactly("DONE_ONLY", "ALL_BUT_NEW_AND_CANCELLED");
        assertThat(d.setting("rateLimitPerSecond").defaultValue()).isEqualTo("2");
        assertThat(d.setting("bucketSize").defaultValue()).isEqualTo("40");
    }
}
