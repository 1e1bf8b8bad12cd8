package io.orderhub.shell.internal;

import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.service.Account;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.OrderService;
import io.orderhub.core.spi.AccountProperties;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the console shows values operators know: statuses as code and Japanese label, times in the shop's
 * zone. One instance per command run, so that lookups are made once.
 */
final class Display {

    static final String NONE = "-";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);
    private static final ZoneId DEFAULT_ZONE = ZoneId.of(AccountProperties.DEFAULT_ZONE);

    private final OrderService orders;
    private final AccountService accounts;
    private List<OrderStatus> statuses;
    private final Map<String, ZoneId> zones = new HashMap<>();

    Display(OrderService orders, AccountService accounts) {
        this.orders = orders;
        this.accounts = accounts;
    }

    List<OrderStatus> statuses() {
        if (statuses == null) {
            statuses = orders == null ? OrderStatus.BUILT_IN : orders.statuses();
        }
        return statuses;
    }

    /** {@code DONE 処理済}; a code the shop no longer knows is shown as it is. */
    String status(String code) {
        if (code == null) {
            return NONE;
        }
        return statuses().stream().filter(s -> s.code().equals(code)).findFirst()
                .map(s -> s.code() + " " + s.label()).orElse(code);
    }

    /** The code of a status given by code or Japanese label. */
    String statusCode(String field, String codeOrLabel) {
        if (codeOrLabel == null) {
            return null;
        }
        String wanted = codeOrLabel.trim();
        for (OrderStatus s : statuses()) {
            if (s.code().equalsIgnoreCase(wanted) || s.label().equals(wanted)) {
                return s.code();
            }
        }
        throw new CommandException(field, "unknown status '" + codeOrLabel + "'; known: "
                + statuses().stream().map(s -> s.code() + " (" + s.label() + ")").collect(Collectors.joining(", ")));
    }

    /** The time in the account's zone, with the zone's short name: {@code 2025-05-01 10:00 JST}. */
    String time(String accountId, Instant at) {
        if (at == null) {
            return NONE;
        }
        return TIME.format(at.atZone(zone(accountId)));
    }

    ZoneId zone(String accountId) {
        if (accountId == null || accounts == null) {
            return DEFAULT_ZONE;
        }
        return zones.computeIfAbsent(accountId, id -> {
            try {
                Account account = accounts.get(id);
                Object zone = account.settings().get(AccountProperties.ZONE);
                return zone == null ? DEFAULT_ZONE : ZoneId.of(zone.toString());
            } catch (NotFoundException | DateTimeException e) {
                return DEFAULT_ZONE;
            }
        });
    }

    static String orNone(Object value) {
        return value == null || value.toString().isBlank() ? NONE : value.toString();
    }

    /** Public settings as {@code key=value}; keys with a leading dot are secrets and never shown. */
    static String settings(Map<String, ?> settings) {
        Map<String, Object> visible = new LinkedHashMap<>();
        settings.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("."))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> visible.put(e.getKey(), e.getValue()));
        return visible.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    static String fields(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
