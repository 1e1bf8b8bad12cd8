package io.orderhub.shell.internal;

import io.orderhub.core.service.ExportRulesService;
import io.orderhub.core.service.StatusMappingEntry;
import io.orderhub.core.service.StatusMappingView;
import io.orderhub.core.spi.MallStatusChoice;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import java.io.PrintStream;
import java.util.List;

@Service
@Command(scope = "orderhub", name = "mapping-list",
        description = "Shows an account's status mapping: which statuses are exported, and to which mall statuses",
        detailedDescription = "One row per status, the shop's own included (Y5 紐付け設定, F9, F11, SH2). Rows marked "
                + "'default' follow the mall's defaults. Change a row with orderhub:mapping-set.\n"
                + "Example: orderhub:mapping-list my-yahoo")
public class MappingListCommand extends OrderhubAction {

    @Reference
    ExportRulesService rules;

    @Argument(index = 0, name = "ACCOUNT_ID", required = true, description = "The account")
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Override
    void run() {
        StatusMappingView view = rules.statusMapping(accountId);
        PrintStream out = out();
        out.println("Status mapping of account " + view.accountId() + " (mall " + view.mallId() + ")");
        ShellTable table = new ShellTable();
        table.column("Status");
        table.column("Exported");
        if (view.mallStatuses()) {
            table.column("Mall order status");
            table.column("Mall ship status");
        }
        table.column("Set by");
        for (StatusMappingEntry r : view.rows()) {
            var row = table.addRow();
            row.addContent(r.statusLabel() + " (" + r.status() + ")", r.enabled() ? "yes" : "no");
            if (view.mallStatuses()) {
                row.addContent(choice(r.orderStatus(), r.orderStatusLabel()), choice(r.shipStatus(), r.shipStatusLabel()));
            }
            row.addContent(r.customized() ? "account" : "default");
        }
        table.print(out);
        if (view.mallStatuses()) {
            out.println("Order status choices: " + choices(view.orderStatusChoices()));
            out.println("Ship status choices:  " + choices(view.shipStatusChoices()));
        }
    }

    private static String choice(String code, String label) {
        return code == null ? "-" : code + " " + label;
    }

    static String choices(List<MallStatusChoice> choices) {
        return String.join(", ", choices.stream().map(c -> c.code() + " " + c.labelJa()).toList());
    }
}
