package io.orderhub.core.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An order's status in our own store (the "GoQ status" of the seed manuals). Seven statuses are built in;
 * a shop adds its own, identified by a code it chooses.
 *
 * @param code  stable identifier used in the API and the database (ASCII, e.g. {@code DONE})
 * @param label the Japanese name operators see (e.g. 処理済)
 * @param builtIn whether the status is one of the seven every shop has
 */
public record OrderStatus(String code, String label, boolean builtIn) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public static final OrderStatus NEW = new OrderStatus("NEW", "新規受付", true);
    public static final OrderStatus AWAITING_PAYMENT_BEFORE_SHIPPING =
            new OrderStatus("AWAITING_PAYMENT_BEFORE_SHIPPING", "発送前入金待ち", true);
    public static final OrderStatus AWAITING_SHIPMENT = new OrderStatus("AWAITING_SHIPMENT", "発送待ち", true);
    public static final OrderStatus AWAITING_PAYMENT_AFTER_SHIPPING =
            new OrderStatus("AWAITING_PAYMENT_AFTER_SHIPPING", "発送後入金待ち", true);
    public static final OrderStatus ON_HOLD = new OrderStatus("ON_HOLD", "保留", true);
    public static final OrderStatus DONE = new OrderStatus("DONE", "処理済", true);
    public static final OrderStatus CANCELLED = new OrderStatus("CANCELLED", "キャンセル", true);

    public static final List<OrderStatus> BUILT_IN = List.of(NEW, AWAITING_PAYMENT_BEFORE_SHIPPING,
            AWAITING_SHIPMENT, AWAITING_PAYMENT_AFTER_SHIPPING, ON_HOLD, DONE, CANCELLED);

    public OrderStatus {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }

    /** Whether {@code code} has the shape of a status code (upper-case ASCII, digits, underscore). */
    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The built-in status with this code or Japanese label, or null. */
    public static OrderStatus builtIn(String codeOrLabel) {
        for (OrderStatus s : BUILT_IN) {
            if (s.code.equals(codeOrLabel) || s.label.equals(codeOrLabel)) {
                return s;
            }
        }
        return null;
    }
}
