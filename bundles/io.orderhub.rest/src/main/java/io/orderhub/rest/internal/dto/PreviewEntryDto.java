package io.orderhub.rest.internal.dto;

import io.orderhub.core.service.PreviewEntry;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One order of an export preview: what it would send, or the reasons it would not be sent. */
public record PreviewEntryDto(long orderId, String mallOrderNumber, StatusRef status, Instant lastUpdatedAt,
                              Map<String, String> fields, List<String> reasons) {

    public static PreviewEntryDto of(PreviewEntry e, StatusLabels labels) {
        return new PreviewEntryDto(e.orderId(), e.mallOrderNumber(), labels.ref(e.status()), e.lastUpdatedAt(),
                e.fields() == null ? Map.of() : e.fields(), e.reasons() == null ? List.of() : e.reasons());
    }
}
