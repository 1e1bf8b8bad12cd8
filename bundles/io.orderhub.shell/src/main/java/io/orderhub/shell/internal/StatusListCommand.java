package io.orderhub.shell.internal;

import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.service.OrderService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Service
@Command(scope = "orderhub", name = "status-list", description = "Lists order statuses: the built-in ones, then the shop's own")
public class StatusListCommand extends OrderhubAction {

    @Reference
    OrderService orders;

    @Override
    void run() {
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("ステータス");
        table.column("Kind");
        for (OrderStatus s : orders.statuses()) {
            table.addRow().addContent(s.code(), s.label(), s.builtIn() ? "built-in" : "shop");
        }
        table.print(out());
    }
}
