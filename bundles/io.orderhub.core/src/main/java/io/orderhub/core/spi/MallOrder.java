package io.orderhub.core.spi;

import io.orderhub.core.model.Address;
import io.orderhub.core.model.OrderLine;
import io.orderhub.core.model.Shipping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An order as a connector read it from the mall. The core turns it into a stored order, or updates the
 * stored one without overwriting what an operator entered.
 *
 * @param mallUpdatedAt the mall's last-update time, or null where the mall has none
 * @param cancelled     whether the mall says the order is cancelled
 * @param shipping      shipping data the mall already holds, or null
 * @param mallData      values the connector needs again at export (e.g. Shopify's numeric order id)
 */
public record MallOrder(String mallOrderNumber, Instant orderedAt, Instant mallUpdatedAt, String mallStatus,
                        boolean cancelled, Address buyer, Address shipTo, List<OrderLine> lines,
                        String paymentMethod, String paymentStatus, BigDecimal totalPrice, Shipping shipping,
                        Map<String, String> mallData) {

    public MallOrder {
        if (mallOrderNumber == null || mallOrderNumber.isBlank()) {
            throw new IllegalArgumentException("mallOrderNumber is required");
        }
        if (orderedAt == null) {
            throw new IllegalArgumentException("orderedAt is required");
        }
        lines = lines == null ? List.of() : List.copyOf(lines);
        mallData = mallData == null ? Map.of() : Map.copyOf(mallData);
    }
}
