package io.orderhub.rest.internal.resource;

import io.orderhub.core.service.NotFoundException;
import io.orderhub.rest.internal.error.ApiException;

import javax.ws.rs.core.SecurityContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Query and path parameters are taken as text and parsed here: JAX-RS would answer a failed conversion of a
 * query parameter with a bare 404, where the caller needs a 400 naming the parameter.
 */
final class Params {

    private Params() {
    }

    static Integer integer(String name, String value, Integer absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_value", name, name + " must be an integer");
        }
        if (n < min || n > max) {
            throw ApiException.badRequest("invalid_value", name, name + " must be between " + min + " and " + max);
        }
        return n;
    }

    /** An ISO instant ({@code 2025-04-01T00:00:00Z}), a date-time with offset, or a date (start of day in zone). */
    static Instant instantOrDate(String name, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(zone).toInstant();
            }
            if (v.endsWith("Z") || v.endsWith("z")) {
                return Instant.parse(v.toUpperCase(java.util.Locale.ROOT));
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException e) {
            throw ApiException.badRequest("invalid_value", name,
                    name + " must be a real date (yyyy-MM-dd) or an ISO-8601 instant (2025-04-01T00:00:00Z)");
        }
    }

    static long orderId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException("order", value);
        }
    }

    /** A boolean query parameter: absent is false; anything but true/false is a 400 naming it. */
    static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest("invalid_value", name, name + " must be true or false");
        };
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static String actor(SecurityContext security) {
        return security == null || security.getUserPrincipal() == null ? "unknown"
                : security.getUserPrincipal().getName();
    }

    static <T> T requireBody(T body) {
        if (body == null) {
            throw ApiException.badRequest("invalid_value", null, "a JSON body is required");
        }
        return body;
    }
}
