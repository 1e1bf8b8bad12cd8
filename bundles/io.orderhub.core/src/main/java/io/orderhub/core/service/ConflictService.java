package io.orderhub.core.service;

import java.util.List;

/** The conflict list: mall-side changes of orders already being shipped, for an operator to settle. */
public interface ConflictService {

    /**
     * Newest first.
     *
     * @param accountId one account, or null for all
     * @param state     OPEN or RESOLVED, or null for all
     * @param limit     1..1000
     */
    List<Conflict> list(String accountId, Conflict.State state, int limit);

    /** @throws NotFoundException for an unknown id */
    Conflict get(long id);

    /**
     * Marks the conflict resolved with the operator's note (what was done: parcel stopped, refund, ...), and
     * adds the note to the order's history.
     *
     * @throws ValidationException field {@code note} when the note is empty or longer than 2,000 characters
     * @throws ConflictException   field {@code id} when it is already resolved
     * @throws NotFoundException   for an unknown id
     */
    Conflict resolve(long id, String note, String actor);
}
