package io.orderhub.rest.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.HashSet;
import java.util.Set;

/**
 * Body of {@code PATCH /orders/{id}}, merge-patch style: only the fields present change, and a field present
 * with null is cleared. Jackson calls a setter only for a field that is in the body, which is how presence
 * is told apart from null.
 */
public final class OrderPatchRequest {

    private final Set<String> present = new HashSet<>();
    private String status;
    private ShippingPatch shipping;

    @JsonProperty("status")
    public void setStatus(String status) {
        present.add("status");
        this.status = status;
    }

    @JsonProperty("shipping")
    public void setShipping(ShippingPatch shipping) {
        present.add("shipping");
        this.shipping = shipping;
    }

    public boolean has(String field) {
        return present.contains(field);
    }

    public String status() {
        return status;
    }

    public ShippingPatch shipping() {
        return shipping;
    }
}
