package io.orderhub.connector.shopify.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A fulfillment as Shopify returns it (create response, order's fulfillments). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FulfillmentDto(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonProperty("status") String status,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("tracking_company") String trackingCompany,
        @JsonProperty("tracking_number") String trackingNumber,
        @JsonProperty("tracking_numbers") List<String> trackingNumbers,
        @JsonProperty("tracking_url") String trackingUrl) {
}
