package io.orderhub.rest.internal.dto;

import io.orderhub.core.service.Conflict;

import java.time.Instant;

/** An entry of the conflict list. */
public record ConflictDto(long id, String accountId, long orderId, String mallOrderNumber, String kind, String detail,
                          String state, Instant createdAt, Instant resolvedAt, String resolvedBy, String note) {

    public static ConflictDto of(Conflict c) {
        return new ConflictDto(c.id(), c.accountId(), c.orderId(), c.mallOrderNumber(), c.kind(), c.detail(),
                c.state().name(), c.createdAt(), c.resolvedAt(), c.resolvedBy(), c.note());
    }
}
