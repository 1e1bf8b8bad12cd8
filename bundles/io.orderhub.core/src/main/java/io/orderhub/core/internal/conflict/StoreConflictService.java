package io.orderhub.core.internal.conflict;

import io.orderhub.core.internal.store.ConflictStore;
import io.orderhub.core.internal.store.OrderStore;
import io.orderhub.core.model.OrderChange;
import io.orderhub.core.service.Conflict;
import io.orderhub.core.service.ConflictException;
import io.orderhub.core.service.ConflictService;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.time.Clock;
import java.util.List;

/** {@link ConflictService} over the conflict store; a resolution also goes into the order's history. */
@Component(service = ConflictService.class)
public class StoreConflictService implements ConflictService {

    static final int MAX_NOTE = 2000;
    static final int MAX_LIMIT = 1000;
    /** History kind of a resolved conflict. */
    static final String CONFLICT_RESOLVED = "CONFLICT_RESOLVED";

    private final ConflictStore conflicts;
    private final OrderStore orders;
    private final Clock clock;

    @Activate
    public StoreConflictService(@Reference ConflictStore conflicts, @Reference OrderStore orders) {
        this(conflicts, orders, Clock.systemUTC());
    }

    public StoreConflictService(ConflictStore conflicts, OrderStore orders, Clock clock) {
        this.conflicts = conflicts;
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public List<Conflict> list(String accountId, Conflict.State state, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return conflicts.list(accountId, state, limit);
    }

    @Override
    public Conflict get(long id) {
        return conflicts.find(id).orElseThrow(() -> new NotFoundException("conflict", Long.toString(id)));
    }

    @Override
    public Conflict resolve(long id, String note, String actor) {
        if (note == null || note.isBlank()) {
            throw new ValidationException("note", "a note is required: say what was done (e.g. 配送を止めて返金済み)");
        }
        if (note.length() > MAX_NOTE) {
            throw new ValidationException("note", "the note is longer than " + MAX_NOTE + " characters");
        }
        Conflict conflict = get(id);
        String who = actor == null || actor.isBlank() ? "unknown" : actor;
        if (!conflicts.resolve(id, note.strip(), who, clock.instant())) {
            throw new ConflictException("id", "conflict " + id + " is already resolved");
        }
        orders.addHistory(conflict.orderId(), new OrderChange(clock.instant(), who, CONFLICT_RESOLVED,
                "競合 #" + id + " を解決: " + note.strip()));
        return get(id);
    }
}
