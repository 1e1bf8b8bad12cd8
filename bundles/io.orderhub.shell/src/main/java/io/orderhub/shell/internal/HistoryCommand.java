package io.orderhub.shell.internal;

import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.HistoryEntry;
import io.orderhub.core.service.HistoryPage;
import io.orderhub.core.service.HistoryQuery;
import io.orderhub.core.service.HistoryService;
import io.orderhub.core.service.JobResult;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

@Service
@Command(scope = "orderhub", name = "history", description = "Searches the results of imports and exports, newest first",
        detailedDescription = "One line per order result of every run (kept at least 90 days).\n"
                + "--since takes a date (yyyy-MM-dd, Japan time) or a number of days back (7d).\n"
                + "Example: orderhub:history --account my-shop --outcome FAILED --since 7d")
public class HistoryCommand extends OrderhubAction {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Reference
    HistoryService history;

    @Reference(optional = true)
    AccountService accounts;

    @Option(name = "--account", aliases = "-a", description = "Only this account")
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Option(name = "--order", aliases = "-o", description = "An order id or mall order number")
    String order;

    @Option(name = "--outcome", description = "IMPORTED, UPDATED, UNCHANGED, SENT, FAILED or SKIPPED")
    String outcome;

    @Option(name = "--since", aliases = "-s", description = "From this date (yyyy-MM-dd) or this many days back (7d)")
    String since;

    @Option(name = "--limit", aliases = "-l", description = "At most this many (default 50)")
    String limit;

    Clock clock = Clock.systemUTC();

    @Override
    void run() {
        int max = Args.integer("limit", limit, 50);
        if (max < 1 || max > HistoryQuery.MAX_LIMIT) {
            throw new CommandException("limit", "limit must be between 1 and " + HistoryQuery.MAX_LIMIT);
        }
        HistoryPage page = history.search(new HistoryQuery(accountId, order == null ? null : order.trim(),
                outcome(), since(), null, 0, max));
        Display display = new Display(null, accounts);
        ShellTable table = new ShellTable().emptyTableText("No results");
        table.column("Time");
        table.column("Account");
        table.column("Run");
        table.column("Order");
        table.column("Outcome");
        table.column("Message");
        for (HistoryEntry e : page.entries()) {
            table.addRow().addContent(display.time(e.accountId(), e.at()), e.accountId(),
                    e.kind() + " " + e.jobId(), Display.orNone(e.mallOrderNumber())
                            + (e.orderId() == null ? "" : " (id " + e.orderId() + ")"),
                    e.outcome(), Display.orNone(e.message()));
        }
        table.print(out());
        if (page.total() > page.entries().size()) {
            out().println(page.entries().size() + " of " + page.total() + " results (--limit for more)");
        }
    }

    private JobResult.Outcome outcome() {
        if (outcome == null) {
            return null;
        }
        try {
            return JobResult.Outcome.valueOf(outcome.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandException("outcome", "'" + outcome + "' is not one of "
                    + Arrays.toString(JobResult.Outcome.values()));
        }
    }

    private Instant since() {
        if (since == null) {
            return null;
        }
        String s = since.trim();
        if (s.matches("\\d{1,4}d")) {
            return clock.instant().minus(Duration.ofDays(Integer.parseInt(s.substring(0, s.length() - 1))));
        }
        if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new CommandException("since", "'" + since + "' is neither a date (yyyy-MM-dd) nor days back (7d)");
        }
        return Args.date("since", s).atStartOfDay(JAPAN).toInstant();
    }
}
