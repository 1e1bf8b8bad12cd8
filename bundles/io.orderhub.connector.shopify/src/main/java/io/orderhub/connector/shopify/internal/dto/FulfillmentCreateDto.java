package io.orderhub.connector.shopify.internal.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Body of {@code POST fulfillments.json}. Omitting the fulfillment order's line items fulfils everything
 * still open in it.
 */
public record FulfillmentCreateDto(@JsonProperty("fulfillment") Fulfillment fulfillment) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Fulfillment(
            @JsonProperty("line_items_by_fulfillment_order") List<ByFulfillmentOrder> lineItemsByFulfillmentOrder,
            @JsonProperty("tracking_info") TrackingInfo trackingInfo,
            @JsonProperty("notify_customer") boolean notifyCustomer) {
    }

    public record ByFulfillmentOrder(@JsonProperty("fulfillment_order_id") long fulfillmentOrderId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TrackingInfo(@JsonProperty("number") String number, @JsonProperty("company") String company) {
    }
}
