package io.orderhub.shell.internal;

import io.orderhub.core.service.Account;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.Mall;
import io.orderhub.core.service.MallRegistry;
import io.orderhub.core.service.NotFoundException;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Service
@Command(scope = "orderhub", name = "account-add", description = "Adds a shop account for an installed mall",
        detailedDescription = "Settings are given with --set key=value. A required secret that is not given "
                + "(e.g. .accessToken) is asked for at a prompt that does not echo; scripts give it with "
                + "--set .accessToken=... instead.\n"
                + "Example: orderhub:account-add shopify my-shop --name \"My Shop\" "
                + "--set shopUrl=https://my-shop.myshopify.com --set .accessToken=shpat_xxx")
public class AccountAddCommand extends OrderhubAction {

    @Reference
    MallRegistry malls;

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "MALL", description = "Mall id (see orderhub:mall-list)", required = true)
    @Completion(MallIdCompleter.class)
    String mallId;

    @Argument(index = 1, name = "ACCOUNT_ID", description = "New account id: a-z, 0-9 and '-'", required = true)
    String accountId;

    @Option(name = "--name", aliases = "-n", description = "Shop name shown to operators (default: the account id)")
    String name;

    @Option(name = "--set", aliases = "-s", description = "A setting as key=value; repeatable", multiValued = true)
    List<String> set;

    @Option(name = "--secret", description = "Ask for this secret setting at a prompt; repeatable", multiValued = true)
    List<String> secret;

    /** Where secrets are typed; null means the console session with echo off. */
    SecretPrompt prompt;

    @Argument(index = 2, name = "options", multiValued = true,
            description = "The options above may also follow the arguments")
    List<String> trailingOptions;

    @Override
    void run() throws Exception {
        Mall mall;
        try {
            mall = malls.mall(mallId);
        } catch (NotFoundException e) {
            throw new CommandException("MALL", "no connector is installed for mall '" + mallId + "'; installed: "
                    + malls.malls().stream().map(Mall::id).sorted().collect(Collectors.joining(", ")));
        }
        Secrets secrets = new Secrets(mall.settings(), prompt != null ? prompt : Secrets.sessionPrompt(session));
        Map<String, Object> settings = secrets.normalise(Args.assignments("set", set));
        secrets.promptFor(secret, true, settings);
        Account account = accounts.create(accountId, mall.id(), name == null ? accountId : name, settings);
        out().println("Account " + account.id() + " (" + account.name() + ") added for mall " + mall.id()
                + " " + mall.nameJa());
        AccountShow.print(account, out());
    }
}
