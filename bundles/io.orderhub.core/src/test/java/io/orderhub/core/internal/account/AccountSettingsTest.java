package io.orderhub.core.internal.account;

import io.orderhub.core.service.ValidationException;
import io.orderhub.core.spi.AccountSetting;
import io.orderhub.core.spi.MallCapability;
import io.orderhub.core.spi.MallDescriptor;
import org.junit.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class AccountSettingsTest {

    private static final MallDescriptor MALL = new MallDescriptor("testmall", "テストモール", "Test mall",
            Set.of(MallCapability.EXPORT_SHIPPING), "io.orderhub.connector.testmall.account", List.of(
                    AccountSetting.url("shopUrl", "ショップURL", "Shop URL", true, null),
                    AccountSetting.secret(".token", "アクセスキー", "Access token"),
                    AccountSetting.integer("daysToFetch", "取得日数", "Days to fetch", 3, 1, 10),
                    AccountSetting.choice("exportOption", "書出対象", "Export option", "A", List.of("A", "B")),
                    AccountSetting.bool("notify", "通知", "Notify", false)), 1);

    private static Map<String, Object> valid() {
        Map<String, Object> m = new HashMap<>();
        m.put("shopUrl", "https://shop.example");
        m.put(".token", "secret");
        return m;
    }

    @Test
    public void fillsDefaultsOfConnectorAndCommonSettings() {
        Map<String, Object> merged = AccountSettings.merge(MALL, Map.of(), valid());
        assertThat(merged).containsEntry("daysToFetch", 3).containsEntry("exportOption", "A")
                .containsEntry("notify", false).containsEntry("zone", "Asia/Tokyo").containsEntry("initialStatus", "NEW");
    }

    @Test
    public void connectorDeclaredRangeOverridesTheCommonOne() {
        Map<String, Object> in = valid();
        in.put("daysToFetch", "11");
        assertThatThrownBy(() -> AccountSettings.merge(MALL, Map.of(), in)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("between 1 and 10")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("settings.daysToFetch"));
    }

    @Test
    public void refusesUnknownSettingsMissingRequiredOnesAndBadValues() {
        Map<String, Object> unknown = valid();
        unknown.put("colour", "red");
        assertField(unknown, "settings.colour");
        Map<String, Object> noSecret = valid();
        noSecret.remove(".token");
        assertField(noSecret, "settings..token");
        Map<String, Object> badUrl = valid();
        badUrl.put("shopUrl", "not a url");
        assertField(badUrl, "settings.shopUrl");
        Map<String, Object> badChoice = valid();
        badChoice.put("exportOption", "C");
        assertField(badChoice, "settings.exportOption");
        Map<String, Object> badZone = valid();
        badZone.put("zone", "Mars/Olympus");
        assertField(badZone, "settings.zone");
        Map<String, Object> badBool = valid();
        badBool.put("notify", "perhaps");
        assertField(badBool, "settings.notify");
    }

    @Test
    public void aSecretGivenAsNullKeepsItsStoredValue() {
        Map<String, Object> stored = AccountSettings.merge(MALL, Map.of(), valid());
        Map<String, Object> change = new HashMap<>();
        change.put(".token", null);
        change.put("daysToFetch", 5);
        Map<String, Object> merged = AccountSettings.merge(MALL, stored, change);
        assertThat(merged).containsEntry(".token", "secret").containsEntry("daysToFetch", 5);
    }

    private static void assertField(Map<String, Object> in, String field) {
        assertThatThrownBy(() -> AccountSettings.merge(MALL, Map.of(), in)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
    }
}
