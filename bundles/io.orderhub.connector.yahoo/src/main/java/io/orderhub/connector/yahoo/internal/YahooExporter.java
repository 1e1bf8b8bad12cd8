package io.orderhub.connector.yahoo.internal;

import static io.orderhub.connector.yahoo.YahooConstants.*;
import static io.orderhub.connector.yahoo.internal.StatusMapping.*;

import io.orderhub.connector.yahoo.internal.client.Xml;
import io.orderhub.connector.yahoo.internal.client.YahooClient;
import io.orderhub.connector.yahoo.internal.config.YahooAccountSettings;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.spi.ConversionTables;
import io.orderhub.core.spi.ExportCheck;
import io.orderhub.core.spi.ExportContext;
import io.orderhub.core.spi.MallCarrier;
import io.orderhub.core.spi.StatusRule;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallException.Kind;
import io.orderhub.core.spi.OrderResultItem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Y3–Y6: which orders go to Yahoo!, with which statuses and fields, and the two calls per order
 * ({@code orderShipStatusChange} first, since 完了 needs ship status 3 or 4, then {@code orderStatusChange}).
 */
public final class YahooExporter {

    public static final String SHIP_CALL = "orderShipStatusChange";
    public static final String STATUS_CALL = "orderStatusChange";
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern INVOICE = Pattern.compile("[0-9A-Za-z-]+");
    /**
     * Y6: the delivery time slot, after the account's time-slot table. ASSUMPTION: yahoo.md lists no time-slot
     * element for orderShipStatusChange; Yahoo! calls the order's delivery time slot ShipRequestTime, so that name
     * is sent. Nothing is sent when the table has no row for the order's slot (the preview says so).
     */
    static final String TIME_SLOT_FIELD = "ShipRequestTime";

    /** What one order's export sends. Tracking numbers beyond two are not sent (the API has two fields). */
    record Plan(String orderId, int orderStatus, int shipStatus, String carrierCode, String carrierName,
                List<String> invoices, String emptyReason, LocalDate shipDate, LocalDate arrivalDate, String arrivalTime,
                String slotNotConverted, List<String> notSent) {

        Map<String, String> fields() {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("OrderId", orderId);
            f.put("ShipStatus", shipStatus + " " + shipStatusLabel(shipStatus));
            if (carrierCode != null) {
                f.put("ShipCompanyCode", carrierCode + (carrierName == null ? "" : " " + carrierName));
            }
            for (int i = 0; i < invoices.size(); i++) {
                f.put("ShipInvoiceNumber" + (i + 1), invoices.get(i));
            }
            if (emptyReason != null) {
                f.put("ShipInvoiceNumberEmptyReason", emptyReason);
            }
            if (shipDate != null) {
                f.put("ShipDate", YMD.format(shipDate));
            }
            if (arrivalDate != null) {
                f.put("ArrivalDate", YMD.format(arrivalDate));
            }
            if (arrivalTime != null) {
                f.put(TIME_SLOT_FIELD, arrivalTime);
            }
            if (slotNotConverted != null) {
                f.put("未送信のお届け時間帯", slotNotConverted + "（時間帯変換表にありません）");
            }
            f.put("OrderStatus", orderStatus + " " + orderStatusLabel(orderStatus));
            if (!notSent.isEmpty()) {
                f.put("未送信の追跡番号", String.join(", ", notSent));
            }
            return f;
        }
    }

    private final YahooAccountSettings settings;
    private final Duration completionRetryDelay;

    /**
     * @param completionRetryDelay Yahoo! may refuse 完了 right after the ship status change (the delay is not
     *                             documented); a refused completion is tried once more after this wait
     */
    public YahooExporter(YahooAccountSettings settings, Duration completionRetryDelay) {
        this.settings = settings;
        this.completionRetryDelay = completionRetryDelay;
    }

    /** Every reason an order is not exported, or the fields that would be sent. Never calls Yahoo!. */
    public ExportCheck check(Order order, ExportContext context) {
        List<String> reasons = new ArrayList<>();
        Plan plan = plan(order, context, reasons);
        return reasons.isEmpty() ? ExportCheck.target(plan.fields()) : ExportCheck.excluded(reasons);
    }

    /**
     * The statuses and fields of one order. The status mapping and conversion tables are the account's, from the
     * context; the mall-neutral rules on them (status enabled, carrier has a code) are the engine's, and checked
     * here only when the engine gave no tables (a caller without the core).
     */
    Plan plan(Order order, ExportContext context, List<String> reasons) {
        boolean engineMapping = context.statusMapping() != null;
        boolean engineConversions = context.conversions() != null;
        io.orderhub.core.spi.StatusMapping mapping = context.statusMappingOr(settings.statusMapping());
        ConversionTables conversions = context.conversionsOr(settings.defaultConversions());
        String status = order.status();
        OrderStatus builtIn = OrderStatus.builtIn(status);
        String label = builtIn != null ? builtIn.label() : status;
        StatusRule rule = mapping.rule(builtIn != null ? builtIn.code() : status);
        boolean enabled = rule.enabled() && rule.orderStatus() != null && rule.shipStatus() != null;
        int orderStatus = enabled ? Integer.parseInt(rule.orderStatus()) : 0;
        int ruleShipStatus = enabled ? Integer.parseInt(rule.shipStatus()) : 0;
        if (OrderStatus.NEW.equals(builtIn) || OrderStatus.CANCELLED.equals(builtIn)) {
            reasons.add("Y3: ステータス「" + label + "」の注文はYahoo!へ書き出しません");
        } else if (!enabled && !engineMapping) {
            reasons.add("F9: ステータス「" + label + "」はYahoo!ステータス紐付け設定で有効になっていません");
        }
        String yahooStatus = order.mallData().get(MALL_DATA_ORDER_STATUS);
        if (String.valueOf(ORDER_CANCELLED).equals(yahooStatus)) {
            reasons.add("Yahoo!でキャンセル済みの注文です");
        } else if (String.valueOf(ORDER_DONE).equals(yahooStatus) && enabled && orderStatus != ORDER_DONE) {
            // a completed order has had its points and payment settled; moving it back is not ours to do
            reasons.add("Yahoo!で完了済みの注文を「" + orderStatusLabel(orderStatus) + "」に戻すことはできません");
        }
        int shipStatus = ruleShipStatus;
        boolean unpaid = "0".equals(order.mallData().get(MALL_DATA_PAY_STATUS));
        if (unpaid && !OrderStatus.ON_HOLD.equals(builtIn) && !OrderStatus.DONE.equals(builtIn) && enabled) {
            // Y4: an order still awaiting payment moves from 出荷不可 to 出荷処理中, never further
            shipStatus = SHIP_IN_PROGRESS;
        }
        Shipping s = order.shipping();
        List<String> numbers = s.trackingNumbers().stream().filter(t -> t != null && !t.isBlank()).map(String::trim)
                .toList();
        MallCarrier carrier = null;
        if (s.carrier() != null && !s.carrier().isBlank()) {
            carrier = conversions.carrier(s.carrier()).orElse(null);
            if (carrier == null && !engineConversions) {
                reasons.add(conversions.missingCarrierReason(s.carrier()));
            }
        } else if (!numbers.isEmpty()) {
            carrier = new MallCarrier(Carriers.OTHER, Carriers.name(Carriers.OTHER));
        }
        String carrierCode = carrier == null ? null : carrier.code();
        for (String n : numbers) {
            String problem = invoiceProblem(carrierCode, n);
            if (problem != null) {
                reasons.add(problem);
            }
        }
        String emptyReason = null;
        boolean shipped = shipStatus == SHIP_SHIPPED || shipStatus == SHIP_ARRIVED;
        if (shipped && s.shipDate() == null) {
            reasons.add("出荷日が未入力です（Yahoo!の出荷ステータス「" + shipStatusLabel(shipStatus) + "」には出荷日が必要です）");
        }
        if (shipped && numbers.isEmpty()) {
            emptyReason = conversions.noTrackingReason();
            if (emptyReason == null) {
                reasons.add("Y6: 配送伝票番号が未入力で、配送伝票番号なしの理由も設定されていません（変換表で設定してください）");
            }
        }
        String slot = s.deliveryTimeSlot() == null || s.deliveryTimeSlot().isBlank() ? null : s.deliveryTimeSlot().strip();
        String yahooSlot = conversions.timeSlot(slot).orElse(null);
        List<String> sent = numbers.size() > 2 ? numbers.subList(0, 2) : numbers;
        List<String> notSent = numbers.size() > 2 ? numbers.subList(2, numbers.size()) : List.of();
        return new Plan(order.mallOrderNumber(), orderStatus, shipStatus, carrierCode,
                carrier == null ? null : carrier.name(), sent, emptyReason, s.shipDate(), s.deliveryDate(), yahooSlot,
                slot != null && yahooSlot == null ? slot : null, notSent);
    }

    /** Yahoo!'s tracking-number rules, as an operator-readable reason, or null when the number is fine. */
    static String invoiceProblem(String carrierCode, String number) {
        if (!INVOICE.matcher(number).matches()) {
            return "配送伝票番号「" + number + "」: Yahoo!には半角英数字とハイフンのみ送れます";
        }
        if (Carriers.YAMATO.equals(carrierCode) && (!number.matches("[0-9-]+") || number.length() > 14)) {
            return "配送伝票番号「" + number + "」: ヤマト運輸の番号は数字とハイフンで14文字以内です";
        }
        int digits = number.replace("-", "").length();
        if (Carriers.JAPAN_POST.equals(carrierCode) && (digits < 11 || digits > 13)) {
            return "配送伝票番号「" + number + "」: 日本郵便の番号はハイフンを除いて11〜13文字です";
        }
        return null;
    }

    /**
     * One order, two calls. A failure at either is this order's FAILED result naming the call; only a refused
     * credential or the daily quota at the first call, before anything was sent, is thrown.
     */
    public OrderResultItem export(Order order, ExportContext context, YahooClient client) throws MallException {
        List<String> reasons = new ArrayList<>();
        Plan plan = plan(order, context, reasons);
        if (plan.orderStatus() == 0 && reasons.isEmpty()) {
            // the engine leaves disabled statuses out; never send Yahoo! an order status of 0 should one get here
            reasons.add("F9: ステータス「" + order.status() + "」はYahoo!ステータス紐付け設定で有効になっていません");
        }
        if (!reasons.isEmpty()) {
            return OrderResultItem.skipped(order.mallOrderNumber(), String.join(" / ", reasons));
        }
        try {
            client.call(SHIP_CALL, shipRequest(plan));
        } catch (MallException e) {
            if (e.kind() == Kind.CREDENTIAL_REJECTED || e.kind() == Kind.RATE_LIMITED || e.kind() == Kind.CONFIGURATION) {
                throw e;
            }
            return OrderResultItem.failed(order.mallOrderNumber(), e.getMessage(), SHIP_CALL);
        }
        try {
            try {
                client.call(STATUS_CALL, statusRequest(plan));
            } catch (MallException e) {
                if (e.kind() != Kind.REJECTED || plan.orderStatus() != ORDER_DONE) {
                    throw e;
                }
                Thread.sleep(completionRetryDelay.toMillis());
                client.call(STATUS_CALL, statusRequest(plan));
            }
        } catch (MallException e) {
            return OrderResultItem.failed(order.mallOrderNumber(),
                    "出荷ステータスは更新済み、注文ステータスの更新に失敗: " + e.getMessage(), STATUS_CALL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OrderResultItem.failed(order.mallOrderNumber(), "出荷ステータスは更新済み、注文ステータスの更新前に中断されました",
                    STATUS_CALL);
        }
        return OrderResultItem.sent(order.mallOrderNumber(), plan.fields());
    }

    String shipRequest(Plan p) {
        StringBuilder x = new StringBuilder("<Req><Target>");
        Xml.tag(x, "OrderId", p.orderId()).append("<IsPointFix>true</IsPointFix>");
        x.append("</Target><Order><Ship>");
        Xml.tag(x, "ShipStatus", Integer.toString(p.shipStatus()));
        Xml.tag(x, "ShipCompanyCode", p.carrierCode());
        for (int i = 0; i < p.invoices().size(); i++) {
            Xml.tag(x, "ShipInvoiceNumber" + (i + 1), p.invoices().get(i));
        }
        Xml.tag(x, "ShipInvoiceNumberEmptyReason", p.emptyReason());
        Xml.tag(x, "ShipDate", p.shipDate() == null ? null : YMD.format(p.shipDate()));
        Xml.tag(x, "ArrivalDate", p.arrivalDate() == null ? null : YMD.format(p.arrivalDate()));
        Xml.tag(x, TIME_SLOT_FIELD, p.arrivalTime());
        x.append("</Ship></Order>");
        return Xml.tag(x, "SellerId", settings.sellerId()).append("</Req>").toString();
    }

    String statusRequest(Plan p) {
        StringBuilder x = new StringBuilder("<Req><Target>");
        Xml.tag(x, "OrderId", p.orderId()).append("<IsPointFix>true</IsPointFix>");
        x.append("</Target><Order>");
        Xml.tag(x, "OrderStatus", Integer.toString(p.orderStatus()));
        x.append("</Order>");
        return Xml.tag(x, "SellerId", settings.sellerId()).append("</Req>").toString();
    }
}
