package io.orderhub.shell.internal;

import io.orderhub.core.service.AccountHealth;
import io.orderhub.core.service.HealthService;
import io.orderhub.core.spi.Credential;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

@Service
@Command(scope = "orderhub", name = "health", description = "Shows accounts' connection, credentials (warned 14 days "
        + "before they expire) and whether automatic runs are paused, and why")
public class HealthCommand extends OrderhubAction {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    @Reference
    HealthService health;

    @Argument(index = 0, name = "ACCOUNT", required = false, description = "One account; all accounts if omitted")
    @Completion(AccountIdCompleter.class)
    String accountId;

    @Override
    void run() {
        List<AccountHealth> accounts = accountId == null ? health.all() : List.of(health.health(accountId));
        PrintStream out = out();
        if (accounts.isEmpty()) {
            out.println("No accounts.");
        }
        for (AccountHealth h : accounts) {
            out.println(h.accountId() + " (" + h.mallId() + "): connection " + h.connection().state()
                    + (h.connection().reason() == null ? "" : " — " + h.connection().reason()));
            for (Credential c : h.credentials()) {
                out.println("  " + c.label() + ": " + c.state()
                        + (c.expiresAt() == null ? "" : ", expires " + WHEN.format(c.expiresAt()) + " JST")
                        + (c.reason() == null ? "" : " — " + c.reason()));
            }
            AccountHealth.Automation a = h.automation();
            out.println("  自動取込 " + onOff(a.autoImport()) + ", 自動書き出し " + onOff(a.autoExport())
                    + ", 変更時書き出し " + onOff(a.exportOnChange()) + ", every " + a.scheduleMinutes() + " min, API option "
                    + (a.optionInstalled() ? "installed" : "not installed")
                    + (a.nextRun() == null ? "" : ", next run " + WHEN.format(a.nextRun()) + " JST"));
            if (a.paused()) {
                out.println("  PAUSED: " + a.reason());
            }
            for (String w : h.warnings()) {
                if (!w.equals(a.reason())) {
                    out.println("  WARNING: " + w);
                }
            }
        }
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}
