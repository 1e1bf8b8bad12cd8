package io.orderhub.connector.dshopping.internal;

import io.orderhub.connector.dshopping.internal.transport.Records.Shipment;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.spi.ConversionTables;
import io.orderhub.core.spi.ExportCheck;
import io.orderhub.core.spi.ExportContext;
import io.orderhub.core.spi.MallCarrier;
import io.orderhub.core.spi.StatusMappingModel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** D5–D7: which orders may be reported as shipped, and the row each becomes. Never calls the mall. */
final class ShipmentRules {

    static final String CARRIER_ID = "carrierId";
    static final String TRACKING_NO = "trackingNo";
    static final String SHIP_DATE = "shipDate";
    static final String NOT_SENT = "未送信の追跡番号";
    /** D5: the status mapping's defaults. */
    static final StatusMappingModel MODEL = StatusMappingModel.targetsExcept(OrderStatus.NEW, OrderStatus.ON_HOLD,
            OrderStatus.CANCELLED);

    private final ConversionTables defaults;
    private final ZoneId zone;

    /** @param carrierIds the account's older {@code carrierIds} setting, the default table when the engine has none */
    ShipmentRules(Map<String, String> carrierIds, ZoneId zone) {
        this.defaults = conversions(carrierIds);
        this.zone = zone;
    }

    /** D7: carrier → ID; unlisted carriers have none (their orders are not sent). */
    static ConversionTables conversions(Map<String, String> carrierIds) {
        Map<String, MallCarrier> table = new LinkedHashMap<>();
        new java.util.TreeMap<>(carrierIds).forEach((carrier, id) -> table.put(carrier, new MallCarrier(id, null)));
        return new ConversionTables(table, ConversionTables.UnlistedCarrier.NOT_SENT, null, Map.of(), null, List.of());
    }

    /**
     * D5–D7 for one order. Whether the status is enabled and whether the carrier has an ID are the engine's
     * mall-neutral rules on the account's tables; they are checked here only when the engine gave no tables.
     */
    ExportCheck check(Order order, ExportContext context) {
        LocalDate today = context.today();
        ConversionTables conversions = context.conversionsOr(defaults);
        List<String> reasons = new ArrayList<>();
        if (order.status() == null || (context.statusMapping() == null && !MODEL.defaultRule(order.status()).enabled())) {
            OrderStatus s = OrderStatus.builtIn(String.valueOf(order.status()));
            reasons.add("ステータスが「" + (s == null ? order.status() : s.label()) + "」の注文は書き出しません");
        }
        Shipping sh = order.shipping();
        if (sh.shipDate() == null) {
            reasons.add("出荷日が未入力です");
        } else if (sh.shipDate().isAfter(today)) {
            reasons.add("出荷日が未来の日付です: " + sh.shipDate());
        } else if (order.orderedAt() != null && sh.shipDate().isBefore(order.orderedAt().atZone(zone).toLocalDate())) {
            reasons.add("出荷日が注文日より前です: " + sh.shipDate());
        }
        if (!sh.hasTrackingNumber()) {
            reasons.add("追跡番号が未入力です（追跡番号のない郵便はダミーの追跡番号を入力してください）");
        }
        String carrier = sh.carrier() == null ? null : sh.carrier().strip();
        MallCarrier id = null;
        if (carrier == null || carrier.isEmpty()) {
            reasons.add("配送会社が未選択です");
        } else {
            id = conversions.carrier(carrier).orElse(null);
            if (id == null && context.conversions() == null) {
                reasons.add("D7: " + conversions.missingCarrierReason(carrier));
            }
        }
        if (!reasons.isEmpty()) {
            return ExportCheck.excluded(reasons);
        }
        if (id == null) {
            // the engine reports D7 for this order and never sends it; the check gives no ID to send
            return ExportCheck.target(Map.of(TRACKING_NO, sh.firstTrackingNumber()));
        }
        return ExportCheck.target(fields(order, id.code()));
    }

    /** What is sent for an order the check accepted, in send order. */
    Map<String, String> fields(Order order, String carrierId) {
        Shipping sh = order.shipping();
        Map<String, String> f = new LinkedHashMap<>();
        f.put(CARRIER_ID, carrierId);
        f.put(TRACKING_NO, sh.firstTrackingNumber());
        f.put(SHIP_DATE, sh.shipDate().toString());
        // the contract takes one number per order; the others are shown, never silently dropped
        List<String> others = sh.trackingNumbers().stream().filter(t -> t != null && !t.isBlank()).skip(1).toList();
        if (!others.isEmpty()) {
            f.put(NOT_SENT, String.join(", ", others));
        }
        return f;
    }

    static Shipment shipment(String orderNo, Map<String, String> fields) {
        return new Shipment(orderNo, fields.get(CARRIER_ID), fields.get(TRACKING_NO), fields.get(SHIP_DATE));
    }
}
