package io.orderhub.shell.internal;

import io.orderhub.core.service.CarrierConversion;
import io.orderhub.core.service.ConversionsUpdate;
import io.orderhub.core.service.ExportRulesService;
import io.orderhub.core.service.TimeSlotConversion;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Service
@Command(scope = "orderhub", name = "conversion-set",
        description = "Changes an account's conversion tables (carrier codes, time slots, reason for no tracking number)",
        detailedDescription = "--carrier OURS=CODE sets the mall's code of a carrier (OURS= with nothing after it: the "
                + "mall has none, orders with it are not sent); --time-slot OURS=MALL converts a delivery time slot; "
                + "--remove-carrier / --remove-time-slot drop the account's own row; --no-tracking-reason CODE (\"\" "
                + "clears it). Options may repeat. Nothing changes when an argument is refused.\n"
                + "Examples: orderhub:conversion-set my-dshopping --carrier 西濃運輸=05 --carrier 福山通運=\n"
                + "          orderhub:conversion-set my-yahoo --time-slot 午前中=0812 --no-tracking-reason 105")
public class ConversionSetCommand extends OrderhubAction {

    @Reference
    ExportRulesService rules;

    @Argument(index = 0, name = "ACCOUNT_ID", required = true, description = "The account")
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Option(name = "--carrier", multiValued = true, description = "OURS=MALL_CODE (may repeat)")
    List<String> carriers;

    @Option(name = "--remove-carrier", multiValued = true, description = "Drop the account's row of a carrier")
    List<String> removeCarriers;

    @Option(name = "--time-slot", multiValued = true, description = "OURS=MALL_TIME_SLOT (may repeat)")
    List<String> timeSlots;

    @Option(name = "--remove-time-slot", multiValued = true, description = "Drop the account's row of a time slot")
    List<String> removeTimeSlots;

    @Option(name = "--no-tracking-reason", description = "The mall's reason code for orders without tracking number")
    String noTrackingReason;

    @Argument(index = 1, name = "options", multiValued = true,
            description = "The options above may also follow the arguments")
    List<String> trailingOptions;

    @Override
    void run() {
        List<CarrierConversion> carrierRows = new ArrayList<>();
        for (Map.Entry<String, String> e : pairs("--carrier", carriers).entrySet()) {
            carrierRows.add(new CarrierConversion(e.getKey(), e.getValue(), null, true));
        }
        List<TimeSlotConversion> slotRows = new ArrayList<>();
        for (Map.Entry<String, String> e : pairs("--time-slot", timeSlots).entrySet()) {
            slotRows.add(new TimeSlotConversion(e.getKey(), e.getValue(), true));
        }
        rules.updateConversions(accountId, new ConversionsUpdate(carrierRows, removeCarriers, slotRows,
                removeTimeSlots, noTrackingReason));
        out().println("Conversion tables of " + accountId + " changed; orderhub:conversion-list " + accountId
                + " shows them");
    }

    /** OURS=MALL pairs; a value may be empty (a carrier without mall code). */
    private static Map<String, String> pairs(String field, List<String> given) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        if (given == null) {
            return map;
        }
        for (String pair : given) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new CommandException(field, "expected OURS=MALL, got '" + pair + "'");
            }
            map.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return map;
    }
}
