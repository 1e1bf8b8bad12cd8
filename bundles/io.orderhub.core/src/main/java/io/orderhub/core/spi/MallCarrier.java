package io.orderhub.core.spi;

/**
 * A carrier as a mall knows it, the right-hand side of the carrier conversion table (C2, D7).
 *
 * @param code the mall's carrier code or id as sent (Yahoo! {@code 1001}, dショッピング {@code 01}, Shopify's
 *             company name); empty or null means the mall has no code for it and the order cannot be sent
 * @param name the mall's name for it, shown to operators (may be null)
 */
public record MallCarrier(String code, String name) {

    public boolean hasCode() {
        return code != null && !code.isBlank();
    }
}
