package io.orderhub.core.spi;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Which orders an import fetches.
 *
 * @param from               start of the range (inclusive)
 * @param to                 end of the range (exclusive)
 * @param mallStatuses       the mall's own statuses to fetch; empty = the connector's default for an import
 * @param zone               the shop's zone, for malls that take local times
 * @param apiOptionInstalled whether the API option ({@code orderhub-api-option}) is installed while the import
 *                           runs; a mall whose contract limits imports without it (Yahoo!, F3) applies the limit
 *                           when this is false. The engine always sets it. The four-argument constructor, which
 *                           predates it (spi 1.2), sets it to true: a query built without knowing (a test, a
 *                           benchmark, an older caller) keeps the behaviour it was written for, the account's own
 *                           settings, rather than silently losing statuses.
 * @since 1.3 (apiOptionInstalled)
 */
public record ImportQuery(Instant from, Instant to, List<String> mallStatuses, ZoneId zone,
                          boolean apiOptionInstalled) {

    public ImportQuery {
        mallStatuses = mallStatuses == null ? List.of() : List.copyOf(mallStatuses);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from is after to");
        }
    }

    /** A query that states nothing about the API option: treated as installed (see {@link #apiOptionInstalled}). */
    public ImportQuery(Instant from, Instant to, List<String> mallStatuses, ZoneId zone) {
        this(from, to, mallStatuses, zone, true);
    }

    /** The same query, run with or without the API option. */
    public ImportQuery withApiOptionInstalled(boolean installed) {
        return new ImportQuery(from, to, mallStatuses, zone, installed);
    }
}
