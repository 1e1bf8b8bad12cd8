package io.orderhub.core.internal.sync;

import io.orderhub.core.internal.store.JobStore;
import io.orderhub.core.service.Job;
import io.orderhub.core.spi.ImportQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Resumes the jobs a restart (or a crash, or {@code kill -9}) left QUEUED or RUNNING. Only jobs open when the
 * engine started are its business; each is handed to the engine until the engine takes it, because after a
 * restart an account's connector may register some seconds after the engine.
 */
final class JobResumer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobResumer.class);
    static final String PARAM_FROM = "import.from";
    static final String PARAM_TO = "import.to";
    static final String PARAM_STATUSES = "import.mallStatuses";
    static final String PARAM_ZONE = "import.zone";

    private final Set<String> waiting = new LinkedHashSet<>();
    private final JobStore jobs;
    /** Starts the job again; false when it cannot yet (connector not there), true when taken or ended. */
    private final Predicate<Job> resume;
    private final ScheduledExecutorService timer;

    JobResumer(JobStore jobs, Predicate<Job> resume, Duration retryEvery) {
        this.jobs = jobs;
        this.resume = resume;
        for (Job job : jobs.list(null, 1000)) {
            if (!job.isFinished()) {
                waiting.add(job.id());
            }
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "orderhub-job-resumer");
            t.setDaemon(true);
            return t;
        });
        if (!waiting.isEmpty()) {
            LOG.info("{} job(s) were open when orderhub stopped; resuming them: {}", waiting.size(), waiting);
            timer.scheduleWithFixedDelay(this::pass, 0, retryEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void pass() {
        for (var it = waiting.iterator(); it.hasNext(); ) {
            String id = it.next();
            try {
                Job job = jobs.find(id, 0, 0).orElse(null);
                if (job == null || job.isFinished() || resume.test(job)) {
                    it.remove();
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not resume job {} yet: {}", id, e.toString());
            }
        }
        if (waiting.isEmpty()) {
            timer.shutdown();
        }
    }

    /** The jobs still waiting for their connector. */
    synchronized Set<String> waiting() {
        return Set.copyOf(waiting);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    static Map<String, String> importParams(ImportQuery query) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(PARAM_FROM, query.from().toString());
        params.put(PARAM_TO, query.to().toString());
        params.put(PARAM_ZONE, query.zone().getId());
        params.put(PARAM_STATUSES, String.join("\n", query.mallStatuses()));
        return params;
    }

    /** The query an import job was started with; null for a job stored before jobs were resumable. */
    static ImportQuery importQuery(Map<String, String> params) {
        if (!params.containsKey(PARAM_FROM)) {
            return null;
        }
        String statuses = params.getOrDefault(PARAM_STATUSES, "");
        List<String> list = statuses.isEmpty() ? List.of() : Arrays.asList(statuses.split("\n"));
        return new ImportQuery(Instant.parse(params.get(PARAM_FROM)), Instant.parse(params.get(PARAM_TO)), list,
                ZoneId.of(params.get(PARAM_ZONE)));
    }
}
