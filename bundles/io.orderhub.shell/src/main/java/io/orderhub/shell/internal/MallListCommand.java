package io.orderhub.shell.internal;

import io.orderhub.core.service.Mall;
import io.orderhub.core.service.MallRegistry;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import java.util.Comparator;
import java.util.stream.Collectors;

@Service
@Command(scope = "orderhub", name = "mall-list", description = "Lists the malls whose connector is installed")
public class MallListCommand extends OrderhubAction {

    @Reference
    MallRegistry malls;

    @Override
    void run() {
        ShellTable table = new ShellTable()
                .emptyTableText("No mall connector is installed (e.g. feature:install orderhub-connector-shopify)");
        table.column("ID");
        table.column("モール");
        table.column("Mall");
        table.column("Capabilities").maxSize(80).wrap();
        table.column("Accounts").alignRight();
        malls.malls().stream().sorted(Comparator.comparing(Mall::id)).forEach(m -> table.addRow().addContent(
                m.id(), m.nameJa(), m.nameEn(),
                m.capabilities().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")),
                m.accounts().size()));
        table.print(out());
    }
}
