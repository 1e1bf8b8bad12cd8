package io.orderhub.core.internal.sync;

import io.orderhub.core.internal.store.JobStore;
import io.orderhub.core.internal.store.JobTarget;
import io.orderhub.core.internal.store.OrderStore;
import io.orderhub.core.internal.store.TargetOutcome;
import io.orderhub.core.internal.store.TargetOutcome.OutboxState;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderChange;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;
import io.orderhub.core.spi.ExportContext;
import io.orderhub.core.spi.MallDescriptor;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.OrderExportService;
import io.orderhub.core.spi.OrderResultItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One export job's run, resumable after a crash. Two phases, both persisted as they go:
 * <ol>
 * <li>selection: the candidates are streamed from the store page by page; targets go to the job's target
 * list, the others get their SKIPPED result at once. Interrupted before it completes, it starts again.</li>
 * <li>sending: open targets are read back page by page and sent in the mall's batch size. Before the call they
 * become IN_FLIGHT (target and outbox), after it each order's result, the target's DONE and the outbox's
 * SENT/FAILED are stored in one transaction. A resumed run skips DONE targets and re-sends IN_FLIGHT ones
 * through the connector, whose export of a version that may have reached the mall is safe to repeat
 * ({@link OrderExportService#export}).</li>
 * </ol>
 * Nothing holds all targets or all results in memory.
 */
final class ExportRun {

    private static final Logger LOG = LoggerFactory.getLogger(ExportRun.class);
    static final String PARAM_DAYS = "window.days";
    static final String PARAM_UPDATED_SINCE = "window.updatedSince";
    static final String PARAM_ORDERED_SINCE = "window.orderedSince";
    static final String PARAM_NEVER_UPDATED_SINCE = "window.neverUpdatedOrderedSince";
    static final String PARAM_NEVER_UPDATED_DAYS = "window.neverUpdatedDays";
    static final String PARAM_ZONE = "window.zone";
    static final String PARAM_SELECTED = "targets.selected";
    static final String PARAM_TOTAL = "targets.total";
    private static final int PAGE = 500;
    private static final Duration SAVE_EVERY = Duration.ofSeconds(1);

    /** How the run ended; null from {@link #run()} means it was interrupted and stays open for a resume. */
    record Ending(Job.State state, String message) {
    }

    private final OrderStore orders;
    private final JobStore jobs;
    private final LiveJob lj;
    private final OrderExportService exporter;
    private final MallDescriptor mall;
    private final ExportWindow window;
    private final ExportContext context;
    /** Streams the window's candidates page by page (the engine's selection, S2 included). */
    interface Candidates {
        void forEach(int pageSize, java.util.function.Consumer<Order> consumer);
    }

    private final Candidates candidates;
    /** The reasons an order is not a target, empty for a target (the engine's evaluation). */
    private final Function<Order, List<String>> reasons;
    private final Backoff backoff;
    private final Backoff.Sleeper sleeper;
    private final Clock clock;
    private Instant lastSave = Instant.MIN;

    ExportRun(OrderStore orders, JobStore jobs, LiveJob lj, OrderExportService exporter, MallDescriptor mall,
              ExportWindow window, ExportContext context, Candidates candidates, Function<Order, List<String>> reasons,
              Backoff backoff,
              Backoff.Sleeper sleeper, Clock clock) {
        this.orders = orders;
        this.jobs = jobs;
        this.lj = lj;
        this.exporter = exporter;
        this.mall = mall;
        this.window = window;
        this.context = context;
        this.candidates = candidates;
        this.reasons = reasons;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** What a job needs to select its targets again after a restart. */
    static Map<String, String> params(ExportWindow window) {
        Map<String, String> params = new HashMap<>(Map.of(PARAM_DAYS, Integer.toString(window.days()),
                PARAM_UPDATED_SINCE, window.updatedSince().toString(),
                PARAM_ORDERED_SINCE, window.orderedSince().toString(),
                PARAM_NEVER_UPDATED_DAYS, Integer.toString(window.neverUpdatedDays()),
                PARAM_ZONE, window.zone().getId()));
        if (window.neverUpdatedOrderedSince() != null) {
            params.put(PARAM_NEVER_UPDATED_SINCE, window.neverUpdatedOrderedSince().toString());
        }
        return params;
    }

    /** The window a job was started with, or empty for a job stored before jobs were resumable. */
    static Optional<ExportWindow> window(Map<String, String> params) {
        if (!params.containsKey(PARAM_UPDATED_SINCE)) {
            return Optional.empty();
        }
        String neverUpdatedSince = params.get(PARAM_NEVER_UPDATED_SINCE);
        return Optional.of(new ExportWindow(Integer.parseInt(params.get(PARAM_DAYS)),
                Instant.parse(params.get(PARAM_UPDATED_SINCE)), Instant.parse(params.get(PARAM_ORDERED_SINCE)),
                neverUpdatedSince == null ? null : Instant.parse(neverUpdatedSince),
                Integer.parseInt(params.getOrDefault(PARAM_NEVER_UPDATED_DAYS, "0")),
                java.time.ZoneId.of(params.getOrDefault(PARAM_ZONE, "UTC"))));
    }

    Ending run() {
        try {
            int total = select();
            lj.restore(jobs.countResults(lj.id(), total));
            return send();
        } catch (Interrupted e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- selection

    private int select() {
        Map<String, String> params = jobs.params(lj.id());
        if ("true".equals(params.get(PARAM_SELECTED))) {
            return Integer.parseInt(params.get(PARAM_TOTAL));
        }
        jobs.clearTargets(lj.id());
        List<JobTarget> targets = new ArrayList<>();
        List<JobResult> skipped = new ArrayList<>();
        int[] counts = new int[2];
        candidates.forEach(PAGE, order -> {
                    List<String> why = reasons.apply(order);
                    if (why.isEmpty()) {
                        targets.add(new JobTarget(++counts[0], order.id(), order.version(), JobTarget.State.PENDING));
                    } else {
                        counts[1]++;
                        skipped.add(result(order, JobResult.Outcome.SKIPPED, String.join("; ", why), null, Map.of()));
                    }
                    if (targets.size() + skipped.size() >= PAGE) {
                        flushSelection(targets, skipped);
                    }
                });
        flushSelection(targets, skipped);
        int total = counts[0] + counts[1];
        jobs.putParams(lj.id(), Map.of(PARAM_SELECTED, "true", PARAM_TOTAL, Integer.toString(total)));
        return total;
    }

    private String accountOf() {
        return lj.snapshot().accountId();
    }

    private void flushSelection(List<JobTarget> targets, List<JobResult> skipped) {
        checkInterrupted();
        jobs.addTargets(lj.id(), targets, skipped);
        targets.clear();
        skipped.clear();
    }

    // ---------------------------------------------------------------- sending

    private Ending send() {
        String abort = null;
        int afterSeq = 0;
        while (true) {
            List<JobTarget> page = jobs.openTargets(lj.id(), afterSeq, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (int i = 0; i < page.size(); i += mall.exportBatchSize()) {
                List<JobTarget> chunk = page.subList(i, Math.min(page.size(), i + mall.exportBatchSize()));
                checkInterrupted();
                String cancelledBy = lj.cancelledBy();
                if (cancelledBy != null) {
                    cancelRemaining(chunk.get(0).seq() - 1, cancelledBy);
                    return new Ending(Job.State.CANCELLED, "cancelled by " + cancelledBy);
                }
                abort = sendBatch(chunk, abort);
                afterSeq = chunk.get(chunk.size() - 1).seq();
            }
        }
        saveProgress(true);
        return new Ending(abort == null ? Job.State.SUCCEEDED : Job.State.FAILED, abort);
    }

    /** @return the reason the rest is not sent (credential rejected), or null */
    private String sendBatch(List<JobTarget> chunk, String abort) {
        List<TargetOutcome> outcomes = new ArrayList<>();
        List<Order> batch = new ArrayList<>();
        List<JobTarget> inFlight = new ArrayList<>();
        for (JobTarget t : chunk) {
            Optional<Order> order = orders.find(t.orderId());
            if (order.isEmpty()) {
                outcomes.add(new TargetOutcome(t.seq(), t.orderId(), t.version(), null, new JobResult(t.orderId(),
                        null, JobResult.Outcome.FAILED, "not sent: the order was deleted", null, Map.of(),
                        clock.instant())));
            } else if (abort != null) {
                outcomes.add(new TargetOutcome(t.seq(), t.orderId(), t.version(), null,
                        result(order.get(), JobResult.Outcome.FAILED, "not sent: " + abort, null, Map.of())));
            } else {
                batch.add(order.get());
                // the version handed to the mall is the order as it is now, changed since selection or not
                inFlight.add(new JobTarget(t.seq(), t.orderId(), order.get().version(), JobTarget.State.IN_FLIGHT));
            }
        }
        String newAbort = abort;
        if (!batch.isEmpty()) {
            jobs.markInFlight(lj.id(), inFlight);
            Map<Long, JobTarget> targetOf = new HashMap<>();
            inFlight.forEach(t -> targetOf.put(t.orderId(), t));
            try {
                List<OrderResultItem> items = exportWithRetries(batch);
                Map<String, OrderResultItem> byNumber = new HashMap<>();
                items.forEach(item -> byNumber.put(item.mallOrderNumber(), item));
                for (Order order : batch) {
                    outcomes.add(outcome(targetOf.get(order.id()), order, byNumber.get(order.mallOrderNumber())));
                }
            } catch (Failed f) {
                for (Order order : batch) {
                    outcomes.add(new TargetOutcome(targetOf.get(order.id()).seq(), order.id(), order.version(),
                            OutboxState.FAILED, result(order, JobResult.Outcome.FAILED, f.message, null, Map.of())));
                }
                if (f.abort) {
                    newAbort = f.message;
                }
            }
        }
        outcomes.sort((a, b) -> Integer.compare(a.seq(), b.seq()));
        jobs.complete(lj.id(), outcomes);
        for (TargetOutcome o : outcomes) {
            lj.counted(o.result());
            if (o.sendState() == OutboxState.SENT) {
                orders.addHistory(o.orderId(), new OrderChange(clock.instant(), context.actor(), "EXPORTED",
                        "モールへ送信 (job " + lj.id() + "): " + o.result().sent()));
            }
        }
        saveProgress(false);
        return newAbort;
    }

    private TargetOutcome outcome(JobTarget target, Order order, OrderResultItem item) {
        if (item == null) {
            return new TargetOutcome(target.seq(), order.id(), order.version(), OutboxState.FAILED, result(order,
                    JobResult.Outcome.FAILED, "the connector returned no result for this order", null, Map.of()));
        }
        return switch (item.outcome()) {
            case SENT -> new TargetOutcome(target.seq(), order.id(), order.version(), OutboxState.SENT,
                    result(order, JobResult.Outcome.SENT, item.message(), item.failedCall(), item.sent()));
            case FAILED -> new TargetOutcome(target.seq(), order.id(), order.version(), OutboxState.FAILED,
                    result(order, JobResult.Outcome.FAILED, item.message(), item.failedCall(), item.sent()));
            case SKIPPED -> new TargetOutcome(target.seq(), order.id(), order.version(), OutboxState.SKIPPED,
                    result(order, JobResult.Outcome.SKIPPED, item.message(), item.failedCall(), item.sent()));
        };
    }

    /**
     * Calls the connector; a transient failure (mall unavailable, rate limited) is retried with backoff up to
     * the configured attempts. A cancel or stop during a wait ends the waiting.
     */
    private List<OrderResultItem> exportWithRetries(List<Order> batch) throws Failed {
        for (int attempt = 1; ; attempt++) {
            try {
                return exporter.export(batch, context);
            } catch (MallException e) {
                if (e.kind() == MallException.Kind.CREDENTIAL_REJECTED) {
                    throw new Failed(SyncEngine.describe(e), true);
                }
                if (!e.isTransient() || attempt >= backoff.maxAttempts()) {
                    throw new Failed(SyncEngine.describe(e) + (attempt > 1 ? " (after " + attempt + " attempts)" : ""),
                            false);
                }
                Duration wait = backoff.delay(attempt, e.retryAfter());
                LOG.info("Export job {}: {} on attempt {}, trying again in {} ms", lj.id(), e.kind(), attempt,
                        wait.toMillis());
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new Interrupted();
                }
                if (lj.cancelledBy() != null) {
                    throw new Failed(SyncEngine.describe(e) + " (after " + attempt + " attempts; job cancelled by "
                            + lj.cancelledBy() + ")", false);
                }
            } catch (RuntimeException e) {
                LOG.error("Export job {}: the connector failed on a batch", lj.id(), e);
                throw new Failed("connector error: " + e.getMessage(), false);
            }
        }
    }

    /** Every open target from {@code afterSeq} on gets a result saying it was not sent because of the cancel. */
    private void cancelRemaining(int afterSeq, String actor) {
        String message = "送信していません: ジョブが " + actor + " により取り消されました (not sent: job cancelled by "
                + actor + ")";
        int after = afterSeq;
        while (true) {
            List<JobTarget> page = jobs.openTargets(lj.id(), after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            List<TargetOutcome> outcomes = new ArrayList<>();
            for (JobTarget t : page) {
                String number = orders.find(t.orderId()).map(Order::mallOrderNumber).orElse(null);
                outcomes.add(new TargetOutcome(t.seq(), t.orderId(), t.version(), null, new JobResult(t.orderId(),
                        number, JobResult.Outcome.SKIPPED, message, null, Map.of(), clock.instant())));
            }
            jobs.complete(lj.id(), outcomes);
            outcomes.forEach(o -> lj.counted(o.result()));
            after = page.get(page.size() - 1).seq();
        }
    }

    private void saveProgress(boolean now) {
        Instant t = Instant.now();
        if (now || Duration.between(lastSave, t).compareTo(SAVE_EVERY) >= 0) {
            jobs.save(lj.snapshot());
            lastSave = t;
        }
    }

    private void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Interrupted();
        }
    }

    private JobResult result(Order o, JobResult.Outcome outcome, String message, String failedCall,
                             Map<String, String> sent) {
        return new JobResult(o.id(), o.mallOrderNumber(), outcome, message, failedCall, sent, clock.instant());
    }

    /** The engine is stopping: the job stays open in the store and resumes at the next start. */
    private static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** The batch as a whole failed. */
    private static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;
        final String message;
        final boolean abort;

        Failed(String message, boolean abort) {
            super(message, null, false, false);
            this.message = message;
            this.abort = abort;
        }
    }
}
