package io.orderhub.core.internal.history;

import io.orderhub.core.internal.store.HistoryStore;
import io.orderhub.core.service.HistoryPage;
import io.orderhub.core.service.HistoryQuery;
import io.orderhub.core.service.HistoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.Objects;

/** {@link HistoryService} over the history store. */
@Component(service = HistoryService.class)
public class StoreHistoryService implements HistoryService {

    private final HistoryStore store;

    @Activate
    public StoreHistoryService(@Reference HistoryStore store) {
        this.store = store;
    }

    @Override
    public HistoryPage search(HistoryQuery query) {
        return store.search(Objects.requireNonNull(query, "query"));
    }
}
