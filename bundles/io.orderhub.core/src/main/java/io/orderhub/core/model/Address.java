package io.orderhub.core.model;

/**
 * A person and where they live: the buyer, or the delivery address. Japanese addresses are kept in the
 * mall's split (prefecture, city, the rest) where the mall gives one; otherwise the whole address is in
 * {@code address1}.
 */
public record Address(String name, String nameKana, String postalCode, String prefecture, String city,
                      String address1, String address2, String phone, String email) {

    public static Address ofName(String name) {
        return new Address(name, null, null, null, null, null, null, null, null);
    }
}
