package io.orderhub.connector.shopify.internal;

import static io.orderhub.connector.shopify.ShopifyConstants.*;

import io.orderhub.connector.shopify.internal.client.ShopifyClient;
import io.orderhub.connector.shopify.internal.config.ShopifyAccountSettings;
import io.orderhub.connector.shopify.internal.dto.FulfillmentCreateDto;
import io.orderhub.connector.shopify.internal.dto.FulfillmentDto;
import io.orderhub.connector.shopify.internal.dto.FulfillmentOrderDto;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.spi.ExportCheck;
import io.orderhub.core.spi.ExportContext;
import io.orderhub.core.spi.MallCarrier;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallException.Kind;
import io.orderhub.core.spi.OrderResultItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * SH2–SH4: which orders go to Shopify and how. An order is fulfilled by one fulfillment per location of its
 * open fulfillment orders, carrying the tracking number and company.
 *
 * <p>Several tracking numbers: a REST fulfillment holds one number. With {@code FIRST_ONLY} (default) the first
 * number is sent, so Shopify links it to the carrier's tracking page, and the others are listed in the
 * preview and the result as not sent. With {@code JOINED} all numbers go as one free text
 * ({@code "111, 222"}) — the buyer sees every number, but Shopify's carrier link does not work for it.
 * Splitting the items over several fulfillments was rejected: nothing says which parcel holds which item.
 */
final class ShopifyExporter {

    static final String FIELD_NUMBER = "tracking_info.number";
    static final String FIELD_COMPANY = "tracking_info.company";
    static final String FIELD_NOTIFY = "notify_customer";
    static final String FIELD_NOT_SENT = "未送信の追跡番号";
    static final String FIELD_FULFILLMENT_ID = "fulfillment.id";
    static final String CALL_FULFILLMENT_ORDERS = "GET fulfillment_orders.json";
    static final String CALL_CREATE = "POST fulfillments.json";
    private static final int CREATE_ATTEMPTS = 3;

    private final ShopifyAccountSettings settings;
    private final CarrierNames carriers;

    ShopifyExporter(ShopifyAccountSettings settings, CarrierNames carriers) {
        this.settings = settings;
        this.carriers = carriers;
    }

    /**
     * SH2–SH4 for one order. The status mapping (SH2) and the carrier table (C2) are the account's, from the
     * context; whether the status is enabled is the engine's rule, checked here only when the engine gave no
     * mapping (a caller without the core).
     */
    ExportCheck check(Order order, ExportContext context) {
        List<String> reasons = new ArrayList<>();
        if (order.mallId() != null && !MALL_ID.equals(order.mallId())) {
            reasons.add("Shopifyの注文ではありません（モール: " + order.mallId() + "）");
        }
        String status = order.status();
        if (status == null) {
            reasons.add("ステータスがありません");
        } else if (context.statusMapping() == null
                && !ShopifyConnector.model(settings.exportOption()).defaultRule(status).enabled()) {
            reasons.add(EXPORT_DONE_ONLY.equals(settings.exportOption())
                    ? "ステータスが「処理済」ではありません（現在: " + label(status) + "）。API書出は「処理済のみ」の設定です"
                    : "ステータスが「" + label(status) + "」の注文は書き出しません");
        }
        if (order.shipping().shipDate() == null) {
            reasons.add("出荷日が未入力です");
        }
        if (trackingNumbers(order).isEmpty()) {
            reasons.add("追跡番号が未入力です");
        }
        if (shopifyOrderId(order) == null) {
            reasons.add("Shopifyの注文IDがありません。注文を取込み直してください");
        }
        return reasons.isEmpty() ? ExportCheck.target(fields(order, context)) : ExportCheck.excluded(reasons);
    }

    private static String label(String code) {
        OrderStatus s = OrderStatus.builtIn(code);
        return s != null ? s.label() : String.valueOf(code);
    }

    /** What will be sent, by Shopify's field names, in send order. */
    private Map<String, String> fields(Order order, ExportContext context) {
        List<String> numbers = trackingNumbers(order);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(FIELD_NUMBER, number(numbers));
        // a carrier the account's table gives no name is left out by the engine (C2); here it is simply not sent
        String company = context.conversionsOr(carriers.defaults()).carrier(order.shipping().carrier())
                .map(MallCarrier::code).orElse(null);
        if (company != null) {
            fields.put(FIELD_COMPANY, company);
        }
        fields.put(FIELD_NOTIFY, Boolean.toString(settings.notifyCustomer()));
        if (TRACKING_FIRST_ONLY.equals(settings.trackingNumbers()) && numbers.size() > 1) {
            fields.put(FIELD_NOT_SENT, String.join(", ", numbers.subList(1, numbers.size())));
        }
        return fields;
    }

    private String number(List<String> numbers) {
        return TRACKING_JOINED.equals(settings.trackingNumbers()) ? String.join(", ", numbers) : numbers.get(0);
    }

    /** As typed (SH4: 定形外郵便 is a valid "number"), without blanks and repeats. */
    private static List<String> trackingNumbers(Order order) {
        Set<String> numbers = new LinkedHashSet<>();
        for (String n : order.shipping().trackingNumbers()) {
            if (n != null && !n.isBlank()) {
                numbers.add(n.strip());
            }
        }
        return List.copyOf(numbers);
    }

    private static Long shopifyOrderId(Order order) {
        String id = order.mallData().get(MALL_DATA_ORDER_ID);
        try {
            return id == null ? null : Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * One result per order. A rejected credential before anything was sent is thrown; after that it fails the
     * remaining orders with the same message.
     */
    List<OrderResultItem> export(List<Order> orders, ExportContext context, ShopifyClient client) throws MallException {
        List<OrderResultItem> results = new ArrayList<>();
        MallException fatal = null;
        for (Order order : orders) {
            String number = order.mallOrderNumber();
            if (fatal != null) {
                results.add(OrderResultItem.failed(number, fatal.getMessage(), null));
                continue;
            }
            ExportCheck check = check(order, context);
            if (!check.isTarget()) {
                results.add(OrderResultItem.skipped(number, String.join(" / ", check.reasons())));
                continue;
            }
            Step step = new Step();
            try {
                results.add(exportOne(order, check.fields(), client, step));
            } catch (MallException e) {
                if (e.kind() == Kind.CREDENTIAL_REJECTED) {
                    if (results.stream().noneMatch(r -> r.outcome() == OrderResultItem.Outcome.SENT)) {
                        throw e;
                    }
                    fatal = e;
                }
                results.add(OrderResultItem.failed(number, e.getMessage(), step.call));
            }
        }
        return results;
    }

    /** Which call an order's export is in, for the failure record. */
    private static final class Step {
        String call = CALL_FULFILLMENT_ORDERS;
    }

    private OrderResultItem exportOne(Order order, Map<String, String> fields, ShopifyClient client, Step step)
            throws MallException {
        long orderId = shopifyOrderId(order);
        List<FulfillmentOrderDto> all = client.fulfillmentOrders(orderId);
        List<FulfillmentOrderDto> open = all.stream().filter(FulfillmentOrderDto::isFulfillable).toList();
        if (open.isEmpty()) {
            if (all.stream().anyMatch(fo -> "on_hold".equalsIgnoreCase(fo.status()))) {
                return OrderResultItem.failed(order.mallOrderNumber(),
                        "Shopify側でフルフィルメントが保留中（on_hold）です。Shopifyで保留を解除してください", step.call);
            }
            FulfillmentDto earlier = all.isEmpty() ? null : fulfillmentWithNumber(client, orderId, fields.get(FIELD_NUMBER));
            if (earlier != null) {
                // an earlier send whose answer or record was lost (a crash, a timeout): the mall has exactly this
                Map<String, String> sent = new LinkedHashMap<>(fields);
                sent.put(FIELD_FULFILLMENT_ID, Long.toString(earlier.id()));
                return new OrderResultItem(order.mallOrderNumber(), OrderResultItem.Outcome.SENT,
                        "Shopifyには同じ追跡番号のフルフィルメントが既にあります（再送していません）", null, sent);
            }
            return OrderResultItem.skipped(order.mallOrderNumber(), all.isEmpty()
                    ? "Shopifyに発送できるフルフィルメントオーダーがありません"
                    : "Shopify側で発送済みまたはキャンセル済みです（未発送のフルフィルメントオーダーがありません）");
        }
        Map<Long, List<FulfillmentOrderDto>> byLocation = new LinkedHashMap<>();
        open.forEach(fo -> byLocation.computeIfAbsent(fo.assignedLocationId() == null ? -1L : fo.assignedLocationId(),
                k -> new ArrayList<>()).add(fo));
        FulfillmentCreateDto.TrackingInfo tracking = new FulfillmentCreateDto.TrackingInfo(fields.get(FIELD_NUMBER),
                fields.get(FIELD_COMPANY));
        List<String> created = new ArrayList<>();
        for (List<FulfillmentOrderDto> group : byLocation.values()) {
            FulfillmentCreateDto body = new FulfillmentCreateDto(new FulfillmentCreateDto.Fulfillment(
                    group.stream().map(fo -> new FulfillmentCreateDto.ByFulfillmentOrder(fo.id())).toList(),
                    tracking, settings.notifyCustomer()));
            step.call = CALL_CREATE;
            try {
                created.add(Long.toString(create(client, orderId, group, body).id()));
            } catch (MallException e) {
                if (created.isEmpty()) {
                    throw e;
                }
                throw new MallException(e.kind(), e.mallCode(), e.getMessage() + "（一部の出荷元は送信済み: fulfillment "
                        + String.join(", ", created) + "）", e.retryAfter(), e);
            }
        }
        Map<String, String> sent = new LinkedHashMap<>(fields);
        sent.put(FIELD_FULFILLMENT_ID, String.join(", ", created));
        return OrderResultItem.sent(order.mallOrderNumber(), sent);
    }

    /**
     * Creates one fulfillment. After a 5xx, a timeout or an unreadable answer Shopify may or may not have
     * created it, so the fulfillment orders are read again: still open means try again, closed means the
     * earlier attempt went through — never fulfil twice.
     */
    private FulfillmentDto create(ShopifyClient client, long orderId, List<FulfillmentOrderDto> group,
                                  FulfillmentCreateDto body) throws MallException {
        for (int attempt = 1; ; attempt++) {
            try {
                return client.createFulfillment(body);
            } catch (MallException e) {
                if (e.kind() != Kind.UNAVAILABLE && e.kind() != Kind.MALFORMED_RESPONSE) {
                    throw e;
                }
                Set<Long> ids = new LinkedHashSet<>(group.stream().map(FulfillmentOrderDto::id).toList());
                boolean stillOpen = client.fulfillmentOrders(orderId).stream()
                        .filter(fo -> ids.contains(fo.id())).allMatch(FulfillmentOrderDto::isFulfillable);
                if (!stillOpen) {
                    FulfillmentDto f = fulfillmentWithNumber(client, orderId, body.fulfillment().trackingInfo().number());
                    if (f != null) {
                        return f;
                    }
                    throw new MallException(Kind.REJECTED, null, e.getMessage()
                            + "（その後Shopify側で発送済みになりましたが、この追跡番号のフルフィルメントは見つかりません）", null, e);
                }
                if (attempt >= CREATE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The newest fulfillment of the order that carries this tracking number and is not cancelled, or null. */
    private static FulfillmentDto fulfillmentWithNumber(ShopifyClient client, long orderId, String number)
            throws MallException {
        List<FulfillmentDto> existing = client.fulfillments(orderId);
        for (int i = existing.size() - 1; i >= 0; i--) {
            FulfillmentDto f = existing.get(i);
            if (Objects.equals(f.trackingNumber(), number)
                    && !"cancelled".equals(String.valueOf(f.status()).toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
