package io.orderhub.shell.internal;

import io.orderhub.core.service.ConflictException;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.ValidationException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;

import java.io.PrintStream;

/**
 * Common ground of the {@code orderhub:*} commands: turns every rejection by the core or by the argument
 * parsing into one readable line ({@code Error: days: creation period must be between 1 and 13}) instead of
 * Karaf's stack trace, so that an operator sees at once which argument to fix. The check always happens
 * before anything is changed, so an error line also means nothing changed.
 */
abstract class OrderhubAction implements Action {

    /** The console session; absent when a test runs the command. */
    @Reference(optional = true)
    Session session;

    /** Where output goes; null means {@code System.out}, which Karaf routes to the calling session. */
    PrintStream out;
    /** Where the error line goes; null means {@code System.err}. */
    PrintStream err;

    @Override
    public final Object execute() throws Exception {
        try {
            run();
        } catch (CommandException e) {
            error(e.field(), e.getMessage());
        } catch (ValidationException e) {
            error(e.field(), e.getMessage());
        } catch (ConflictException e) {
            error(e.field(), e.getMessage());
        } catch (NotFoundException e) {
            error(null, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error(null, "interrupted");
        }
        return null;
    }

    /** Does the command's work; the exceptions named in {@link #execute} become one error line. */
    abstract void run() throws Exception;

    PrintStream out() {
        return out != null ? out : System.out;
    }

    private void error(String field, String message) {
        PrintStream target = err != null ? err : System.err;
        String text = message == null ? "failed" : message.replaceAll("\\s*\\R\\s*", " ");
        boolean unnamed = field == null || field.isBlank() || text.startsWith(field + ":");
        target.println("Error: " + (unnamed ? "" : field + ": ") + text);
    }

    /** Who is changing things, for the order history and the job records. */
    String actor() {
        Object user = session == null ? null : session.get("USER");
        return user == null || user.toString().isBlank() ? "console" : user.toString();
    }
}
