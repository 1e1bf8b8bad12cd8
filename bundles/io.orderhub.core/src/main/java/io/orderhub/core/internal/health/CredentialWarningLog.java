package io.orderhub.core.internal.health;

import io.orderhub.core.service.AccountHealth;
import io.orderhub.core.service.HealthService;
import io.orderhub.core.spi.Credential;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Logs a WARN for every credential that expires within {@link HealthService#WARNING_DAYS} days, has expired
 * or was rejected: checked every hour, but each credential is warned about at most once a day, so the log
 * does not repeat itself every tick.
 */
@Component(immediate = true)
public class CredentialWarningLog {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialWarningLog.class);
    static final long CHECK_EVERY_MINUTES = 60;

    @Reference
    private HealthService health;
    private Clock clock;
    /** account + credential → the day (UTC) it was last warned about. */
    private final Map<String, LocalDate> lastWarned = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    public CredentialWarningLog() {
        this.clock = Clock.systemUTC();
    }


    CredentialWarningLog(HealthService health, Clock clock) {
        this.health = health;
        this.health = health;
        this.clock = clock;
    }

    @Activate
    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "orderhub-credential-warnings");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::checkQuietly, 1, CHECK_EVERY_MINUTES * 60, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    private void checkQuietly() {
        try {
            warnDue();
        } catch (RuntimeException e) {
            LOG.debug("Credential check failed; next in {} minutes", CHECK_EVERY_MINUTES, e);
        }
    }

    /** Logs what is due today and returns the messages (for tests). */
    List<String> warnDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<String> logged = new ArrayList<>();
        for (AccountHealth account : health.all()) {
            for (Credential c : account.credentials()) {
                String key = account.accountId() + "/" + c.name();
                if (c.state() == Credential.State.VALID) {
                    lastWarned.remove(key);
                    continue;
                }
                if (today.equals(lastWarned.get(key))) {
                    continue;
                }
                lastWarned.put(key, today);
                String message = "Account " + account.accountId() + ": " + c.label() + " " + c.state() + " — " + c.reason();
                LOG.warn(message);
                logged.add(message);
            }
        }
        return logged;
    }
}
