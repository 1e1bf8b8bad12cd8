package io.orderhub.shell.internal;

import io.orderhub.core.service.Account;

import java.io.PrintStream;
import java.util.stream.Collectors;

/** Prints an account after a change: public settings and the names (never the values) of its secrets. */
final class AccountShow {

    private AccountShow() {
    }

    static void print(Account account, PrintStream out) {
        out.println("  Settings:    " + Display.orNone(Display.settings(account.settings())));
        out.println("  Secrets set: " + Display.orNone(account.secretsSet().stream().sorted()
                .collect(Collectors.joining(", "))));
        if (account.status() != null) {
            out.println("  Connection:  " + account.status().state()
                    + (account.status().reason() == null ? "" : " - " + account.status().reason()));
        }
    }
}
