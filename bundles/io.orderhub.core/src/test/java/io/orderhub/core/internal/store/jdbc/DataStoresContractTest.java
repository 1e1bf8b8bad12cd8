package io.orderhub.core.internal.store.jdbc;

import io.orderhub.core.model.Address;
import io.orderhub.core.service.Conflict;
import io.orderhub.core.service.HistoryEntry;
import io.orderhub.core.service.HistoryPage;
import io.orderhub.core.service.HistoryQuery;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;
import io.orderhub.core.service.Product;
import io.orderhub.core.service.ProductImportResult;
import io.orderhub.core.service.ProductPage;
import io.orderhub.core.spi.MallOrder;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product master, the conflict list and the history search/purge on a real database, run once per
 * database ({@link H2DataStoresTest}, {@link PostgresDataStoresTest}).
 */
public abstract class DataStoresContractTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00.123456Z");

    protected JdbcStore store;
    private JdbcProductStore products;
    private JdbcConflictStore conflicts;
    private JdbcHistoryStore history;

    protected abstract DataSource newDatabase() throws Exception;

    protected abstract void dropDatabases() throws Exception;

    @Before
    public void setUp() throws Exception {
        DataSource ds = newDatabase();
        store = new JdbcStore(ds, Clock.fixed(NOW, ZoneOffset.UTC));
        products = new JdbcProductStore(ds, store);
        conflicts = new JdbcConflictStore(ds, store);
        history = new JdbcHistoryStore(ds, store);
    }

    @After
    public void tearDown() throws Exception {
        dropDatabases();
    }

    private static Product product(String sku, String name) {
        return new Product(sku, name, null, null, null);
    }

    // ---------------------------------------------------------------- products (D4)

    @Test
    public void d4_upsertBySkuCountsCreatedAndUpdated_andKeepsEveryField() {
        assertThat(products.upsertAll(List.of(product("A-1", "緑茶"), new Product("A-2", "煎茶", "4901234567894",
                new BigDecimal("1200.5"), null)), NOW)).isEqualTo(new ProductImportResult(2, 0));
        assertThat(products.upsertAll(List.of(product("A-1", "緑茶 特選"), product("B-1", "紅茶")),
                NOW.plusSeconds(60))).isEqualTo(new ProductImportResult(1, 1));

        assertThat(products.find("A-1").orElseThrow().name()).isEqualTo("緑茶 特選");
        Product a2 = products.find("A-2").orElseThrow();
        assertThat(a2.janCode()).isEqualTo("4901234567894");
        assertThat(a2.price()).isEqualTo(new BigDecimal("1200.5"));
        assertThat(a2.updatedAt()).isEqualTo(NOW);
        assertThat(products.names(List.of("A-1", "B-1", "ZZZ"))).isEqualTo(Map.of("A-1", "緑茶 特選", "B-1", "紅茶"));
    }

    @Test
    public void d4_aLargeImportIsOneTransaction_andNamesAreReadInChunks() {
        List<Product> many = IntStream.range(0, 1_203).mapToObj(i -> product(String.format("P-%05d", i), "商品" + i))
                .toList();
        assertThat(products.upsertAll(many, NOW)).isEqualTo(new ProductImportResult(1_203, 0));
        assertThat(products.names(many.stream().map(Product::sku).toList())).hasSize(1_203);
        assertThat(products.list(null, 1_200, 10).products()).extracting(Product::sku)
                .containsExactly("P-01200", "P-01201", "P-01202");
    }

    @Test
    public void d4_searchBySkuPrefixOrNamePart_withLikeCharactersTakenLiterally() {
        products.upsertAll(List.of(product("TEA-1", "緑茶 100g"), product("TEA-2", "Green Tea"),
                product("CUP_1", "湯のみ 100%"), product("CUPX1", "カップ"), product("X", "抹茶")), NOW);
        assertThat(products.list("TEA", 0, 10).products()).extracting(Product::sku).containsExactly("TEA-1", "TEA-2");
        assertThat(products.list("green", 0, 10).products()).extracting(Product::sku).containsExactly("TEA-2");
        assertThat(products.list("茶", 0, 10).products()).extracting(Product::sku).containsExactly("TEA-1", "X");
        assertThat(products.list("100%", 0, 10).products()).extracting(Product::sku).containsExactly("CUP_1");
        assertThat(products.list("CUP_", 0, 10).products()).extracting(Product::sku).containsExactly("CUP_1");
        ProductPage page = products.list("TEA", 1, 1);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.products()).extracting(Product::sku).containsExactly("TEA-2");
        assertThat(products.list(null, 0, 10).total()).isEqualTo(5);
        assertThat(products.delete("X")).isTrue();
        assertThat(products.delete("X")).isFalse();
        assertThat(products.find("X")).isEmpty();
    }

    @Test
    public void d4_linesMarkedUnregisteredGetTheMastersNameOnceItHasIt() {
        Instant at = NOW.minus(Duration.ofDays(1));
        long id = store.upsertImported("shop-a", "dshopping", new MallOrder("U-1", at, at, "出荷指示待ち", false,
                Address.ofName("山田"), Address.ofName("山田"), List.of(
                        new io.orderhub.core.model.OrderLine(1, "1", "TOWEL-05", JdbcProductStore.UNREGISTERED_NAME, 3, null),
                        new io.orderhub.core.model.OrderLine(2, "2", "MUG-2", JdbcProductStore.UNREGISTERED_NAME, 1, null)),
                null, null, null, null, Map.of()), "NEW", NOW).orderId();
        assertThat(products.fillUnregisteredNames(NOW)).as("master still empty").isZero();

        products.upsertAll(List.of(product("TOWEL-05", "今治タオル")), NOW);
        assertThat(products.fillUnregisteredNames(NOW)).isEqualTo(1);
        assertThat(products.fillUnregisteredNames(NOW)).as("nothing left the master knows").isZero();

        assertThat(store.find(id).orElseThrow().lines()).extracting(io.orderhub.core.model.OrderLine::name)
                .containsExactly("今治タオル", JdbcProductStore.UNREGISTERED_NAME);
        assertThat(store.history(id)).extracting(io.orderhub.core.model.OrderChange::kind).contains("PRODUCT_NAMES");
    }

    // ---------------------------------------------------------------- conflicts

    private long importOrder(String number) {
        Instant at = NOW.minus(Duration.ofDays(1));
        return store.upsertImported("shop-a", "dshopping", new MallOrder(number, at, at, "出荷指示待ち", false,
                Address.ofName("山田"), Address.ofName("山田"), List.of(), null, null, null, null, Map.of()),
                "NEW", NOW).orderId();
    }

    @Test
    public void aConflictIsOpenedOncePerOrder_listedNewestFirst_andResolvedOnce() {
        long first = importOrder("N-1");
        long second = importOrder("N-2");
        Conflict c1 = conflicts.openIfAbsent("shop-a", first, "N-1", Conflict.MALL_CANCELLED, "キャンセル", NOW)
                .orElseThrow();
        assertThat(conflicts.openIfAbsent("shop-a", first, "N-1", Conflict.MALL_CANCELLED, "again", NOW)).isEmpty();
        Conflict c2 = conflicts.openIfAbsent("shop-b", second, "N-2", Conflict.MALL_CANCELLED, "キャンセル", NOW)
                .orElseThrow();
        assertThat(conflicts.openIfAbsent("shop-a", 99_999, "N-9", Conflict.MALL_CANCELLED, "gone", NOW)).isEmpty();

        assertThat(conflicts.list(null, null, 10)).extracting(Conflict::id).containsExactly(c2.id(), c1.id());
        assertThat(conflicts.list("shop-a", Conflict.State.OPEN, 10)).extracting(Conflict::id).containsExactly(c1.id());

        assertThat(conflicts.resolve(c1.id(), "返金済み", "operator", NOW.plusSeconds(5))).isTrue();
        assertThat(conflicts.resolve(c1.id(), "again", "operator", NOW)).isFalse();
        Conflict resolved = conflicts.find(c1.id()).orElseThrow();
        assertThat(resolved.state()).isEqualTo(Conflict.State.RESOLVED);
        assertThat(resolved.note()).isEqualTo("返金済み");
        assertThat(resolved.resolvedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(conflicts.list(null, Conflict.State.OPEN, 10)).extracting(Conflict::id).containsExactly(c2.id());
        assertThat(conflicts.openIfAbsent("shop-a", first, "N-1", Conflict.MALL_CANCELLED, "新たに", NOW))
                .as("a resolved conflict does not block a new one").isPresent();
    }

    // ---------------------------------------------------------------- history

    private Job job(String id, Job.Kind kind, String account, Instant created, Instant finished) {
        Job job = new Job(id, kind, account, "dshopping", finished == null ? Job.State.RUNNING : Job.State.SUCCEEDED,
                "admin", null, created, created, finished, Job.Counts.ZERO, null, List.of());
        store.save(job);
        return job;
    }

    private static JobResult result(Long orderId, String number, JobResult.Outcome outcome, Instant at) {
        return new JobResult(orderId, number, outcome, outcome == JobResult.Outcome.FAILED ? "モールのエラー" : null,
                null, Map.of(), at);
    }

    @Test
    public void resultsAreSearchableByAccountOrderNumberOrIdOutcomeAndTime_newestFirst() {
        job("j1", Job.Kind.IMPORT, "shop-a", NOW, NOW.plusSeconds(10));
        store.addResults("j1", List.of(result(1L, "N-1", JobResult.Outcome.IMPORTED, NOW.plusSeconds(1)),
                result(2L, "N-2", JobResult.Outcome.IMPORTED, NOW.plusSeconds(2))));
        job("j2", Job.Kind.EXPORT, "shop-a", NOW.plusSeconds(100), NOW.plusSeconds(110));
        store.addResults("j2", List.of(result(1L, "N-1", JobResult.Outcome.SENT, NOW.plusSeconds(101)),
                result(2L, "N-2", JobResult.Outcome.FAILED, NOW.plusSeconds(102))));
        job("j3", Job.Kind.IMPORT, "shop-b", NOW, NOW.plusSeconds(10));
        store.addResults("j3", List.of(result(null, "1", JobResult.Outcome.FAILED, NOW.plusSeconds(3))));

        HistoryPage all = history.search(new HistoryQuery(null, null, null, null, null, 0, 10));
        assertThat(all.total()).isEqualTo(5);
        assertThat(history.search(new HistoryQuery("shop-a", null, null, null, null, 0, 2)).entries())
                .extracting(HistoryEntry::jobId, HistoryEntry::mallOrderNumber).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("j2", "N-2"), org.assertj.core.groups.Tuple.tuple("j2", "N-1"));
        assertThat(history.search(new HistoryQuery(null, "N-1", null, null, null, 0, 10)).entries())
                .extracting(HistoryEntry::outcome).containsExactly(JobResult.Outcome.SENT, JobResult.Outcome.IMPORTED);
        assertThat(history.search(new HistoryQuery(null, "1", null, null, null, 0, 10)).entries())
                .as("digits match an order id or a mall order number").extracting(HistoryEntry::jobId)
                .containsExactly("j2", "j3", "j1");
        HistoryEntry failed = history.search(new HistoryQuery("shop-a", null, JobResult.Outcome.FAILED, null, null, 0,
                10)).entries().get(0);
        assertThat(failed.message()).isEqualTo("モールのエラー");
        assertThat(failed.kind()).isEqualTo(Job.Kind.EXPORT);
        assertThat(failed.at()).isEqualTo(NOW.plusSeconds(102));
        assertThat(history.search(new HistoryQuery(null, null, null, NOW.plusSeconds(2), NOW.plusSeconds(102), 0, 10))
                .entries()).extracting(HistoryEntry::at).containsExactly(NOW.plusSeconds(101), NOW.plusSeconds(3),
                NOW.plusSeconds(2));
    }

    @Test
    public void thePurgeDeletesFinishedRunsOlderThanTheCutoffWithTheirResults_andKeepsRunningOnes() {
        Instant old = NOW.minus(Duration.ofDays(500));
        job("old", Job.Kind.IMPORT, "shop-a", old, old.plusSeconds(5));
        store.addResults("old", List.of(result(1L, "N-1", JobResult.Outcome.IMPORTED, old)));
        job("stuck", Job.Kind.EXPORT, "shop-a", old, null);
        job("recent", Job.Kind.IMPORT, "shop-a", NOW, NOW.plusSeconds(5));
        store.addResults("recent", List.of(result(1L, "N-1", JobResult.Outcome.UNCHANGED, NOW)));

        assertThat(history.purgeFinishedBefore(NOW.minus(Duration.ofDays(400)))).isEqualTo(1);

        assertThat(store.find("old")).isEmpty();
        assertThat(store.find("stuck")).isPresent();
        assertThat(store.find("recent")).isPresent();
        assertThat(history.search(new HistoryQuery(null, null, null, null, null, 0, 10)).entries())
                .extracting(HistoryEntry::jobId).containsExactly("recent");
    }

}
