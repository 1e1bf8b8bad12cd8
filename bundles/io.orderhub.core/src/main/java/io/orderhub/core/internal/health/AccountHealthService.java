package io.orderhub.core.internal.health;

import io.orderhub.core.internal.account.AutomationSwitches;
import io.orderhub.core.internal.connector.ConnectorTracker;
import io.orderhub.core.service.Account;
import io.orderhub.core.service.AccountHealth;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.ApiOption;
import io.orderhub.core.service.HealthService;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.Credential;
import io.orderhub.core.spi.MallAccountService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts together what the core knows of an account's health: the connector's connection status and
 * credentials, the account's automation switches and whether the API option is there to run them.
 */
@Component(service = HealthService.class)
public class AccountHealthService implements HealthService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final AccountService accounts;
    private final ConnectorTracker connectors;
    private final Clock clock;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ApiOption apiOption;

    @Activate
    public AccountHealthService(@Reference AccountService accounts, @Reference ConnectorTracker connectors) {
        this(accounts, connectors, Clock.systemUTC());
    }

    public AccountHealthService(AccountService accounts, ConnectorTracker connectors, Clock clock) {
        this.accounts = accounts;
        this.connectors = connectors;
        this.clock = clock;
    }

    /** For tests outside OSGi: the option as DS would bind it. */
    public void setApiOption(ApiOption option) {
        this.apiOption = option;
    }

    @Override
    public AccountHealth health(String accountId) {
        return healthOf(accounts.get(accountId));
    }

    @Override
    public List<AccountHealth> all() {
        return accounts.list().stream().map(this::healthOf).toList();
    }

    private AccountHealth healthOf(Account account) {
        Instant now = clock.instant();
        ZoneId zone = zoneOf(account);
        List<String> warnings = new ArrayList<>();
        ConnectionStatus connection = account.status();
        if (connection.state() == ConnectionStatus.State.CREDENTIAL_REJECTED) {
            warnings.add("認証情報が拒否されました — the mall rejected the credentials"
                    + (connection.reason() == null ? "" : ": " + connection.reason()));
        }
        List<Credential> credentials = new ArrayList<>();
        for (Credential reported : reportedCredentials(account.id())) {
            Credential c = classify(reported, now, zone);
            credentials.add(c);
            switch (c.state()) {
                case EXPIRING, EXPIRED, REJECTED -> warnings.add(c.label() + ": " + c.reason());
                default -> { }
            }
        }
        ApiOption option = apiOption;
        boolean autoImport = AutomationSwitches.isOn(account.settings(), AccountProperties.AUTO_IMPORT);
        boolean autoExport = AutomationSwitches.isOn(account.settings(), AccountProperties.AUTO_EXPORT);
        boolean onChange = AutomationSwitches.isOn(account.settings(), AccountProperties.EXPORT_ON_CHANGE);
        int minutes = AutomationSwitches.scheduleMinutes(account.settings());
        String pauseReason = null;
        if (autoImport || autoExport || onChange) {
            pauseReason = pauseReason(account, option != null, credentials);
            if (pauseReason != null) {
                warnings.add(pauseReason);
            }
        }
        Instant nextRun = option != null && pauseReason == null && (autoImport || autoExport)
                ? option.nextRun(account.id()) : null;
        var automation = new AccountHealth.Automation(autoImport, autoExport, onChange, minutes, option != null,
                pauseReason != null, pauseReason, nextRun);
        return new AccountHealth(account.id(), account.mallId(), now, connection, credentials, warnings, automation);
    }

    /** Why switched-on automatic runs do not happen, or null when they do. */
    static String pauseReason(Account account, boolean optionInstalled, List<Credential> credentials) {
        if (!optionInstalled) {
            return "自動実行は停止中: API オプション (feature " + ApiOption.FEATURE + ") がインストールされていません"
                    + " — automatic runs are idle until the API option is installed";
        }
        if (!account.connectorInstalled()) {
            return "自動実行は停止中: モールのコネクタがインストールされていません — the connector of mall "
                    + account.mallId() + " is not installed";
        }
        if (account.status().state() == ConnectionStatus.State.CREDENTIAL_REJECTED) {
            return "自動実行は停止中: 認証情報が拒否されました — automatic runs are paused until the credentials "
                    + "are renewed" + (account.status().reason() == null ? "" : " (" + account.status().reason() + ")");
        }
        for (Credential c : credentials) {
            if (c.state() == Credential.State.REJECTED || c.state() == Credential.State.EXPIRED) {
                return "自動実行は停止中: " + c.label() + " — automatic runs are paused until it is renewed ("
                        + c.reason() + ")";
            }
        }
        return null;
    }

    /** The state the core shows: the connector's, with expiry turning VALID into EXPIRING or EXPIRED. */
    static Credential classify(Credential reported, Instant now, ZoneId zone) {
        if (reported.state() == Credential.State.REJECTED || reported.expiresAt() == null) {
            return reported;
        }
        String on = DATE.format(reported.expiresAt().atZone(zone));
        if (!now.isBefore(reported.expiresAt())) {
            return reported.withState(Credential.State.EXPIRED, "期限切れ (" + on + ") — expired on " + on
                    + "; renew it to resume the mall's API");
        }
        long daysLeft = Duration.between(now, reported.expiresAt()).toDays();
        if (daysLeft < WARNING_DAYS) {
            return reported.withState(Credential.State.EXPIRING, "有効期限 " + on + " (あと " + daysLeft
                    + " 日) — expires on " + on + ", in " + daysLeft + " days; renew it before then");
        }
        return reported.state() == Credential.State.VALID ? reported
                : reported.withState(Credential.State.VALID, reported.reason());
    }

    private List<Credential> reportedCredentials(String accountId) {
        Optional<? extends MallAccountService> service = connectors.importer(accountId);
        if (service.isEmpty()) {
            service = connectors.exporter(accountId);
        }
        try {
            return service.map(MallAccountService::credentials).orElse(List.of());
        } catch (RuntimeException e) {
            return List.of(new Credential("credentials", "認証情報", null, Credential.State.VALID,
                    "the connector could not report its credentials: " + e.getMessage()));
        }
    }

    private static ZoneId zoneOf(Account account) {
        Object zone = account.settings().get(AccountProperties.ZONE);
        try {
            return zone == null ? ZoneId.of(AccountProperties.DEFAULT_ZONE) : ZoneId.of(zone.toString());
        } catch (RuntimeException e) {
            return ZoneId.of(AccountProperties.DEFAULT_ZONE);
        }
    }
}
