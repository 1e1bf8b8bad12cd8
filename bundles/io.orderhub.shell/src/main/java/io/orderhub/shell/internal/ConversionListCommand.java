package io.orderhub.shell.internal;

import io.orderhub.core.service.CarrierConversion;
import io.orderhub.core.service.ConversionsView;
import io.orderhub.core.service.ExportRulesService;
import io.orderhub.core.service.TimeSlotConversion;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import java.io.PrintStream;

@Service
@Command(scope = "orderhub", name = "conversion-list",
        description = "Shows an account's conversion tables: carriers, delivery time slots, reason for no tracking number",
        detailedDescription = "C2/D7/Y6. An order whose carrier has no mall code is not exported, and its result says "
                + "so. Change the tables with orderhub:conversion-set.\nExample: orderhub:conversion-list my-dshopping")
public class ConversionListCommand extends OrderhubAction {

    @Reference
    ExportRulesService rules;

    @Argument(index = 0, name = "ACCOUNT_ID", required = true, description = "The account")
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Override
    void run() {
        ConversionsView v = rules.conversions(accountId);
        PrintStream out = out();
        out.println("Carriers of account " + v.accountId() + " (mall " + v.mallId() + "):");
        ShellTable carriers = new ShellTable().emptyTableText("(no row)");
        carriers.column("Carrier");
        carriers.column("Mall code");
        carriers.column("Mall name");
        carriers.column("Set by");
        for (CarrierConversion c : v.carriers()) {
            carriers.addRow().addContent(c.carrier(), c.mallCode().isEmpty() ? "(none: not sent)" : c.mallCode(),
                    Display.orNone(c.mallName()), c.customized() ? "account" : "default");
        }
        carriers.print(out);
        out.println("Any other carrier: " + switch (v.unlistedCarrier()) {
            case "AS_TYPED" -> "sent as typed";
            case "FALLBACK" -> "sent as " + v.fallbackCarrierCode() + " " + Display.orNone(v.fallbackCarrierName());
            default -> "not sent (no mall code)";
        });
        out.println();
        out.println("Delivery time slots:");
        ShellTable slots = new ShellTable().emptyTableText("(no row: time slots are not sent)");
        slots.column("Time slot");
        slots.column("Mall time slot");
        slots.column("Set by");
        for (TimeSlotConversion t : v.timeSlots()) {
            slots.addRow().addContent(t.timeSlot(), t.mallTimeSlot(), t.customized() ? "account" : "default");
        }
        slots.print(out);
        if (!v.noTrackingReasonChoices().isEmpty()) {
            out.println("Reason for no tracking number: " + Display.orNone(v.noTrackingReason())
                    + " (choices: " + MappingListCommand.choices(v.noTrackingReasonChoices()) + ")");
        }
    }
}
