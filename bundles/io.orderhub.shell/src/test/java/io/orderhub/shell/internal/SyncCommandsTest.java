package io.orderhub.shell.internal;

import io.orderhub.core.service.ExportPreview;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;
import io.orderhub.core.service.PreviewEntry;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.orderhub.shell.internal.MallAndAccountCommandsTest.assertOneErrorLine;
import static org.assertj.core.api.Assertions.assertThat;

public class SyncCommandsTest {

    private static final Instant T0 = Instant.parse("2025-05-01T00:00:00Z");

    private final Fakes.Jobs jobs = new Fakes.Jobs();
    private final Fakes.Sync sync = new Fakes.Sync(jobs, Set.of("my-shop"));
    private final Fakes.Orders orders = new Fakes.Orders();

    @Before
    public void jobs() {
        sync.nextJob = job("job-1", Job.Kind.IMPORT, Job.State.RUNNING, null, List.of());
        jobs.finished.put("job-1", job("job-1", Job.Kind.IMPORT, Job.State.SUCCEEDED,
                new Job.Counts(3, 3, 0, 1, 0, 1, 1), List.of(
                        new JobResult(1L, "#1001", JobResult.Outcome.IMPORTED, null, null, null, T0),
                        new JobResult(2L, "#1002", JobResult.Outcome.UPDATED, null, null, null, T0),
                        new JobResult(null, "#1003", JobResult.Outcome.FAILED, "line 1 has no SKU", null, null, T0))));
    }

    @Test
    public void importWaitsForTheJobAndPrintsCountsAndProblems() throws Exception {
        ImportCommand cmd = importCommand("my-shop", "2025-05-01", "2025-05-03");

        Console console = Console.run(cmd);

        assertThat(sync.calls).containsExactly("import my-shop 2025-05-01 2025-05-03 by console");
        assertThat(console.err()).isEmpty();
        assertThat(console.out()).contains("job-1", "SUCCEEDED", "3 of 3 done, 1 imported, 1 updated, 1 failed",
                "#1003", "line 1 has no SKU").doesNotContain("#1001");
    }

    @Test
    public void importRecordsTheConsoleUserAsActor() throws Exception {
        ImportCommand cmd = importCommand("my-shop", null, null);
        cmd.background = true;
        cmd.session = (org.apache.karaf.shell.api.console.Session) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[]{org.apache.karaf.shell.api.console.Session.class},
                (proxy, method, args) -> method.getName().equals("get") && "USER".equals(args[0]) ? "alice" : null);

        Console.run(cmd);

        assertThat(sync.calls).containsExactly("import my-shop null null by alice");
    }

    @Test
    public void importInBackgroundDoesNotWait() throws Exception {
        ImportCommand cmd = importCommand("my-shop", null, null);
        cmd.background = true;

        Console console = Console.run(cmd);

        assertThat(sync.calls).containsExactly("import my-shop null null by console");
        assertThat(jobs.awaits).isZero();
        assertThat(console.out()).contains("job-1 started", "orderhub:job job-1");
    }

    @Test
    public void importRejectsImpossibleAndMalformedDatesWithoutStartingAJob() throws Exception {
        assertOneErrorLine(Console.run(importCommand("my-shop", "2025-02-30", null)),
                "Error: from: '2025-02-30' is not a valid date (yyyy-MM-dd)");
        assertOneErrorLine(Console.run(importCommand("my-shop", null, "yesterday")),
                "Error: to: 'yesterday' is not a valid date (yyyy-MM-dd)");
        assertOneErrorLine(Console.run(importCommand("my-shop", "2025-05-03", "2025-05-01")),
                "Error: to: 2025-05-01 is before --from 2025-05-03");

        assertThat(sync.calls).isEmpty();
        assertThat(jobs.jobs).isEmpty();
    }

    @Test
    public void importOfUnknownAccountIsOneLine() throws Exception {
        assertOneErrorLine(Console.run(importCommand("nope", null, null)), "Error: account nope not found");
        assertThat(jobs.jobs).isEmpty();
    }

    @Test
    public void y1_previewRejectsCreationPeriodOutsideOneToThirteen() throws Exception {
        sync.preview = preview(3);

        assertOneErrorLine(Console.run(previewCommand(0)), "Error: days: creation period must be between 1 and 13");
        assertOneErrorLine(Console.run(previewCommand(14)), "Error: days: creation period must be between 1 and 13");

        assertThat(sync.calls).isEmpty();
    }

    @Test
    public void y1_exportRejectsCreationPeriodOutsideOneToThirteenAndSendsNothing() throws Exception {
        assertOneErrorLine(Console.run(exportCommand(0)), "Error: days: creation period must be between 1 and 13");
        assertOneErrorLine(Console.run(exportCommand(14)), "Error: days: creation period must be between 1 and 13");

        assertThat(sync.calls).isEmpty();
        assertThat(jobs.jobs).isEmpty();
    }

    @Test
    public void previewListsTargetsWithWhatTheyWouldSendAndExcludedWithReasons() throws Exception {
        sync.preview = preview(13);
        ExportPreviewCommand cmd = previewCommand(13);

        Console console = Console.run(cmd);

        assertThat(sync.calls).containsExactly("preview my-shop 13");
        String out = console.out();
        assertThat(out).contains("creation period 13 days", "2025-05-01 09:00 JST");
        String[] parts = out.split("Not sent");
        assertThat(parts[0]).contains("Would send (1)", "#1001", "DONE 処理済", "trackingNumber=1234-5678",
                "company=ヤマト運輸");
        assertThat(parts[1]).contains("(1)", "#1002", "NEW 新規受付", "no tracking number; status 新規受付 is not exported");
    }

    @Test
    public void previewWithDefaultPeriodPassesNoDays() throws Exception {
        sync.preview = preview(3);

        Console.run(previewCommand(null));

        assertThat(sync.calls).containsExactly("preview my-shop null");
    }

    @Test
    public void exportPrintsEveryOrdersResultWithTheMallsMessage() throws Exception {
        sync.nextJob = job("job-2", Job.Kind.EXPORT, Job.State.QUEUED, null, List.of());
        jobs.finished.put("job-2", job("job-2", Job.Kind.EXPORT, Job.State.SUCCEEDED,
                new Job.Counts(3, 3, 1, 1, 1, 0, 0), List.of(
                        new JobResult(1L, "#1001", JobResult.Outcome.SENT, null, null,
                                Map.of("trackingNumber", "1234-5678"), T0),
                        new JobResult(2L, "#1002", JobResult.Outcome.FAILED, "422 fulfillment order is closed",
                                "createFulfillment", null, T0),
                        new JobResult(3L, "#1003", JobResult.Outcome.SKIPPED, "changed since preview", null, null, T0))));

        Console console = Console.run(exportCommand(5));

        assertThat(sync.calls).containsExactly("export my-shop 5 by console");
        assertThat(console.out()).contains("job-2", "SUCCEEDED", "1 sent, 1 failed, 1 skipped",
                "Creation period: 5 days");
        assertThat(line(console.out(), "1 ")).contains("#1001", "sent", "trackingNumber=1234-5678");
        assertThat(line(console.out(), "2 ")).contains("#1002", "failed", "createFulfillment: 422 fulfillment order is closed");
        assertThat(line(console.out(), "3 ")).contains("#1003", "skipped", "changed since preview");
    }

    @Test
    public void jobShowsStateCountsAndResultsAndUnknownJobIsOneLine() throws Exception {
        jobs.jobs.put("job-1", jobs.finished.get("job-1"));
        JobCommand cmd = new JobCommand();
        cmd.jobs = jobs;
        cmd.jobId = "job-1";

        assertThat(Console.run(cmd).out()).contains("Import job job-1", "SUCCEEDED", "#1001", "imported", "#1002",
                "updated", "#1003", "line 1 has no SKU");

        cmd.jobId = "job-9";
        assertOneErrorLine(Console.run(cmd), "Error: job job-9 not found");
    }

    @Test
    public void jobListFiltersByAccount() throws Exception {
        jobs.jobs.put("job-1", jobs.finished.get("job-1"));
        jobs.jobs.put("job-7", new Job("job-7", Job.Kind.EXPORT, "other-shop", "shopify", Job.State.FAILED, "admin",
                3, T0, T0, T0, Job.Counts.ZERO, "mall unreachable", List.of()));
        JobListCommand cmd = new JobListCommand();
        cmd.jobs = jobs;

        assertThat(Console.run(cmd).out()).contains("job-1", "job-7", "other-shop", "FAILED");

        cmd.accountId = "my-shop";
        assertThat(Console.run(cmd).out()).contains("job-1").doesNotContain("job-7");
    }

    @Test
    public void y7_jobShowsOnePageOfResultsAndSaysWhereTheNextStarts() throws Exception {
        jobs.jobs.put("job-1", jobs.finished.get("job-1"));
        JobCommand cmd = new JobCommand();
        cmd.jobs = jobs;
        cmd.jobId = "job-1";
        cmd.offset = "1";
        cmd.limit = "1";

        String out = Console.run(cmd).out();
        assertThat(out).contains("#1002").doesNotContain("#1001").doesNotContain("#1003");
        assertThat(out).contains("Results 2-2 of 3", "orderhub:job job-1 --offset 2");

        cmd.limit = "10001";
        assertOneErrorLine(Console.run(cmd), "Error: limit: limit must be between 0 and 10000");
    }

    @Test
    public void c3_jobCancelAsksTheEngineToStopAndAFinishedJobIsOneErrorLine() throws Exception {
        jobs.jobs.put("job-5", job("job-5", Job.Kind.EXPORT, Job.State.RUNNING, null, List.of()));
        jobs.jobs.put("job-1", jobs.finished.get("job-1"));
        JobCancelCommand cmd = new JobCancelCommand();
        cmd.jobs = jobs;
        cmd.jobId = "job-5";

        assertThat(Console.run(cmd).out()).contains("job-5", "requested by console", "stops at its next order");
        assertThat(jobs.cancels).containsExactly("job-5 by console");

        cmd.jobId = "job-1";
        assertOneErrorLine(Console.run(cmd), "Error: state: job job-1 has already finished (SUCCEEDED)");
        cmd.jobId = "job-9";
        assertOneErrorLine(Console.run(cmd), "Error: job job-9 not found");
    }

    private ImportCommand importCommand(String account, String from, String to) {
        ImportCommand cmd = new ImportCommand();
        cmd.sync = sync;
        cmd.jobs = jobs;
        cmd.accountId = account;
        cmd.from = from;
        cmd.to = to;
        return cmd;
    }

    private ExportPreviewCommand previewCommand(Integer days) {
        ExportPreviewCommand cmd = new ExportPreviewCommand();
        cmd.sync = sync;
        cmd.orders = orders;
        cmd.accountId = "my-shop";
        cmd.days = days == null ? null : days.toString();
        return cmd;
    }

    private ExportCommand exportCommand(Integer days) {
        ExportCommand cmd = new ExportCommand();
        cmd.sync = sync;
        cmd.jobs = jobs;
        cmd.accountId = "my-shop";
        cmd.days = days == null ? null : days.toString();
        return cmd;
    }

    private static ExportPreview preview(int days) {
        return new ExportPreview("my-shop", "shopify", days, T0,
                List.of(new PreviewEntry(1, "#1001", "DONE", T0,
                        Map.of("trackingNumber", "1234-5678", "company", "ヤマト運輸"), List.of())),
                List.of(new PreviewEntry(2, "#1002", "NEW", T0, Map.of(),
                        List.of("no tracking number", "status 新規受付 is not exported"))));
    }

    private static Job job(String id, Job.Kind kind, Job.State state, Job.Counts counts, List<JobResult> results) {
        return new Job(id, kind, "my-shop", "shopify", state, "console", kind == Job.Kind.EXPORT ? 5 : null, T0,
                T0, state == Job.State.SUCCEEDED ? T0 : null, counts == null ? Job.Counts.ZERO : counts, null, results);
    }

    private static String line(String out, String startingWith) {
        return out.lines().map(String::strip).filter(l -> l.startsWith(startingWith)).findFirst().orElseThrow();
    }
}
