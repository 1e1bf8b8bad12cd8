package io.orderhub.connector.shopify.internal;

import static io.orderhub.connector.shopify.ShopifyConstants.MALL_DATA_ORDER_ID;

import io.orderhub.connector.shopify.internal.dto.AddressDto;
import io.orderhub.connector.shopify.internal.dto.CustomerDto;
import io.orderhub.connector.shopify.internal.dto.FulfillmentDto;
import io.orderhub.connector.shopify.internal.dto.LineItemDto;
import io.orderhub.connector.shopify.internal.dto.OrderDto;
import io.orderhub.core.model.Address;
import io.orderhub.core.model.OrderLine;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.spi.MallOrder;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns Shopify's order JSON into orderhub's {@link MallOrder}. */
final class OrderMapper {

    /** ISO 3166-2:JP codes (Shopify's {@code province_code}) to the prefecture names operators use. */
    private static final String[] PREFECTURES = {"北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
            "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
            "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県",
            "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
            "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"};

    private static final Map<String, String> FINANCIAL = Map.of("pending", "未入金", "authorized", "与信済",
            "partially_paid", "一部入金", "paid", "入金済", "partially_refunded", "一部返金", "refunded", "返金済",
            "voided", "取消");

    private final ZoneId zone;
    private final CarrierNames carriers;

    OrderMapper(ZoneId zone, CarrierNames carriers) {
        this.zone = zone;
        this.carriers = carriers;
    }

    /** @throws IllegalArgumentException when the order lacks what every Shopify order has (name, created_at) */
    MallOrder map(OrderDto o) {
        Instant created = instant(o.createdAt(), "created_at");
        if (created == null) {
            throw new IllegalArgumentException("order " + o.id() + " has no created_at");
        }
        boolean cancelled = o.cancelledAt() != null;
        String fulfillment = o.fulfillmentStatus() == null ? "unfulfilled" : o.fulfillmentStatus();
        String mallStatus = cancelled ? "cancelled" : o.financialStatus() + "/" + fulfillment;
        List<OrderLine> lines = new ArrayList<>();
        if (o.lineItems() != null) {
            int no = 1;
            for (LineItemDto l : o.lineItems()) {
                String name = l.name() != null ? l.name() : l.title();
                lines.add(new OrderLine(no++, Long.toString(l.id()), l.sku(), name, l.quantity(), l.price()));
            }
        }
        Map<String, String> mallData = new HashMap<>();
        mallData.put(MALL_DATA_ORDER_ID, Long.toString(o.id()));
        if (o.financialStatus() != null) {
            mallData.put("shopify.financialStatus", o.financialStatus());
        }
        mallData.put("shopify.fulfillmentStatus", fulfillment);
        String payment = o.paymentGatewayNames() == null || o.paymentGatewayNames().isEmpty() ? null
                : String.join(", ", o.paymentGatewayNames());
        String paymentStatus = o.financialStatus() == null ? null
                : FINANCIAL.getOrDefault(o.financialStatus(), o.financialStatus());
        return new MallOrder(o.name() != null ? o.name() : "#" + o.id(), created,
                instant(o.updatedAt(), "updated_at"), mallStatus, cancelled, buyer(o), address(o.shippingAddress(), null),
                lines, payment, paymentStatus, o.totalPrice(), shipping(o.fulfillments()), mallData);
    }

    Instant instant(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not a time: " + text);
        }
    }

    private Address buyer(OrderDto o) {
        CustomerDto c = o.customer();
        String email = o.email() != null ? o.email() : c == null ? null : c.email();
        if (o.billingAddress() != null) {
            return address(o.billingAddress(), email);
        }
        if (c == null) {
            return email == null ? null : new Address(null, null, null, null, null, null, null, null, email);
        }
        return new Address(fullName(c.lastName(), c.firstName(), null), null, null, null, null, null, null,
                c.phone(), email);
    }

    private Address address(AddressDto a, String email) {
        if (a == null) {
            return null;
        }
        String address2 = a.address2();
        if (a.company() != null && !a.company().isBlank()) {
            address2 = address2 == null || address2.isBlank() ? a.company() : address2 + " " + a.company();
        }
        return new Address(fullName(a.lastName(), a.firstName(), a.name()), null, a.zip(), prefecture(a), a.city(),
                a.address1(), address2, a.phone(), email);
    }

    /** Japanese order: family name first. */
    private static String fullName(String last, String first, String fallback) {
        boolean hasLast = last != null && !last.isBlank();
        boolean hasFirst = first != null && !first.isBlank();
        if (hasLast && hasFirst) {
            return last.strip() + " " + first.strip();
        }
        if (hasLast || hasFirst) {
            return hasLast ? last.strip() : first.strip();
        }
        return fallback;
    }

    private static String prefecture(AddressDto a) {
        String code = a.provinceCode();
        if (code != null && (a.countryCode() == null || a.countryCode().equals("JP"))) {
            String digits = code.startsWith("JP-") ? code.substring(3) : code;
            try {
                int n = Integer.parseInt(digits);
                if (n >= 1 && n <= PREFECTURES.length) {
                    return PREFECTURES[n - 1];
                }
            } catch (NumberFormatException e) {
                // not a JIS code: keep Shopify's province text
            }
        }
        return a.province();
    }

    /** Tracking already on Shopify (shipped from Shopify's admin), so operators see it. */
    private Shipping shipping(List<FulfillmentDto> fulfillments) {
        if (fulfillments == null) {
            return null;
        }
        Set<String> numbers = new LinkedHashSet<>();
        String company = null;
        Instant shipped = null;
        for (FulfillmentDto f : fulfillments) {
            if ("cancelled".equals(f.status()) || "error".equals(f.status()) || "failure".equals(f.status())) {
                continue;
            }
            if (f.trackingNumbers() != null && !f.trackingNumbers().isEmpty()) {
                numbers.addAll(f.trackingNumbers());
            } else if (f.trackingNumber() != null) {
                numbers.add(f.trackingNumber());
            }
            company = company != null ? company : f.trackingCompany();
            Instant at = instant(f.createdAt(), "fulfillments.created_at");
            shipped = shipped == null || (at != null && at.isBefore(shipped)) ? at : shipped;
        }
        if (numbers.isEmpty() && shipped == null) {
            return null;
        }
        return new Shipping(shipped == null ? null : shipped.atZone(zone).toLocalDate(),
                company == null ? null : carriers.toCarrier(company), List.copyOf(numbers), null, null);
    }
}
