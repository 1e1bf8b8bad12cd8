package io.orderhub.connector.shopify.internal.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

@JsonIgnoreProperties(ignoreUnknown = true)
public record AddressDto(
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("name") String name,
        @JsonProperty("zip") String zip,
        @JsonProperty("province") String province,
        @JsonProperty("province_code") String provinceCode,
        @JsonProperty("country_code") String countryCode,
        @JsonProperty("city") String city,
        @JsonProperty("address1") String address1,
        @JsonProperty("address2") String address2,
        @JsonProperty("company") String company,
        @JsonProperty("phone") String phone) {
}
