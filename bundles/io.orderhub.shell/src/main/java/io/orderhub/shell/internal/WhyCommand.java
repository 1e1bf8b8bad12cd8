package io.orderhub.shell.internal;

import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.ExportExplanation;
import io.orderhub.core.service.ExportReason;
import io.orderhub.core.service.ExportRulesService;
import io.orderhub.core.service.OrderService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import java.io.PrintStream;
import java.util.List;

@Service
@Command(scope = "orderhub", name = "why",
        description = "Says whether an order is a target of the next export and, if not, every reason",
        detailedDescription = "ORDER is orderhub's order id, or an account followed by the mall's order number. The "
                + "answer comes from the same rules as the export and its preview (status mapping, creation period, "
                + "ship date, tracking number, carrier code, already sent, ...).\n"
                + "Examples: orderhub:why 42\n          orderhub:why my-shop #1025 --days 7")
public class WhyCommand extends OrderhubAction {

    @Reference
    ExportRulesService rules;

    @Reference(optional = true)
    OrderService orders;

    @Reference(optional = true)
    AccountService accounts;

    @Argument(index = 0, name = "ORDER", required = true, description = "Order id, or the account of ORDER_NUMBER")
    @Completion(AccountIdCompleter.class)
    String order;

    @Argument(index = 1, name = "ORDER_NUMBER", required = false, description = "The mall's order number")
    String orderNumber;

    @Option(name = "--days", aliases = "-d", description = "Creation period in days, 1 to 13 (default 3)")
    String days;

    @Option(name = "--account", aliases = "-a", description = "Ask about another account's export (default the order's own)")
    @Completion(AccountIdCompleter.class)
    String account;

    @Argument(index = 2, name = "options", multiValued = true,
            description = "The options above may also follow the arguments")
    List<String> trailingOptions;

    @Override
    void run() {
        Integer period = Args.days(days);
        ExportExplanation e = orderNumber == null
                ? rules.explain(Args.orderId(order), account, period)
                : rules.explain(order, orderNumber, period);
        Display display = new Display(orders, accounts);
        PrintStream out = out();
        out.println("Order " + e.orderId() + " (" + e.mallOrderNumber() + ", account " + e.orderAccountId() + ", status "
                + display.status(e.status()) + ", last update " + display.time(e.accountId(), e.lastUpdatedAt()) + ")");
        out.println("Export of account " + e.accountId() + " with a creation period of " + e.days()
                + " days (orders updated since " + display.time(e.accountId(), e.periodStart()) + "):");
        if (e.target()) {
            out.println("  is a target; it would send: " + Display.fields(e.fields()));
            return;
        }
        out.println("  is NOT a target, because:");
        for (ExportReason r : e.reasons()) {
            out.println("  - " + r.message() + " [" + r.code() + "]");
        }
    }
}
