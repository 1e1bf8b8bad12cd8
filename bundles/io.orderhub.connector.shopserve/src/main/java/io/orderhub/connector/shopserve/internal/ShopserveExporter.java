package io.orderhub.connector.shopserve.internal;

import static io.orderhub.connector.shopserve.ShopserveConstants.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.orderhub.connector.shopserve.internal.client.ShopserveClient;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.spi.ConversionTables;
import io.orderhub.core.spi.ExportCheck;
import io.orderhub.core.spi.ExportContext;
import io.orderhub.core.spi.MallCarrier;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.OrderResultItem;
import io.orderhub.core.spi.StatusMappingModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shopserve's export rules S2–S4 and the two calls per order: the delivery (carrier, slip number,
 * 発送予定日), then 発送ステータス 発送済み.
 *
 * <p>S4 says an order without a tracking number "is reported as an error on export" and that this is
 * expected. Such an order is therefore a <em>target</em> of {@link #check} (the preview shows that it will
 * fail and why) and ends as FAILED in {@link #export} with that explanation, without calling Shopserve: the
 * shop would refuse a carrier alone and refuse 発送済み without a slip number, so nothing on it is updated.
 *
 * <p>S2's other half — an order never updated is a target when its order date is within the last 4 days —
 * is declared to the core ({@link ShopserveConnector#neverUpdatedExportDays}), which selects those orders.
 * Which statuses are exported is the account's status mapping (defaults {@link #MODEL}); whether the status is
 * enabled is the engine's rule, checked here only when the engine gave no mapping.
 */
final class ShopserveExporter {

    static final String FIELD_COMPANY = "delivery_company";
    static final String FIELD_SLIP = "slip_number";
    static final String FIELD_SCHEDULED_SHIP_DATE = "scheduled_ship_date";
    static final String FIELD_SHIPPING_STATUS = "shipping_status";
    static final String SHIPPED = "発送済み";
    /** Preview-only key: what will happen to an order without a tracking number. */
    static final String FIELD_NOTE = "注意";
    static final String CALL_DELIVERY = "PUT /orders/{no}/deliveries/{n}";
    static final String CALL_STATUS = "PUT /orders/{no}/status";

    static final String NO_TRACKING_NUMBER = "追跡番号（問い合わせ番号）が未入力のため、ショップサーブの発送情報は更新していません。"
            + "ショップサーブは問い合わせ番号のない配送会社だけの登録も、問い合わせ番号のない「発送済み」も受け付けないため、"
            + "このエラーは想定どおりの動作です（S4）。追跡番号を入力すると次回の書き出しで送信されます。";

    /** S2: the status mapping's defaults. */
    static final StatusMappingModel MODEL = StatusMappingModel.targetsExcept(OrderStatus.NEW, OrderStatus.CANCELLED,
            OrderStatus.ON_HOLD);
    /** S2: days after its order date a never-updated order stays a target. */
    static final int NEVER_UPDATED_DAYS = 4;

    /** Common ways operators write a carrier, to the name the shop configured (assumed default names). */
    private static final Map<String, String> CARRIER_ALIASES = Map.ofEntries(
            Map.entry("ヤマト", "ヤマト運輸"), Map.entry("クロネコヤマト", "ヤマト運輸"), Map.entry("宅急便", "ヤマト運輸"),
            Map.entry("ネコポス", "ヤマト運輸"), Map.entry("佐川", "佐川急便"), Map.entry("飛脚宅配便", "佐川急便"),
            Map.entry("ゆうパック", "日本郵便"), Map.entry("ゆうパケット", "日本郵便"), Map.entry("郵便", "日本郵便"),
            Map.entry("西濃", "西濃運輸"), Map.entry("福山", "福山通運"));

    /** C2: the aliases as the default carrier table; any other carrier goes as typed. */
    static final ConversionTables DEFAULT_CONVERSIONS;

    static {
        Map<String, MallCarrier> table = new java.util.TreeMap<>();
        CARRIER_ALIASES.forEach((typed, name) -> table.put(typed, new MallCarrier(name, name)));
        DEFAULT_CONVERSIONS = new ConversionTables(table, ConversionTables.UnlistedCarrier.AS_TYPED, null, Map.of(),
                null, List.of());
    }

    private final ObjectMapper json;

    ShopserveExporter(ObjectMapper json) {
        this.json = json;
    }

    ExportCheck check(Order order, ExportContext context) {
        List<String> reasons = new ArrayList<>();
        if (order.status() == null) {
            reasons.add("ステータスが未設定のため対象外です");
        } else if (context.statusMapping() == null && !MODEL.defaultRule(order.status()).enabled()) {
            OrderStatus s = OrderStatus.builtIn(order.status());
            reasons.add("ステータスが「" + (s == null ? order.status() : s.label())
                    + "」のため対象外です（S2: 新規受付・キャンセル・保留は書き出しません）");
        }
        if (!reasons.isEmpty()) {
            return ExportCheck.excluded(reasons);
        }
        return ExportCheck.target(fields(order, context.conversionsOr(DEFAULT_CONVERSIONS)));
    }

    /** The fields sent, in send order; for an order without a tracking number only the S4 note. */
    Map<String, String> fields(Order order, ConversionTables conversions) {
        Shipping s = order.shipping();
        Map<String, String> fields = new LinkedHashMap<>();
        if (!s.hasTrackingNumber()) {
            fields.put(FIELD_NOTE, NO_TRACKING_NUMBER);
            return fields;
        }
        // a carrier the account's table has no name for is left out by the engine (C2)
        String carrier = conversions.carrier(s.carrier()).map(MallCarrier::code).orElse(null);
        if (carrier != null) {
            fields.put(FIELD_COMPANY, carrier);
        }
        fields.put(FIELD_SLIP, s.firstTrackingNumber().trim());
        if (s.shipDate() != null) {
            // S3: orderhub's ship date goes to Shopserve's 発送予定日
            fields.put(FIELD_SCHEDULED_SHIP_DATE, s.shipDate().toString());
        }
        fields.put(FIELD_SHIPPING_STATUS, SHIPPED);
        return fields;
    }

    static String carrier(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.strip();
        return CARRIER_ALIASES.getOrDefault(t, t);
    }

    /**
     * Sends one order. A refusal of one call is this order's FAILED result with Shopserve's message; a
     * whole-call failure (credential, maintenance, limit) is thrown so that the order is retried later.
     */
    OrderResultItem export(ShopserveClient client, Order order, ExportContext context) throws MallException {
        String no = order.mallOrderNumber();
        ExportCheck check = check(order, context);
        if (!check.isTarget()) {
            return OrderResultItem.skipped(no, String.join(" / ", check.reasons()));
        }
        Map<String, String> fields = check.fields();
        if (fields.containsKey(FIELD_NOTE)) {
            return OrderResultItem.failed(no, NO_TRACKING_NUMBER, null);
        }
        int deliveryNo = deliveryNo(order);
        ObjectNode delivery = json.createObjectNode();
        if (fields.containsKey(FIELD_COMPANY)) {
            delivery.put(FIELD_COMPANY, fields.get(FIELD_COMPANY));
        }
        delivery.put(FIELD_SLIP, fields.get(FIELD_SLIP));
        if (fields.containsKey(FIELD_SCHEDULED_SHIP_DATE)) {
            delivery.put(FIELD_SCHEDULED_SHIP_DATE, fields.get(FIELD_SCHEDULED_SHIP_DATE));
        }
        ShopserveClient.Reply d = client.updateDelivery(no, deliveryNo, delivery);
        if (!d.accepted()) {
            return OrderResultItem.failed(no, d.error(), CALL_DELIVERY);
        }
        ObjectNode status = json.createObjectNode().put(FIELD_SHIPPING_STATUS, SHIPPED);
        ShopserveClient.Reply st = client.updateStatus(no, status);
        if (!st.accepted()) {
            return new OrderResultItem(no, OrderResultItem.Outcome.FAILED,
                    st.error() + "（配送情報は更新済み、発送ステータスの更新に失敗）", CALL_STATUS, Map.of());
        }
        Map<String, String> sent = new LinkedHashMap<>(fields);
        sent.put("delivery_no", Integer.toString(deliveryNo));
        return OrderResultItem.sent(no, sent);
    }

    private static int deliveryNo(Order order) {
        try {
            return Integer.parseInt(order.mallData().getOrDefault(MALL_DATA_DELIVERY_NO, "1"));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
