package io.orderhub.shell.internal;

import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.JobService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import java.util.List;

@Service
@Command(scope = "orderhub", name = "job", description = "Shows an import or export job: state, counts and per-order results",
        detailedDescription = "While the job runs the counts show its progress (Y7). A large job's results are shown "
                + "one page at a time.\nExample: orderhub:job JOB_ID --offset 1000 --limit 500")
public class JobCommand extends OrderhubAction {

    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10000;

    @Reference
    JobService jobs;

    @Reference(optional = true)
    AccountService accounts;

    @Argument(index = 0, name = "JOB_ID", required = true, description = "The job (see orderhub:job-list)")
    @Completion(JobIdCompleter.class)
    String jobId;

    @Option(name = "--offset", aliases = "-o", description = "First result to show, 0-based (default 0)")
    String offset;

    @Option(name = "--limit", aliases = "-l", description = "At most this many results (default 1000, 0 for none)")
    String limit;

    @Argument(index = 1, name = "options", multiValued = true,
            description = "The options above may also follow the arguments")
    List<String> trailingOptions;

    @Override
    void run() {
        int from = Args.integer("offset", offset, 0);
        if (from < 0) {
            throw new CommandException("offset", "offset must be 0 or more");
        }
        int max = Args.integer("limit", limit, DEFAULT_LIMIT);
        if (max < 0 || max > MAX_LIMIT) {
            throw new CommandException("limit", "limit must be between 0 and " + MAX_LIMIT);
        }
        new JobPrinter(jobs, new Display(null, accounts), out()).print(jobs.get(jobId, from, max), false, from);
    }
}
