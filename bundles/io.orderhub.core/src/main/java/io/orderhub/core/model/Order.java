package io.orderhub.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An order as orderhub stores it. One order exists per (account, mall order number).
 *
 * @param id              orderhub's own id
 * @param accountId       the shop account the order was imported from
 * @param mallId          the mall of that account (e.g. {@code shopify})
 * @param mallOrderNumber the number the mall and the buyer know the order by
 * @param orderedAt       when the buyer placed the order
 * @param mallStatus      the mall's own status text at the last import
 * @param status          the order's status in orderhub (code of an {@link OrderStatus})
 * @param lastUpdatedAt   last operator change, a status move included (rule F7); null if never changed
 * @param importedAt      first import
 * @param mallUpdatedAt   the mall's last-update time at the last import
 * @param version         incremented on every change; an export records the version it sent
 * @param mallData        connector-private values the mall needs later (e.g. Shopify's numeric order id)
 */
public record Order(long id, String accountId, String mallId, String mallOrderNumber, Instant orderedAt,
                    Address buyer, Address shipTo, List<OrderLine> lines, String paymentMethod,
                    String paymentStatus, BigDecimal totalPrice, String mallStatus, String status,
                    Shipping shipping, Instant lastUpdatedAt, Instant importedAt, Instant mallUpdatedAt,
                    long version, Map<String, String> mallData) {

    public Order {
        lines = lines == null ? List.of() : List.copyOf(lines);
        mallData = mallData == null ? Map.of() : Map.copyOf(mallData);
        shipping = shipping == null ? Shipping.NONE : shipping;
    }
}
