package io.orderhub.core.spi;

import java.util.Map;

/**
 * What happened to one order in a call to a mall.
 *
 * @param mallOrderNumber the order
 * @param outcome         sent, failed or skipped
 * @param message         the mall's own message on failure, the reason when skipped, or null
 * @param failedCall      for malls with several calls per order: which call failed (e.g.
 *                        {@code orderShipStatusChange}); otherwise null
 * @param sent            what was sent, by the mall's field names
 */
public record OrderResultItem(String mallOrderNumber, Outcome outcome, String message, String failedCall,
                              Map<String, String> sent) {

    public enum Outcome { SENT, FAILED, SKIPPED }

    public OrderResultItem {
        sent = sent == null ? Map.of() : Map.copyOf(sent);
    }

    public static OrderResultItem sent(String number, Map<String, String> sent) {
        return new OrderResultItem(number, Outcome.SENT, null, null, sent);
    }

    public static OrderResultItem failed(String number, String message, String failedCall) {
        return new OrderResultItem(number, Outcome.FAILED, message, failedCall, Map.of());
    }

    public static OrderResultItem skipped(String number, String reason) {
        return new OrderResultItem(number, Outcome.SKIPPED, reason, null, Map.of());
    }
}
