package io.orderhub.shell.internal;

import io.orderhub.core.service.ExportRulesService;
import io.orderhub.core.service.StatusMappingEntry;
import io.orderhub.core.service.StatusMappingView;
import io.orderhub.core.service.StatusRuleUpdate;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import java.util.List;

@Service
@Command(scope = "orderhub", name = "mapping-set",
        description = "Changes one status of an account's status mapping, or resets the mapping to the mall's defaults",
        detailedDescription = "STATUS is a status code or its Japanese label. --on / --off: whether orders in the "
                + "status are exported; --order-status / --ship-status: the mall's status (code or label, among the "
                + "choices orderhub:mapping-list shows). Nothing changes when an argument is refused.\n"
                + "Examples: orderhub:mapping-set my-yahoo 発送待ち --order-status 処理中 --ship-status 出荷可\n"
                + "          orderhub:mapping-set my-shopify AWAITING_SHIPMENT --on\n"
                + "          orderhub:mapping-set my-shopify --reset")
public class MappingSetCommand extends OrderhubAction {

    @Reference
    ExportRulesService rules;

    @Argument(index = 0, name = "ACCOUNT_ID", required = true, description = "The account")
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Argument(index = 1, name = "STATUS", required = false, description = "Status code or Japanese label")
    @Completion(StatusCompleter.class)
    String status;

    @Option(name = "--on", description = "Export orders in this status")
    boolean on;

    @Option(name = "--off", description = "Do not export orders in this status")
    boolean off;

    @Option(name = "--order-status", description = "The mall's order status (code or label)")
    @Completion(MallStatusCompleter.class)
    String orderStatus;

    @Option(name = "--ship-status", description = "The mall's ship status (code or label)")
    @Completion(MallStatusCompleter.class)
    String shipStatus;

    @Option(name = "--reset", description = "Drop the account's own rows: the mall's defaults apply again")
    boolean reset;

    @Argument(index = 2, name = "options", multiValued = true,
            description = "The options above may also follow the arguments")
    List<String> trailingOptions;

    @Override
    void run() {
        StatusMappingView view;
        if (reset) {
            if (status != null || on || off || orderStatus != null || shipStatus != null) {
                throw new CommandException("--reset", "--reset takes no status and no other option");
            }
            view = rules.resetStatusMapping(accountId);
            out().println("Status mapping of " + accountId + " reset to the mall's defaults");
            return;
        }
        if (status == null) {
            throw new CommandException("STATUS", "give the status to change, or --reset");
        }
        if (on && off) {
            throw new CommandException("--on", "give --on or --off, not both");
        }
        if (!on && !off && orderStatus == null && shipStatus == null) {
            throw new CommandException("STATUS", "nothing to change: give --on, --off, --order-status or --ship-status");
        }
        view = rules.updateStatusMapping(accountId,
                List.of(new StatusRuleUpdate(status, on ? Boolean.TRUE : off ? Boolean.FALSE : null, orderStatus, shipStatus)));
        for (StatusMappingEntry r : view.rows()) {
            if (r.status().equals(status) || r.statusLabel().equals(status)) {
                out().println(r.statusLabel() + " (" + r.status() + "): " + (r.enabled() ? "exported" : "not exported")
                        + (r.orderStatus() == null ? "" : ", order status " + r.orderStatus() + " " + r.orderStatusLabel())
                        + (r.shipStatus() == null ? "" : ", ship status " + r.shipStatus() + " " + r.shipStatusLabel()));
            }
        }
    }
}
