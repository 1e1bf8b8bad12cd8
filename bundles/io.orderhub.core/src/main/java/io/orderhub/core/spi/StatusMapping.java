package io.orderhub.core.spi;

import java.util.Map;
import java.util.Objects;

/**
 * An account's status mapping as the engine hands it to the connector: the account's own rows over the
 * connector's defaults.
 *
 * @param rules the account's own rows by orderhub status code (may be empty)
 * @param model the mall's model, whose defaults fill in every status without a row
 */
public record StatusMapping(Map<String, StatusRule> rules, StatusMappingModel model) {

    public StatusMapping {
        rules = rules == null ? Map.of() : Map.copyOf(rules);
        Objects.requireNonNull(model, "model");
    }

    /** The mapping of an account that changed nothing: the mall's defaults. */
    public static StatusMapping defaults(StatusMappingModel model) {
        return new StatusMapping(Map.of(), model);
    }

    /** The row in force for an orderhub status. */
    public StatusRule rule(String statusCode) {
        StatusRule own = statusCode == null ? null : rules.get(statusCode);
        return own != null ? own : model.defaultRule(statusCode);
    }
}
