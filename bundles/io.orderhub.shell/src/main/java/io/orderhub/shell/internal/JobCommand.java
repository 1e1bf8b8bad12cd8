package io.orderhub.shell.internal;

import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.JobService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "orderhub", name = "job", description = "Shows an import or export job: state, counts and per-order results")
public class JobCommand extends OrderhubAction {

    @Reference
    JobService jobs;

    @Reference(optional = true)
    AccountService accounts;

    @Argument(index = 0, name = "JOB_ID", required = true, description = "The job (see orderhub:job-list)")
    @Completion(JobIdCompleter.class)
    String jobId;

    @Override
    void run() {
        new JobPrinter(jobs, new Display(null, accounts), out()).print(jobs.get(jobId), false);
    }
}
