package io.orderhub.core.internal.store.jdbc;

import io.orderhub.core.internal.store.JobTarget;
import io.orderhub.core.internal.store.TargetOutcome;
import io.orderhub.core.internal.store.OrderStore.ImportEffect;
import io.orderhub.core.internal.store.OrderStore.ImportOutcome;
import io.orderhub.core.model.Address;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderChange;
import io.orderhub.core.model.OrderLine;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;
import io.orderhub.core.service.OrderPage;
import io.orderhub.core.service.OrderQuery;
import io.orderhub.core.service.OrderUpdate;
import io.orderhub.core.spi.MallOrder;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of {@link io.orderhub.core.internal.store.OrderStore} and
 * {@link io.orderhub.core.internal.store.JobStore} as {@link JdbcStore} implements it, run once per
 * database. Every test gets an empty database of its own and runs in a non-UTC default time zone.
 */
public abstract class JdbcStoreContractTest {

    protected static final String ACCOUNT = "shop-a";
    protected static final String OTHER_ACCOUNT = "shop-b";
    protected static final String MALL = "shopify";
    /** Asia/Tokyo is where the shops are; the store must not care. */
    private static final TimeZone SUITE_ZONE = TimeZone.getTimeZone("Asia/Tokyo");
    protected static final Instant NOW = Instant.parse("2025-03-10T03:04:05.123456Z");
    private static final Instant SENT_AT = Instant.parse("2025-03-10T09:00:00.000001Z");

    private TimeZone savedZone;
    private final List<TestPool> pools = new ArrayList<>();
    protected TestPool pool;
    protected JdbcStore store;

    /** An empty database (or schema) of its own; each call gives another one. */
    protected abstract DataSource newDatabase() throws Exception;

    /** Drops every database {@link #newDatabase()} gave. */
    protected abstract void dropDatabases() throws Exception;

    protected abstract Dialect expectedDialect();

    @Before
    public void setUp() throws Exception {
        savedZone = TimeZone.getDefault();
        TimeZone.setDefault(SUITE_ZONE);
        pool = newPool();
        store = newStore(pool);
    }

    @After
    public void tearDown() throws Exception {
        try {
            for (TestPool p : pools) {
                p.close();
            }
            dropDatabases();
        } finally {
            TimeZone.setDefault(savedZone);
        }
    }

    private TestPool newPool() throws Exception {
        TestPool p = new TestPool(newDatabase());
        pools.add(p);
        return p;
    }

    protected static JdbcStore newStore(DataSource ds) {
        return new JdbcStore(ds, Clock.fixed(SENT_AT, ZoneOffset.UTC));
    }

    // ================================================================ schema

    @Test
    public void detectsTheDialectAndAppliesEveryMigration() throws Exception {
        assertThat(store.dialect()).isEqualTo(expectedDialect());
        assertThat(versions(pool)).containsExactlyElementsOf(allVersions());
    }

    @Test
    public void migrationsAreIdempotentWhenTheStoreStartsAgain() throws Exception {
        long id = importOrder(sample("1001")).orderId();

        JdbcStore restarted = newStore(pool);
        JdbcStore restartedAgain = newStore(pool);

        assertThat(versions(pool)).containsExactlyElementsOf(allVersions());
        assertThat(new SchemaMigrator(new Database(pool), expectedDialect()).migrate()).as("nothing left to apply")
                .isEmpty();
        assertThat(restarted.find(id)).isPresent();
        assertThat(restartedAgain.upsertImported(ACCOUNT, MALL, sample("1001"), "NEW", NOW).effect())
                .isEqualTo(ImportEffect.UNCHANGED);
    }

    @Test
    public void twoNodesStartingAtOnceMigrateTheSchemaOnce() throws Exception {
        TestPool fresh = newPool();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            Callable<JdbcStore> node = () -> {
                start.await(10, TimeUnit.SECONDS);
                return newStore(fresh);
            };
            Future<JdbcStore> first = executor.submit(node);
            Future<JdbcStore> second = executor.submit(node);
            JdbcStore a = first.get(60, TimeUnit.SECONDS);
            JdbcStore b = second.get(60, TimeUnit.SECONDS);

            assertThat(versions(fresh)).containsExactlyElementsOf(allVersions());
            assertThat(a.upsertImported(ACCOUNT, MALL, sample("1"), "NEW", NOW).effect()).isEqualTo(ImportEffect.CREATED);
            assertThat(b.upsertImported(ACCOUNT, MALL, sample("1"), "NEW", NOW).effect()).isEqualTo(ImportEffect.UNCHANGED);
        } finally {
            executor.shutdownNow();
        }
    }

    // ================================================================ import

    @Test
    public void importCreatesTheOrderWithEveryMallFieldInTheInitialStatus() throws Exception {
        MallOrder mall = sample("1001");

        ImportOutcome outcome = store.upsertImported(ACCOUNT, MALL, mall, "NEW", NOW);

        assertThat(outcome.effect()).isEqualTo(ImportEffect.CREATED);
        Order order = store.find(outcome.orderId()).orElseThrow();
        assertThat(order.id()).isEqualTo(outcome.orderId());
        assertThat(order.accountId()).isEqualTo(ACCOUNT);
        assertThat(order.mallId()).isEqualTo(MALL);
        assertThat(order.mallOrderNumber()).isEqualTo("1001");
        assertThat(order.orderedAt()).isEqualTo(mall.orderedAt());
        assertThat(order.mallUpdatedAt()).isEqualTo(mall.mallUpdatedAt());
        assertThat(order.importedAt()).isEqualTo(NOW);
        assertThat(order.lastUpdatedAt()).as("no operator change yet (F7)").isNull();
        assertThat(order.buyer()).isEqualTo(mall.buyer());
        assertThat(order.shipTo()).isEqualTo(mall.shipTo());
        assertThat(order.lines()).isEqualTo(mall.lines());
        assertThat(order.paymentMethod()).isEqualTo("クレジットカード");
        assertThat(order.paymentStatus()).isEqualTo("paid");
        assertThat(order.totalPrice()).isEqualTo(new BigDecimal("1100"));
        assertThat(order.mallStatus()).isEqualTo("unfulfilled");
        assertThat(order.status()).isEqualTo("NEW");
        assertThat(order.shipping()).isEqualTo(Shipping.NONE);
        assertThat(order.version()).isZero();
        assertThat(order.mallData()).isEqualTo(mall.mallData());
        assertThat(store.findByNumber(ACCOUNT, "1001")).contains(order);

        List<OrderChange> history = store.history(order.id());
        assertThat(history).hasSize(1);
        assertThat(history.get(0).kind()).isEqualTo("IMPORTED");
        assertThat(history.get(0).actor()).isEqualTo("system");
        assertThat(history.get(0).at()).isEqualTo(NOW);
        assertThat(history.get(0).detail()).contains("shopify").contains("新規受付");
    }

    @Test
    public void importKeepsAmountsAndAbsentPartsAsGiven() {
        MallOrder bare = new MallOrder("2001", NOW, null, null, false, null, null, List.of(), null, null,
                new BigDecimal("12.50"), null, Map.of());
        Order order = store.find(importOrder(bare).orderId()).orElseThrow();

        assertThat(order.totalPrice()).isEqualByComparingTo("12.5");
        assertThat(order.buyer()).isNull();
        assertThat(order.shipTo()).isNull();
        assertThat(order.lines()).isEmpty();
        assertThat(order.mallData()).isEmpty();
        assertThat(order.mallUpdatedAt()).isNull();
        assertThat(store.upsertImported(ACCOUNT, MALL, bare, "NEW", NOW).effect())
                .as("12.50 and 12.5 are the same amount").isEqualTo(ImportEffect.UNCHANGED);
    }

    @Test
    public void importStartsFromTheShippingDataTheMallAlreadyHolds() {
        Shipping onMall = new Shipping(LocalDate.of(2025, 3, 9), "ヤマト運輸", List.of("1234-5678-9012"), null, null);
        MallOrder mall = withShipping(sample("1001"), onMall);

        Order order = store.find(importOrder(mall).orderId()).orElseThrow();

        assertThat(order.shipping()).isEqualTo(onMall);
    }

    @Test
    public void reimportOfTheSameOrderIsUnchangedAndCreatesNoDuplicate() throws Exception {
        ImportOutcome first = importOrder(sample("1001"));
        ImportOutcome second = store.upsertImported(ACCOUNT, MALL, sample("1001"), "NEW", NOW.plusSeconds(60));

        assertThat(second).isEqualTo(new ImportOutcome(first.orderId(), ImportEffect.UNCHANGED));
        assertThat(count("SELECT COUNT(*) FROM orders")).isEqualTo(1);
        assertThat(store.history(first.orderId())).extracting(OrderChange::kind).containsExactly("IMPORTED");
    }

    @Test
    public void theSameNumberInAnotherAccountIsAnotherOrder() throws Exception {
        long a = importOrder(sample("1001")).orderId();
        ImportOutcome b = store.upsertImported(OTHER_ACCOUNT, MALL, sample("1001"), "NEW", NOW);

        assertThat(b.effect()).isEqualTo(ImportEffect.CREATED);
        assertThat(b.orderId()).isNotEqualTo(a);
        assertThat(count("SELECT COUNT(*) FROM orders")).isEqualTo(2);
    }

    @Test
    public void reimportUpdatesOnlyMallOwnedFieldsAndKeepsStatusShippingAndLastUpdate() {
        long id = importOrder(sample("1001")).orderId();
        Instant operatorAt = NOW.plusSeconds(3600);
        OrderUpdate operator = OrderUpdate.builder().status("AWAITING_SHIPMENT").shipDate(LocalDate.of(2025, 3, 11))
                .carrier("ヤマト運輸").trackingNumbers(List.of("1111-2222-3333")).build();
        Order before = store.applyUpdate(id, operator, "yamada", operatorAt).orElseThrow();

        Address newShipTo = new Address("佐藤 花子", "サトウ ハナコ", "530-0001", "大阪府", "大阪市北区", "梅田1-1", "201",
                "06-0000-0000", null);
        MallOrder changed = new MallOrder("1001", sample("1001").orderedAt(), NOW.plusSeconds(7200), "cancelled",
                true, sample("1001").buyer(), newShipTo,
                List.of(new OrderLine(1, "li-1", "SKU-1", "りんご", 3, new BigDecimal("500"))),
                "クレジットカード", "refunded", new BigDecimal("1600"),
                new Shipping(LocalDate.of(2025, 1, 1), "佐川急便", List.of("9999"), null, null),
                Map.of("shopifyOrderId", "5550001", "fulfillmentOrderId", "777"));

        ImportOutcome outcome = store.upsertImported(ACCOUNT, MALL, changed, "NEW", NOW.plusSeconds(7300));

        assertThat(outcome.orderId()).isEqualTo(id);
        assertThat(outcome.effect()).isEqualTo(ImportEffect.UPDATED);
        assertThat(outcome.newlyCancelled()).isTrue();
        assertThat(outcome.changes()).contains("モールでキャンセルされました", "配送先が変更されました");
        Order after = store.find(id).orElseThrow();
        assertThat(after.mallStatus()).isEqualTo("cancelled");
        assertThat(after.shipTo()).isEqualTo(newShipTo);
        assertThat(after.lines()).isEqualTo(changed.lines());
        assertThat(after.paymentStatus()).isEqualTo("refunded");
        assertThat(after.totalPrice()).isEqualByComparingTo("1600");
        assertThat(after.mallData()).isEqualTo(changed.mallData());
        assertThat(after.mallUpdatedAt()).isEqualTo(NOW.plusSeconds(7200));
        // what the operator entered stays
        assertThat(after.status()).isEqualTo("AWAITING_SHIPMENT");
        assertThat(after.shipping()).isEqualTo(before.shipping());
        assertThat(after.lastUpdatedAt()).isEqualTo(operatorAt);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.importedAt()).isEqualTo(NOW);

        OrderChange reimported = last(store.history(id));
        assertThat(reimported.kind()).isEqualTo("REIMPORTED");
        assertThat(reimported.actor()).isEqualTo("system");
        assertThat(reimported.detail()).contains("モールのステータス unfulfilled → cancelled",
                "モールでキャンセルされました", "入金状況 paid → refunded", "合計金額 1100 → 1600", "配送先が変更されました",
                "商品明細が変更されました", "モールの管理情報が変更されました");
        assertThat(reimported.detail()).doesNotContain("注文者");
    }

    @Test
    public void reimportWithOnlyANewMallUpdateTimeIsUnchangedButKeepsTheTime() {
        long id = importOrder(sample("1001")).orderId();
        MallOrder touched = withMallUpdatedAt(sample("1001"), NOW.plusSeconds(999));

        ImportOutcome outcome = store.upsertImported(ACCOUNT, MALL, touched, "NEW", NOW.plusSeconds(1000));

        assertThat(outcome.effect()).isEqualTo(ImportEffect.UNCHANGED);
        assertThat(store.find(id).orElseThrow().mallUpdatedAt()).isEqualTo(NOW.plusSeconds(999));
        assertThat(store.history(id)).hasSize(1);
    }

    @Test
    public void importRejectsAMissingAccountAndStoresNothing() throws Exception {
        assertThatThrownBy(() -> store.upsertImported(" ", MALL, sample("1"), "NEW", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountId");
        assertThat(count("SELECT COUNT(*) FROM orders")).isZero();
    }

    @Test
    public void concurrentReimportOfTheSame500OrdersFrom4ThreadsStoresEachOrderOnce() throws Exception {
        List<MallOrder> orders = IntStream.rangeClosed(1, 500).mapToObj(i -> sample("C" + i)).toList();
        int threads = 4;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        List<Future<List<ImportOutcome>>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                List<MallOrder> mine = new ArrayList<>(orders);
                if (t % 2 == 1) {
                    Collections.reverse(mine); // meet the others in the middle as well as head-on
                }
                futures.add(executor.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    List<ImportOutcome> outcomes = new ArrayList<>();
                    for (MallOrder o : mine) {
                        outcomes.add(store.upsertImported(ACCOUNT, MALL, o, "NEW", NOW));
                    }
                    return outcomes;
                }));
            }
            List<ImportOutcome> all = new ArrayList<>();
            for (Future<List<ImportOutcome>> f : futures) {
                all.addAll(f.get(120, TimeUnit.SECONDS)); // an exception in any thread fails here
            }

            assertThat(all).hasSize(2000);
            assertThat(count("SELECT COUNT(*) FROM orders WHERE account_id = ?", ACCOUNT)).isEqualTo(500);
            assertThat(count("SELECT COUNT(DISTINCT mall_order_number) FROM orders")).isEqualTo(500);
            assertThat(all.stream().filter(o -> o.effect() == ImportEffect.CREATED).count()).isEqualTo(500);
            assertThat(all.stream().filter(o -> o.effect() == ImportEffect.UNCHANGED).count()).isEqualTo(1500);
            assertThat(all.stream().map(ImportOutcome::orderId).collect(Collectors.toSet())).hasSize(500);
            assertThat(count("SELECT COUNT(*) FROM order_history WHERE kind = 'IMPORTED'")).isEqualTo(500);
        } finally {
            executor.shutdownNow();
        }
    }

    // ================================================================ operator changes (F7)

    @Test
    public void f7_aStatusMoveSetsLastUpdatedAtAndVersionAndIsInTheHistory() {
        long id = importOrder(sample("1001")).orderId();
        Instant at = NOW.plus(Duration.ofDays(2));

        Order moved = store.applyUpdate(id, OrderUpdate.builder().status("AWAITING_SHIPMENT").build(), "yamada", at)
                .orElseThrow();

        assertThat(moved.status()).isEqualTo("AWAITING_SHIPMENT");
        assertThat(moved.lastUpdatedAt()).isEqualTo(at);
        assertThat(moved.version()).isEqualTo(1);
        assertThat(store.find(id)).contains(moved);
        OrderChange change = last(store.history(id));
        assertThat(change).isEqualTo(new OrderChange(at, "yamada", "STATUS", "status 新規受付 → 発送待ち"));
    }

    @Test
    public void f7_shippingChangesSetLastUpdatedAtWithOneHistoryEntryPerField() {
        long id = importOrder(sample("1001")).orderId();
        Instant first = NOW.plusSeconds(60);
        OrderUpdate shipping = OrderUpdate.builder().shipDate(LocalDate.of(2025, 3, 11)).carrier("ヤマト運輸")
                .trackingNumbers(List.of("1111", "定形外郵便")).deliveryDate(LocalDate.of(2025, 3, 12))
                .deliveryTimeSlot("14-16").build();

        Order updated = store.applyUpdate(id, shipping, "yamada", first).orElseThrow();

        assertThat(updated.shipping()).isEqualTo(new Shipping(LocalDate.of(2025, 3, 11), "ヤマト運輸",
                List.of("1111", "定形外郵便"), LocalDate.of(2025, 3, 12), "14-16"));
        assertThat(updated.status()).isEqualTo("NEW");
        assertThat(updated.lastUpdatedAt()).isEqualTo(first);
        assertThat(updated.version()).isEqualTo(1);
        List<OrderChange> history = store.history(id);
        assertThat(history.subList(1, history.size())).extracting(OrderChange::kind).containsOnly("SHIPPING");
        assertThat(history.subList(1, history.size())).extracting(OrderChange::detail).containsExactly(
                "ship date 未設定 → 2025-03-11", "carrier 未設定 → ヤマト運輸", "tracking numbers 未設定 → 1111, 定形外郵便",
                "delivery date 未設定 → 2025-03-12", "delivery time slot 未設定 → 14-16");

        Instant second = NOW.plusSeconds(120);
        Order again = store.applyUpdate(id, OrderUpdate.builder().carrier("佐川急便").build(), "suzuki", second)
                .orElseThrow();

        assertThat(again.shipping()).isEqualTo(new Shipping(LocalDate.of(2025, 3, 11), "佐川急便",
                List.of("1111", "定形外郵便"), LocalDate.of(2025, 3, 12), "14-16"));
        assertThat(again.lastUpdatedAt()).isEqualTo(second);
        assertThat(again.version()).isEqualTo(2);
        assertThat(last(store.history(id)))
                .isEqualTo(new OrderChange(second, "suzuki", "SHIPPING", "carrier ヤマト運輸 → 佐川急便"));
    }

    @Test
    public void anUpdateThatChangesNothingLeavesTheOrderAndHistoryAlone() {
        long id = importOrder(sample("1001")).orderId();
        Order before = store.find(id).orElseThrow();

        Order after = store.applyUpdate(id, OrderUpdate.builder().status("NEW").trackingNumbers(List.of()).build(),
                "yamada", NOW.plusSeconds(60)).orElseThrow();

        assertThat(after).isEqualTo(before);
        assertThat(store.find(id)).contains(before);
        assertThat(store.history(id)).hasSize(1);
    }

    @Test
    public void aPresentFieldWithoutValueIsCleared() {
        long id = importOrder(sample("1001")).orderId();
        store.applyUpdate(id, OrderUpdate.builder().carrier("ヤマト運輸").trackingNumbers(List.of("1111")).build(),
                "yamada", NOW.plusSeconds(60));

        Order cleared = store.applyUpdate(id, OrderUpdate.builder().carrier(null).trackingNumbers(null).build(),
                "yamada", NOW.plusSeconds(120)).orElseThrow();

        assertThat(cleared.shipping().carrier()).isNull();
        assertThat(cleared.shipping().trackingNumbers()).isEmpty();
        assertThat(cleared.version()).isEqualTo(2);
        assertThat(store.history(id)).extracting(OrderChange::detail)
                .contains("carrier ヤマト運輸 → 未設定", "tracking numbers 1111 → 未設定");
    }

    @Test
    public void unknownOrdersAreEmpty() {
        assertThat(store.find(424242L)).isEmpty();
        assertThat(store.findByNumber(ACCOUNT, "nope")).isEmpty();
        assertThat(store.applyUpdate(424242L, OrderUpdate.builder().status("DONE").build(), "yamada", NOW)).isEmpty();
        assertThat(store.history(424242L)).isEmpty();
    }

    @Test
    public void addedHistoryDoesNotTouchLastUpdateOrVersion() {
        long id = importOrder(sample("1001")).orderId();
        OrderChange exported = new OrderChange(NOW.plusSeconds(5), "scheduler", "EXPORTED", "sent to shopify");

        store.addHistory(id, exported);

        assertThat(store.history(id)).extracting(OrderChange::kind).containsExactly("IMPORTED", "EXPORTED");
        assertThat(last(store.history(id))).isEqualTo(exported);
        Order order = store.find(id).orElseThrow();
        assertThat(order.lastUpdatedAt()).isNull();
        assertThat(order.version()).isZero();
    }

    // ================================================================ statuses

    @Test
    public void shopStatusesAreKeptOldestFirstAndNamedInTheHistory() {
        assertThat(store.addCustomStatus(new OrderStatus("WAITING_STOCK", "入荷待ち", false))).isTrue();
        assertThat(store.addCustomStatus(new OrderStatus("GIFT_WRAP", "ギフト包装", false))).isTrue();
        assertThat(store.addCustomStatus(new OrderStatus("WAITING_STOCK", "別名", false))).as("code taken").isFalse();
        assertThat(store.addCustomStatus(new OrderStatus("DONE", "完了", false))).as("built-in code").isFalse();

        assertThat(store.customStatuses()).containsExactly(new OrderStatus("WAITING_STOCK", "入荷待ち", false),
                new OrderStatus("GIFT_WRAP", "ギフト包装", false));

        long id = importOrder(sample("1001")).orderId();
        store.applyUpdate(id, OrderUpdate.builder().status("WAITING_STOCK").build(), "yamada", NOW.plusSeconds(1));
        assertThat(last(store.history(id)).detail()).isEqualTo("status 新規受付 → 入荷待ち");
    }

    // ================================================================ queries

    @Test
    public void queryFiltersByAccountMallStatusNumberAndUpdatedSince() {
        long a1 = importOrder(sample("A1")).orderId();
        long a2 = importOrder(sample("A2")).orderId();
        long a3 = importOrder(sample("A3")).orderId();
        long b1 = store.upsertImported(OTHER_ACCOUNT, "yahoo", sample("B1"), "NEW", NOW).orderId();
        long b2 = store.upsertImported(OTHER_ACCOUNT, "yahoo", sample("A1"), "NEW", NOW).orderId();
        Instant t1 = NOW.plusSeconds(100);
        Instant t2 = NOW.plusSeconds(200);
        store.applyUpdate(a2, OrderUpdate.builder().status("DONE").build(), "yamada", t1);
        store.applyUpdate(b1, OrderUpdate.builder().status("DONE").build(), "yamada", t2);
        store.applyUpdate(a3, OrderUpdate.builder().carrier("ヤマト運輸").build(), "yamada", t2);

        assertThat(ids(query(ACCOUNT, null, null, null, null))).containsExactly(a1, a2, a3);
        assertThat(ids(query(null, "yahoo", null, null, null))).containsExactly(b1, b2);
        assertThat(ids(query(null, null, "DONE", null, null))).containsExactly(a2, b1);
        assertThat(ids(query(null, "yahoo", "DONE", null, null))).containsExactly(b1);
        assertThat(ids(query(null, null, null, "A1", null))).containsExactly(a1, b2);
        assertThat(ids(query(ACCOUNT, null, null, "A1", null))).containsExactly(a1);
        assertThat(ids(query(null, null, null, null, t1))).containsExactly(a2, a3, b1);
        assertThat(ids(query(null, null, null, null, t2))).containsExactly(a3, b1);
        assertThat(ids(query(ACCOUNT, null, null, null, t2))).containsExactly(a3);
        assertThat(ids(query(null, null, "CANCELLED", null, null))).isEmpty();
        assertThat(store.find(new OrderQuery(null, null, null, null, null, 0, 10)).total()).isEqualTo(5);
    }

    @Test
    public void queryPagesInIdOrderWithTheTotal() {
        List<Long> all = IntStream.rangeClosed(1, 7).mapToObj(i -> importOrder(sample("P" + i)).orderId()).toList();

        OrderPage first = store.find(new OrderQuery(ACCOUNT, null, null, null, null, 0, 3));
        OrderPage second = store.find(new OrderQuery(ACCOUNT, null, null, null, null, 3, 3));
        OrderPage third = store.find(new OrderQuery(ACCOUNT, null, null, null, null, 6, 3));
        OrderPage beyond = store.find(new OrderQuery(ACCOUNT, null, null, null, null, 10, 3));

        assertThat(ids(first)).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(ids(second)).containsExactlyElementsOf(all.subList(3, 6));
        assertThat(ids(third)).containsExactlyElementsOf(all.subList(6, 7));
        assertThat(beyond.orders()).isEmpty();
        assertThat(List.of(first.total(), second.total(), third.total(), beyond.total())).containsOnly(7L);
        assertThat(second.offset()).isEqualTo(3);
        assertThat(second.limit()).isEqualTo(3);
    }

    // ================================================================ export candidates (Y1, F7)

    @Test
    public void y1_f7_exportCandidatesAreUpdatedInThePeriodAndOrderedWithinTheYear() {
        Instant now = NOW;
        Instant updatedSince = now.minus(Duration.ofDays(3));
        Instant orderedSince = now.minus(Duration.ofDays(365));
        long neverUpdated = importOrder(sample("N", now.minus(Duration.ofDays(1)))).orderId();
        long updatedTooLongAgo = importOrder(sample("OLD", now.minus(Duration.ofDays(10)))).orderId();
        long inPeriod = importOrder(sample("IN", now.minus(Duration.ofDays(30)))).orderId();
        long atPeriodStart = importOrder(sample("EDGE", now.minus(Duration.ofDays(30)))).orderId();
        long orderedOverAYearAgo = importOrder(sample("ANCIENT", now.minus(Duration.ofDays(400)))).orderId();
        long orderedExactlyAYearAgo = importOrder(sample("YEAR", orderedSince)).orderId();
        long otherAccount = store.upsertImported(OTHER_ACCOUNT, MALL, sample("X", now.minus(Duration.ofDays(1))),
                "NEW", now).orderId();
        touch(updatedTooLongAgo, now.minus(Duration.ofDays(5)));
        touch(inPeriod, now.minus(Duration.ofDays(1)));
        touch(atPeriodStart, updatedSince);
        touch(orderedOverAYearAgo, now.minus(Duration.ofDays(1)));
        touch(orderedExactlyAYearAgo, now.minus(Duration.ofDays(1)));
        touch(otherAccount, now.minus(Duration.ofDays(1)));

        List<Long> seen = new ArrayList<>();
        store.forEachExportCandidate(ACCOUNT, updatedSince, orderedSince, 100, o -> seen.add(o.id()));

        assertThat(seen).containsExactly(inPeriod, atPeriodStart, orderedExactlyAYearAgo);
        assertThat(seen).doesNotContain(neverUpdated);
    }

    @Test
    public void s2_neverUpdatedOrdersJoinTheCandidatesByTheirOrderDateWhenAsked() {
        Instant now = NOW;
        Instant updatedSince = now.minus(Duration.ofDays(3));
        Instant orderedSince = now.minus(Duration.ofDays(365));
        Instant neverUpdatedSince = now.minus(Duration.ofDays(4));
        long recentNeverUpdated = importOrder(sample("RECENT", now.minus(Duration.ofDays(2)))).orderId();
        long oldNeverUpdated = importOrder(sample("STALE", now.minus(Duration.ofDays(5)))).orderId();
        long updatedLongAgo = importOrder(sample("TOUCHED", now.minus(Duration.ofDays(2)))).orderId();
        long inPeriod = importOrder(sample("IN", now.minus(Duration.ofDays(30)))).orderId();
        long otherAccount = store.upsertImported(OTHER_ACCOUNT, MALL, sample("X", now.minus(Duration.ofDays(1))),
                "NEW", now).orderId();
        touch(updatedLongAgo, now.minus(Duration.ofDays(5)));
        touch(inPeriod, now.minus(Duration.ofDays(1)));

        List<Long> seen = new ArrayList<>();
        store.forEachExportCandidate(ACCOUNT, updatedSince, orderedSince, neverUpdatedSince, 2, o -> seen.add(o.id()));
        assertThat(seen).containsExactly(recentNeverUpdated, inPeriod);
        assertThat(seen).doesNotContain(oldNeverUpdated, updatedLongAgo, otherAccount);

        List<Long> without = new ArrayList<>();
        store.forEachExportCandidate(ACCOUNT, updatedSince, orderedSince, null, 2, o -> without.add(o.id()));
        assertThat(without).containsExactly(inPeriod);
    }

    // ================================================================ export rules (Y5, C2, D7, Y6)

    @Test
    public void y5_statusRulesAreStoredPerAccountReplacedAndCleared() {
        store.saveStatusRules(ACCOUNT, Map.of("DONE", new io.orderhub.core.spi.StatusRule(true, "5", "3"),
                "NEW", new io.orderhub.core.spi.StatusRule(false, null, null)));
        store.saveStatusRules(OTHER_ACCOUNT, Map.of("DONE", new io.orderhub.core.spi.StatusRule(false, null, null)));
        store.saveStatusRules(ACCOUNT, Map.of("DONE", new io.orderhub.core.spi.StatusRule(true, "5", "4")));

        assertThat(store.statusRules(ACCOUNT)).containsOnly(
                Map.entry("DONE", new io.orderhub.core.spi.StatusRule(true, "5", "4")),
                Map.entry("NEW", new io.orderhub.core.spi.StatusRule(false, null, null)));
        store.clearStatusRules(ACCOUNT);
        assertThat(store.statusRules(ACCOUNT)).isEmpty();
        assertThat(store.statusRules(OTHER_ACCOUNT)).hasSize(1);
    }

    @Test
    public void c2_d7_conversionRowsAreStoredWithEmptyCodesAndTheReasonCanBeCleared() {
        io.orderhub.core.spi.MallCarrier yamato = new io.orderhub.core.spi.MallCarrier("01", "ヤマト運輸");
        io.orderhub.core.spi.MallCarrier noCode = new io.orderhub.core.spi.MallCarrier("", null);
        store.updateConversions(ACCOUNT, Map.of("ヤマト運輸", yamato, "西濃運輸", noCode), List.of(),
                Map.of("午前中", "0812", "14-16時", "1416"), List.of(), "101");
        store.updateConversions(ACCOUNT, Map.of(), List.of("ヤマト運輸"), Map.of("午前中", "AM"), List.of("14-16時"), null);

        var stored = store.conversions(ACCOUNT);
        assertThat(stored.carriers()).containsOnly(Map.entry("西濃運輸", noCode));
        assertThat(stored.timeSlots()).containsOnly(Map.entry("午前中", "AM"));
        assertThat(stored.noTrackingReason()).isEqualTo("101");
        assertThat(store.conversions(OTHER_ACCOUNT).carriers()).isEmpty();
        assertThat(store.conversions(OTHER_ACCOUNT).noTrackingReason()).isNull();

        store.updateConversions(ACCOUNT, Map.of(), List.of(), Map.of(), List.of(), "");
        assertThat(store.conversions(ACCOUNT).noTrackingReason()).isEmpty();
    }

    @Test
    public void exportCandidatesComePageByPageByKeysetInIdOrder() {
        List<Long> candidates = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            long id = importOrder(sample("K" + i)).orderId();
            if (i % 4 != 0) { // some orders are not candidates: the pages must skip them
                touch(id, NOW.plusSeconds(i));
                candidates.add(id);
            }
        }
        int borrowedBefore = pool.borrowedCount();
        List<Long> seen = new ArrayList<>();

        store.forEachExportCandidate(ACCOUNT, NOW, NOW.minus(Duration.ofDays(365)), 5, o -> {
            seen.add(o.id());
            // an operator touching an order already seen must not bring it back in a later page
            if (seen.size() == 1) {
                touch(o.id(), NOW.plusSeconds(1000));
            }
        });

        assertThat(candidates).hasSize(18);
        assertThat(seen).containsExactlyElementsOf(candidates);
        int transactions = pool.borrowedCount() - borrowedBefore - 1; // minus the touch
        assertThat(transactions).as("one short read per page of 5").isGreaterThanOrEqualTo(4);
    }

    // ================================================================ jobs

    @Test
    public void aJobIsSavedThenReplacedAndListedNewestFirst() {
        Instant t = NOW;
        Job queued = job("job-1", ACCOUNT, t, Job.State.QUEUED, Job.Counts.ZERO, null);
        store.save(withResults(queued, List.of(new JobResult(null, "1001", JobResult.Outcome.IMPORTED, null, null,
                null, t))));
        assertThat(store.find("job-1")).as("save leaves results to addResults").contains(queued);

        Job running = new Job("job-1", Job.Kind.EXPORT, ACCOUNT, MALL, Job.State.FAILED, "yamada", 3, t,
                t.plusSeconds(1), t.plusSeconds(9), new Job.Counts(10, 10, 7, 2, 1, 0, 0), "shop unreachable",
                List.of());
        store.save(running);
        store.save(job("job-2", ACCOUNT, t.plusSeconds(60), Job.State.RUNNING, Job.Counts.ZERO, null));
        store.save(job("job-3", OTHER_ACCOUNT, t.plusSeconds(120), Job.State.SUCCEEDED, Job.Counts.ZERO, null));
        store.save(job("job-4", ACCOUNT, t.plusSeconds(60), Job.State.QUEUED, Job.Counts.ZERO, null));

        assertThat(store.find("job-1")).contains(running);
        assertThat(store.find("job-9")).isEmpty();
        assertThat(store.list(null, 10)).extracting(Job::id).containsExactly("job-3", "job-4", "job-2", "job-1");
        assertThat(store.list(ACCOUNT, 10)).extracting(Job::id).containsExactly("job-4", "job-2", "job-1");
        assertThat(store.list(null, 2)).extracting(Job::id).containsExactly("job-3", "job-4");
        assertThat(store.list(ACCOUNT, 10).get(2)).isEqualTo(running);
    }

    @Test
    public void jobResultsComeBackInTheOrderTheyWereAddedWithEveryField() {
        long orderId = importOrder(sample("1001")).orderId();
        store.save(job("job-1", ACCOUNT, NOW, Job.State.RUNNING, Job.Counts.ZERO, null));
        JobResult sent = new JobResult(orderId, "1001", JobResult.Outcome.SENT, null, null,
                Map.of("trackingNumber", "1111", "carrier", "ヤマト運輸"), NOW.plusMillis(1));
        JobResult failed = new JobResult(orderId, "1001", JobResult.Outcome.FAILED, "Not Found: fulfillment order",
                "createFulfillment", Map.of(), NOW.plusMillis(2));
        JobResult notStored = new JobResult(null, "9999", JobResult.Outcome.FAILED, "no line items", null, null,
                NOW.plusMillis(3));
        JobResult skipped = new JobResult(orderId, "1001", JobResult.Outcome.SKIPPED, "no tracking number (SH3)", null,
                Map.of(), NOW.plusMillis(4));

        store.addResults("job-1", List.of(sent, failed, notStored));
        store.addResults("job-1", List.of());
        store.addResults("job-1", List.of(skipped));

        assertThat(store.find("job-1").orElseThrow().results()).containsExactly(sent, failed, notStored, skipped);
        assertThat(store.list(ACCOUNT, 10).get(0).results()).as("lists leave results out").isEmpty();
    }

    @Test
    public void lastSentVersionIsTheHighestRecordedOrMinusOne() throws Exception {
        long id = importOrder(sample("1001")).orderId();
        long other = importOrder(sample("1002")).orderId();
        assertThat(store.lastSentVersion(id)).isEqualTo(-1);

        store.recordSent(id, 2, "job-2");
        store.recordSent(id, 1, "job-1");

        assertThat(store.lastSentVersion(id)).isEqualTo(2);
        assertThat(store.lastSentVersion(other)).isEqualTo(-1);
        assertThat(instant("SELECT MAX(updated_at) FROM outbox WHERE order_id = ? AND state = 'SENT'", id))
                .isEqualTo(SENT_AT);
    }

    // ================================================================ resumable jobs, outbox (issue 3)

    @Test
    public void y7_jobParamsMergeAndCancelIsRecordedOnce() {
        store.save(job("job-p", ACCOUNT, NOW, Job.State.RUNNING, Job.Counts.ZERO, null));
        assertThat(store.params("job-p")).isEmpty();
        store.putParams("job-p", Map.of("a", "1", "b", "2"));
        Map<String, String> change = new java.util.HashMap<>();
        change.put("b", null);
        change.put("c", "3");
        store.putParams("job-p", change);
        assertThat(store.params("job-p")).containsOnly(Map.entry("a", "1"), Map.entry("c", "3"));

        assertThat(store.cancelledBy("job-p")).isNull();
        store.requestCancel("job-p", "yamada");
        store.requestCancel("job-p", "suzuki");
        assertThat(store.cancelledBy("job-p")).as("the first to cancel is kept").isEqualTo("yamada");
    }

    @Test
    public void y7_resultsAreReadInPagesAndCountedFromTheStore() {
        store.save(job("job-r", ACCOUNT, NOW, Job.State.RUNNING, Job.Counts.ZERO, null));
        List<JobResult> results = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            results.add(new JobResult((long) i, "n" + i, i % 5 == 0 ? JobResult.Outcome.FAILED : JobResult.Outcome.SENT,
                    null, null, Map.of(), NOW));
        }
        store.addResults("job-r", results);

        assertThat(store.find("job-r", 10, 10).orElseThrow().results()).extracting(JobResult::mallOrderNumber)
                .containsExactly("n10", "n11", "n12", "n13", "n14", "n15", "n16", "n17", "n18", "n19");
        assertThat(store.find("job-r", 20, 10).orElseThrow().results()).hasSize(5);
        assertThat(store.find("job-r", 0, 0).orElseThrow().results()).isEmpty();
        assertThat(store.find("job-none", 0, 10)).isEmpty();
        assertThat(store.countResults("job-r", 30)).isEqualTo(new Job.Counts(30, 25, 20, 5, 0, 0, 0));
    }

    @Test
    public void c3_targetsGoInFlightThenDoneWithTheirResultAndTheOutboxSaysWhatWasSent() throws Exception {
        long a = importOrder(sample("2001")).orderId();
        long b = importOrder(sample("2002")).orderId();
        long c = importOrder(sample("2003")).orderId();
        store.save(job("job-t", ACCOUNT, NOW, Job.State.RUNNING, Job.Counts.ZERO, null));
        JobResult skipped = new JobResult(c, "2003", JobResult.Outcome.SKIPPED, "no tracking", null, Map.of(), NOW);
        store.addTargets("job-t", List.of(new JobTarget(1, a, 1, JobTarget.State.PENDING),
                new JobTarget(2, b, 1, JobTarget.State.PENDING)), List.of(skipped));

        assertThat(store.openTargets("job-t", 0, 10)).extracting(JobTarget::seq).containsExactly(1, 2);
        assertThat(store.openTargets("job-t", 1, 10)).extracting(JobTarget::seq).containsExactly(2);

        store.markInFlight("job-t", List.of(new JobTarget(1, a, 4, JobTarget.State.IN_FLIGHT)));
        assertThat(store.openTargets("job-t", 0, 10).get(0)).isEqualTo(new JobTarget(1, a, 4, JobTarget.State.IN_FLIGHT));
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE order_id = ? AND state = 'IN_FLIGHT'", a)).isEqualTo(1);
        assertThat(store.lastSentVersion(a)).as("in flight is not sent").isEqualTo(-1);

        // a resume marks the same target in flight again: still one outbox entry for (job, order)
        store.markInFlight("job-t", List.of(new JobTarget(1, a, 4, JobTarget.State.IN_FLIGHT)));
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE order_id = ?", a)).isEqualTo(1);

        JobResult sent = new JobResult(a, "2001", JobResult.Outcome.SENT, null, null, Map.of("tracking", "1"), NOW);
        JobResult cancelled = new JobResult(b, "2002", JobResult.Outcome.SKIPPED, "cancelled", null, Map.of(), NOW);
        store.complete("job-t", List.of(new TargetOutcome(1, a, 4, TargetOutcome.OutboxState.SENT, sent),
                new TargetOutcome(2, b, 1, null, cancelled)));

        assertThat(store.openTargets("job-t", 0, 10)).isEmpty();
        assertThat(store.lastSentVersion(a)).isEqualTo(4);
        assertThat(store.lastSentVersion(b)).as("never handed to the mall").isEqualTo(-1);
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE order_id = ?", b)).isZero();
        assertThat(store.find("job-t").orElseThrow().results()).containsExactly(skipped, sent, cancelled);

        store.clearTargets("job-t");
        assertThat(store.find("job-t").orElseThrow().results()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM job_target WHERE job_id = ?", "job-t")).isZero();
    }

    // ================================================================ time

    @Test
    public void instantsAndDatesRoundTripExactlyWhateverTheDefaultZone() throws Exception {
        // an hour that happens twice in New York, one that does not exist in Europe, microseconds everywhere
        Instant orderedAt = Instant.parse("2024-11-03T05:30:00.123456Z");
        Instant mallUpdatedAt = Instant.parse("2024-03-31T01:30:00.000001Z");
        Instant importedAt = Instant.parse("1999-12-31T23:59:59.999999Z");
        Instant operatorAt = Instant.parse("2025-01-01T14:59:59.5Z");
        LocalDate shipDate = LocalDate.of(2024, 12, 31);
        long id;
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
        pool.evictIdle();
        id = store.upsertImported(ACCOUNT, MALL, withMallUpdatedAt(sample("T1", orderedAt), mallUpdatedAt), "NEW",
                importedAt).orderId();
        store.applyUpdate(id, OrderUpdate.builder().shipDate(shipDate).deliveryDate(shipDate.plusDays(1)).build(),
                "yamada", operatorAt);
        store.save(job("job-t", ACCOUNT, orderedAt, Job.State.SUCCEEDED, Job.Counts.ZERO, null));

        for (String zone : List.of("America/New_York", "UTC", "Asia/Tokyo")) {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            pool.evictIdle();
            Order order = store.find(id).orElseThrow();
            assertThat(order.orderedAt()).as(zone).isEqualTo(orderedAt);
            assertThat(order.mallUpdatedAt()).as(zone).isEqualTo(mallUpdatedAt);
            assertThat(order.importedAt()).as(zone).isEqualTo(importedAt);
            assertThat(order.lastUpdatedAt()).as(zone).isEqualTo(operatorAt);
            assertThat(order.shipping().shipDate()).as(zone).isEqualTo(shipDate);
            assertThat(order.shipping().deliveryDate()).as(zone).isEqualTo(shipDate.plusDays(1));
            assertThat(store.find("job-t").orElseThrow().createdAt()).as(zone).isEqualTo(orderedAt);
            assertThat(instant("SELECT ordered_at FROM orders WHERE id = ?", id)).as(zone).isEqualTo(orderedAt);
            List<Long> seen = new ArrayList<>();
            store.forEachExportCandidate(ACCOUNT, operatorAt, orderedAt, 10, o -> seen.add(o.id()));
            assertThat(seen).as("bounds compare instants in " + zone).containsExactly(id);
            store.forEachExportCandidate(ACCOUNT, operatorAt.plusNanos(1000), null, 10, o -> seen.add(o.id()));
            assertThat(seen).as(zone).hasSize(1);
        }
    }

    @Test
    public void instantsAreKeptToTheMicrosecond() {
        Instant nanos = Instant.parse("2025-03-01T00:00:00.123456789Z");
        long id = store.upsertImported(ACCOUNT, MALL, sample("N1", nanos), "NEW", nanos).orderId();

        Order order = store.find(id).orElseThrow();

        assertThat(order.orderedAt()).isEqualTo(Instant.parse("2025-03-01T00:00:00.123456Z"));
        assertThat(order.importedAt()).isEqualTo(Instant.parse("2025-03-01T00:00:00.123456Z"));
        assertThat(store.upsertImported(ACCOUNT, MALL, sample("N1", nanos), "NEW", nanos).effect())
                .as("the same instant read back from the mall is no change").isEqualTo(ImportEffect.UNCHANGED);
    }

    // ================================================================ helpers

    private ImportOutcome importOrder(MallOrder order) {
        return store.upsertImported(ACCOUNT, MALL, order, "NEW", NOW);
    }

    private void touch(long id, Instant at) {
        Order order = store.find(id).orElseThrow();
        String next = order.status().equals("AWAITING_SHIPMENT") ? "DONE" : "AWAITING_SHIPMENT";
        store.applyUpdate(id, OrderUpdate.builder().status(next).build(), "yamada", at).orElseThrow();
    }

    private OrderPage query(String account, String mall, String status, String number, Instant updatedSince) {
        return store.find(new OrderQuery(account, mall, status, number, updatedSince, 0, 100));
    }

    private static List<Long> ids(OrderPage page) {
        return page.orders().stream().map(Order::id).toList();
    }

    private static <T> T last(List<T> list) {
        assertThat(list).isNotEmpty();
        return list.get(list.size() - 1);
    }

    static MallOrder sample(String number) {
        return sample(number, Instant.parse("2025-03-09T10:15:30.250Z"));
    }

    static MallOrder sample(String number, Instant orderedAt) {
        Address buyer = new Address("山田 太郎", "ヤマダ タロウ", "100-0001", "東京都", "千代田区", "千代田1-1", null,
                "03-1234-5678", "taro@example.jp");
        Address shipTo = new Address("山田 花子", null, "150-0001", "東京都", "渋谷区", "神宮前1-2-3", "ハイツ101",
                "03-9999-0000", null);
        List<OrderLine> lines = List.of(
                new OrderLine(1, "li-1", "SKU-1", "りんご", 2, new BigDecimal("500")),
                new OrderLine(2, "li-2", "SKU-2", "みかん 5kg", 1, new BigDecimal("100.50")));
        return new MallOrder(number, orderedAt, orderedAt.plusSeconds(30), "unfulfilled", false, buyer, shipTo, lines,
                "クレジットカード", "paid", new BigDecimal("1100"), null,
                Map.of("shopifyOrderId", "5550001", "adminGraphqlId", "gid://shopify/Order/5550001"));
    }

    private static MallOrder withShipping(MallOrder o, Shipping shipping) {
        return new MallOrder(o.mallOrderNumber(), o.orderedAt(), o.mallUpdatedAt(), o.mallStatus(), o.cancelled(),
                o.buyer(), o.shipTo(), o.lines(), o.paymentMethod(), o.paymentStatus(), o.totalPrice(), shipping,
                o.mallData());
    }

    private static MallOrder withMallUpdatedAt(MallOrder o, Instant mallUpdatedAt) {
        return new MallOrder(o.mallOrderNumber(), o.orderedAt(), mallUpdatedAt, o.mallStatus(), o.cancelled(),
                o.buyer(), o.shipTo(), o.lines(), o.paymentMethod(), o.paymentStatus(), o.totalPrice(), o.shipping(),
                o.mallData());
    }

    private static Job job(String id, String account, Instant createdAt, Job.State state, Job.Counts counts,
                           String message) {
        return new Job(id, Job.Kind.IMPORT, account, MALL, state, "scheduler", null, createdAt, null, null, counts,
                message, List.of());
    }

    private static Job withResults(Job j, List<JobResult> results) {
        return new Job(j.id(), j.kind(), j.accountId(), j.mallId(), j.state(), j.actor(), j.days(), j.createdAt(),
                j.startedAt(), j.finishedAt(), j.counts(), j.message(), results);
    }

    /** Every schema version this build ships, in order. */
    protected List<Integer> allVersions() {
        return new SchemaMigrator(null, expectedDialect()).scripts().stream().map(SchemaMigrator.Script::version).toList();
    }

    protected List<Integer> versions(DataSource ds) throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT version FROM schema_version ORDER BY version");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                versions.add(rs.getInt(1));
            }
        }
        return versions;
    }

    private long count(String sql, Object... params) throws SQLException {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Instant instant(String sql, Object... params) throws SQLException {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, java.time.OffsetDateTime.class).toInstant();
            }
        }
    }
}
