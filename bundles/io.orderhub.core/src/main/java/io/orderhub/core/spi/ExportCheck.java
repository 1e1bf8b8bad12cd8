package io.orderhub.core.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@link OrderExportService#check}: a target with the fields that would be sent, or excluded
 * with every reason.
 *
 * @param fields  what would be sent, by the mall's own field names, in send order (empty when excluded)
 * @param reasons why the order is not a target, readable by an operator (empty when a target)
 */
public record ExportCheck(Map<String, String> fields, List<String> reasons) {

    public ExportCheck {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public static ExportCheck target(Map<String, String> fields) {
        return new ExportCheck(fields, List.of());
    }

    public static ExportCheck excluded(List<String> reasons) {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("an excluded order needs a reason");
        }
        return new ExportCheck(Map.of(), reasons);
    }

    public boolean isTarget() {
        return reasons.isEmpty();
    }
}
