package io.orderhub.core.internal.sync;

import io.orderhub.core.internal.account.AccountDirectory;
import io.orderhub.core.internal.connector.ConnectorTracker;
import io.orderhub.core.internal.store.ExportRuleStore;
import io.orderhub.core.internal.store.JobStore;
import io.orderhub.core.internal.store.OrderStore;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderChange;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
public class SyncEngine implements SyncService, JobService {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    private static final int FLUSH_EVERY = 200;
    private static final int PAGE_SIZE = 500;
    private static final int ACK_BATCH = 100;
    private static final Duration MAX_IMPORT_RANGE = Duration.ofDays(366);

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

    @Activate
    public SyncEngine(@Reference OrderStore orders, @Reference JobStore jobs, @Reference ConnectorTracker connectors,
                      @Reference AccountDirectory accounts, @Reference ExportRuleStore exportRules,
                      @Reference ImportStorage importStorage) {
        this(orders, jobs, connectors, accounts, exportRules, Clock.systemUTC(), 2, importStorage);
    }

    /** Mall defaults for every account's export rules; imports stored as the mall sent them (no product master). */
    public SyncEngine(OrderStore orders, JobStore jobs, ConnectorTracker connectors, AccountDirectory accounts,
                      Clock clock, int threads) {
        this(orders, jobs, connectors, accounts, ExportRuleStore.NONE, clock, threads, ImportStorage.plain(orders));
    }

    public SyncEngine(OrderStore orders, JobStore jobs, ConnectorTracker connectors, AccountDirectory accounts,
                      ExportRuleStore exportRules, Clock clock, int threads) {
        this(orders, jobs, connectors, accounts, exportRules, clock, threads, ImportStorage.plain(orders));
    }

    public SyncEngine(OrderStore orders, JobStore jobs, ConnectorTracker connectors, AccountDirectory accounts,
                      Clock clock, int threads, ImportStorage importStorage) {
        this(orders, jobs, connectors, accounts, ExportRuleStore.NONE, clock, threads, importStorage);
    }

    public SyncEngine(OrderStore orders, JobStore jobs, ConnectorTracker connectors, AccountDirectory accounts,
                      ExportRuleStore exportRules, Clock clock, int threads, ImportStorage importStorage) {
        this.rules = new ExportRules(exportRules, connectors);
        this.evaluator = new ExportEvaluator(jobs);
        this.orders = orders;
        this.importStorage = importStorage;
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
        failInterruptedJobs();
    }

    @Deactivate
    public void close() {
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
        String initialStatus = String.valueOf(settings.getOrDefault(AccountProperties.INITIAL_STATUS, "NEW"));
        boolean acknowledge = connectors.descriptor(mallId)
                .map(d -> d.capabilities().contains(MallCapability.ACKNOWLEDGE_ON_IMPORT)).orElse(false);
        submit(job, lj -> runImport(lj, importer, query, accountId, mallId, initialStatus, acknowledge));
        return job;
    }

    private void runImport(LiveJob lj, OrderImportService importer, ImportQuery query, String accountId, String mallId,
                           String initialStatus, boolean acknowledge) {
        List<String> created = new ArrayList<>();
        try {
            importer.fetch(query, mallOrder -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new JobInterrupted();
                }
                store(lj, accountId, mallId, initialStatus, mallOrder, created);
            });
            if (acknowledge) {
                acknowledge(lj, importer, created);
            }
            finish(lj, Job.State.SUCCEEDED, null);
        } catch (MallException e) {
            finish(lj, Job.State.FAILED, describe(e));
        } catch (JobInterrupted e) {
            finish(lj, Job.State.FAILED, "interrupted: orderhub is stopping; import again to fetch the rest");
        } catch (IllegalArgumentException e) {
            // the connector refused the query (e.g. a mall status it does not know); its message names the field
            finish(lj, Job.State.FAILED, "the mall connector refused the import: " + e.getMessage());
        }
    }

    private void store(LiveJob lj, String accountId, String mallId, String initialStatus, MallOrder mallOrder,
                       List<String> created) {
        JobResult result;
        try {
            OrderStore.ImportOutcome outcome = importStorage.store(accountId, mallId, mallOrder, initialStatus,
                    clock.instant());
            JobResult.Outcome o = switch (outcome.effect()) {
                case CREATED -> JobResult.Outcome.IMPORTED;
                case UPDATED -> JobResult.Outcome.UPDATED;
                case UNCHANGED -> JobResult.Outcome.UNCHANGED;
            };
            if (outcome.effect() == OrderStore.ImportEffect.CREATED) {
                created.add(mallOrder.mallOrderNumber());
            }
            result = new JobResult(outcome.orderId(), mallOrder.mallOrderNumber(), o,
                    ImportStatuses.describe(outcome), null, Map.of(), clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("Could not store order {} of account {}", mallOrder.mallOrderNumber(), accountId, e);
            result = new JobResult(null, mallOrder.mallOrderNumber(), JobResult.Outcome.FAILED,
                    "could not store the order: " + e.getMessage(), null, Map.of(), clock.instant());
        }
        record(lj, result);
    }

    private void acknowledge(LiveJob lj, OrderImportService importer, List<String> created) {
        for (int i = 0; i < created.size(); i += ACK_BATCH) {
            List<String> batch = created.subList(i, Math.min(created.size(), i + ACK_BATCH));
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
        forEachCandidate(accountId, window, order -> {
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
        ExportContext context = new ExportContext(zone, clock, actor, resolved.mapping(), resolved.conversions());
        submit(job, lj -> {
            synchronized (exportLocks.computeIfAbsent(accountId, k -> new Object())) {
                runExport(lj, exporter, mall, window, context, accountId);
            }
        });
        return job;
    }

    private void runExport(LiveJob lj, OrderExportService exporter, MallDescriptor mall, ExportWindow window,
                           ExportContext context, String accountId) {
        // Ids only: the targets are read again batch by batch, so a large run holds no orders in memory.
        List<Long> targets = new ArrayList<>();
        List<JobResult> skipped = new ArrayList<>();
        forEachCandidate(accountId, window, order -> {
            ExportEvaluator.Evaluation e = evaluate(order, window, exporter, context);
            if (e.isTarget()) {
                targets.add(order.id());
            } else {
                skipped.add(new JobResult(order.id(), order.mallOrderNumber(), JobResult.Outcome.SKIPPED,
                        String.join("; ", e.messages()), null, Map.of(), clock.instant()));
            }
        });
        lj.total(targets.size() + skipped.size());
        skipped.forEach(r -> record(lj, r));
        String abort = null;
        for (int i = 0; i < targets.size(); i += mall.exportBatchSize()) {
            List<Order> batch = new ArrayList<>();
            for (Long id : targets.subList(i, Math.min(targets.size(), i + mall.exportBatchSize()))) {
                orders.find(id).ifPresent(batch::add);
            }
            if (abort != null || Thread.currentThread().isInterrupted()) {
                String why = abort != null ? abort : "interrupted: orderhub is stopping; export again to send it";
                batch.forEach(o -> record(lj, result(o, JobResult.Outcome.FAILED, "not sent: " + why, null, Map.of())));
                continue;
            }
            try {
                List<OrderResultItem> items = exporter.export(batch, context);
                Map<String, OrderResultItem> byNumber = new HashMap<>();
                items.forEach(item -> byNumber.put(item.mallOrderNumber(), item));
                for (Order order : batch) {
                    recordExport(lj, order, byNumber.get(order.mallOrderNumber()), context.actor());
                }
            } catch (MallException e) {
                String message = describe(e);
                batch.forEach(o -> record(lj, result(o, JobResult.Outcome.FAILED, message, null, Map.of())));
                if (e.kind() == MallException.Kind.CREDENTIAL_REJECTED) {
                    abort = message;
                }
            } catch (RuntimeException e) {
                LOG.error("Export of account {} failed on a batch", accountId, e);
                batch.forEach(o -> record(lj, result(o, JobResult.Outcome.FAILED,
                        "connector error: " + e.getMessage(), null, Map.of())));
            }
        }
        finish(lj, abort == null ? Job.State.SUCCEEDED : Job.State.FAILED, abort);
    }

    private void recordExport(LiveJob lj, Order order, OrderResultItem item, String actor) {
        if (item == null) {
            record(lj, result(order, JobResult.Outcome.FAILED, "the connector returned no result for this order", null, Map.of()));
            return;
        }
        JobResult.Outcome outcome = switch (item.outcome()) {
            case SENT -> JobResult.Outcome.SENT;
            case FAILED -> JobResult.Outcome.FAILED;
            case SKIPPED -> JobResult.Outcome.SKIPPED;
        };
        if (outcome == JobResult.Outcome.SENT) {
            jobs.recordSent(order.id(), order.version(), lj.id());
            orders.addHistory(order.id(), new OrderChange(clock.instant(), actor, "EXPORTED",
                    "モールへ送信 (job " + lj.id() + "): " + item.sent()));
        }
        record(lj, result(order, outcome, item.message(), item.failedCall(), item.sent()));
    }

    /** One code path with the preview and the explanation: {@link ExportEvaluator}. */
    private ExportEvaluator.Evaluation evaluate(Order order, ExportWindow window, OrderExportService exporter,
                                                ExportContext context) {
        return evaluator.evaluate(order, window, exporter, context);
    }

    /** The window's candidates, never-updated recent orders included for malls that take them (S2). */
    private void forEachCandidate(String accountId, ExportWindow window, java.util.function.Consumer<Order> consumer) {
        orders.forEachExportCandidate(accountId, window.updatedSince(), window.orderedSince(),
                window.neverUpdatedOrderedSince(), PAGE_SIZE, consumer);
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
    public List<Job> list(String accountId, int limit) {
        return jobs.list(accountId, Math.max(1, Math.min(limit, 1000)));
    }

    @Override
    public Job await(String jobId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
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
        return get(jobId);
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

    /** A restart ends jobs that were running; they are marked so that nobody waits on them. */
    private void failInterruptedJobs() {
        for (Job job : jobs.list(null, 1000)) {
            if (!job.isFinished()) {
                jobs.save(new Job(job.id(), job.kind(), job.accountId(), job.mallId(), Job.State.FAILED, job.actor(),
                        job.days(), job.createdAt(), job.startedAt(), clock.instant(), job.counts(),
                        "interrupted by a restart of orderhub; run it again", List.of()));
            }
        }
    }

    private static String describe(MallException e) {
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
