package io.orderhub.rest.internal.dto;

import io.orderhub.core.model.Address;

/** A buyer or a delivery address. */
public record AddressDto(String name, String nameKana, String postalCode, String prefecture, String city,
                         String address1, String address2, String phone, String email) {

    public static AddressDto of(Address a) {
        return a == null ? null : new AddressDto(a.name(), a.nameKana(), a.postalCode(), a.prefecture(), a.city(),
                a.address1(), a.address2(), a.phone(), a.email());
    }
}
