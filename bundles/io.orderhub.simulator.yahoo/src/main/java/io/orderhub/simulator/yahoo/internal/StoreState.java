package io.orderhub.simulator.yahoo.internal;

import io.orderhub.simulator.yahoo.SimulatedItem;
import io.orderhub.simulator.yahoo.SimulatedOrder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The fake store's orders. Orders are immutable snapshots, replaced whole on every change. */
public final class StoreState {

    private static final String[][] PEOPLE = {
        {"山田", "太郎", "1000001", "東京都", "千代田区", "千代田1-1"},
        {"佐藤", "花子", "5300001", "大阪府", "大阪市北区", "梅田3-1-1"},
        {"鈴木", "一郎", "4600008", "愛知県", "名古屋市中区", "栄2-2-2"},
        {"高橋", "美咲", "0600001", "北海道", "札幌市中央区", "北一条西4-4"},
        {"田中", "健", "8120011", "福岡県", "福岡市博多区", "博多駅前1-1"},
    };
    private static final String[][] ITEMS = {
        {"tea-001", "静岡煎茶 100g", "1080"}, {"cup-002", "有田焼 湯呑み", "2750"},
        {"towel-003", "今治タオル 2枚組", "1980"}, {"soap-004", "無添加石けん", "550"},
    };

    private final String sellerId;
    private final Clock clock;
    private final Map<String, SimulatedOrder> orders = new LinkedHashMap<>();
    private final Map<String, Instant> lastShipChange = new LinkedHashMap<>();
    private int nextNumber = 10000001;

    public StoreState(String sellerId, Clock clock) {
        this.sellerId = sellerId;
        this.clock = clock;
    }

    public String sellerId() {
        return sellerId;
    }

    /**
     * Deterministic sample orders over the last 10 days: most 処理中 (paid or not), some 保留, one in ten
     * キャンセル and one in ten already 完了/出荷済み.
     */
    public synchronized List<SimulatedOrder> seed(int count) {
        Instant now = clock.instant();
        List<SimulatedOrder> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] p = PEOPLE[i % PEOPLE.length];
            String[] item = ITEMS[i % ITEMS.length];
            Instant placed = now.minus(Duration.ofMinutes(30L + (long) i * 10 * 24 * 60 / Math.max(count, 1)));
            int orderStatus = i % 10 == 9 ? 4 : i % 10 == 8 ? 5 : i % 7 == 3 ? 3 : 2;
            int pay = i % 4 == 1 ? 0 : 1;
            int ship = orderStatus == 5 ? 3 : pay == 0 ? 0 : 1;
            List<SimulatedItem> items = new ArrayList<>();
            items.add(new SimulatedItem(1, item[0], item[0] + "-std", item[1], Long.parseLong(item[2]), 1 + i % 3));
            if (i % 3 == 0) {
                String[] extra = ITEMS[(i + 1) % ITEMS.length];
                items.add(new SimulatedItem(2, extra[0], "", extra[1], Long.parseLong(extra[2]), 1));
            }
            SimulatedOrder o = new SimulatedOrder(sellerId + "-" + nextNumber++, placed, placed, orderStatus, ship, pay,
                    orderStatus == 5 ? "1001" : null, orderStatus == 5 ? "1234-5678-9012" : null, null,
                    orderStatus == 5 ? LocalDate.ofInstant(placed, java.time.ZoneId.of("Asia/Tokyo")) : null, null,
                    p[0], p[1], p[2], p[3], p[4], p[5], null, "03-1234-" + String.format("%04d", i % 10000),
                    "buyer" + i + "@example.jp", pay == 0 ? "銀行振込" : "クレジットカード決済", items);
            orders.put(o.orderId(), o);
            added.add(o);
        }
        return added;
    }

    /** Adds an order; an order id of null gets the next number. */
    public synchronized SimulatedOrder add(SimulatedOrder order) {
        SimulatedOrder o = order;
        if (o.orderId() == null) {
            o = new SimulatedOrder(sellerId + "-" + nextNumber++, o.orderTime(), o.lastUpdateTime(), o.orderStatus(),
                    o.shipStatus(), o.payStatus(), o.shipCompanyCode(), o.shipInvoiceNumber1(),
                    o.shipInvoiceNumberEmptyReason(), o.shipDate(), o.arrivalDate(), o.lastName(), o.firstName(),
                    o.zipCode(), o.prefecture(), o.city(), o.address1(), o.address2(), o.phone(), o.email(),
                    o.payMethodName(), o.items(), o.publicationTime());
        }
        orders.put(o.orderId(), o);
        return o;
    }

    public synchronized SimulatedOrder get(String orderId) {
        return orders.get(orderId);
    }

    public synchronized List<SimulatedOrder> all() {
        return List.copyOf(orders.values());
    }

    /**
     * Orders placed in [from, to] and published in [pubFrom, pubTo] (null bounds are open), already published at
     * {@code now}, optionally only the given statuses, sorted by order time.
     */
    public synchronized List<SimulatedOrder> search(Instant from, Instant to, Instant pubFrom, Instant pubTo,
                                                    Instant now, List<Integer> statuses, boolean descending) {
        Comparator<SimulatedOrder> byTime = Comparator.comparing(SimulatedOrder::orderTime)
                .thenComparing(SimulatedOrder::orderId);
        return orders.values().stream()
                .filter(o -> from == null || !o.orderTime().isBefore(from))
                .filter(o -> to == null || !o.orderTime().isAfter(to))
                .filter(o -> !o.publicationTime().isAfter(now))
                .filter(o -> pubFrom == null || !o.publicationTime().isBefore(pubFrom))
                .filter(o -> pubTo == null || !o.publicationTime().isAfter(pubTo))
                .filter(o -> statuses.isEmpty() || statuses.contains(o.orderStatus()))
                .sorted(descending ? byTime.reversed() : byTime)
                .toList();
    }

    public synchronized SimulatedOrder update(String orderId, UnaryOperator<SimulatedOrder> change) {
        SimulatedOrder o = orders.get(orderId);
        if (o == null) {
            return null;
        }
        SimulatedOrder changed = change.apply(o);
        orders.put(orderId, changed);
        return changed;
    }

    public synchronized void shipStatusChanged(String orderId, Instant at) {
        lastShipChange.put(orderId, at);
    }

    public synchronized Instant lastShipChange(String orderId) {
        return lastShipChange.get(orderId);
    }
}
