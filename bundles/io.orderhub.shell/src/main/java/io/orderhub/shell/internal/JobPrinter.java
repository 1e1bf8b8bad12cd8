package io.orderhub.shell.internal;

import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;
import io.orderhub.core.service.JobService;
import org.apache.karaf.shell.support.table.ShellTable;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** Waits for jobs and prints them the same way for import, export and {@code orderhub:job}. */
final class JobPrinter {

    private static final Duration POLL = Duration.ofSeconds(1);

    private final JobService jobs;
    private final Display display;
    private final PrintStream out;

    JobPrinter(JobService jobs, Display display, PrintStream out) {
        this.jobs = jobs;
        this.display = display;
        this.out = out;
    }

    /**
     * Waits until the job is finished. Ctrl-C stops the waiting, not the job, which keeps running on the
     * server; the operator is told how to look at it later.
     */
    Job await(Job job) {
        Job current = job;
        try {
            while (!current.isFinished()) {
                current = jobs.await(current.id(), POLL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("Stopped waiting; job " + job.id() + " keeps running. See: orderhub:job " + job.id());
        }
        return current;
    }

    void started(Job job) {
        out.println(kind(job) + " job " + job.id() + " started for account " + job.accountId()
                + ". See: orderhub:job " + job.id());
    }

    /** State, counts and, unless {@code onlyProblems}, the result of every order. */
    void print(Job job, boolean onlyProblems) {
        print(job, onlyProblems, 0);
    }

    /**
     * Like {@link #print(Job, boolean)} for a job holding one page of its results, the first at {@code offset}; says
     * where the next page starts when there is one.
     */
    void print(Job job, boolean onlyProblems, int offset) {
        printPage(job, onlyProblems);
        int done = job.counts() == null ? 0 : job.counts().done();
        int shown = job.results().size();
        if (offset > 0 || shown < done) {
            out.println("Results " + (shown == 0 ? 0 : offset + 1) + "-" + (offset + shown) + " of " + done
                    + (job.isFinished() ? "" : " so far")
                    + (offset + shown < done ? ". More: orderhub:job " + job.id() + " --offset " + (offset + shown) : ""));
        }
    }

    private void printPage(Job job, boolean onlyProblems) {
        out.println(kind(job) + " job " + job.id() + " (account " + job.accountId() + ", mall " + job.mallId()
                + "): " + job.state() + (job.message() == null ? "" : " - " + job.message()));
        if (job.kind() == Job.Kind.EXPORT && job.days() != null) {
            out.println("Creation period: " + job.days() + " days");
        }
        out.println("Started: " + display.time(job.accountId(), job.startedAt())
                + ", finished: " + display.time(job.accountId(), job.finishedAt())
                + (job.actor() == null ? "" : ", by " + job.actor()));
        out.println("Orders: " + counts(job));
        ShellTable table = new ShellTable().emptyTableText(onlyProblems ? "" : "(no orders)");
        table.column("Order ID").alignRight();
        table.column("Order number");
        table.column("Result");
        table.column("Details").maxSize(100).wrap();
        int shown = 0;
        for (JobResult r : job.results()) {
            boolean problem = r.outcome() == JobResult.Outcome.FAILED || r.outcome() == JobResult.Outcome.SKIPPED;
            if (onlyProblems && !problem) {
                continue;
            }
            table.addRow().addContent(Display.orNone(r.orderId()), Display.orNone(r.mallOrderNumber()),
                    r.outcome().name().toLowerCase(Locale.ROOT), details(r));
            shown++;
        }
        if (shown > 0 || !onlyProblems) {
            table.print(out);
        }
    }

    static String counts(Job job) {
        Job.Counts c = job.counts() == null ? Job.Counts.ZERO : job.counts();
        String total = c.total() < 0 ? "?" : Integer.toString(c.total());
        if (job.kind() == Job.Kind.IMPORT) {
            return c.done() + " of " + total + " done, " + c.imported() + " imported, " + c.updated()
                    + " updated, " + c.failed() + " failed, " + c.skipped() + " skipped";
        }
        return c.done() + " of " + total + " done, " + c.sent() + " sent, " + c.failed() + " failed, "
                + c.skipped() + " skipped";
    }

    private static String details(JobResult r) {
        return switch (r.outcome()) {
            case SENT -> Display.fields(r.sent());
            case FAILED -> (r.failedCall() == null ? "" : r.failedCall() + ": ") + Display.orNone(r.message());
            default -> r.message() == null ? "" : r.message();
        };
    }

    private static String kind(Job job) {
        return job.kind() == Job.Kind.IMPORT ? "Import" : "Export";
    }
}
