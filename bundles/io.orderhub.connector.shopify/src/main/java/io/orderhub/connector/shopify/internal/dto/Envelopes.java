package io.orderhub.connector.shopify.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The top-level objects Shopify wraps its resources in. */
public final class Envelopes {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Orders(@JsonProperty("orders") List<OrderDto> orders) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FulfillmentOrders(@JsonProperty("fulfillment_orders") List<FulfillmentOrderDto> fulfillmentOrders) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fulfillments(@JsonProperty("fulfillments") List<FulfillmentDto> fulfillments) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fulfillment(@JsonProperty("fulfillment") FulfillmentDto fulfillment) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shop(@JsonProperty("shop") ShopDto shop) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ShopDto(@JsonProperty("id") long id, @JsonProperty("name") String name) {
    }

    private Envelopes() {
    }
}
