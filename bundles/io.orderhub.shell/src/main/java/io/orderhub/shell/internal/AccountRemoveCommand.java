package io.orderhub.shell.internal;

import io.orderhub.core.service.AccountService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "orderhub", name = "account-remove", description = "Removes a shop account")
public class AccountRemoveCommand extends OrderhubAction {

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "ACCOUNT_ID", required = true, description = "The account to remove")
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Override
    void run() {
        accounts.delete(accountId);
        out().println("Account " + accountId + " removed");
    }
}
