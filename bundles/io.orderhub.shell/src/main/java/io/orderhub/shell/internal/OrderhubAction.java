package io.orderhub.shell.internal;

import io.orderhub.core.service.ConflictException;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.ValidationException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;

import java.io.PrintStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

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
            takeTrailingOptions();
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

    /** Name of the catch-all argument of commands whose options may follow their arguments. */
    static final String TRAILING_OPTIONS = "trailingOptions";

    /**
     * Karaf reads options only before the first argument and hands everything after it to the arguments. So
     * that {@code orderhub:account-add shopify my-shop --name "My Shop" --set ...} works as documented, options
     * found in the last, multi-valued argument are taken out of it and set here, exactly as Karaf would have.
     */
    private void takeTrailingOptions() throws IllegalAccessException {
        Field trailing = multiValuedArgument();
        if (trailing == null || trailing.get(this) == null) {
            return;
        }
        List<?> tokens = (List<?>) trailing.get(this);
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = String.valueOf(tokens.get(i));
            if (!token.startsWith("-") || token.length() < 2) {
                rest.add(token);
                continue;
            }
            String name = token;
            String value = null;
            int eq = token.indexOf('=');
            if (token.startsWith("--") && eq > 0) {
                name = token.substring(0, eq);
                value = token.substring(eq + 1);
            }
            Field option = option(name);
            if (option == null) {
                throw new CommandException(name, "unknown option (see --help)");
            }
            if (option.getType() == boolean.class) {
                option.setBoolean(this, true);
                continue;
            }
            if (value == null) {
                if (i + 1 >= tokens.size()) {
                    throw new CommandException(name, "a value is missing");
                }
                value = String.valueOf(tokens.get(++i));
            }
            if (List.class.isAssignableFrom(option.getType())) {
                List<Object> values = option.get(this) == null ? new ArrayList<>() : new ArrayList<>((List<?>) option.get(this));
                values.add(value);
                option.set(this, values);
            } else {
                option.set(this, value);
            }
        }
        if (trailing.getName().equals(TRAILING_OPTIONS) && !rest.isEmpty()) {
            throw new CommandException(rest.get(0), "unexpected argument");
        }
        trailing.set(this, rest);
    }

    private Field multiValuedArgument() {
        for (Class<?> c = getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Argument a = f.getAnnotation(Argument.class);
                if (a != null && a.multiValued()) {
                    f.setAccessible(true);
                    return f;
                }
            }
        }
        return null;
    }

    private Field option(String name) {
        for (Class<?> c = getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Option o = f.getAnnotation(Option.class);
                if (o != null && (o.name().equals(name) || List.of(o.aliases()).contains(name))) {
                    f.setAccessible(true);
                    return f;
                }
            }
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
