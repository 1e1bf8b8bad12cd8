package io.orderhub.core.model;

import java.time.Instant;

/**
 * One entry of an order's history.
 *
 * @param kind   what happened: {@code IMPORTED}, {@code REIMPORTED}, {@code STATUS}, {@code SHIPPING},
 *               {@code EXPORTED}, ...
 * @param actor  who did it: a user name, or {@code system}
 * @param detail what changed, human readable (e.g. {@code status 発送待ち → 処理済})
 */
public record OrderChange(Instant at, String actor, String kind, String detail) {
}
