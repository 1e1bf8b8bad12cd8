package io.orderhub.rest.internal.dto;

import io.orderhub.core.service.ExportPreview;

import java.time.Instant;
import java.util.List;

/** What an export with this creation period would send now, and what it would leave out and why. */
public record ExportPreviewDto(String accountId, String mallId, int days, Instant periodStart, int targetCount,
                               List<PreviewEntryDto> targets, List<PreviewEntryDto> excluded) {

    public static ExportPreviewDto of(ExportPreview p, StatusLabels labels) {
        List<PreviewEntryDto> targets = p.targets().stream().map(e -> PreviewEntryDto.of(e, labels)).toList();
        return new ExportPreviewDto(p.accountId(), p.mallId(), p.days(), p.periodStart(), targets.size(), targets,
                p.excluded().stream().map(e -> PreviewEntryDto.of(e, labels)).toList());
    }
}
