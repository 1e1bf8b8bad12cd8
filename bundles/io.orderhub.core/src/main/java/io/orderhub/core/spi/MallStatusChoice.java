package io.orderhub.core.spi;

import java.util.Objects;

/**
 * One value a mall offers for its order status or ship status (Yahoo! {@code 5} 完了), as the operator picks it in
 * the status mapping.
 *
 * @param code    the mall's own code, as sent
 * @param labelJa the name operators know it by
 */
public record MallStatusChoice(String code, String labelJa) {

    public MallStatusChoice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelJa, "labelJa");
    }
}
