package io.orderhub.shell.internal;

import io.orderhub.core.model.Order;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.OrderService;
import io.orderhub.core.service.OrderUpdate;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@Service
@Command(scope = "orderhub", name = "order-set", description = "Changes an order's status and shipping data",
        detailedDescription = "Only the options given change. --tracking is repeatable (several parcels); "
                + "free text such as 定形外郵便 is kept as typed. --clear removes a shipping field.\n"
                + "Example: orderhub:order-set 42 --status 処理済 --ship-date 2025-05-02 --carrier ヤマト運輸 "
                + "--tracking 1234-5678-9012")
public class OrderSetCommand extends OrderhubAction {

    private static final List<String> CLEARABLE = List.of("ship-date", "carrier", "tracking", "delivery-date", "time-slot");

    @Reference
    OrderService orders;

    @Reference(optional = true)
    AccountService accounts;

    @Argument(index = 0, name = "ORDER_ID", required = true, description = "orderhub's order id")
    String orderId;

    @Option(name = "--status", aliases = "-s", description = "New status, by code or Japanese label")
    @Completion(StatusCompleter.class)
    String status;

    @Option(name = "--ship-date", description = "Ship date, yyyy-MM-dd")
    String shipDate;

    @Option(name = "--carrier", description = "Carrier, e.g. ヤマト運輸, 佐川急便, 日本郵便")
    String carrier;

    @Option(name = "--tracking", description = "Tracking number; repeat for several. Replaces the current ones",
            multiValued = true)
    List<String> tracking;

    @Option(name = "--delivery-date", description = "Delivery date, yyyy-MM-dd")
    String deliveryDate;

    @Option(name = "--time-slot", description = "Delivery time slot, e.g. 14-16")
    String timeSlot;

    @Option(name = "--clear", description = "Clear a field: ship-date, carrier, tracking, delivery-date, time-slot; repeatable",
            multiValued = true)
    @Completion(value = StringsCompleter.class, values = {"ship-date", "carrier", "tracking", "delivery-date", "time-slot"})
    List<String> clear;

    @Argument(index = 1, name = "options", multiValued = true,
            description = "The options above may also follow the arguments")
    List<String> trailingOptions;

    @Override
    void run() {
        long id = Args.orderId(orderId);
        Display display = new Display(orders, accounts);
        Set<String> cleared = cleared();
        OrderUpdate.Builder update = OrderUpdate.builder();
        if (status != null) {
            update.status(display.statusCode("status", status));
        }
        if (shipDate != null || cleared.contains("ship-date")) {
            update.shipDate(Args.date("ship-date", shipDate));
        }
        if (carrier != null || cleared.contains("carrier")) {
            update.carrier(carrier);
        }
        if (tracking != null || cleared.contains("tracking")) {
            update.trackingNumbers(tracking == null ? List.of() : tracking);
        }
        if (deliveryDate != null || cleared.contains("delivery-date")) {
            update.deliveryDate(Args.date("delivery-date", deliveryDate));
        }
        if (timeSlot != null || cleared.contains("time-slot")) {
            update.deliveryTimeSlot(timeSlot);
        }
        OrderUpdate built = update.build();
        if (built.present().isEmpty()) {
            throw new CommandException("ORDER_ID", "nothing to change: give --status, --ship-date, --carrier, "
                    + "--tracking, --delivery-date, --time-slot or --clear");
        }
        Order o = orders.update(id, built, actor());
        PrintStream out = out();
        out.println("Order " + o.id() + " (" + o.mallOrderNumber() + ") updated: status " + display.status(o.status())
                + ", ship date " + Display.orNone(o.shipping().shipDate())
                + ", carrier " + Display.orNone(o.shipping().carrier())
                + ", tracking " + Display.orNone(String.join(", ", o.shipping().trackingNumbers()))
                + ", delivery " + Display.orNone(o.shipping().deliveryDate())
                + " " + Display.orNone(o.shipping().deliveryTimeSlot()));
    }

    /** The fields to clear; clearing a field that is also given a value is a contradiction. */
    private Set<String> cleared() {
        if (clear == null) {
            return Set.of();
        }
        Set<String> result = new java.util.HashSet<>();
        for (String c : clear) {
            String field = c.trim().toLowerCase(Locale.ROOT);
            if (!CLEARABLE.contains(field)) {
                throw new CommandException("clear", "cannot clear '" + c + "'; one of " + String.join(", ", CLEARABLE));
            }
            boolean alsoSet = switch (field) {
                case "ship-date" -> shipDate != null;
                case "carrier" -> carrier != null;
                case "tracking" -> tracking != null;
                case "delivery-date" -> deliveryDate != null;
                default -> timeSlot != null;
            };
            if (alsoSet) {
                throw new CommandException("clear", "--" + field + " is both given and cleared");
            }
            result.add(field);
        }
        return result;
    }
}
