package io.orderhub.connector.shopify.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Locale;

@JsonIgnoreProperties(ignoreUnknown = true)
public record FulfillmentOrderDto(
        @JsonProperty("id") long id,
        @JsonProperty("order_id") long orderId,
        @JsonProperty("status") String status,
        @JsonProperty("assigned_location_id") Long assignedLocationId,
        @JsonProperty("line_items") List<Line> lineItems) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(
            @JsonProperty("id") long id,
            @JsonProperty("line_item_id") long lineItemId,
            @JsonProperty("quantity") int quantity,
            @JsonProperty("fulfillable_quantity") int fulfillableQuantity) {
    }

    /** Only OPEN and IN_PROGRESS fulfillment orders take a fulfillment, and only with something left. */
    public boolean isFulfillable() {
        String s = status == null ? "" : status.toLowerCase(Locale.ROOT);
        return (s.equals("open") || s.equals("in_progress"))
                && lineItems != null && lineItems.stream().anyMatch(l -> l.fulfillableQuantity() > 0);
    }
}
