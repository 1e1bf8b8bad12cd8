package io.orderhub.core.internal.sync;

import io.orderhub.core.internal.store.OrderStore;
import io.orderhub.core.service.ValidationException;
import io.orderhub.core.spi.MallCapability;
import io.orderhub.core.spi.MallDescriptor;

import java.util.ArrayList;
import java.util.List;

/** Import "by status" (F3) and what an import result says about a changed order. */
final class ImportStatuses {

    static final int MAX_STATUSES = 20;

    private ImportStatuses() {
    }

    /** The statuses as given, trimmed, without blanks and duplicates. */
    static List<String> check(List<String> statuses) {
        if (statuses == null) {
            return List.of();
        }
        List<String> clean = new ArrayList<>();
        for (String s : statuses) {
            if (s == null || s.isBlank()) {
                throw new ValidationException("statuses", "a mall status is empty");
            }
            if (s.strip().length() > 100) {
                throw new ValidationException("statuses", "a mall status is longer than 100 characters");
            }
            if (!clean.contains(s.strip())) {
                clean.add(s.strip());
            }
        }
        if (clean.size() > MAX_STATUSES) {
            throw new ValidationException("statuses", "at most " + MAX_STATUSES + " mall statuses");
        }
        return List.copyOf(clean);
    }

    static void requireCapability(MallDescriptor mall) {
        if (!mall.capabilities().contains(MallCapability.IMPORT_BY_STATUS)) {
            throw new ValidationException("statuses", mall.nameJa() + " (" + mall.id()
                    + ") cannot import by mall status (capability IMPORT_BY_STATUS); import by date range or by the"
                    + " account's days to fetch instead");
        }
    }

    /** For an order the mall changed: what changed, as its history says. */
    static String describe(OrderStore.ImportOutcome outcome) {
        return outcome.effect() == OrderStore.ImportEffect.UPDATED && !outcome.changes().isEmpty()
                ? String.join("; ", outcome.changes()) : null;
    }
}
