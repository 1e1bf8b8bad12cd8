package io.orderhub.core.internal.store;

import io.orderhub.core.service.Conflict;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The conflict list. Every method is one transaction. */
public interface ConflictStore {

    /**
     * Opens a conflict of this kind for the order unless one is open already (a re-import of the same
     * cancellation must not list it twice).
     *
     * @return the new conflict, or empty when one was open
     */
    Optional<Conflict> openIfAbsent(String accountId, long orderId, String mallOrderNumber, String kind, String detail,
                                    Instant now);

    /** Newest first; null filters match all. */
    List<Conflict> list(String accountId, Conflict.State state, int limit);

    Optional<Conflict> find(long id);

    /** @return false when the conflict does not exist or is not open */
    boolean resolve(long id, String note, String actor, Instant now);
}
