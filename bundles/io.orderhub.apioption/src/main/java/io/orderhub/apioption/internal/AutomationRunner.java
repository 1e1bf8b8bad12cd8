package io.orderhub.apioption.internal;

import io.orderhub.core.model.Order;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.service.Account;
import io.orderhub.core.service.AccountHealth;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.HealthService;
import io.orderhub.core.service.JobService;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.OrderUpdate;
import io.orderhub.core.service.SyncService;
import io.orderhub.core.spi.AccountProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides, at every tick, which account's automatic import or export is due and starts it through the
 * core's {@link SyncService}: one run at a time per account (the next waits until the account's previous
 * job finished), nothing for an account whose health says its runs are paused. "Export on change" waits
 * {@code coalesce} after the last completing change, so that an operator filling in several orders gets one
 * export.
 *
 * <p>Not thread-bound: a timer calls {@link #tick()}; operators' threads call {@link #orderChanged}.
 */
final class AutomationRunner {

    static final String ACTOR = "scheduler";
    private static final Logger LOG = LoggerFactory.getLogger(AutomationRunner.class);
    private static final Set<OrderUpdate.Field> SHIPPING_FIELDS = EnumSet.of(OrderUpdate.Field.STATUS,
            OrderUpdate.Field.SHIP_DATE, OrderUpdate.Field.CARRIER, OrderUpdate.Field.TRACKING_NUMBERS,
            OrderUpdate.Field.DELIVERY_DATE, OrderUpdate.Field.DELIVERY_TIME_SLOT);

    /** What the runner remembers of one account between ticks. */
    private static final class AccountRuns {
        Instant lastImport;
        Instant lastExport;
        String runningJobId;
        volatile Instant changedAt;
        boolean paused;
        Instant nextRun;
    }

    private final AccountService accounts;
    private final SyncService sync;
    private final JobService jobs;
    private final HealthService health;
    private final Clock clock;
    private final Duration coalesce;
    private final Map<String, AccountRuns> runs = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    AutomationRunner(AccountService accounts, SyncService sync, JobService jobs, HealthService health, Clock clock,
                     Duration coalesce) {
        this.accounts = accounts;
        this.sync = sync;
        this.jobs = jobs;
        this.health = health;
        this.clock = clock;
        this.coalesce = coalesce;
    }

    /** Stops starting runs; a tick in progress finishes what it started. */
    void stop() {
        stopped = true;
    }

    /**
     * An operator changed an order: when the change completes its shipping data, the account's export is
     * due {@code coalesce} later (if the account exports on change; checked at the tick).
     */
    void orderChanged(Order order, Set<OrderUpdate.Field> changed, String actor) {
        if (stopped || changed.stream().noneMatch(SHIPPING_FIELDS::contains) || !shippingComplete(order.shipping())) {
            return;
        }
        runs.computeIfAbsent(order.accountId(), a -> new AccountRuns()).changedAt = clock.instant();
    }

    /** Ship date and a tracking number or a carrier: what every mall needs to be told the order shipped. */
    static boolean shippingComplete(Shipping shipping) {
        return shipping.shipDate() != null && (shipping.hasTrackingNumber() || shipping.carrier() != null);
    }

    Instant nextRun(String accountId) {
        AccountRuns r = runs.get(accountId);
        return r == null ? null : r.nextRun;
    }

    synchronized void tick() {
        Set<String> seen = new HashSet<>();
        for (Account account : accounts.list()) {
            if (stopped) {
                return;
            }
            seen.add(account.id());
            try {
                tick(account, runs.computeIfAbsent(account.id(), a -> new AccountRuns()));
            } catch (RuntimeException e) {
                LOG.warn("Automatic run of account {} could not start: {}", account.id(), e.getMessage());
            }
        }
        runs.keySet().retainAll(seen);
    }

    private void tick(Account account, AccountRuns r) {
        Instant now = clock.instant();
        Map<String, Object> s = account.settings();
        boolean autoImport = isOn(s, AccountProperties.AUTO_IMPORT);
        boolean autoExport = isOn(s, AccountProperties.AUTO_EXPORT);
        boolean onChange = isOn(s, AccountProperties.EXPORT_ON_CHANGE);
        Duration every = Duration.ofMinutes(minutes(s));
        // a switch just seen on starts its schedule now: the first run is one interval later (S1: not at once)
        r.lastImport = autoImport ? (r.lastImport == null ? now : r.lastImport) : null;
        r.lastExport = autoExport ? (r.lastExport == null ? now : r.lastExport) : null;
        if (!onChange) {
            r.changedAt = null;
        }
        r.nextRun = earliest(autoImport ? r.lastImport.plus(every) : null, autoExport ? r.lastExport.plus(every) : null);
        if (!(autoImport || autoExport || onChange)) {
            r.paused = false;
            return;
        }
        if (r.runningJobId != null && !finished(r.runningJobId)) {
            return;
        }
        r.runningJobId = null;
        AccountHealth.Automation automation = health.health(account.id()).automation();
        if (automation.paused()) {
            if (!r.paused) {
                LOG.warn("Automatic runs of account {} paused: {}", account.id(), automation.reason());
                r.paused = true;
            }
            return;
        }
        if (r.paused) {
            LOG.info("Automatic runs of account {} resumed", account.id());
            r.paused = false;
        }
        // state moves on only once the job started: a refused start (e.g. the engine is busy with the account)
        // is tried again at the next tick, and a pending change is not lost
        if (autoImport && !now.isBefore(r.lastImport.plus(every))) {
            r.runningJobId = sync.startImport(account.id(), null, null, ACTOR).id();
            r.lastImport = now;
            LOG.info("Automatic import of account {} started: job {}", account.id(), r.runningJobId);
        } else if (autoExport && !now.isBefore(r.lastExport.plus(every))) {
            Instant pending = r.changedAt;
            r.runningJobId = sync.startExport(account.id(), null, ACTOR).id();
            r.lastExport = now;
            r.changedAt = pending == r.changedAt ? null : r.changedAt;
            LOG.info("Automatic export of account {} started: job {}", account.id(), r.runningJobId);
        } else if (onChange && r.changedAt != null && !now.isBefore(r.changedAt.plus(coalesce))) {
            Instant pending = r.changedAt;
            r.runningJobId = sync.startExport(account.id(), null, ACTOR).id();
            // a change that came in while the export was being started goes in the next one
            r.changedAt = pending == r.changedAt ? null : r.changedAt;
            LOG.info("Export on change of account {} started: job {}", account.id(), r.runningJobId);
        }
        r.nextRun = earliest(autoImport ? r.lastImport.plus(every) : null, autoExport ? r.lastExport.plus(every) : null);
    }

    private boolean finished(String jobId) {
        try {
            return jobs.get(jobId).isFinished();
        } catch (NotFoundException e) {
            return true;
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static boolean isOn(Map<String, Object> settings, String key) {
        Object v = settings.get(key);
        return v instanceof Boolean b ? b : v != null && Boolean.parseBoolean(v.toString().trim());
    }

    private static int minutes(Map<String, Object> settings) {
        Object v = settings.get(AccountProperties.SCHEDULE_MINUTES);
        try {
            int m = v instanceof Number n ? n.intValue()
                    : v == null ? AccountProperties.DEFAULT_SCHEDULE_MINUTES : Integer.parseInt(v.toString().trim());
            return Math.max(AccountProperties.MIN_SCHEDULE_MINUTES, Math.min(AccountProperties.MAX_SCHEDULE_MINUTES, m));
        } catch (NumberFormatException e) {
            return AccountProperties.DEFAULT_SCHEDULE_MINUTES;
        }
    }

    /** For logs and tests: the job an account's automatic run is waiting on, or null. */
    String runningJob(String accountId) {
        AccountRuns r = runs.get(accountId);
        return r == null ? null : r.runningJobId;
    }
}
