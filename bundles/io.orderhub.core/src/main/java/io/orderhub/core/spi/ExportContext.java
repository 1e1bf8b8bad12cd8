package io.orderhub.core.spi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Facts an export check or run needs besides the order.
 *
 * @param zone          the shop's zone; "today" and calendar dates are in it
 * @param clock         the engine's clock, so rules about "today or earlier" are testable
 * @param actor         who started the run (user name, or {@code scheduler})
 * @param statusMapping the account's status mapping, or null when the caller has none (use the connector's
 *                      defaults, see {@link #statusMappingOr})
 * @param conversions   the account's conversion tables, or null when the caller has none (see
 *                      {@link #conversionsOr})
 */
public record ExportContext(ZoneId zone, Clock clock, String actor, StatusMapping statusMapping,
                            ConversionTables conversions) {

    /** A context without account tables: connectors use their defaults. */
    public ExportContext(ZoneId zone, Clock clock, String actor) {
        this(zone, clock, actor, null, null);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The account's mapping, or the defaults of {@code model} when the engine gave none. */
    public StatusMapping statusMappingOr(StatusMappingModel model) {
        return statusMapping != null ? statusMapping : StatusMapping.defaults(model);
    }

    /** The account's tables, or {@code defaults} when the engine gave none. */
    public ConversionTables conversionsOr(ConversionTables defaults) {
        return conversions != null ? conversions : defaults;
    }
}
