package io.orderhub.simulator.shopserve.internal;

import io.orderhub.simulator.shopserve.SimulatedDelivery;
import io.orderhub.simulator.shopserve.SimulatedOrder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The shop's orders, in memory. Every method is synchronized: the handler and tests share it. */
public final class ShopState {

    /** Order numbers start with the order date: digits only, as Shopserve's are (no zone offset). */
    private static final DateTimeFormatter ORDER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** Mutable order as the shop holds it. */
    public static final class Order {
        public String orderNo;
        public Instant orderDate;
        public Instant updateDate;
        public String orderStatus = "新規受付";
        public String confirmStatus = "未確認";
        public String paymentStatus = "未入金";
        public String shippingStatus = "未発送";
        public String paymentMethod = "クレジットカード";
        public long totalPrice;
        public Person orderer;
        public final List<Delivery> deliveries = new ArrayList<>();

        SimulatedOrder snapshot() {
            return new SimulatedOrder(orderNo, orderDate, updateDate, orderStatus, shippingStatus, paymentStatus,
                    deliveries.stream().map(Delivery::snapshot).toList());
        }
    }

    public record Person(String name, String zip, String address, String tel) {
    }

    public record Item(String itemCode, String itemName, int quantity, long price) {
    }

    /** Mutable destination of an order. */
    public static final class Delivery {
        public int deliveryNo;
        public Person to;
        public String deliveryCompany;
        public String slipNumber = "";
        public LocalDate scheduledShipDate;
        public LocalDate shipDate;
        public LocalDate arrivalDate;
        public final List<Item> items = new ArrayList<>();

        SimulatedDelivery snapshot() {
            return new SimulatedDelivery(deliveryNo, to.name(), deliveryCompany, slipNumber, scheduledShipDate,
                    shipDate, arrivalDate);
        }
    }

    private static final String[] NAMES = {"山田 太郎", "佐藤 花子", "鈴木 一郎", "高橋 美咲", "田中 健", "伊藤 由美"};
    private static final String[] ADDRESSES = {"東京都千代田区丸の内1-1-1", "大阪府大阪市北区梅田2-2-2",
            "北海道札幌市中央区北1条西3-3", "福岡県福岡市博多区博多駅前4-4-4", "愛知県名古屋市中村区名駅5-5"};
    private static final String[] STATUSES = {"新規受付", "新規受付", "処理中", "処理中", "保留", "キャンセル"};

    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private int seeded;

    public ShopState(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return zone;
    }

    /** Deterministic sample orders over the last 10 days, Japanese buyers, a few on hold or cancelled. */
    public synchronized List<SimulatedOrder> seed(int count, String carrier) {
        List<SimulatedOrder> added = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < count; i++) {
            int k = seeded++;
            Instant orderDate = now.minus(Duration.ofMinutes(10L + (k * 97L) % (10 * 24 * 60)));
            String no = ORDER_DATE.format(orderDate.atZone(zone)) + String.format("%04d", 9000 - k % 9000);
            while (orders.containsKey(no)) {
                no = no + "1";
            }
            Order o = newOrder(no, orderDate, STATUSES[k % STATUSES.length], carrier);
            o.deliveries.get(0).items.add(new Item("ITEM-" + (k % 7 + 1), "サンプル商品" + (k % 7 + 1), 1 + k % 3, 1100L * (1 + k % 5)));
            o.totalPrice = o.deliveries.get(0).items.stream().mapToLong(it -> it.price() * it.quantity()).sum();
            orders.put(no, o);
            added.add(o.snapshot());
        }
        return added;
    }

    public synchronized SimulatedOrder add(String orderNo, Instant orderDate, String orderStatus, String carrier) {
        if (orders.containsKey(orderNo)) {
            throw new IllegalArgumentException("orderNo: already exists: " + orderNo);
        }
        Order o = newOrder(orderNo, orderDate, orderStatus, carrier);
        o.deliveries.get(0).items.add(new Item("ABC-1", "商品A", 1, 3000));
        o.totalPrice = 3300;
        orders.put(orderNo, o);
        return o.snapshot();
    }

    private Order newOrder(String no, Instant orderDate, String status, String carrier) {
        int h = Math.abs(no.hashCode());
        Order o = new Order();
        o.orderNo = no;
        // Shopserve's times are whole seconds; search windows rely on that
        o.orderDate = orderDate.truncatedTo(ChronoUnit.SECONDS);
        o.updateDate = o.orderDate;
        o.orderStatus = status;
        o.orderer = new Person(NAMES[h % NAMES.length], "100-0001", ADDRESSES[h % ADDRESSES.length], "03-1234-5678");
        Delivery d = new Delivery();
        d.deliveryNo = 1;
        d.to = new Person(NAMES[(h + 1) % NAMES.length], "150-0001", ADDRESSES[(h + 1) % ADDRESSES.length],
                "03-8765-4321");
        d.deliveryCompany = carrier;
        o.deliveries.add(d);
        return o;
    }

    public synchronized List<SimulatedOrder> orders() {
        return orders.values().stream().map(Order::snapshot).toList();
    }

    public synchronized SimulatedOrder snapshot(String orderNo) {
        Order o = orders.get(orderNo);
        return o == null ? null : o.snapshot();
    }

    /** Orders the filter selects, sorted by order date (then number), for one search. */
    public synchronized List<Order> search(Predicate<Order> filter, boolean descending) {
        Comparator<Order> c = Comparator.comparing((Order o) -> o.orderDate).thenComparing(o -> o.orderNo);
        return orders.values().stream().filter(filter).sorted(descending ? c.reversed() : c).toList();
    }

    /** Runs a read or change of one order under the lock; null when unknown. */
    public synchronized <T> T withOrder(String orderNo, java.util.function.Function<Order, T> action) {
        Order o = orders.get(orderNo);
        return o == null ? null : action.apply(o);
    }
}
