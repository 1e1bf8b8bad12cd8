package io.orderhub.core.internal.sync;

import io.orderhub.core.service.SyncService;
import io.orderhub.core.service.ValidationException;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The rules every mall's export shares: the order's last update lies in the creation period of 1 to 13
 * days (Y1, SH3, F7) and the order was placed within the last year (Y1).
 *
 * @param days         the creation period
 * @param updatedSince orders last updated before this are outside the period
 * @param orderedSince orders placed before this are too old to export
 */
public record ExportWindow(int days, Instant updatedSince, Instant orderedSince) {

    public static ExportWindow of(Integer days, Instant now, ZoneId zone) {
        int d = days == null ? SyncService.DEFAULT_CREATION_PERIOD : days;
        if (d < SyncService.MIN_CREATION_PERIOD || d > SyncService.MAX_CREATION_PERIOD) {
            throw new ValidationException("days", "creation period must be between " + SyncService.MIN_CREATION_PERIOD
                    + " and " + SyncService.MAX_CREATION_PERIOD + " days, was " + d);
        }
        Instant orderedSince = now.atZone(zone).minusYears(1).toInstant();
        return new ExportWindow(d, now.minus(Duration.ofDays(d)), orderedSince);
    }

    /** The reasons an order with these times is not exported, whatever its mall says; empty if none. */
    public java.util.List<String> reasons(Instant lastUpdatedAt, Instant orderedAt) {
        java.util.List<String> reasons = new java.util.ArrayList<>();
        if (lastUpdatedAt == null) {
            reasons.add("取込後に更新されていません (作成期間の対象外): 更新してから書き出してください");
        } else if (lastUpdatedAt.isBefore(updatedSince)) {
            reasons.add("最終更新が作成期間 (" + days + "日) より前です");
        }
        if (orderedAt.isBefore(orderedSince)) {
            reasons.add("注文日が1年以上前です");
        }
        return reasons;
    }
}
