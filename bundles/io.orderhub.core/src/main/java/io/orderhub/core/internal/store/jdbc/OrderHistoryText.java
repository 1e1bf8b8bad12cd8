package io.orderhub.core.internal.store.jdbc;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** How changes read in an order's history: {@code status 発送待ち → 処理済}. */
final class OrderHistoryText {

    /** An empty value, as operators see it. */
    static final String NONE = "未設定";

    private OrderHistoryText() {
    }

    /** A re-import's changes as one history entry: {@code モール側の変更: モールでキャンセルされました; ...}. */
    static String mallChanges(List<String> changes) {
        return "モール側の変更: " + String.join("; ", changes);
    }

    static String change(String field, Object before, Object after) {
        return field + " " + text(before) + " → " + text(after);
    }

    static boolean differ(Object before, Object after) {
        return !Objects.equals(before, after);
    }

    private static String text(Object value) {
        if (value == null) {
            return NONE;
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? NONE : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        String s = value.toString();
        return s.isEmpty() ? NONE : s;
    }
}
