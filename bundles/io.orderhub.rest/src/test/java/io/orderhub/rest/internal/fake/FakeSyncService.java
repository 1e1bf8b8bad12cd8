package io.orderhub.rest.internal.fake;

import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.ExportPreview;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;
import io.orderhub.core.service.PreviewEntry;
import io.orderhub.core.service.SyncService;
import io.orderhub.core.service.ValidationException;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Imports finish at once with nothing new; an export "sends" every 処理済 order with a tracking number. */
public final class FakeSyncService implements SyncService {

    private final FakeBackend backend;
    private final AccountService accounts;

    public FakeSyncService(FakeBackend backend, AccountService accounts) {
        this.backend = backend;
        this.accounts = accounts;
    }

    @Override
    public synchronized Job startImport(String accountId, LocalDate from, LocalDate to, String actor) {
        accounts.get(accountId);
        if (from != null && to != null && from.isAfter(to)) {
            throw new ValidationException("from", "from after to");
        }
        Job job = new Job(backend.newJobId(), Job.Kind.IMPORT, accountId, FakeBackend.MALL, Job.State.QUEUED, actor,
                null, FakeBackend.NOW, null, null, Job.Counts.ZERO, null, List.of());
        backend.jobs.put(job.id(), job);
        backend.writes.incrementAndGet();
        return job;
    }

    /** F3: refused unless the fake mall's capabilities include IMPORT_BY_STATUS; the job's message names them. */
    @Override
    public synchronized Job startImport(String accountId, LocalDate from, LocalDate to, List<String> mallStatuses,
                                        String actor) {
        if (mallStatuses.isEmpty()) {
            return startImport(accountId, from, to, actor);
        }
        accounts.get(accountId);
        if (!FakeBackend.CAPABILITIES.contains(io.orderhub.core.spi.MallCapability.IMPORT_BY_STATUS)) {
            throw new ValidationException("statuses", "this mall cannot import by mall status (IMPORT_BY_STATUS)");
        }
        Job job = new Job(backend.newJobId(), Job.Kind.IMPORT, accountId, FakeBackend.MALL, Job.State.QUEUED, actor,
                null, FakeBackend.NOW, null, null, Job.Counts.ZERO, "mall statuses " + mallStatuses, List.of());
        backend.jobs.put(job.id(), job);
        backend.writes.incrementAndGet();
        return job;
    }

    @Override
    public synchronized ExportPreview preview(String accountId, Integer days) {
        accounts.get(accountId);
        int period = days == null ? DEFAULT_CREATION_PERIOD : days;
        if (period < MIN_CREATION_PERIOD || period > MAX_CREATION_PERIOD) {
            throw new ValidationException("days", "creation period out of range");
        }
        List<PreviewEntry> targets = new ArrayList<>();
        List<PreviewEntry> excluded = new ArrayList<>();
        for (Order o : backend.orders.values()) {
            if (!o.accountId().equals(accountId)) {
                continue;
            }
            if (OrderStatus.DONE.code().equals(o.status()) && o.shipping().hasTrackingNumber()) {
                targets.add(new PreviewEntry(o.id(), o.mallOrderNumber(), o.status(), o.lastUpdatedAt(),
                        Map.of("tracking_number", o.shipping().firstTrackingNumber(),
                                "tracking_company", String.valueOf(o.shipping().carrier())), List.of()));
            } else {
                excluded.add(new PreviewEntry(o.id(), o.mallOrderNumber(), o.status(), o.lastUpdatedAt(), Map.of(),
                        List.of("status is not 処理済", "no tracking number")));
            }
        }
        return new ExportPreview(accountId, FakeBackend.MALL, period,
                FakeBackend.NOW.minus(Duration.ofDays(period)), targets, excluded);
    }

    @Override
    public synchronized Job startExport(String accountId, Integer days, String actor) {
        ExportPreview preview = preview(accountId, days);
        List<JobResult> results = new ArrayList<>();
        for (PreviewEntry e : preview.targets()) {
            results.add(new JobResult(e.orderId(), e.mallOrderNumber(), JobResult.Outcome.SENT, null, null,
                    e.fields(), FakeBackend.NOW));
        }
        for (PreviewEntry e : preview.excluded()) {
            results.add(new JobResult(e.orderId(), e.mallOrderNumber(), JobResult.Outcome.SKIPPED,
                    String.join("; ", e.reasons()), null, Map.of(), FakeBackend.NOW));
        }
        Job job = backend.exportsKeepRunning
                ? new Job(backend.newJobId(), Job.Kind.EXPORT, accountId, FakeBackend.MALL, Job.State.RUNNING, actor,
                        preview.days(), FakeBackend.NOW, FakeBackend.NOW, null,
                        new Job.Counts(results.size(), 0, 0, 0, 0, 0, 0), null, List.of())
                : new Job(backend.newJobId(), Job.Kind.EXPORT, accountId, FakeBackend.MALL, Job.State.SUCCEEDED,
                actor, preview.days(), FakeBackend.NOW, FakeBackend.NOW, FakeBackend.NOW,
                new Job.Counts(results.size(), results.size(), preview.targets().size(), 0,
                        preview.excluded().size(), 0, 0), null, results);
        backend.jobs.put(job.id(), job);
        backend.writes.incrementAndGet();
        return job;
    }
}
