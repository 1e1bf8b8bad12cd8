package io.orderhub.rest.internal.dto;

/** A status code with the Japanese label operators know it by, e.g. {@code {"code":"DONE","label":"処理済"}}. */
public record StatusRef(String code, String label) {
}
