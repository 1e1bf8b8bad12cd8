package io.orderhub.core.internal.sync;

import io.orderhub.core.internal.account.AccountDirectory;
import io.orderhub.core.internal.connector.ConnectorTracker;
import io.orderhub.core.internal.store.ExportRuleStore;
import io.orderhub.core.internal.store.JobStore;
import io.orderhub.core.internal.store.OrderStore;
import io.orderhub.core.model.Order;
import io.orderhub.core.service.ApiOption;
import io.orderhub.core.service.ConflictException;
import io.orderhub.core.service.ExportPreview;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;
import io.orderhub.core.service.JobService;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.PreviewEntry;
import io.orderhub.core.service.SyncService;
import io.orderhub.core.service.ValidationException;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.ExportContext;
import io.orderhub.core.spi.ImportQuery;
import io.orderhub.core.spi.MallCapability;
import io.orderhub.core.spi.MallDescriptor;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.core.spi.OrderExportService;
import io.orderhub.core.spi.OrderImportService;
import io.orderhub.core.spi.OrderResultItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs imports and exports as jobs. Mall-neutral: the connector's services do the talking, this engine
 * applies the rules every mall shares, stores what comes in and records a result for every order.
 */
@Component(service = {SyncService.class, JobService.class})
@Designate(ocd = SyncEngineConfig.class)
public class SyncEngine implements SyncService, JobService {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    private static final int FLUSH_EVERY = 200;
    private static final int PAGE_SIZE = 500;
    private static final int ACK_BATCH = 100;
    private static final Duration MAX_IMPORT_RANGE = Duration.ofDays(366);
    /** Results {@link #await} hands back at most; a large job's others are read in pages. */
    static final int AWAIT_RESULTS = 1000;

    private final OrderStore orders;
    private final ImportStorage importStorage;
    private final JobStore jobs;
    private final ConnectorTracker connectors;
    private final AccountDirectory accounts;
    private final Clock clock;
    private final ExportRules rules;
    private final ExportEvaluator evaluator;
    private final ExecutorService executor;
    private final Map<String, LiveJob> live = new ConcurrentHashMap<>();
    /** One export at a time per account, so that no order is sent twice by overlapping runs. */
    private final Map<String, Object> exportLocks = new ConcurrentHashMap<>();
    private volatile Backoff backoff = Backoff.DEFAULT;
    private volatile Backoff.Sleeper sleeper = Backoff.Sleeper.REAL;
    private final JobResumer resumer;
    /** Present while the API option is installed; imports tell the connector (F3: Yahoo! limits them without it). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ApiOption apiOption;

    // DS picks its constructor by the number of parameters: no other constructor may have seven
    @Activate
    public SyncEngine(@Reference OrderStore orders, @Reference JobStore jobs, @Reference ConnectorTracker connectors,
                      @Reference AccountDirectory accounts, @Reference ExportRuleStore exportRules,
                      @Reference ImportStorage importStorage, SyncEngineConfig config) {
        this(orders, jobs, connectors, accounts, exportRules, importStorage, Clock.systemUTC(), 2,
                Backoff.of(config.export_retry_attempts(), Duration.ofMillis(config.export_retry_base_millis()),
                        Duration.ofMillis(config.export_retry_max_millis()),
                        Duration.ofMillis(config.export_retry_after_max_millis())), Backoff.Sleeper.REAL);
    }

    /** Mall defaults for every account's export rules; imports stored as the mall sent them (no product master). */
    public SyncEngine(OrderStore orders, JobStore jobs, ConnectorTracker connectors, AccountDirectory accounts,
                      Clock clock, int threads) {
        this(orders, jobs, connectors, accounts, ExportRuleStore.NONE, clock, threads, ImportStorage.plain(orders));
    }

    public SyncEngine(OrderStore orders, JobStore jobs, ConnectorTracker connectors, AccountDirectory accounts,
                      ExportRuleStore exportRules, Clock clock, int threads, ImportStorage importStorage) {
        this(orders, jobs, connectors, accounts, exportRules, importStorage, clock, threads, Backoff.DEFAULT,
                Backoff.Sleeper.REAL);
    }

    SyncEngine(OrderStore orders, JobStore jobs, ConnectorTracker connectors, AccountDirectory accounts,
               Clock clock, int threads, Backoff backoff, Backoff.Sleeper sleeper) {
        this(orders, jobs, connectors, accounts, ExportRuleStore.NONE, ImportStorage.plain(orders), clock, threads,
                backoff, sleeper);
    }

    SyncEngine(OrderStore orders, JobStore jobs, ConnectorTracker connectors, AccountDirectory accounts,
               ExportRuleStore exportRules, ImportStorage importStorage, Clock clock, int threads, Backoff backoff,
               Backoff.Sleeper sleeper) {
        this.rules = new ExportRules(exportRules, connectors);
        this.evaluator = new ExportEvaluator(jobs);
        this.importStorage = importStorage;
        this.orders = orders;
        this.jobs = jobs;
        this.connectors = connectors;
        this.accounts = accounts;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "orderhub-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.resumer = new JobResumer(jobs, this::resume, Duration.ofSeconds(2));
    }

    /** For tests outside OSGi: the option as DS would bind it. */
    void setApiOption(ApiOption option) {
        this.apiOption = option;
    }

    @Deactivate
    public void close() {
        resumer.close();
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- import

    @Override
    public Job startImport(String accountId, LocalDate from, LocalDate to, String actor) {
        return startImport(accountId, from, to, List.of(), actor);
    }

    @Override
    public Job startImport(String accountId, LocalDate from, LocalDate to, List<String> mallStatuses, String actor) {
        List<String> statuses = ImportStatuses.check(mallStatuses);
        Map<String, Object> settings = accounts.rawSettings(accountId);
        ZoneId zone = zone(settings);
        Instant now = clock.instant();
        Instant start;
        Instant end;
        if (from == null && to == null) {
            int days = intSetting(settings, AccountProperties.DAYS_TO_FETCH, 3);
            start = now.minus(Duration.ofDays(days));
            end = now;
        } else if (from == null || to == null) {
            throw new ValidationException(from == null ? "from" : "to", "give both from and to, or neither");
        } else {
            if (to.isBefore(from)) {
                throw new ValidationException("to", "to (" + to + ") is before from (" + from + ")");
            }
            LocalDate today = LocalDate.now(clock.withZone(zone));
            if (from.isAfter(today)) {
                throw new ValidationException("from", "from (" + from + ") is in the future");
            }
            start = from.atStartOfDay(zone).toInstant();
            Instant endOfTo = to.plusDays(1).atStartOfDay(zone).toInstant();
            end = endOfTo.isAfter(now) ? now : endOfTo;
            if (Duration.between(start, end).compareTo(MAX_IMPORT_RANGE) > 0) {
                throw new ValidationException("from", "an import covers at most 366 days");
            }
        }
        String mallId = mallOf(settings);
        OrderImportService importer = connectors.importer(accountId).orElseThrow(() -> notActive(accountId, mallId));
        if (!statuses.isEmpty()) {
            ImportStatuses.requireCapability(connectors.descriptor(mallId).orElseThrow(() -> notActive(accountId, mallId)));
        }
        Job job = newJob(Job.Kind.IMPORT, accountId, mallId, actor, null);
        ImportQuery query = new ImportQuery(start, end, statuses, zone);
        jobs.putParams(job.id(), JobResumer.importParams(query));
        submitImport(job, importer, query, settings);
        return job;
    }

    private void submitImport(Job job, OrderImportService importer, ImportQuery query, Map<String, Object> settings) {
        String initialStatus = String.valueOf(settings.getOrDefault(AccountProperties.INITIAL_STATUS, "NEW"));
        boolean acknowledge = connectors.descriptor(job.mallId())
                .map(d -> d.capabilities().contains(MallCapability.ACKNOWLEDGE_ON_IMPORT)).orElse(false);
        // the option as installed now; a resumed job asks again
        ImportQuery run = query.withApiOptionInstalled(apiOption != null);
        submit(job, lj -> runImport(lj, importer, run, job.accountId(), job.mallId(), initialStatus, acknowledge));
    }

    private void runImport(LiveJob lj, OrderImportService importer, ImportQuery query, String accountId, String mallId,
                           String initialStatus, boolean acknowledge) {
        // every order stored, not only the new ones: the mall still lists an order whose move failed last time (or
        // whose run a crash cut short) as awaiting confirmation, and it must be moved now (D3)
        List<String> stored = new ArrayList<>();
        try {
            importer.fetch(query, mallOrder -> {
                if (Thread.currentThread().isInterrupted() || lj.cancelledBy() != null) {
                    throw new JobInterrupted();
                }
                store(lj, accountId, mallId, initialStatus, mallOrder, stored);
            });
            if (acknowledge) {
                acknowledge(lj, importer, stored);
            }
            finish(lj, Job.State.SUCCEEDED, null);
        } catch (MallException e) {
            finish(lj, Job.State.FAILED, describe(e));
        } catch (JobInterrupted e) {
            if (lj.cancelledBy() != null) {
                finish(lj, Job.State.CANCELLED, "cancelled by " + lj.cancelledBy());
            } else {
                // orderhub is stopping: the job stays open and runs its query again at the next start
                jobs.addResults(lj.id(), lj.drain());
                jobs.save(lj.snapshot());
            }
        } catch (IllegalArgumentException e) {
            // the connector refused the query (e.g. a mall status it does not know); its message names the field
            finish(lj, Job.State.FAILED, "the mall connector refused the import: " + e.getMessage());
        }
    }

    private void store(LiveJob lj, String accountId, String mallId, String initialStatus, MallOrder mallOrder,
                       List<String> stored) {
        JobResult result;
        try {
            OrderStore.ImportOutcome outcome = importStorage.store(accountId, mallId, mallOrder, initialStatus,
                    clock.instant());
            JobResult.Outcome o = switch (outcome.effect()) {
                case CREATED -> JobResult.Outcome.IMPORTED;
                case UPDATED -> JobResult.Outcome.UPDATED;
                case UNCHANGED -> JobResult.Outcome.UNCHANGED;
            };
            stored.add(mallOrder.mallOrderNumber());
            result = new JobResult(outcome.orderId(), mallOrder.mallOrderNumber(), o,
                    ImportStatuses.describe(outcome), null, Map.of(), clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("Could not store order {} of account {}", mallOrder.mallOrderNumber(), accountId, e);
            result = new JobResult(null, mallOrder.mallOrderNumber(), JobResult.Outcome.FAILED,
                    "could not store the order: " + e.getMessage(), null, Map.of(), clock.instant());
        }
        record(lj, result);
    }

    private void acknowledge(LiveJob lj, OrderImportService importer, List<String> stored) {
        for (int i = 0; i < stored.size(); i += ACK_BATCH) {
            List<String> batch = stored.subList(i, Math.min(stored.size(), i + ACK_BATCH));
            try {
                for (OrderResultItem failure : importer.acknowledge(batch)) {
                    record(lj, new JobResult(null, failure.mallOrderNumber(), JobResult.Outcome.FAILED,
                            "stored, but the mall's status was not moved: " + failure.message(),
                            failure.failedCall(), Map.of(), clock.instant()));
                }
            } catch (MallException e) {
                for (String number : batch) {
                    record(lj, new JobResult(null, number, JobResult.Outcome.FAILED,
                            "stored, but the mall's status was not moved: " + describe(e), null, Map.of(), clock.instant()));
                }
            }
        }
    }

    // ---------------------------------------------------------------- export

    @Override
    public ExportPreview preview(String accountId, Integer days) {
        Map<String, Object> settings = accounts.rawSettings(accountId);
        ZoneId zone = zone(settings);
        String mallId = mallOf(settings);
        OrderExportService exporter = connectors.exporter(accountId).orElseThrow(() -> notActive(accountId, mallId));
        ExportRules.Resolved resolved = rules.resolve(accountId, mallId, settings)
                .orElseThrow(() -> notActive(accountId, mallId));
        ExportWindow window = ExportWindow.of(days, clock.instant(), zone)
                .withNeverUpdatedDays(resolved.neverUpdatedDays(), clock.instant());
        ExportContext context = new ExportContext(zone, clock, "preview", resolved.mapping(), resolved.conversions());
        List<PreviewEntry> targets = new ArrayList<>();
        List<PreviewEntry> excluded = new ArrayList<>();
        forEachCandidate(accountId, window, PAGE_SIZE, order -> {
            ExportEvaluator.Evaluation e = evaluate(order, window, exporter, context);
            PreviewEntry entry = new PreviewEntry(order.id(), order.mallOrderNumber(), order.status(),
                    order.lastUpdatedAt(), e.check().fields(), e.messages());
            (e.isTarget() ? targets : excluded).add(entry);
        });
        return new ExportPreview(accountId, mallId, window.days(), window.updatedSince(), targets, excluded);
    }

    @Override
    public Job startExport(String accountId, Integer days, String actor) {
        Map<String, Object> settings = accounts.rawSettings(accountId);
        ZoneId zone = zone(settings);
        String mallId = mallOf(settings);
        OrderExportService exporter = connectors.exporter(accountId).orElseThrow(() -> notActive(accountId, mallId));
        MallDescriptor mall = connectors.descriptor(mallId).orElseThrow(() -> notActive(accountId, mallId));
        ExportRules.Resolved resolved = rules.resolve(accountId, mallId, settings)
                .orElseThrow(() -> notActive(accountId, mallId));
        ExportWindow window = ExportWindow.of(days, clock.instant(), zone)
                .withNeverUpdatedDays(resolved.neverUpdatedDays(), clock.instant());
        Job job = newJob(Job.Kind.EXPORT, accountId, mallId, actor, window.days());
        jobs.putParams(job.id(), ExportRun.params(window));
        submitExport(job, exporter, mall, window,
                new ExportContext(zone, clock, job.actor(), resolved.mapping(), resolved.conversions()));
        return job;
    }

    private void submitExport(Job job, OrderExportService exporter, MallDescriptor mall, ExportWindow window,
                              ExportContext context) {
        submit(job, lj -> {
            synchronized (exportLocks.computeIfAbsent(job.accountId(), k -> new Object())) {
                ExportRun.Ending end = new ExportRun(orders, jobs, lj, exporter, mall, window, context,
                        (pageSize, consumer) -> forEachCandidate(job.accountId(), window, pageSize, consumer),
                        order -> evaluate(order, window, exporter, context).messages(), backoff, sleeper, clock).run();
                if (end != null) {
                    finish(lj, end.state(), end.message());
                }
            }
        });
    }

    /** One code path with the preview and the explanation: {@link ExportEvaluator}. */
    private ExportEvaluator.Evaluation evaluate(Order order, ExportWindow window, OrderExportService exporter,
                                                ExportContext context) {
        return evaluator.evaluate(order, window, exporter, context);
    }

    /** The window's candidates, never-updated recent orders included for malls that take them (S2). */
    private void forEachCandidate(String accountId, ExportWindow window, int pageSize,
                                  java.util.function.Consumer<Order> consumer) {
        orders.forEachExportCandidate(accountId, window.updatedSince(), window.orderedSince(),
                window.neverUpdatedOrderedSince(), pageSize, consumer);
    }

    // ---------------------------------------------------------------- jobs

    @Override
    public Job get(String jobId) {
        // Live state first, store second: a job leaves the live map only after its final state is saved, and
        // its results are stored before it reports itself finished, so a snapshot taken before the read never
        // claims more than the stored results show.
        LiveJob running = live.get(jobId);
        Job now = running == null ? null : running.snapshot();
        Job stored = jobs.find(jobId).orElseThrow(() -> new NotFoundException("job", jobId));
        if (now == null) {
            return stored;
        }
        return new Job(now.id(), now.kind(), now.accountId(), now.mallId(), now.state(), now.actor(), now.days(),
                now.createdAt(), now.startedAt(), now.finishedAt(), now.counts(), now.message(), stored.results());
    }

    @Override
    public Job get(String jobId, int resultsOffset, int resultsLimit) {
        if (resultsOffset < 0) {
            throw new ValidationException("resultsOffset", "resultsOffset must be 0 or more, was " + resultsOffset);
        }
        if (resultsLimit < 0) {
            throw new ValidationException("resultsLimit", "resultsLimit must be 0 or more, was " + resultsLimit);
        }
        LiveJob running = live.get(jobId);
        Job now = running == null ? null : running.snapshot();
        Job stored = jobs.find(jobId, resultsOffset, resultsLimit).orElseThrow(() -> new NotFoundException("job", jobId));
        if (now == null) {
            return stored;
        }
        return new Job(now.id(), now.kind(), now.accountId(), now.mallId(), now.state(), now.actor(), now.days(),
                now.createdAt(), now.startedAt(), now.finishedAt(), now.counts(), now.message(), stored.results());
    }

    @Override
    public Job cancel(String jobId, String actor) {
        Job job = get(jobId, 0, 0);
        if (job.isFinished()) {
            throw new ConflictException("state", "job " + jobId + " has already finished (" + job.state() + ")");
        }
        String who = actor == null ? "unknown" : actor;
        jobs.requestCancel(jobId, who);
        LiveJob running = live.get(jobId);
        if (running != null) {
            running.cancel(who);
        } else {
            // open in the store but not running here: left by a restart and still waiting for its connector
            jobs.save(new Job(job.id(), job.kind(), job.accountId(), job.mallId(), Job.State.CANCELLED, job.actor(),
                    job.days(), job.createdAt(), job.startedAt(), clock.instant(), job.counts(),
                    "cancelled by " + who + " before it resumed", List.of()));
        }
        LOG.info("Job {} cancel requested by {}", jobId, who);
        return get(jobId, 0, 0);
    }

    @Override
    public List<Job> list(String accountId, int limit) {
        return jobs.list(accountId, Math.max(1, Math.min(limit, 1000)));
    }

    @Override
    public Job await(String jobId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            LiveJob running = live.get(jobId);
            if (running != null) {
                synchronized (running) {
                    while (!running.snapshot().isFinished()) {
                        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                        if (left <= 0) {
                            break;
                        }
                        running.wait(left);
                    }
                }
            }
            Job job = get(jobId, 0, AWAIT_RESULTS);
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (job.isFinished() || left <= 0) {
                return job;
            }
            // open but not running here (yet): left by a restart and about to be resumed
            Thread.sleep(Math.min(left, 50));
        }
    }

    // ---------------------------------------------------------------- plumbing

    private Job newJob(Job.Kind kind, String accountId, String mallId, String actor, Integer days) {
        Job job = new Job(UUID.randomUUID().toString(), kind, accountId, mallId, Job.State.QUEUED,
                actor == null ? "unknown" : actor, days, clock.instant(), null, null, Job.Counts.ZERO, null, List.of());
        jobs.save(job);
        return job;
    }

    private void submit(Job job, java.util.function.Consumer<LiveJob> work) {
        LiveJob lj = new LiveJob(job);
        live.put(job.id(), lj);
        executor.execute(() -> {
            lj.started(clock.instant());
            jobs.save(lj.snapshot());
            try {
                work.accept(lj);
            } catch (RuntimeException e) {
                LOG.error("Job {} failed", job.id(), e);
                finish(lj, Job.State.FAILED, "internal error: " + e);
            } finally {
                live.remove(job.id());
            }
        });
    }

    private void record(LiveJob lj, JobResult result) {
        lj.add(result);
        if (lj.pendingCount() >= FLUSH_EVERY) {
            jobs.addResults(lj.id(), lj.drain());
            jobs.save(lj.snapshot());
        }
    }

    private void finish(LiveJob lj, Job.State state, String message) {
        jobs.addResults(lj.id(), lj.drain());
        lj.finished(state, message, clock.instant());
        jobs.save(lj.snapshot());
        Job done = lj.snapshot();
        LOG.info("Job {} ({} of {}) ended {}: {}", done.id(), done.kind(), done.accountId(), done.state(), done.counts());
    }

    private JobResult result(Order o, JobResult.Outcome outcome, String message, String failedCall, Map<String, String> sent) {
        return new JobResult(o.id(), o.mallOrderNumber(), outcome, message, failedCall, sent, clock.instant());
    }

    /**
     * Starts again a job a restart left open (see {@link JobResumer}).
     *
     * @return false while the account's connector is not there yet
     */
    private boolean resume(Job job) {
        Map<String, Object> settings;
        try {
            settings = accounts.rawSettings(job.accountId());
        } catch (NotFoundException e) {
            endUnresumable(job, "interrupted by a restart of orderhub, and account " + job.accountId()
                    + " no longer exists");
            return true;
        }
        Map<String, String> params = jobs.params(job.id());
        String cancelledBy = jobs.cancelledBy(job.id());
        if (job.kind() == Job.Kind.EXPORT) {
            Optional<ExportWindow> window = ExportRun.window(params);
            if (window.isEmpty()) {
                endUnresumable(job, "interrupted by a restart of orderhub; run it again");
                return true;
            }
            Optional<OrderExportService> exporter = connectors.exporter(job.accountId());
            Optional<MallDescriptor> mall = connectors.descriptor(job.mallId());
            Optional<ExportRules.Resolved> resolved = rules.resolve(job.accountId(), job.mallId(), settings);
            if (exporter.isEmpty() || mall.isEmpty() || resolved.isEmpty()) {
                return false;
            }
            LOG.info("Resuming export job {} of account {}", job.id(), job.accountId());
            submitExport(job, exporter.get(), mall.get(), window.get(), new ExportContext(zone(settings), clock,
                    job.actor(), resolved.get().mapping(), resolved.get().conversions()));
        } else {
            ImportQuery query = JobResumer.importQuery(params);
            if (query == null) {
                endUnresumable(job, "interrupted by a restart of orderhub; run it again");
                return true;
            }
            Optional<OrderImportService> importer = connectors.importer(job.accountId());
            if (importer.isEmpty()) {
                return false;
            }
            LOG.info("Resuming import job {} of account {}: its query runs again", job.id(), job.accountId());
            // upserts are idempotent; the results of the first attempt are replaced by those of the new one
            jobs.clearTargets(job.id());
            submitImport(job, importer.get(), query, settings);
        }
        if (cancelledBy != null) {
            live.get(job.id()).cancel(cancelledBy);
        }
        return true;
    }

    private void endUnresumable(Job job, String message) {
        jobs.save(new Job(job.id(), job.kind(), job.accountId(), job.mallId(), Job.State.FAILED, job.actor(),
                job.days(), job.createdAt(), job.startedAt(), clock.instant(), job.counts(), message, List.of()));
    }

    static String describe(MallException e) {
        return "[" + e.kind() + (e.mallCode() == null ? "" : " " + e.mallCode()) + "] " + e.getMessage();
    }

    private static ConflictException notActive(String accountId, String mallId) {
        return new ConflictException("accountId", "account " + accountId + " is not active: the connector of mall '"
                + mallId + "' is not installed or has not started the account yet");
    }

    private static ZoneId zone(Map<String, Object> settings) {
        return ZoneId.of(String.valueOf(settings.getOrDefault(AccountProperties.ZONE, AccountProperties.DEFAULT_ZONE)));
    }

    private static String mallOf(Map<String, Object> settings) {
        return String.valueOf(settings.get(AccountProperties.MALL_ID));
    }

    private static int intSetting(Map<String, Object> settings, String key, int fallback) {
        Object v = settings.get(key);
        if (v instanceof Number n) {
            return n.intValue();
        }
        return Optional.ofNullable(v).map(Object::toString).map(Integer::parseInt).orElse(fallback);
    }

    /** Thrown inside a connector's sink to stop an import whose thread was interrupted. */
    private static final class JobInterrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
