package io.orderhub.core.internal.sync;

import io.orderhub.core.internal.store.ExportRuleStore;
import io.orderhub.core.internal.conflict.StoreConflictService;
import io.orderhub.core.internal.connector.ConnectorTracker;
import io.orderhub.core.internal.history.StoreHistoryService;
import io.orderhub.core.internal.order.StoreOrderService;
import io.orderhub.core.internal.store.jdbc.JdbcConflictStore;
import io.orderhub.core.internal.store.jdbc.JdbcHistoryStore;
import io.orderhub.core.internal.store.jdbc.JdbcProductStore;
import io.orderhub.core.internal.store.jdbc.JdbcStore;
import io.orderhub.core.internal.store.jdbc.TestDatabases;
import io.orderhub.core.model.Address;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderChange;
import io.orderhub.core.model.OrderLine;
import io.orderhub.core.service.Conflict;
import io.orderhub.core.service.HistoryEntry;
import io.orderhub.core.service.HistoryQuery;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.OrderUpdate;
import io.orderhub.core.service.Product;
import io.orderhub.core.service.ValidationException;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.ImportQuery;
import io.orderhub.core.spi.MallCapability;
import io.orderhub.core.spi.MallConnector;
import io.orderhub.core.spi.MallDescriptor;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.core.spi.OrderImportService;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Import modes and what an import does with what it stores (issue 3 items 5, 6, 10): names from the product
 * master (D4), import by mall status (F3), the initial status (D1), mall-side changes and cancellations
 * (history, conflict list), and the run history search.
 */
public class ImportModesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final String ACCOUNT = "status-shop";
    private static final String PLAIN_ACCOUNT = "plain-shop";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private DataSource ds;
    private JdbcStore store;
    private JdbcProductStore products;
    private JdbcConflictStore conflicts;
    private StatusMall mall;
    private StatusMall plainMall;
    private SyncEngine engine;
    private StoreOrderService orders;
    private final Map<String, Map<String, Object>> settings = new HashMap<>();

    /** A mall whose API sends no product names (like dショッピング) and can import by status (like Yahoo!). */
    static final class StatusMall implements MallConnector, OrderImportService {
        final MallDescriptor descriptor;
        final String accountId;
        final List<MallOrder> orders = new CopyOnWriteArrayList<>();
        final List<ImportQuery> queries = new CopyOnWriteArrayList<>();

        StatusMall(String id, String accountId, Set<MallCapability> capabilities) {
            this.descriptor = new MallDescriptor(id, id.equals("statusmall") ? "ステータスモール" : "日付モール", id,
                    capabilities, "io.orderhub.connector." + id + ".account", List.of(), 10);
            this.accountId = accountId;
        }

        @Override
        public MallDescriptor descriptor() {
            return descriptor;
        }

        @Override
        public String accountId() {
            return accountId;
        }

        @Override
        public ConnectionStatus status() {
            return ConnectionStatus.online();
        }

        @Override
        public void fetch(ImportQuery query, Consumer<MallOrder> sink) {
            queries.add(query);
            for (MallOrder o : orders) {
                boolean inRange = !o.orderedAt().isBefore(query.from()) && o.orderedAt().isBefore(query.to());
                if (query.mallStatuses().stream().anyMatch(s -> s.startsWith("bad"))) {
                    throw new IllegalArgumentException("mallStatuses: unknown status " + query.mallStatuses());
                }
                if (inRange && (query.mallStatuses().isEmpty() || query.mallStatuses().contains(o.mallStatus()))) {
                    sink.accept(o);
                }
            }
        }
    }

    @Before
    public void setUp() {
        ds = TestDatabases.h2Memory();
        store = new JdbcStore(ds, clock);
        products = new JdbcProductStore(ds, store);
        conflicts = new JdbcConflictStore(ds, store);
        mall = new StatusMall("statusmall", ACCOUNT, Set.of(MallCapability.IMPORT_BY_DATE_RANGE,
                MallCapability.IMPORT_BY_STATUS));
        plainMall = new StatusMall("datemall", PLAIN_ACCOUNT, Set.of(MallCapability.IMPORT_BY_DATE_RANGE));
        ConnectorTracker tracker = new ConnectorTracker();
        for (StatusMall m : List.of(mall, plainMall)) {
            tracker.addConnector(m);
            Map<String, Object> props = Map.of(AccountProperties.ACCOUNT_ID, m.accountId,
                    AccountProperties.MALL_ID, m.descriptor.id());
            tracker.addImporter(m, props);
            Map<String, Object> s = new HashMap<>(props);
            s.put(AccountProperties.DAYS_TO_FETCH, 5);
            s.put(AccountProperties.ZONE, "Asia/Tokyo");
            settings.put(m.accountId, s);
        }
        engine = new SyncEngine(store, store, tracker, id -> {
            Map<String, Object> s = settings.get(id);
            if (s == null) {
                throw new NotFoundException("account", id);
            }
            return s;
        }, ExportRuleStore.NONE, clock, 1, new ImportStorage(store, store, products, conflicts));
        orders = new StoreOrderService(store, clock);
    }

    @After
    public void tearDown() {
        engine.close();
    }

    private Job run(Job job) throws InterruptedException {
        Job done = engine.await(job.id(), Duration.ofSeconds(20));
        assertThat(done.isFinished()).as("job finished: %s", done).isTrue();
        return done;
    }

    private Job importNow(String account) throws InterruptedException {
        return run(engine.startImport(account, null, null, "admin"));
    }

    private static MallOrder order(String number, String mallStatus, boolean cancelled, String... skus) {
        List<OrderLine> lines = new ArrayList<>();
        for (String sku : skus) {
            lines.add(new OrderLine(lines.size() + 1, Integer.toString(lines.size() + 1), sku, null, 1,
                    new BigDecimal("1000")));
        }
        Instant at = NOW.minus(Duration.ofDays(1));
        return new MallOrder(number, at, at, mallStatus, cancelled, Address.ofName("山田 太郎"),
                new Address("山田 花子", null, "150-0001", "東京都", "渋谷区", "神宮前1-1-1", null, "0300000000", null),
                lines, "d払い", null, new BigDecimal("1000"), null, Map.of());
    }

    private static MallOrder withShipTo(MallOrder o, Address shipTo) {
        return new MallOrder(o.mallOrderNumber(), o.orderedAt(), o.mallUpdatedAt(), o.mallStatus(), o.cancelled(),
                o.buyer(), shipTo, o.lines(), o.paymentMethod(), o.paymentStatus(), o.totalPrice(), o.shipping(),
                o.mallData());
    }

    private Order stored(String number) {
        return store.findByNumber(ACCOUNT, number).orElseThrow();
    }

    // ------------------------------------------------------------ D4 product names

    @Test
    public void d4_linesWithoutANameTakeItFromTheProductMaster_unknownSkusAreMarkedNotDropped() throws Exception {
        products.upsertAll(List.of(new Product("SKU-A", "静岡茶 100g", null, null, null)), NOW);
        mall.orders.add(order("D-1", "受注確認待ち", false, "SKU-A", "SKU-X"));

        Job job = importNow(ACCOUNT);

        assertThat(job.counts().imported()).isEqualTo(1);
        assertThat(stored("D-1").lines()).extracting(OrderLine::sku, OrderLine::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SKU-A", "静岡茶 100g"),
                org.assertj.core.groups.Tuple.tuple("SKU-X", ImportStorage.UNREGISTERED_NAME));
    }

    @Test
    public void d4_aReimportFillsTheNameOnceTheMasterHasIt_andSaysSoInTheHistory() throws Exception {
        mall.orders.add(order("D-2", "受注確認待ち", false, "SKU-LATE"));
        importNow(ACCOUNT);
        assertThat(stored("D-2").lines().get(0).name()).isEqualTo(ImportStorage.UNREGISTERED_NAME);

        products.upsertAll(List.of(new Product("SKU-LATE", "抹茶ラテ", null, null, null)), NOW);
        Job again = importNow(ACCOUNT);

        assertThat(again.results()).extracting(JobResult::outcome).containsExactly(JobResult.Outcome.UPDATED);
        assertThat(stored("D-2").lines().get(0).name()).isEqualTo("抹茶ラテ");
        assertThat(store.history(stored("D-2").id())).extracting(OrderChange::detail)
                .anyMatch(d -> d.contains("商品明細が変更されました"));
    }

    @Test
    public void d4_importingTheMasterLaterNamesTheOrdersAlreadyStored_withoutAReimport() throws Exception {
        mall.orders.add(order("D-4", "受注確認待ち", false, "SKU-NEW", "SKU-STILL-MISSING"));
        importNow(ACCOUNT);
        long version = stored("D-4").version();

        io.orderhub.core.service.ProductImportResult r = new io.orderhub.core.internal.product.StoreProductService(
                products, clock).importCsv("sku,name\nSKU-NEW,新茶 2026\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8, "admin");

        assertThat(r.ordersNamed()).isEqualTo(1);
        Order after = stored("D-4");
        assertThat(after.lines()).extracting(OrderLine::name).containsExactly("新茶 2026", ImportStorage.UNREGISTERED_NAME);
        assertThat(after.version()).as("nothing to export changed").isEqualTo(version);
        assertThat(store.history(after.id())).extracting(OrderChange::detail)
                .anyMatch(d -> d.contains("商品名を商品マスタから補完しました: SKU-NEW → 新茶 2026"));
        Job again = importNow(ACCOUNT);
        assertThat(again.results()).extracting(JobResult::outcome).containsExactly(JobResult.Outcome.UNCHANGED);
    }

    @Test
    public void d4_aNameTheMallSendsIsKept() throws Exception {
        products.upsertAll(List.of(new Product("SKU-A", "マスタの名前", null, null, null)), NOW);
        MallOrder named = order("D-3", "受注確認待ち", false);
        named = new MallOrder(named.mallOrderNumber(), named.orderedAt(), named.mallUpdatedAt(), named.mallStatus(),
                false, named.buyer(), named.shipTo(), List.of(new OrderLine(1, "1", "SKU-A", "モールの名前", 1, null)),
                null, null, null, null, Map.of());
        mall.orders.add(named);
        importNow(ACCOUNT);
        assertThat(stored("D-3").lines().get(0).name()).isEqualTo("モールの名前");
    }

    // ------------------------------------------------------------ F1/F3 import modes

    @Test
    public void f3_importByStatusFetchesOnlyThoseMallStatuses() throws Exception {
        mall.orders.add(order("S-1", "処理中", false, "A"));
        mall.orders.add(order("S-2", "保留", false, "A"));
        mall.orders.add(order("S-3", "新規", false, "A"));

        Job job = run(engine.startImport(ACCOUNT, null, null, List.of("処理中", " 保留 ", "処理中"), "admin"));

        assertThat(job.state()).isEqualTo(Job.State.SUCCEEDED);
        assertThat(mall.queries.get(0).mallStatuses()).containsExactly("処理中", "保留");
        assertThat(job.results()).extracting(JobResult::mallOrderNumber).containsExactlyInAnyOrder("S-1", "S-2");
    }

    @Test
    public void f3_theEngineTellsTheConnectorWhetherTheApiOptionIsInstalled() throws Exception {
        importNow(ACCOUNT);
        engine.setApiOption(accountId -> null);
        run(engine.startImport(ACCOUNT, null, null, List.of("処理中"), "admin"));
        engine.setApiOption(null);
        importNow(ACCOUNT);

        assertThat(mall.queries).extracting(ImportQuery::apiOptionInstalled).containsExactly(false, true, false);
    }

    @Test
    public void f3_importByStatusIsRefusedForAMallWithoutTheCapability_namingStatuses_andNoJobStarts() {
        assertThatThrownBy(() -> engine.startImport(PLAIN_ACCOUNT, null, null, List.of("処理中"), "admin"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("IMPORT_BY_STATUS")
                .extracting("field").isEqualTo("statuses");
        assertThatThrownBy(() -> engine.startImport(ACCOUNT, null, null, List.of(" "), "admin"))
                .isInstanceOf(ValidationException.class).extracting("field").isEqualTo("statuses");
        assertThat(engine.list(null, 10)).isEmpty();
        assertThat(plainMall.queries).isEmpty();
    }

    @Test
    public void f3_aStatusTheConnectorRefusesFailsTheJobWithTheConnectorsMessage() throws Exception {
        mall.orders.add(order("S-9", "処理中", false, "A"));
        Job job = run(engine.startImport(ACCOUNT, null, null, List.of("bad-status"), "admin"));
        assertThat(job.state()).isEqualTo(Job.State.FAILED);
        assertThat(job.message()).contains("mallStatuses", "bad-status");
    }

    @Test
    public void f1_importByDateRangeAndByDefaultDaysAskTheMallForThoseTimes() throws Exception {
        run(engine.startImport(ACCOUNT, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10), "admin"));
        importNow(ACCOUNT);
        assertThat(mall.queries.get(0).from()).isEqualTo(Instant.parse("2026-10-31T15:00:00Z"));
        assertThat(mall.queries.get(0).to()).isEqualTo(Instant.parse("2026-11-10T15:00:00Z"));
        assertThat(mall.queries.get(1).from()).isEqualTo(NOW.minus(Duration.ofDays(5)));
        assertThat(mall.queries.get(1).to()).isEqualTo(NOW);
        assertThat(mall.queries).allMatch(q -> q.mallStatuses().isEmpty());
    }

    @Test
    public void d1_newOrdersAreStoredInTheAccountsInitialStatus_reimportsKeepTheOperatorsStatus() throws Exception {
        settings.get(ACCOUNT).put(AccountProperties.INITIAL_STATUS, "AWAITING_PAYMENT_BEFORE_SHIPPING");
        mall.orders.add(order("I-1", "新規", false, "A"));
        importNow(ACCOUNT);
        assertThat(stored("I-1").status()).isEqualTo("AWAITING_PAYMENT_BEFORE_SHIPPING");

        orders.update(stored("I-1").id(), OrderUpdate.builder().status("ON_HOLD").build(), "operator");
        settings.get(ACCOUNT).put(AccountProperties.INITIAL_STATUS, "NEW");
        mall.orders.set(0, withShipTo(order("I-1", "新規", false, "A"), Address.ofName("別の人")));
        importNow(ACCOUNT);
        assertThat(stored("I-1").status()).isEqualTo("ON_HOLD");
    }

    // ------------------------------------------------------------ mall-side changes and the conflict list

    @Test
    public void aMallSideChangeUpdatesTheOrder_keepsWhatTheOperatorEntered_andTheHistorySaysWhatChanged()
            throws Exception {
        mall.orders.add(order("C-1", "受注確認待ち", false, "A"));
        importNow(ACCOUNT);
        long id = stored("C-1").id();
        orders.update(id, OrderUpdate.builder().carrier("ヤマト運輸").build(), "operator");

        mall.orders.set(0, withShipTo(order("C-1", "キャンセル", true, "A"), Address.ofName("新しい宛先")));
        Job job = importNow(ACCOUNT);

        Order after = stored("C-1");
        assertThat(after.shipTo().name()).isEqualTo("新しい宛先");
        assertThat(after.shipping().carrier()).isEqualTo("ヤマト運輸");
        assertThat(after.status()).isEqualTo("NEW");
        assertThat(job.results().get(0).outcome()).isEqualTo(JobResult.Outcome.UPDATED);
        assertThat(job.results().get(0).message()).contains("モールでキャンセルされました", "配送先が変更されました");
        OrderChange reimported = store.history(id).stream().filter(c -> c.kind().equals("REIMPORTED"))
                .findFirst().orElseThrow();
        assertThat(reimported.detail()).contains("モールでキャンセルされました", "配送先が変更されました");
    }

    @Test
    public void aMallCancellationOfAnOrderBeingShippedGoesOnTheConflictListOnce() throws Exception {
        mall.orders.add(order("C-2", "受注確認待ち", false, "A"));
        importNow(ACCOUNT);
        long id = stored("C-2").id();
        orders.update(id, OrderUpdate.builder().status("AWAITING_SHIPMENT").build(), "operator");

        mall.orders.set(0, order("C-2", "キャンセル", true, "A"));
        Job cancelledImport = importNow(ACCOUNT);
        importNow(ACCOUNT);

        assertThat(cancelledImport.results().get(0).message()).contains("モールでキャンセルされました",
                "発送処理中のため競合リストに追加されました (#");

        List<Conflict> open = conflicts.list(ACCOUNT, Conflict.State.OPEN, 10);
        assertThat(open).hasSize(1);
        assertThat(open.get(0).orderId()).isEqualTo(id);
        assertThat(open.get(0).kind()).isEqualTo(Conflict.MALL_CANCELLED);
        assertThat(open.get(0).detail()).contains("発送待ち");
        assertThat(store.history(id)).extracting(OrderChange::kind).contains(ImportStorage.CONFLICT);
        assertThat(stored("C-2").status()).as("the operator decides").isEqualTo("AWAITING_SHIPMENT");

        StoreConflictService service = new StoreConflictService(conflicts, store, clock);
        assertThatThrownBy(() -> service.resolve(open.get(0).id(), " ", "operator"))
                .isInstanceOf(ValidationException.class).extracting("field").isEqualTo("note");
        Conflict resolved = service.resolve(open.get(0).id(), "配送を止めて返金しました", "operator");
        assertThat(resolved.state()).isEqualTo(Conflict.State.RESOLVED);
        assertThat(resolved.resolvedBy()).isEqualTo("operator");
        assertThat(store.history(id)).extracting(OrderChange::detail).anyMatch(d -> d.contains("配送を止めて返金しました"));
        assertThatThrownBy(() -> service.resolve(open.get(0).id(), "again", "operator"))
                .isInstanceOf(io.orderhub.core.service.ConflictException.class);
        assertThatThrownBy(() -> service.get(9999)).isInstanceOf(NotFoundException.class);
    }

    @Test
    public void shippingDataEnteredAlsoMeansBeingShipped_butANewUntouchedOrderIsNoConflict() throws Exception {
        mall.orders.add(order("C-3", "受注確認待ち", false, "A"));
        mall.orders.add(order("C-4", "受注確認待ち", false, "A"));
        importNow(ACCOUNT);
        orders.update(stored("C-3").id(), OrderUpdate.builder().trackingNumbers(List.of("1234")).build(), "operator");

        mall.orders.set(0, order("C-3", "キャンセル", true, "A"));
        mall.orders.set(1, order("C-4", "キャンセル", true, "A"));
        importNow(ACCOUNT);

        assertThat(conflicts.list(null, null, 10)).extracting(Conflict::mallOrderNumber).containsExactly("C-3");
        assertThat(conflicts.list(null, null, 10).get(0).detail()).contains("発送情報が入力済み");
    }

    // ------------------------------------------------------------ history

    @Test
    public void everyImportResultIsSearchableByAccountOrderOutcomeAndTime() throws Exception {
        JdbcHistoryStore historyStore = new JdbcHistoryStore(ds, store);
        StoreHistoryService history = new StoreHistoryService(historyStore);
        mall.orders.add(order("H-1", "新規", false, "A"));
        plainMall.orders.add(order("H-2", "新規", false, "A"));
        importNow(ACCOUNT);
        importNow(PLAIN_ACCOUNT);
        importNow(ACCOUNT);

        assertThat(history.search(new HistoryQuery(ACCOUNT, null, null, null, null, 0, 10)).entries())
                .extracting(HistoryEntry::outcome).containsExactly(JobResult.Outcome.UNCHANGED, JobResult.Outcome.IMPORTED);
        assertThat(history.search(new HistoryQuery(null, "H-2", null, null, null, 0, 10)).entries())
                .extracting(HistoryEntry::accountId).containsExactly(PLAIN_ACCOUNT);
        long id = stored("H-1").id();
        assertThat(history.search(new HistoryQuery(null, Long.toString(id), JobResult.Outcome.IMPORTED, NOW,
                NOW.plusSeconds(1), 0, 10)).entries()).hasSize(1)
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo(Job.Kind.IMPORT));
        assertThat(history.search(new HistoryQuery(null, null, null, NOW.plusSeconds(1), null, 0, 10)).total()).isZero();
    }
}
