package io.orderhub.core.internal.sync;

import io.orderhub.core.service.ExportReason;
import io.orderhub.core.service.SyncService;
import io.orderhub.core.service.ValidationException;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules every mall's export shares: the order's last update lies in the creation period of 1 to 13
 * days (Y1, SH3, F7) and the order was placed within the last year (Y1). For malls that declare it (Shopserve
 * S2), an order never updated since import is a target while its order date is recent.
 *
 * @param days                     the creation period
 * @param updatedSince             orders last updated before this are outside the period
 * @param orderedSince             orders placed before this are too old to export
 * @param neverUpdatedOrderedSince never-updated orders placed at or after this are in; null: never-updated
 *                                 orders are out
 * @param neverUpdatedDays         the mall's "never updated" days (0 when none)
 * @param zone                     the shop's zone, for the dates in reasons
 */
public record ExportWindow(int days, Instant updatedSince, Instant orderedSince, Instant neverUpdatedOrderedSince,
                           int neverUpdatedDays, ZoneId zone) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    public ExportWindow(int days, Instant updatedSince, Instant orderedSince) {
        this(days, updatedSince, orderedSince, null, 0, ZoneOffset.UTC);
    }

    public static ExportWindow of(Integer days, Instant now, ZoneId zone) {
        int d = days == null ? SyncService.DEFAULT_CREATION_PERIOD : days;
        if (d < SyncService.MIN_CREATION_PERIOD || d > SyncService.MAX_CREATION_PERIOD) {
            throw new ValidationException("days", "creation period must be between " + SyncService.MIN_CREATION_PERIOD
                    + " and " + SyncService.MAX_CREATION_PERIOD + " days, was " + d);
        }
        Instant orderedSince = now.atZone(zone).minusYears(1).toInstant();
        return new ExportWindow(d, now.minus(Duration.ofDays(d)), orderedSince, null, 0, zone);
    }

    /** This window for a mall whose never-updated orders are targets for {@code neverUpdatedDays} after ordering. */
    public ExportWindow withNeverUpdatedDays(int neverUpdatedDays, Instant now) {
        if (neverUpdatedDays <= 0) {
            return new ExportWindow(days, updatedSince, orderedSince, null, 0, zone);
        }
        return new ExportWindow(days, updatedSince, orderedSince, now.minus(Duration.ofDays(neverUpdatedDays)),
                neverUpdatedDays, zone);
    }

    /** The reasons an order with these times is not exported, whatever its mall says; empty if none. */
    public List<String> reasons(Instant lastUpdatedAt, Instant orderedAt) {
        return explain(lastUpdatedAt, orderedAt).stream().map(ExportReason::message).toList();
    }

    /** The same reasons with their codes, the dates, and what to do (F7). */
    public List<ExportReason> explain(Instant lastUpdatedAt, Instant orderedAt) {
        List<ExportReason> reasons = new ArrayList<>();
        if (lastUpdatedAt == null) {
            if (neverUpdatedOrderedSince == null) {
                reasons.add(new ExportReason(ExportReason.NEVER_UPDATED,
                        "取込後に更新されていません (作成期間の対象外): 更新してから書き出してください (F7)"));
            } else if (orderedAt.isBefore(neverUpdatedOrderedSince)) {
                reasons.add(new ExportReason(ExportReason.NEVER_UPDATED, "取込後に更新されておらず、注文日 "
                        + shown(orderedAt) + " が直近" + neverUpdatedDays + "日 (" + shown(neverUpdatedOrderedSince)
                        + " 以降) より前です (S2): 注文を更新してから書き出してください (F7)"));
            }
        } else if (lastUpdatedAt.isBefore(updatedSince)) {
            reasons.add(new ExportReason(ExportReason.OUTSIDE_CREATION_PERIOD, "最終更新が作成期間 (" + days
                    + "日) より前です: 最終更新 " + shown(lastUpdatedAt) + "、作成期間は " + shown(updatedSince)
                    + " 以降。作成期間を広げるか、注文を更新してください (ステータスを移すと最終更新が現在になります) (F7)"));
        }
        if (orderedAt.isBefore(orderedSince)) {
            reasons.add(new ExportReason(ExportReason.ORDER_TOO_OLD, "注文日が1年以上前です: 注文日 " + shown(orderedAt)
                    + " (" + shown(orderedSince) + " より前の注文は書き出しません) (Y1)"));
        }
        return reasons;
    }

    private String shown(Instant instant) {
        return SHOWN.format(instant.atZone(zone));
    }
}
