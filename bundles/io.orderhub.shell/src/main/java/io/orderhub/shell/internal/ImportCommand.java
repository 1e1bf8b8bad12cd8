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

import java.time.LocalDate;

@Service
@Command(scope = "orderhub", name = "import", description = "Imports a shop account's orders from its mall",
        detailedDescription = "Without --from/--to the account's \"days to fetch\" applies. Waits for the job "
                + "and prints its counts unless --background is given.\n"
                + "With --status, only orders in those mall statuses (malls that can import by status, e.g. "
                + "Yahoo! F3: 2 処理中, 3 保留).\n"
                + "Example: orderhub:import my-shop --from 2025-05-01 --to 2025-05-03\n"
                + "Example: orderhub:import my-yahoo --status 2,3")
public class ImportCommand extends OrderhubAction {

    @Reference
    SyncService sync;

    @Reference
    JobService jobs;

    @Reference(optional = true)
    AccountService accounts;

    @Argument(index = 0, name = "ACCOUNT_ID", required = true, description = "The account to import")
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Option(name = "--from", description = "First order date, yyyy-MM-dd (in the shop's zone)")
    String from;

    @Option(name = "--to", description = "Last order date, yyyy-MM-dd (inclusive)")
    String to;

    @Option(name = "--status", aliases = "-s", multiValued = true,
            description = "Only orders in this mall status (repeat, or comma separated); malls with IMPORT_BY_STATUS")
    List<String> statuses;

    @Option(name = "--background", aliases = "-b", description = "Start the job and return at once")
    boolean background;

    @Argument(index = 1, name = "options", multiValued = true,
            description = "The options above may also follow the arguments")
    List<String> trailingOptions;

    @Override
    void run() {
        LocalDate fromDate = Args.date("from", from);
        LocalDate toDate = Args.date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new CommandException("to", to + " is before --from " + from);
        }
        Job job = sync.startImport(accountId, fromDate, toDate, mallStatuses(), actor());
        JobPrinter printer = new JobPrinter(jobs, new Display(null, accounts), out());
        printer.started(job);
        if (!background) {
            printer.print(printer.await(job), true);
        }
    }

    private List<String> mallStatuses() {
        List<String> all = new java.util.ArrayList<>();
        if (statuses != null) {
            for (String s : statuses) {
                for (String part : s.split(",", -1)) {
                    if (part.isBlank()) {
                        throw new CommandException("status", "a mall status is empty");
                    }
                    all.add(part.strip());
                }
            }
        }
        return all;
    }
}
