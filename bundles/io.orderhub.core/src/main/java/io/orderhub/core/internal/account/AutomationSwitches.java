package io.orderhub.core.internal.account;

import io.orderhub.core.service.ApiOption;
import io.orderhub.core.service.ValidationException;
import io.orderhub.core.spi.AccountProperties;

import java.util.List;
import java.util.Map;

/**
 * The switches of the API option (C1, S1, SH5). Turning one on needs the option; a switch that is already on
 * stays stored when the option goes away (it is idle until the option comes back), so that uninstalling
 * and reinstalling the option loses nothing.
 */
public final class AutomationSwitches {

    public static final List<String> SWITCHES = List.of(AccountProperties.AUTO_IMPORT,
            AccountProperties.AUTO_EXPORT, AccountProperties.EXPORT_ON_CHANGE);

    private AutomationSwitches() {
    }

    /**
     * @throws ValidationException naming the first switch turned on (off in {@code before}, on in
     *                             {@code after}) while the option is not installed
     */
    static void checkOptionFor(Map<String, Object> before, Map<String, Object> after, boolean optionInstalled) {
        if (optionInstalled) {
            return;
        }
        for (String key : SWITCHES) {
            if (isOn(after, key) && !isOn(before, key)) {
                throw new ValidationException("settings." + key, ApiOption.REQUIRED_MESSAGE);
            }
        }
    }

    public static boolean isOn(Map<String, Object> settings, String key) {
        Object value = settings.get(key);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString().trim());
    }

    public static int scheduleMinutes(Map<String, Object> settings) {
        Object value = settings.get(AccountProperties.SCHEDULE_MINUTES);
        int minutes;
        if (value instanceof Number n) {
            minutes = n.intValue();
        } else {
            try {
                minutes = value == null ? AccountProperties.DEFAULT_SCHEDULE_MINUTES : Integer.parseInt(value.toString().trim());
            } catch (NumberFormatException e) {
                minutes = AccountProperties.DEFAULT_SCHEDULE_MINUTES;
            }
        }
        return Math.max(AccountProperties.MIN_SCHEDULE_MINUTES, Math.min(AccountProperties.MAX_SCHEDULE_MINUTES, minutes));
    }
}
