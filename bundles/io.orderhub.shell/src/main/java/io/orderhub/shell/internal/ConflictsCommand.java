package io.orderhub.shell.internal;

import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.Conflict;
import io.orderhub.core.service.ConflictService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "orderhub", name = "conflicts", description = "Lists orders the mall cancelled while they were being shipped",
        detailedDescription = "An order cancelled on the mall after it reached 発送待ち, 発送後入金待ち or 処理済, got "
                + "shipping data, or was exported, is listed here until an operator resolves it "
                + "(orderhub:conflict-resolve ID NOTE). Open ones by default.")
public class ConflictsCommand extends OrderhubAction {

    @Reference
    ConflictService conflicts;

    @Reference(optional = true)
    AccountService accounts;

    @Option(name = "--account", aliases = "-a", description = "Only this account's conflicts")
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Option(name = "--all", description = "Resolved ones too")
    boolean all;

    @Option(name = "--limit", aliases = "-l", description = "At most this many (default 50)")
    String limit;

    @Override
    void run() {
        int max = Args.integer("limit", limit, 50);
        Display display = new Display(null, accounts);
        ShellTable table = new ShellTable().emptyTableText(all ? "No conflicts" : "No open conflicts");
        table.column("ID");
        table.column("Account");
        table.column("Order");
        table.column("State");
        table.column("Since");
        table.column("What");
        table.column("Resolution");
        for (Conflict c : conflicts.list(accountId, all ? null : Conflict.State.OPEN, max)) {
            table.addRow().addContent(c.id(), c.accountId(), c.mallOrderNumber() + " (id " + c.orderId() + ")",
                    c.state() == Conflict.State.OPEN ? "未解決" : "解決済", display.time(c.accountId(), c.createdAt()),
                    c.detail(), c.note() == null ? Display.NONE : c.note() + " (" + c.resolvedBy() + ")");
        }
        table.print(out());
    }
}
