package io.orderhub.connector.shopify.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

@JsonIgnoreProperties(ignoreUnknown = true)
public record LineItemDto(
        @JsonProperty("id") long id,
        @JsonProperty("sku") String sku,
        @JsonProperty("title") String title,
        @JsonProperty("variant_title") String variantTitle,
        @JsonProperty("name") String name,
        @JsonProperty("quantity") int quantity,
        @JsonProperty("price") BigDecimal price) {
}
