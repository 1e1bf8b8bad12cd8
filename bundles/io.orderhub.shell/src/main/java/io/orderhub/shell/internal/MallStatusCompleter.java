package io.orderhub.shell.internal;

import io.orderhub.core.service.ExportRulesService;
import io.orderhub.core.service.StatusMappingView;
import io.orderhub.core.spi.MallStatusChoice;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import java.util.ArrayList;
import java.util.List;

/**
 * Completes the mall's order and ship statuses of the account named first on the line (codes and labels), for
 * {@code orderhub:mapping-set ACCOUNT STATUS --ship-status <TAB>}.
 */
@Service
public class MallStatusCompleter implements Completer {

    @Reference
    ExportRulesService rules;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String account = firstArgument(commandLine);
        if (account == null) {
            return -1;
        }
        List<String> values = new ArrayList<>();
        try {
            StatusMappingView view = rules.statusMapping(account);
            for (MallStatusChoice c : view.orderStatusChoices()) {
                values.add(c.code());
                values.add(c.labelJa());
            }
            for (MallStatusChoice c : view.shipStatusChoices()) {
                values.add(c.code());
                values.add(c.labelJa());
            }
        } catch (RuntimeException e) {
            // completion must never break the console; without values there is simply nothing to offer
            return -1;
        }
        return new StringsCompleter(values.stream().distinct().toList()).complete(session, commandLine, candidates);
    }

    /** The first word after the command that is not an option and not the word being completed. */
    static String firstArgument(CommandLine line) {
        String[] args = line.getArguments();
        for (int i = 1; i < args.length; i++) {
            if (i != line.getCursorArgumentIndex() && !args[i].startsWith("-")
                    && !(i > 1 && args[i - 1].startsWith("--") && !args[i - 1].equals("--on")
                    && !args[i - 1].equals("--off") && !args[i - 1].equals("--reset"))) {
                return args[i];
            }
        }
        return null;
    }
}
