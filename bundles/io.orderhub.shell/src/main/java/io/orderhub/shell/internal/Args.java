package io.orderhub.shell.internal;

import io.orderhub.core.service.SyncService;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses command-line text into values, rejecting bad input with the argument's name. */
final class Args {

    private Args() {
    }

    /** A calendar date written {@code yyyy-MM-dd}; impossible dates such as 2025-02-30 are rejected. */
    static LocalDate date(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            // ISO_LOCAL_DATE resolves strictly, so 2025-02-30 fails instead of becoming 2025-02-28
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new CommandException(field, "'" + text + "' is not a valid date (yyyy-MM-dd)");
        }
    }

    /** A whole number, or {@code absent} when none is given. */
    static int integer(String field, String text, int absent) {
        if (text == null) {
            return absent;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new CommandException(field, "'" + text + "' is not a whole number");
        }
    }

    /** The creation period of an export (Y1, SH3): null for the default, else 1 to 13 days. */
    static Integer days(String text) {
        Integer days = text == null ? null : integer("days", text, 0);
        if (days != null && (days < SyncService.MIN_CREATION_PERIOD || days > SyncService.MAX_CREATION_PERIOD)) {
            throw new CommandException("days", "creation period must be between " + SyncService.MIN_CREATION_PERIOD
                    + " and " + SyncService.MAX_CREATION_PERIOD + " days, was " + days);
        }
        return days;
    }

    static long orderId(String text) {
        try {
            long id = Long.parseLong(text.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CommandException("ORDER_ID", "'" + text + "' is not an order id (a positive number)");
    }

    /**
     * {@code key=value} pairs in the order given. An empty value ({@code key=}) becomes null, which resets
     * a setting to its default.
     */
    static Map<String, String> assignments(String field, List<String> pairs) {
        Map<String, String> result = new LinkedHashMap<>();
        if (pairs == null) {
            return result;
        }
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new CommandException(field, "'" + mask(pair) + "' is not of the form key=value");
            }
            String key = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1);
            if (result.containsKey(key)) {
                throw new CommandException(field, "'" + key + "' is given twice");
            }
            result.put(key, value.isEmpty() ? null : value);
        }
        return result;
    }

    /** Keeps a mistyped secret ({@code .accessTokenshpat_...}) out of the error line. */
    private static String mask(String pair) {
        return pair.startsWith(".") ? pair.substring(0, Math.min(pair.length(), 3)) + "…" : pair;
    }
}
