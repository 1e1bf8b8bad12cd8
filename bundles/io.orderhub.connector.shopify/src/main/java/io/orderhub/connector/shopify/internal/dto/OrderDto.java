package io.orderhub.connector.shopify.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;

/** An order of {@code orders.json}, the fields the connector reads. Times are ISO-8601 with offset. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderDto(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonProperty("email") String email,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("cancelled_at") String cancelledAt,
        @JsonProperty("financial_status") String financialStatus,
        @JsonProperty("fulfillment_status") String fulfillmentStatus,
        @JsonProperty("total_price") BigDecimal totalPrice,
        @JsonProperty("payment_gateway_names") List<String> paymentGatewayNames,
        @JsonProperty("customer") CustomerDto customer,
        @JsonProperty("billing_address") AddressDto billingAddress,
        @JsonProperty("shipping_address") AddressDto shippingAddress,
        @JsonProperty("line_items") List<LineItemDto> lineItems,
        @JsonProperty("fulfillments") List<FulfillmentDto> fulfillments) {
}
