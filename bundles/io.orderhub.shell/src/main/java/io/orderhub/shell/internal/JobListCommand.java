package io.orderhub.shell.internal;

import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "orderhub", name = "job-list", description = "Lists the newest import and export jobs")
public class JobListCommand extends OrderhubAction {

    @Reference
    JobService jobs;

    @Reference(optional = true)
    AccountService accounts;

    @Option(name = "--account", aliases = "-a", description = "Only the jobs of this account")
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Option(name = "--limit", aliases = "-l", description = "At most this many jobs (default 20)")
    String limit;

    @Override
    void run() {
        int limit = Args.integer("limit", this.limit, 20);
        if (limit < 1 || limit > 1000) {
            throw new CommandException("limit", "limit must be between 1 and 1000");
        }
        Display display = new Display(null, accounts);
        ShellTable table = new ShellTable().emptyTableText(accountId == null ? "No jobs" : "No jobs for account " + accountId);
        table.column("Job ID");
        table.column("Kind");
        table.column("Account");
        table.column("State");
        table.column("Created");
        table.column("Finished");
        table.column("Counts");
        for (Job j : jobs.list(accountId, limit)) {
            table.addRow().addContent(j.id(), j.kind(), j.accountId(), j.state(),
                    display.time(j.accountId(), j.createdAt()), display.time(j.accountId(), j.finishedAt()),
                    JobPrinter.counts(j));
        }
        table.print(out());
    }
}
