package io.orderhub.shell.internal;

import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobService;
import io.orderhub.core.service.SyncService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import java.util.List;

@Service
@Command(scope = "orderhub", name = "export", description = "Sends shipping data of the export targets to the mall",
        detailedDescription = "Sends what orderhub:export-preview lists, then prints each order's result: sent, "
                + "failed with the mall's message, or skipped with the reason.\n"
                + "Example: orderhub:export my-shop --days 3")
public class ExportCommand extends OrderhubAction {

    @Reference
    SyncService sync;

    @Reference
    JobService jobs;

    @Reference(optional = true)
    AccountService accounts;

    @Argument(index = 0, name = "ACCOUNT_ID", required = true, description = "The account to export")
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Option(name = "--days", aliases = "-d", description = "Creation period in days, 1 to 13 (default 3)")
    String days;

    @Option(name = "--background", aliases = "-b", description = "Start the job and return at once")
    boolean background;

    @Argument(index = 1, name = "options", multiValued = true,
            description = "The options above may also follow the arguments")
    List<String> trailingOptions;

    @Override
    void run() {
        Job job = sync.startExport(accountId, Args.days(days), actor());
        JobPrinter printer = new JobPrinter(jobs, new Display(null, accounts), out());
        printer.started(job);
        if (!background) {
            printer.print(printer.await(job), false);
        }
    }
}
