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

public class AutomationSwitchesTest {

    private static final MallDescriptor MALL = new MallDescriptor("testmall", "テストモール", "Test mall",
            Set.of(MallCapability.EXPORT_SHIPPING), "io.orderhub.connector.testmall.account", List.of(
                    AccountSetting.url("shopUrl", "ショップURL", "Shop URL", true, null)), 1);

    private static Map<String, Object> stored() {
        return AccountSettings.merge(MALL, Map.of(), Map.of("shopUrl", "https://shop.example"));
    }

    private static Map<String, Object> change(String key, Object value) {
        Map<String, Object> m = new HashMap<>();
        m.put(key, value);
        return m;
    }

    @Test
    public void c1_everyAccountHasTheSwitchesOffAndAThirtyMinuteSchedule() {
        Map<String, Object> values = stored();
        assertThat(values).containsEntry("autoImport", false).containsEntry("autoExport", false)
                .containsEntry("exportOnChange", false).containsEntry("scheduleMinutes", 30);
        assertThat(AutomationSwitches.scheduleMinutes(values)).isEqualTo(30);
    }

    @Test
    public void c1_automaticImportWithoutTheApiOptionIsRefusedNamingTheOption() {
        Map<String, Object> before = stored();
        Map<String, Object> after = AccountSettings.merge(MALL, before, change("autoImport", true));
        assertThatThrownBy(() -> AutomationSwitches.checkOptionFor(before, after, false))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("settings.autoImport");
                    assertThat(e.getMessage()).contains("API オプション").contains("orderhub-api-option");
                });
    }

    @Test
    public void s1_automaticExportNeedsTheApiOption() {
        Map<String, Object> before = stored();
        Map<String, Object> after = AccountSettings.merge(MALL, before, change("autoExport", "on"));
        assertThatThrownBy(() -> AutomationSwitches.checkOptionFor(before, after, false))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("settings.autoExport"));
        AutomationSwitches.checkOptionFor(before, after, true);
        assertThat(AutomationSwitches.isOn(after, "autoExport")).isTrue();
    }

    @Test
    public void sh5_exportOnChangeNeedsTheOptionToo() {
        Map<String, Object> before = stored();
        Map<String, Object> after = AccountSettings.merge(MALL, before, change("exportOnChange", true));
        assertThatThrownBy(() -> AutomationSwitches.checkOptionFor(before, after, false))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("settings.exportOnChange"));
    }

    @Test
    public void switchesAlreadyOnStayWhenTheOptionIsGoneAndOtherSettingsStillChange() {
        Map<String, Object> before = AccountSettings.merge(MALL, stored(), change("autoExport", true));
        Map<String, Object> after = AccountSettings.merge(MALL, before, change("scheduleMinutes", 15));
        AutomationSwitches.checkOptionFor(before, after, false);
        assertThat(after).containsEntry("autoExport", true).containsEntry("scheduleMinutes", 15);
        Map<String, Object> off = AccountSettings.merge(MALL, before, change("autoExport", false));
        AutomationSwitches.checkOptionFor(before, off, false);
    }

    @Test
    public void sh5_theScheduleHasBounds() {
        assertThatThrownBy(() -> AccountSettings.merge(MALL, stored(), change("scheduleMinutes", 0)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("settings.scheduleMinutes"));
        assertThatThrownBy(() -> AccountSettings.merge(MALL, stored(), change("scheduleMinutes", 1441)))
                .isInstanceOf(ValidationException.class);
        assertThat(AccountSettings.merge(MALL, stored(), change("scheduleMinutes", 1))).containsEntry("scheduleMinutes", 1);
    }
}
