package io.orderhub.rest.internal.dto;

import io.orderhub.core.service.AccountHealth;
import io.orderhub.core.spi.Credential;

import java.time.Instant;
import java.util.List;

/** {@code GET /accounts/{id}/health}: connection, credentials (never their values), warnings, automation. */
public record AccountHealthDto(String accountId, String mallId, Instant checkedAt, ConnectionDto connection,
                               List<CredentialDto> credentials, List<String> warnings, AutomationDto automation) {

    public record CredentialDto(String name, String label, Instant expiresAt, String state, String reason) {
        static CredentialDto of(Credential c) {
            return new CredentialDto(c.name(), c.label(), c.expiresAt(), c.state().name(), c.reason());
        }
    }

    /** {@code paused}: a switch is on but runs do not happen; {@code reason} says why. */
    public record AutomationDto(boolean autoImport, boolean autoExport, boolean exportOnChange, int scheduleMinutes,
                                boolean apiOptionInstalled, boolean paused, String reason, Instant nextRun) {
    }

    public static AccountHealthDto of(AccountHealth h) {
        AccountHealth.Automation a = h.automation();
        return new AccountHealthDto(h.accountId(), h.mallId(), h.checkedAt(), ConnectionDto.of(h.connection()),
                h.credentials().stream().map(CredentialDto::of).toList(), h.warnings(),
                new AutomationDto(a.autoImport(), a.autoExport(), a.exportOnChange(), a.scheduleMinutes(),
                        a.optionInstalled(), a.paused(), a.reason(), a.nextRun()));
    }
}
