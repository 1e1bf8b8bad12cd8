package io.orderhub.shell.internal;

import io.orderhub.core.service.Conflict;
import io.orderhub.core.service.ConflictService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import java.util.List;

@Service
@Command(scope = "orderhub", name = "conflict-resolve", description = "Resolves a conflict with a note of what was done",
        detailedDescription = "The note goes into the order's history.\n"
                + "Example: orderhub:conflict-resolve 3 配送を止めて返金済み")
public class ConflictResolveCommand extends OrderhubAction {

    @Reference
    ConflictService conflicts;

    @Argument(index = 0, name = "ID", required = true, description = "The conflict's id (orderhub:conflicts)")
    String id;

    @Argument(index = 1, name = "NOTE", required = true, multiValued = true, description = "What was done")
    List<String> note;

    @Override
    void run() {
        long conflictId;
        try {
            conflictId = Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw new CommandException("ID", "'" + id + "' is not a conflict id (a number)");
        }
        Conflict c = conflicts.resolve(conflictId, note == null ? null : String.join(" ", note), actor());
        out().println("Conflict " + c.id() + " (order " + c.mallOrderNumber() + ") resolved: " + c.note());
    }
}
