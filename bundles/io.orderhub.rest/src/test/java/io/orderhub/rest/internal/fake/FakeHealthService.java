package io.orderhub.rest.internal.fake;

import io.orderhub.core.service.Account;
import io.orderhub.core.service.AccountHealth;
import io.orderhub.core.service.HealthService;
import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.Credential;

import java.time.Duration;
import java.util.List;

/** Health as the core would report it for the fake accounts: one credential expiring in 10 days. */
public final class FakeHealthService implements HealthService {

    private final FakeBackend backend;
    private final FakeAccountService accounts;

    public FakeHealthService(FakeBackend backend, FakeAccountService accounts) {
        this.backend = backend;
        this.accounts = accounts;
    }

    @Override
    public AccountHealth health(String accountId) {
        Account a = accounts.get(accountId);
        boolean autoExport = Boolean.TRUE.equals(a.settings().get("autoExport"));
        String reason = autoExport && !backend.apiOptionInstalled ? "API オプション (feature orderhub-api-option) が必要です" : null;
        Credential expiring = new Credential("accessToken", "アクセストークン", FakeBackend.NOW.plus(Duration.ofDays(10)),
                Credential.State.EXPIRING, "あと 10 日で期限切れ");
        return new AccountHealth(a.id(), a.mallId(), FakeBackend.NOW, ConnectionStatus.online(), List.of(expiring),
                List.of("アクセストークン: あと 10 日で期限切れ"),
                new AccountHealth.Automation(false, autoExport, false, 30, backend.apiOptionInstalled, reason != null,
                        reason, null));
    }

    @Override
    public List<AccountHealth> all() {
        return accounts.list().stream().map(a -> health(a.id())).toList();
    }
}
