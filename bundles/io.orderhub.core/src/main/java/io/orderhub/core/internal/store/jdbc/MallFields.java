package io.orderhub.core.internal.store.jdbc;

import io.orderhub.core.spi.MallOrder;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The part of an order the mall owns, as stored: what a re-import may change. Address, lines and mall data
 * are in their canonical JSON text, so comparing text compares values.
 *
 * @param id the stored order's id, 0 for an incoming order
 */
record MallFields(long id, Instant orderedAt, Instant mallUpdatedAt, String mallStatus, boolean cancelled,
                  String buyer, String shipTo, String lines, String paymentMethod, String paymentStatus,
                  BigDecimal totalPrice, String mallData) {

    static final String COLUMNS = "id, ordered_at, mall_updated_at, mall_status, mall_cancelled, buyer, ship_to,"
            + " order_lines, payment_method, payment_status, total_price, mall_data";

    static MallFields of(MallOrder order, JsonColumns json) {
        return new MallFields(0, Sql.storable(order.orderedAt()), Sql.storable(order.mallUpdatedAt()),
                order.mallStatus(), order.cancelled(), json.address(order.buyer()), json.address(order.shipTo()),
                json.lines(order.lines()), order.paymentMethod(), order.paymentStatus(), order.totalPrice(),
                json.stringMap(order.mallData()));
    }

    static MallFields read(ResultSet rs) throws SQLException {
        return new MallFields(rs.getLong("id"), Sql.getInstant(rs, "ordered_at"), Sql.getInstant(rs, "mall_updated_at"),
                rs.getString("mall_status"), rs.getBoolean("mall_cancelled"), rs.getString("buyer"),
                rs.getString("ship_to"), rs.getString("order_lines"), rs.getString("payment_method"),
                rs.getString("payment_status"), Sql.getDecimal(rs, "total_price"), rs.getString("mall_data"));
    }

    /**
     * What differs in {@code incoming}, one readable item per field; empty when the content is the same.
     * The mall's update time alone is no change of content: malls move it for things orderhub does not
     * keep (and for our own exports), and it would fill the history with noise.
     */
    List<String> changesTo(MallFields incoming) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(orderedAt, incoming.orderedAt)) {
            changes.add("注文日時 " + orderedAt + " → " + incoming.orderedAt);
        }
        if (!Objects.equals(mallStatus, incoming.mallStatus)) {
            changes.add("モールのステータス " + text(mallStatus) + " → " + text(incoming.mallStatus));
        }
        if (cancelled != incoming.cancelled) {
            changes.add(incoming.cancelled ? "モールでキャンセルされました" : "モールでキャンセルが取り消されました");
        }
        if (!Objects.equals(paymentMethod, incoming.paymentMethod)) {
            changes.add("支払方法 " + text(paymentMethod) + " → " + text(incoming.paymentMethod));
        }
        if (!Objects.equals(paymentStatus, incoming.paymentStatus)) {
            changes.add("入金状況 " + text(paymentStatus) + " → " + text(incoming.paymentStatus));
        }
        if (!sameAmount(totalPrice, incoming.totalPrice)) {
            changes.add("合計金額 " + amount(totalPrice) + " → " + amount(incoming.totalPrice));
        }
        if (!Objects.equals(buyer, incoming.buyer)) {
            changes.add("注文者情報が変更されました");
        }
        if (!Objects.equals(shipTo, incoming.shipTo)) {
            changes.add("配送先が変更されました");
        }
        if (!Objects.equals(lines, incoming.lines)) {
            changes.add("商品明細が変更されました");
        }
        if (!Objects.equals(mallData, incoming.mallData)) {
            changes.add("モールの管理情報が変更されました");
        }
        return changes;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String amount(BigDecimal value) {
        return value == null ? OrderHistoryText.NONE : value.toPlainString();
    }

    private static String text(String value) {
        return value == null || value.isEmpty() ? OrderHistoryText.NONE : value;
    }
}
