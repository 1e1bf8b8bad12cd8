package io.orderhub.core.internal.history;

import io.orderhub.core.internal.store.HistoryStore;
import io.orderhub.core.service.HistoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the run history for {@code retentionDays} (at least {@value HistoryService#MIN_RETENTION_DAYS}) and
 * deletes older finished runs once a day, the first time a minute after start. A configuration below the
 * minimum is refused: the component does not start, so nothing is purged, and the log names the setting.
 */
@Component(service = HistoryRetention.class, immediate = true, configurationPid = HistoryRetention.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = HistoryRetention.Config.class)
public class HistoryRetention {

    public static final String PID = "io.orderhub.history";
    private static final Logger LOG = LoggerFactory.getLogger(HistoryRetention.class);

    @ObjectClassDefinition(name = "orderhub history", description = "How long import and export runs and their"
            + " per-order results are kept")
    public @interface Config {
        @AttributeDefinition(name = "Retention (days)", description = "Runs that finished longer ago are deleted"
                + " once a day; at least 90", min = "90")
        int retentionDays() default HistoryService.DEFAULT_RETENTION_DAYS;
    }

    private final HistoryStore store;
    private final Clock clock;
    private volatile int retentionDays;
    private ScheduledExecutorService timer;

    @Activate
    public HistoryRetention(@Reference HistoryStore store, Config config) {
        this(store, Clock.systemUTC(), config.retentionDays());
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "orderhub-history-purge");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::purgeQuietly, 1, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    /** @throws IllegalArgumentException naming {@code retentionDays} when below the minimum */
    public HistoryRetention(HistoryStore store, Clock clock, int retentionDays) {
        this.store = store;
        this.clock = clock;
        this.retentionDays = check(retentionDays);
    }

    @Modified
    void modified(Config config) {
        this.retentionDays = check(config.retentionDays());
    }

    @Deactivate
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** @return how many runs were deleted */
    public int purge() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays));
        int deleted = store.purgeFinishedBefore(cutoff);
        if (deleted > 0) {
            LOG.info("history: deleted {} runs that finished before {} (retention {} days)", deleted, cutoff,
                    retentionDays);
        }
        return deleted;
    }

    int retentionDays() {
        return retentionDays;
    }

    private void purgeQuietly() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.warn("history purge failed; it runs again tomorrow", e);
        }
    }

    private static int check(int days) {
        if (days < HistoryService.MIN_RETENTION_DAYS) {
            String message = PID + " retentionDays must be at least " + HistoryService.MIN_RETENTION_DAYS
                    + " (the history is kept at least 90 days), was " + days;
            LOG.error(message);
            throw new IllegalArgumentException(message);
        }
        return days;
    }
}
