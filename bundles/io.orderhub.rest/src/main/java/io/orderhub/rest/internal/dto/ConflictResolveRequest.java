package io.orderhub.rest.internal.dto;

/** Body of {@code POST /conflicts/{id}/resolve}: what the operator did about it. */
public record ConflictResolveRequest(String note) {
}
