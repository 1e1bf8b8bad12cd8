package io.orderhub.connector.dshopping.internal.transport;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The mall's data as any transport delivers it, in the contract's own field names. The HTTP transport reads
 * them from JSON; a CSV/SFTP transport would fill the same records from its columns, so the mapping to
 * orderhub's model never depends on the transport.
 */
public final class Records {

    private Records() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Party(String name, String nameKana, String zip, String address, String tel, String mail) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(Integer lineNo, String itemCode, String skuCode, String itemName, Long unitPrice,
                       Integer quantity) {
    }

    /** An order; {@code environment} is {@code PRODUCTION} or {@code TEST} (D8). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrderRecord(String orderNo, String orderDate, String updatedAt, String status, String statusName,
                              String environment, String paymentMethod, Long totalAmount, Long shippingFee,
                              Party orderer, Party shipTo, String desiredDeliveryDate, String desiredDeliveryTime,
                              List<Item> items) {
    }

    public record OrderPage(long totalCount, int page, int limit, List<OrderRecord> orders) {
        public OrderPage {
            orders = orders == null ? List.of() : List.copyOf(orders);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MallError(String code, String message, String field) {
    }

    /** One row of a confirm or ship answer; {@code result} is {@code OK} or {@code NG}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RowResult(String orderNo, String result, List<MallError> errors) {
        public boolean ok() {
            return "OK".equals(result);
        }
    }

    /**
     * Where one order stands on the mall: its status and, once 出荷完了, the shipment the mall holds. Read to tell
     * whether a confirm or ship whose answer was lost went through.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrderState(String orderNo, String status, Shipment shipment) {
    }

    /** One shipment to report; {@code trackingNo} is omitted for carrier 99 without a number. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shipment(String orderNo, String carrierId, String trackingNo, String shipDate) {
    }
}
