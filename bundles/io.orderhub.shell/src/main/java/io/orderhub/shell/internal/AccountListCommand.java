package io.orderhub.shell.internal;

import io.orderhub.core.service.Account;
import io.orderhub.core.service.AccountService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import java.util.stream.Collectors;

/** Secret values are never shown: only the names of the secrets that are set. */
@Service
@Command(scope = "orderhub", name = "account-list", description = "Lists shop accounts (secret values are never shown)")
public class AccountListCommand extends OrderhubAction {

    @Reference
    AccountService accounts;

    @Option(name = "--mall", aliases = "-m", description = "Only the accounts of this mall")
    @Completion(MallIdCompleter.class)
    String mall;

    @Override
    void run() {
        ShellTable table = new ShellTable().emptyTableText(mall == null ? "No accounts" : "No accounts for mall " + mall);
        table.column("ID");
        table.column("Mall");
        table.column("Name");
        table.column("Connection").maxSize(50).wrap();
        table.column("Settings").maxSize(80).wrap();
        table.column("Secrets set");
        for (Account a : accounts.list()) {
            if (mall != null && !mall.equals(a.mallId())) {
                continue;
            }
            String connection = !a.connectorInstalled() ? "connector not installed"
                    : a.status() == null ? Display.NONE
                    : a.status().state() + (a.status().reason() == null ? "" : ": " + a.status().reason());
            table.addRow().addContent(a.id(), a.mallId(), a.name(), connection, Display.settings(a.settings()),
                    a.secretsSet().stream().sorted().collect(Collectors.joining(", ")));
        }
        table.print(out());
    }
}
