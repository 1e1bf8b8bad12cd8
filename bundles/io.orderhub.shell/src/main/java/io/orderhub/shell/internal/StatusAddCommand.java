package io.orderhub.shell.internal;

import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.service.OrderService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "orderhub", name = "status-add", description = "Adds a shop status",
        detailedDescription = "Example: orderhub:status-add BACKORDER 取り寄せ中")
public class StatusAddCommand extends OrderhubAction {

    @Reference
    OrderService orders;

    @Argument(index = 0, name = "CODE", required = true,
            description = "Code: upper-case A-Z, 0-9 and _, starting with a letter, 2 to 40 characters")
    String code;

    @Argument(index = 1, name = "LABEL", required = true, description = "Japanese label operators see, e.g. 取り寄せ中")
    String label;

    @Override
    void run() {
        if (!OrderStatus.isValidCode(code)) {
            throw new CommandException("CODE", "'" + code + "' is not a status code: use upper-case A-Z, 0-9 and _, "
                    + "starting with a letter, 2 to 40 characters");
        }
        if (label == null || label.isBlank()) {
            throw new CommandException("LABEL", "a label is required");
        }
        OrderStatus added = orders.addStatus(code, label.trim());
        out().println("Status " + added.code() + " " + added.label() + " added");
    }
}
