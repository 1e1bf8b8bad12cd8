package io.orderhub.rest.internal.fake;

import io.orderhub.core.model.Address;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderChange;
import io.orderhub.core.model.OrderLine;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.service.Job;
import io.orderhub.core.spi.AccountSetting;
import io.orderhub.core.spi.MallCapability;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In-memory state behind the fake core services: one Shopify-like mall, one account with a secret, a few
 * orders, jobs. {@link #writes} counts every change so tests can prove that a refused request changed nothing.
 */
public final class FakeBackend {

    public static final String MALL = "shopify";
    public static final String ACCOUNT = "demo-shopify";
    public static final String SECRET_KEY = ".accessToken";
    public static final String SECRET_VALUE = "shpat_S3CR3T_never_shown_4711";
    public static final Instant NOW = Instant.parse("2025-04-10T03:00:00Z");

    public static final List<AccountSetting> SETTINGS = List.of(
            AccountSetting.url("shopDomain", "ショップドメイン", "Shop domain", true, null),
            AccountSetting.secret(SECRET_KEY, "アクセストークン", "Access token"),
            AccountSetting.integer("daysToFetch", "取得日数", "Days to fetch", 3, 1, 10),
            AccountSetting.choice("exportStatuses", "出荷対象", "Export statuses", "DONE_ONLY",
                    List.of("DONE_ONLY", "ALL_BUT_NEW_AND_CANCELLED")),
            AccountSetting.bool("autoImport", "自動取込", "Automatic import", false),
            AccountSetting.bool("autoExport", "自動書き出し", "Automatic export", false),
            AccountSetting.integer("scheduleMinutes", "自動実行の間隔（分）", "Minutes between runs", 30, 1, 1440),
            AccountSetting.bool("exportOnChange", "変更時に書き出し", "Export on change", false));
    public static final Set<MallCapability> CAPABILITIES =
            EnumSet.of(MallCapability.IMPORT_BY_DATE_RANGE, MallCapability.EXPORT_SHIPPING);

    public final Map<String, Map<String, Object>> accounts = new LinkedHashMap<>();
    public final Map<String, String> accountNames = new LinkedHashMap<>();
    public final Map<Long, Order> orders = new LinkedHashMap<>();
    public final Map<Long, List<OrderChange>> history = new LinkedHashMap<>();
    public final List<OrderStatus> statuses = new ArrayList<>();
    public final Map<String, Job> jobs = new LinkedHashMap<>();
    /** The account's own status mapping rows and conversion rows (see FakeExportRulesService). */
    public final Map<String, io.orderhub.core.spi.StatusRule> statusRules = new LinkedHashMap<>();
    public final Map<String, io.orderhub.core.spi.MallCarrier> carriers = new LinkedHashMap<>();
    public final AtomicInteger writes = new AtomicInteger();
    /** Exports stay RUNNING instead of finishing at once (a run longer than a foreground wait). */
    public volatile boolean exportsKeepRunning;
    public final AtomicInteger jobCounter = new AtomicInteger();

    public FakeBackend() {
        reset();
    }

    /** Whether the fake core sees the API option (the switches need it). */
    public volatile boolean apiOptionInstalled;

    public synchronized void reset() {
        apiOptionInstalled = false;
        accounts.clear();
        accountNames.clear();
        orders.clear();
        history.clear();
        statuses.clear();
        jobs.clear();
        statusRules.clear();
        carriers.clear();
        writes.set(0);
        exportsKeepRunning = false;
        jobCounter.set(0);
        statuses.addAll(OrderStatus.BUILT_IN);
        statuses.add(new OrderStatus("BACKORDER", "取り寄せ中", false));

        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("shopDomain", "demo.myshopify.com");
        settings.put(SECRET_KEY, SECRET_VALUE);
        settings.put("daysToFetch", 3);
        accounts.put(ACCOUNT, settings);
        accountNames.put(ACCOUNT, "デモショップ");

        addOrder(order(1001, "#1001", OrderStatus.NEW.code(), Shipping.NONE, null));
        addOrder(order(1002, "#1002", OrderStatus.DONE.code(),
                new Shipping(LocalDate.parse("2025-04-09"), "ヤマト運輸", List.of("1234-5678-9012"), null, null),
                NOW.minusSeconds(3600)));
        addOrder(order(1003, "#1003", OrderStatus.AWAITING_SHIPMENT.code(), Shipping.NONE, null));
    }

    private void addOrder(Order o) {
        orders.put(o.id(), o);
        history.put(o.id(), new ArrayList<>(List.of(new OrderChange(o.importedAt(), "system", "IMPORTED", "imported"))));
    }

    private static Order order(long id, String number, String status, Shipping shipping, Instant lastUpdated) {
        return new Order(id, ACCOUNT, MALL, number, Instant.parse("2025-04-08T01:00:00Z"),
                new Address("山田 太郎", "ヤマダ タロウ", "100-0001", "東京都", "千代田区", "千代田1-1", null,
                        "03-0000-0000", "taro@example.com"),
                Address.ofName("山田 花子"),
                List.of(new OrderLine(1, "li-" + id, "SKU-1", "緑茶 100g", 2, new BigDecimal("1200"))),
                "credit_card", "paid", new BigDecimal("2400"), "paid/unfulfilled", status, shipping, lastUpdated,
                Instant.parse("2025-04-08T02:00:00Z"), Instant.parse("2025-04-08T01:30:00Z"), 1,
                Map.of("shopifyOrderId", "55501" + id));
    }

    public String newJobId() {
        return "job-" + jobCounter.incrementAndGet();
    }
}
