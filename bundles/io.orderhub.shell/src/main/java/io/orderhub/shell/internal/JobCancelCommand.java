package io.orderhub.shell.internal;

import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "orderhub", name = "job-cancel", description = "Cancels a queued or running import or export job",
        detailedDescription = "The job stops at its next order. Every order it has not sent gets a result saying it "
                + "was not sent because you cancelled the job; the job ends CANCELLED.\n"
                + "Example: orderhub:job-cancel JOB_ID")
public class JobCancelCommand extends OrderhubAction {

    @Reference
    JobService jobs;

    @Argument(index = 0, name = "JOB_ID", required = true, description = "A queued or running job")
    @Completion(OpenJobIdCompleter.class)
    String jobId;

    @Override
    void run() {
        Job job = jobs.cancel(jobId, actor());
        out().println("Cancel of job " + job.id() + " requested by " + actor() + (job.isFinished()
                ? ": " + job.state() : "; it stops at its next order. See: orderhub:job " + job.id()));
    }
}
