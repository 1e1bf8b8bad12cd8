package io.orderhub.core.spi;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Which orders an import fetches.
 *
 * @param from         start of the range (inclusive)
 * @param to           end of the range (exclusive)
 * @param mallStatuses the mall's own statuses to fetch; empty = the connector's default for an import
 * @param zone         the shop's zone, for malls that take local times
 */
public record ImportQuery(Instant from, Instant to, List<String> mallStatuses, ZoneId zone) {

    public ImportQuery {
        mallStatuses = mallStatuses == null ? List.of() : List.copyOf(mallStatuses);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from is after to");
        }
    }
}
