package io.orderhub.shell.internal;

import io.orderhub.core.service.Account;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.MallRegistry;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.spi.AccountSetting;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import java.util.List;
import java.util.Map;

@Service
@Command(scope = "orderhub", name = "account-set", description = "Changes settings of a shop account",
        detailedDescription = "Give key=value pairs; key= (empty) resets a setting to its default. name=... "
                + "renames the shop. --secret KEY asks for a new secret value at a prompt that does not echo.\n"
                + "Example: orderhub:account-set my-shop daysToFetch=5 name=\"My Shop\"")
public class AccountSetCommand extends OrderhubAction {

    private static final String NAME = "name";

    @Reference
    AccountService accounts;

    @Reference
    MallRegistry malls;

    @Argument(index = 0, name = "ACCOUNT_ID", required = true, description = "The account to change")
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Argument(index = 1, name = "SETTINGS", multiValued = true, description = "key=value pairs")
    List<String> assignments;

    @Option(name = "--secret", description = "Ask for a new value of this secret setting; repeatable", multiValued = true)
    List<String> secret;

    /** Where secrets are typed; null means the console session with echo off. */
    SecretPrompt prompt;

    @Override
    void run() throws Exception {
        Account current = accounts.get(accountId);
        List<AccountSetting> declared;
        try {
            declared = malls.mall(current.mallId()).settings();
        } catch (NotFoundException e) {
            // the core refuses the change itself, with the reason; the console just does not know any secrets
            declared = List.of();
        }
        Secrets secrets = new Secrets(declared, prompt != null ? prompt : Secrets.sessionPrompt(session));
        Map<String, Object> settings = secrets.normalise(Args.assignments("SETTINGS", assignments));
        String name = null;
        if (settings.containsKey(NAME)) {
            Object given = settings.remove(NAME);
            if (given == null) {
                throw new CommandException(NAME, "the name cannot be empty");
            }
            name = given.toString();
        }
        secrets.promptFor(secret, false, settings);
        if (name == null && settings.isEmpty()) {
            throw new CommandException("SETTINGS", "nothing to change: give key=value pairs or --secret KEY");
        }
        Account account = accounts.update(accountId, name, settings);
        out().println("Account " + account.id() + " (" + account.name() + ") updated");
        AccountShow.print(account, out());
    }
}
