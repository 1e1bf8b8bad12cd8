package io.orderhub.shell.internal;

import io.orderhub.core.model.Order;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.OrderPage;
import io.orderhub.core.service.OrderQuery;
import io.orderhub.core.service.OrderService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "orderhub", name = "order-list", description = "Lists stored orders, newest update first",
        detailedDescription = "Statuses are given by code or Japanese label (DONE or 処理済).\n"
                + "Example: orderhub:order-list --account my-shop --status 発送待ち --limit 20")
public class OrderListCommand extends OrderhubAction {

    @Reference
    OrderService orders;

    @Reference(optional = true)
    AccountService accounts;

    @Option(name = "--account", aliases = "-a", description = "Only orders of this account")
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Option(name = "--mall", aliases = "-m", description = "Only orders of this mall")
    @Completion(MallIdCompleter.class)
    String mallId;

    @Option(name = "--status", aliases = "-s", description = "Only orders in this status (code or Japanese label)")
    @Completion(StatusCompleter.class)
    String status;

    @Option(name = "--number", aliases = "-n", description = "Only the order with this mall order number")
    String number;

    @Option(name = "--offset", description = "Skip this many orders (default 0)")
    String offset;

    @Option(name = "--limit", aliases = "-l", description = "At most this many orders, 1 to 1000 (default 50)")
    String limit;

    @Override
    void run() {
        Display display = new Display(orders, accounts);
        OrderQuery query = new OrderQuery(accountId, mallId, display.statusCode("status", status), number, null,
                Args.integer("offset", offset, 0), Args.integer("limit", limit, 50));
        OrderPage page = orders.find(query);
        ShellTable table = new ShellTable().emptyTableText("No orders");
        table.column("ID").alignRight();
        table.column("Account");
        table.column("Order number");
        table.column("Ordered");
        table.column("Buyer").maxSize(20);
        table.column("Total").alignRight();
        table.column("Status");
        table.column("Ship date");
        table.column("Tracking").maxSize(30);
        table.column("Last update");
        for (Order o : page.orders()) {
            table.addRow().addContent(o.id(), o.accountId(), o.mallOrderNumber(),
                    display.time(o.accountId(), o.orderedAt()),
                    o.buyer() == null ? Display.NONE : Display.orNone(o.buyer().name()),
                    o.totalPrice() == null ? Display.NONE : o.totalPrice().toPlainString(),
                    display.status(o.status()), Display.orNone(o.shipping().shipDate()),
                    Display.orNone(String.join(", ", o.shipping().trackingNumbers())),
                    display.time(o.accountId(), o.lastUpdatedAt()));
        }
        table.print(out());
        if (page.total() > 0) {
            long last = Math.min(page.total(), (long) page.offset() + page.orders().size());
            out().println("Orders " + (page.orders().isEmpty() ? page.offset() : page.offset() + 1) + "-" + last
                    + " of " + page.total());
        }
    }
}
