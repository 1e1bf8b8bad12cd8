package io.orderhub.core.service;

import java.time.LocalDate;
import java.util.List;

/** Starts imports and exports of a shop account and previews exports. */
public interface SyncService {

    /** The creation period if none is given (days). */
    int DEFAULT_CREATION_PERIOD = 3;
    int MIN_CREATION_PERIOD = 1;
    int MAX_CREATION_PERIOD = 13;

    /**
     * Imports the account's orders placed from {@code from} to {@code to} (calendar days in the shop's zone,
     * both inclusive); with both null, the account's "days to fetch".
     *
     * @return the job, already queued or running
     * @throws ValidationException for an impossible range
     * @throws NotFoundException   for an unknown account
     */
    Job startImport(String accountId, LocalDate from, LocalDate to, String actor);

    /**
     * Like {@link #startImport(String, LocalDate, LocalDate, String)}, fetching only orders in the given mall
     * statuses (F3 import "by status"); an empty list is the connector's default statuses.
     *
     * @throws ValidationException field {@code statuses} when the account's mall cannot import by status
     */
    default Job startImport(String accountId, LocalDate from, LocalDate to, List<String> mallStatuses, String actor) {
        if (mallStatuses != null && !mallStatuses.isEmpty()) {
            throw new ValidationException("statuses", "import by mall status is not supported here");
        }
        return startImport(accountId, from, to, actor);
    }

    /**
     * What an export with this creation period would send now.
     *
     * @param days creation period, {@value #MIN_CREATION_PERIOD} to {@value #MAX_CREATION_PERIOD}; null for
     *             the default
     */
    ExportPreview preview(String accountId, Integer days);

    /** Starts an export of the targets {@link #preview} lists. */
    Job startExport(String accountId, Integer days, String actor);
}
