package io.orderhub.core.spi;

import io.orderhub.core.model.OrderStatus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a mall's status mapping can hold, and its defaults: the mall's order-status and ship-status choices (both
 * empty for a mall that takes neither, where a row only says whether the status is a target) and the default
 * row per orderhub status. A connector gives it through {@link MallConnector#statusMappingModel}; the core keeps
 * each account's own rows and falls back to these defaults.
 *
 * @param orderStatuses the mall order statuses an operator may choose; empty when the mall has none
 * @param shipStatuses  the mall ship statuses an operator may choose; empty when the mall has none
 * @param defaults      default rows by orderhub status code
 * @param otherDefault  the default row of any status not in {@code defaults} (the shop's own statuses)
 */
public record StatusMappingModel(List<MallStatusChoice> orderStatuses, List<MallStatusChoice> shipStatuses,
                                 Map<String, StatusRule> defaults, StatusRule otherDefault) {

    public StatusMappingModel {
        orderStatuses = orderStatuses == null ? List.of() : List.copyOf(orderStatuses);
        shipStatuses = shipStatuses == null ? List.of() : List.copyOf(shipStatuses);
        defaults = defaults == null ? Map.of() : Map.copyOf(defaults);
        Objects.requireNonNull(otherDefault, "otherDefault");
    }

    /**
     * The model of a mall that takes neither order nor ship status: every status is a target except
     * {@code notTargets}.
     */
    public static StatusMappingModel targetsExcept(OrderStatus... notTargets) {
        Map<String, StatusRule> defaults = new HashMap<>();
        for (OrderStatus s : OrderStatus.BUILT_IN) {
            defaults.put(s.code(), StatusRule.TARGET);
        }
        for (OrderStatus s : notTargets) {
            defaults.put(s.code(), StatusRule.NOT_TARGET);
        }
        return new StatusMappingModel(List.of(), List.of(), defaults, StatusRule.TARGET);
    }

    /** The model of a mall that exports only {@code targets}; every other status, the shop's own included, is off. */
    public static StatusMappingModel onlyTargets(OrderStatus... targets) {
        Map<String, StatusRule> defaults = new HashMap<>();
        for (OrderStatus s : OrderStatus.BUILT_IN) {
            defaults.put(s.code(), StatusRule.NOT_TARGET);
        }
        for (OrderStatus s : targets) {
            defaults.put(s.code(), StatusRule.TARGET);
        }
        return new StatusMappingModel(List.of(), List.of(), defaults, StatusRule.NOT_TARGET);
    }

    /** The default row of an orderhub status. */
    public StatusRule defaultRule(String statusCode) {
        return defaults.getOrDefault(statusCode, otherDefault);
    }

    /** Whether rows carry a mall order status and/or ship status. */
    public boolean hasMallStatuses() {
        return !orderStatuses.isEmpty() || !shipStatuses.isEmpty();
    }

    /** The label of a mall order status code, or the code itself when it is not among the choices. */
    public String orderStatusLabel(String code) {
        return label(orderStatuses, code);
    }

    public String shipStatusLabel(String code) {
        return label(shipStatuses, code);
    }

    private static String label(List<MallStatusChoice> choices, String code) {
        if (code == null) {
            return null;
        }
        return choices.stream().filter(c -> c.code().equals(code)).map(MallStatusChoice::labelJa).findFirst()
                .orElse(code);
    }
}
