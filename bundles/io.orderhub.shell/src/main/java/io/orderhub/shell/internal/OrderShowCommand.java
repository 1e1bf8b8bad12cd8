package io.orderhub.shell.internal;

import io.orderhub.core.model.Address;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderChange;
import io.orderhub.core.model.OrderLine;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.OrderService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import java.io.PrintStream;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

@Service
@Command(scope = "orderhub", name = "order-show", description = "Shows an order: all fields, lines, shipping data and history")
public class OrderShowCommand extends OrderhubAction {

    @Reference
    OrderService orders;

    @Reference(optional = true)
    AccountService accounts;

    @Argument(index = 0, name = "ORDER_ID", required = true, description = "orderhub's order id (see orderhub:order-list)")
    String orderId;

    @Override
    void run() {
        long id = Args.orderId(orderId);
        Order o = orders.get(id);
        Display display = new Display(orders, accounts);
        PrintStream out = out();
        String account = o.accountId();
        out.println("Order " + o.id() + ": " + o.mallOrderNumber() + " (account " + account + ", mall " + o.mallId() + ")");
        line(out, "Status", display.status(o.status()));
        line(out, "Mall status", o.mallStatus());
        line(out, "Ordered", display.time(account, o.orderedAt()));
        line(out, "Buyer", address(o.buyer()));
        line(out, "Ship to", address(o.shipTo()));
        line(out, "Payment", Display.orNone(o.paymentMethod())
                + (o.paymentStatus() == null ? "" : " (" + o.paymentStatus() + ")"));
        line(out, "Total", o.totalPrice() == null ? null : o.totalPrice().toPlainString());
        line(out, "Last update", display.time(account, o.lastUpdatedAt()));
        line(out, "Imported", display.time(account, o.importedAt()));
        line(out, "Mall updated", display.time(account, o.mallUpdatedAt()));
        line(out, "Version", o.version());
        if (!o.mallData().isEmpty()) {
            line(out, "Mall data", Display.settings(o.mallData()));
        }
        Shipping s = o.shipping();
        out.println("Shipping:");
        line(out, "Ship date", s.shipDate());
        line(out, "Carrier", s.carrier());
        line(out, "Tracking", String.join(", ", s.trackingNumbers()));
        line(out, "Delivery date", s.deliveryDate());
        line(out, "Time slot", s.deliveryTimeSlot());
        out.println("Lines:");
        ShellTable lines = new ShellTable().emptyTableText("(no lines)");
        lines.column("#").alignRight();
        lines.column("SKU");
        lines.column("Name").maxSize(50).wrap();
        lines.column("Qty").alignRight();
        lines.column("Unit price").alignRight();
        for (OrderLine l : o.lines()) {
            lines.addRow().addContent(l.lineNo(), Display.orNone(l.sku()), Display.orNone(l.name()), l.quantity(),
                    l.unitPrice() == null ? Display.NONE : l.unitPrice().toPlainString());
        }
        lines.print(out);
        out.println("History:");
        ShellTable history = new ShellTable().emptyTableText("(no changes)");
        history.column("At");
        history.column("By");
        history.column("What");
        history.column("Detail").maxSize(80).wrap();
        for (OrderChange c : orders.history(id)) {
            history.addRow().addContent(display.time(account, c.at()), Display.orNone(c.actor()), c.kind(),
                    Display.orNone(c.detail()));
        }
        history.print(out);
    }

    private static void line(PrintStream out, String label, Object value) {
        out.println(String.format("  %-14s %s", label + ":", Display.orNone(value)));
    }

    private static String address(Address a) {
        if (a == null) {
            return null;
        }
        String postal = a.postalCode() == null ? null : "〒" + a.postalCode();
        return Stream.of(a.name(), a.nameKana() == null ? null : "(" + a.nameKana() + ")", postal, a.prefecture(),
                        a.city(), a.address1(), a.address2(), a.phone(), a.email())
                .filter(Objects::nonNull).filter(v -> !v.isBlank()).collect(Collectors.joining(" "));
    }
}
