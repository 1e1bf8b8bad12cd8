package io.orderhub.connector.dshopping.internal;

import static io.orderhub.connector.dshopping.DShoppingConstants.MALL_DATA_STATUS;

import io.orderhub.connector.dshopping.internal.transport.Records.Item;
import io.orderhub.connector.dshopping.internal.transport.Records.OrderRecord;
import io.orderhub.connector.dshopping.internal.transport.Records.Party;
import io.orderhub.core.model.Address;
import io.orderhub.core.model.OrderLine;
import io.orderhub.core.spi.MallOrder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** dショッピング's order record → orderhub's {@link MallOrder}, whatever transport delivered it. */
final class OrderMapper {

    private static final Pattern PREFECTURE = Pattern.compile("^(東京都|北海道|(?:京都|大阪)府|\\S{2,3}?県)(.*)$");
    private static final Map<String, String> PAYMENT = Map.of("D_PAYMENT", "d払い", "CREDIT_CARD", "クレジットカード",
            "CASH_ON_DELIVERY", "代金引換", "CONVENIENCE_STORE", "コンビニ決済");

    /** @throws IllegalArgumentException naming the field when the record cannot be read */
    MallOrder map(OrderRecord r) {
        Instant ordered = instant(r.orderDate(), "orderDate");
        Instant updated = r.updatedAt() == null ? null : instant(r.updatedAt(), "updatedAt");
        List<OrderLine> lines = new ArrayList<>();
        if (r.items() != null) {
            int n = 0;
            for (Item i : r.items()) {
                n++;
                int lineNo = i.lineNo() != null ? i.lineNo() : n;
                String sku = i.skuCode() != null ? i.skuCode() : i.itemCode();
                // D4: dショッピング's API gives no product names. A line goes without one, and the core takes the
                // name from its product master (SKU → name) when it stores the order, or marks the line as not in
                // the master. An itemName the mall does send is kept.
                String name = i.itemName() != null && !i.itemName().isBlank() ? i.itemName() : null;
                lines.add(new OrderLine(lineNo, Integer.toString(lineNo), sku, name,
                        i.quantity() == null ? 0 : i.quantity(),
                        i.unitPrice() == null ? null : BigDecimal.valueOf(i.unitPrice())));
            }
        }
        String payment = r.paymentMethod() == null ? null : PAYMENT.getOrDefault(r.paymentMethod(), r.paymentMethod());
        return new MallOrder(r.orderNo(), ordered, updated, r.statusName() != null ? r.statusName() : r.status(),
                "CANCELED".equals(r.status()), address(r.orderer()), address(r.shipTo()), lines, payment, null,
                r.totalAmount() == null ? null : BigDecimal.valueOf(r.totalAmount()), null,
                r.status() == null ? Map.of() : Map.of(MALL_DATA_STATUS, r.status()));
    }

    /** D4: the buyer's e-mail is masked by the mall and never usable, so it is not kept. */
    private static Address address(Party p) {
        if (p == null) {
            return null;
        }
        String prefecture = null;
        String rest = p.address();
        if (rest != null) {
            Matcher m = PREFECTURE.matcher(rest.strip());
            if (m.matches()) {
                prefecture = m.group(1);
                rest = m.group(2);
            }
        }
        return new Address(p.name(), p.nameKana(), zip(p.zip()), prefecture, null, rest, null, p.tel(), null);
    }

    private static String zip(String zip) {
        return zip != null && zip.matches("\\d{7}") ? zip.substring(0, 3) + "-" + zip.substring(3) : zip;
    }

    private static Instant instant(String text, String field) {
        if (text == null) {
            throw new IllegalArgumentException(field + " がありません");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " の形式が正しくありません: " + text);
        }
    }
}
