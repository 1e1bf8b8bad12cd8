package io.orderhub.connector.dshopping.internal;

import io.orderhub.connector.dshopping.internal.transport.Records.Shipment;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.spi.ExportCheck;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** D5–D7: which orders may be reported as shipped, and the row each becomes. Never calls the mall. */
final class ShipmentRules {

    static final String CARRIER_ID = "carrierId";
    static final String TRACKING_NO = "trackingNo";
    static final String SHIP_DATE = "shipDate";
    static final String NOT_SENT = "未送信の追跡番号";
    private static final Set<String> NOT_EXPORTED = Set.of(OrderStatus.NEW.code(), OrderStatus.ON_HOLD.code(),
            OrderStatus.CANCELLED.code());

    private final Map<String, String> carrierIds;
    private final ZoneId zone;

    ShipmentRules(Map<String, String> carrierIds, ZoneId zone) {
        this.carrierIds = carrierIds;
        this.zone = zone;
    }

    ExportCheck check(Order order, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        if (order.status() == null || NOT_EXPORTED.contains(order.status())) {
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
        if (carrier == null || carrier.isEmpty()) {
            reasons.add("配送会社が未選択です");
        } else if (!carrierIds.containsKey(carrier)) {
            reasons.add("配送会社「" + carrier + "」はdショッピングの配送会社ID変換表にありません（設定 carrierIds に追加してください）");
        } else if (carrierIds.get(carrier).isEmpty()) {
            reasons.add("配送会社「" + carrier + "」のdショッピング配送会社IDが空です（設定 carrierIds で指定してください）");
        }
        if (!reasons.isEmpty()) {
            return ExportCheck.excluded(reasons);
        }
        return ExportCheck.target(fields(order));
    }

    /** What is sent for an order the check accepted, in send order. */
    Map<String, String> fields(Order order) {
        Shipping sh = order.shipping();
        Map<String, String> f = new LinkedHashMap<>();
        f.put(CARRIER_ID, carrierIds.get(sh.carrier().strip()));
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
