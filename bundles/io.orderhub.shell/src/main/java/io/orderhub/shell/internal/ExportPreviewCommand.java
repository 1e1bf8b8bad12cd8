package io.orderhub.shell.internal;

import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.ExportPreview;
import io.orderhub.core.service.OrderService;
import io.orderhub.core.service.PreviewEntry;
import io.orderhub.core.service.SyncService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import java.util.List;
import org.apache.karaf.shell.support.table.ShellTable;

import java.io.PrintStream;

@Service
@Command(scope = "orderhub", name = "export-preview",
        description = "Shows what an export would send to the mall, and which orders it would leave out and why",
        detailedDescription = "The creation period (--days, 1 to 13, default 3) selects the orders updated in "
                + "the last N days. Nothing is sent.\nExample: orderhub:export-preview my-shop --days 5")
public class ExportPreviewCommand extends OrderhubAction {

    @Reference
    SyncService sync;

    @Reference(optional = true)
    OrderService orders;

    @Reference(optional = true)
    AccountService accounts;

    @Argument(index = 0, name = "ACCOUNT_ID", required = true, description = "The account to preview")
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Option(name = "--days", aliases = "-d", description = "Creation period in days, 1 to 13 (default 3)")
    String days;

    @Argument(index = 1, name = "options", multiValued = true,
            description = "The options above may also follow the arguments")
    List<String> trailingOptions;

    @Override
    void run() {
        ExportPreview preview = sync.preview(accountId, Args.days(days));
        Display display = new Display(orders, accounts);
        PrintStream out = out();
        out.println("Export preview for account " + preview.accountId() + " (mall " + preview.mallId()
                + "), creation period " + preview.days() + " days: orders updated since "
                + display.time(preview.accountId(), preview.periodStart()));
        out.println();
        out.println("Would send (" + preview.targets().size() + "):");
        ShellTable targets = new ShellTable().emptyTableText("(no order would be sent)");
        targets.column("Order ID").alignRight();
        targets.column("Order number");
        targets.column("Status");
        targets.column("Last update");
        targets.column("Would send").maxSize(100).wrap();
        for (PreviewEntry e : preview.targets()) {
            targets.addRow().addContent(e.orderId(), e.mallOrderNumber(), display.status(e.status()),
                    display.time(preview.accountId(), e.lastUpdatedAt()), Display.fields(e.fields()));
        }
        targets.print(out);
        out.println();
        out.println("Not sent (" + preview.excluded().size() + "):");
        ShellTable excluded = new ShellTable().emptyTableText("(none)");
        excluded.column("Order ID").alignRight();
        excluded.column("Order number");
        excluded.column("Status");
        excluded.column("Last update");
        excluded.column("Reasons").maxSize(100).wrap();
        for (PreviewEntry e : preview.excluded()) {
            excluded.addRow().addContent(e.orderId(), e.mallOrderNumber(), display.status(e.status()),
                    display.time(preview.accountId(), e.lastUpdatedAt()), String.join("; ", e.reasons()));
        }
        excluded.print(out);
    }
}
