package io.orderhub.rest.internal.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Every error the API answers with.
 *
 * @param error   a stable code: {@code malformed_json}, {@code unknown_field}, {@code invalid_value},
 *                {@code unknown_status}, {@code secret_in_query}, {@code not_found}, {@code conflict},
 *                {@code unauthorized}, {@code forbidden}, ...
 * @param field   the field in error as the caller named it ({@code shipping.shipDate}, {@code days}), or null
 * @param message a sentence for humans
 * @param kind    for {@code not_found}: what was looked for ({@code order}, {@code account}, {@code job}, ...)
 */
public record ErrorResponse(String error, String field, String message,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String kind) {

    public static ErrorResponse of(String error, String field, String message) {
        return new ErrorResponse(error, field, message, null);
    }
}
