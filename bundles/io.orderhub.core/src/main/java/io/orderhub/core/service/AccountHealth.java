package io.orderhub.core.service;

import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.Credential;

import java.time.Instant;
import java.util.List;

/**
 * How a shop account stands: its connection, its credentials, what needs an operator soon, and whether its
 * automatic runs run.
 *
 * @param credentials with the state the core derives ({@link Credential.State#EXPIRING} within
 *                    {@link HealthService#WARNING_DAYS} days of expiry)
 * @param warnings    what an operator should act on, one sentence each
 * @since 1.1
 */
public record AccountHealth(String accountId, String mallId, Instant checkedAt, ConnectionStatus connection,
                            List<Credential> credentials, List<String> warnings, Automation automation) {

    public AccountHealth {
        credentials = List.copyOf(credentials);
        warnings = List.copyOf(warnings);
    }

    /**
     * The account's automatic runs.
     *
     * @param optionInstalled whether the API option is installed
     * @param paused          true when a switch is on but runs do not happen (option missing, credential
     *                        rejected or expired, connector missing)
     * @param reason          why they are paused, or null
     * @param nextRun         when the option runs them next, or null
     */
    public record Automation(boolean autoImport, boolean autoExport, boolean exportOnChange, int scheduleMinutes,
                             boolean optionInstalled, boolean paused, String reason, Instant nextRun) {

        public boolean anySwitchOn() {
            return autoImport || autoExport || exportOnChange;
        }
    }
}
