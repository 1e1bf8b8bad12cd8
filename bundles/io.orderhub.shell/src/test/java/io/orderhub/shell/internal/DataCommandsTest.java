package io.orderhub.shell.internal;

import io.orderhub.core.internal.product.StoreProductService;
import io.orderhub.core.internal.store.ProductStore;
import io.orderhub.core.service.Conflict;
import io.orderhub.core.service.ConflictException;
import io.orderhub.core.service.ConflictService;
import io.orderhub.core.service.HistoryEntry;
import io.orderhub.core.service.HistoryPage;
import io.orderhub.core.service.HistoryQuery;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.Product;
import io.orderhub.core.service.ProductImportResult;
import io.orderhub.core.service.ProductPage;
import io.orderhub.core.service.ValidationException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static io.orderhub.shell.internal.MallAndAccountCommandsTest.assertOneErrorLine;
import static org.assertj.core.api.Assertions.assertThat;

/** product-import/-list (D4), import --status (F3), conflicts, conflict-resolve and history. */
public class DataCommandsTest {

    private static final Instant T0 = Instant.parse("2025-05-01T00:00:00Z");

    @Rule
    public final TemporaryFolder tmp = new TemporaryFolder();

    /** The real product service (CSV reading included) over an in-memory master. */
    private final Map<String, Product> master = new TreeMap<>();
    private final ProductStore store = new ProductStore() {
        @Override
        public ProductImportResult upsertAll(List<Product> products, Instant now) {
            int created = 0;
            for (Product p : products) {
                if (master.put(p.sku(), p) == null) {
                    created++;
                }
            }
            return new ProductImportResult(created, products.size() - created);
        }

        @Override
        public Map<String, String> names(Collection<String> skus) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ProductPage list(String query, int offset, int limit) {
            List<Product> all = master.values().stream()
                    .filter(p -> query == null || p.sku().startsWith(query) || p.name().contains(query)).toList();
            return new ProductPage(all.stream().skip(offset).limit(limit).toList(), all.size(), offset, limit);
        }

        @Override
        public Optional<Product> find(String sku) {
            return Optional.ofNullable(master.get(sku));
        }

        @Override
        public boolean delete(String sku) {
            return master.remove(sku) != null;
        }

        @Override
        public int fillUnregisteredNames(Instant now) {
            return master.size();
        }
    };
    private final StoreProductService products = new StoreProductService(store, Clock.fixed(T0, ZoneOffset.UTC));

    private final Fakes.Jobs jobs = new Fakes.Jobs();
    private final Fakes.Sync sync = new Fakes.Sync(jobs, Set.of("my-shop", "my-yahoo"));
    private final List<Conflict> conflicts = new ArrayList<>();
    private final List<HistoryQuery> historyQueries = new ArrayList<>();

    private final ConflictService conflictService = new ConflictService() {
        @Override
        public List<Conflict> list(String accountId, Conflict.State state, int limit) {
            return conflicts.stream().filter(c -> state == null || c.state() == state).toList();
        }

        @Override
        public Conflict get(long id) {
            return conflicts.stream().filter(c -> c.id() == id).findFirst()
                    .orElseThrow(() -> new NotFoundException("conflict", Long.toString(id)));
        }

        @Override
        public Conflict resolve(long id, String note, String actor) {
            if (note == null || note.isBlank()) {
                throw new ValidationException("note", "a note is required");
            }
            Conflict c = get(id);
            if (c.state() == Conflict.State.RESOLVED) {
                throw new ConflictException("id", "conflict " + id + " is already resolved");
            }
            Conflict done = new Conflict(id, c.accountId(), c.orderId(), c.mallOrderNumber(), c.kind(), c.detail(),
                    Conflict.State.RESOLVED, c.createdAt(), T0, actor, note);
            conflicts.set(conflicts.indexOf(c), done);
            return done;
        }
    };

    @Before
    public void setUp() {
        sync.nextJob = new Job("job-1", Job.Kind.IMPORT, "my-yahoo", "yahoo", Job.State.RUNNING, "console", null, T0,
                null, null, Job.Counts.ZERO, null, List.of());
        conflicts.add(new Conflict(3, "my-shop", 42, "#1042", Conflict.MALL_CANCELLED,
                "モールでキャンセルされましたが、すでに発送処理中です (ステータスが発送待ち)", Conflict.State.OPEN, T0, null,
                null, null));
    }

    private ProductImportCommand productImport(Path file, String charset) {
        ProductImportCommand cmd = new ProductImportCommand();
        cmd.products = products;
        cmd.file = file.toString();
        cmd.charset = charset;
        return cmd;
    }

    // ------------------------------------------------------------ products

    @Test
    public void d4_productImportReadsAShiftJisFileAsExcelWritesIt() throws Exception {
        Path file = tmp.newFile("商品マスタ.csv").toPath();
        Files.write(file, "商品コード,商品名,販売価格\r\nTEA-1,①特選 煎茶～静岡～,1200\r\nTEA-2,ほうじ茶,800\r\n"
                .getBytes(Charset.forName("windows-31j")));

        Console console = Console.run(productImport(file, "Shift_JIS"));

        assertThat(console.err()).isEmpty();
        assertThat(console.out()).contains("(Shift_JIS): 2 new, 0 updated; product names filled in 2 stored orders");
        assertThat(master.get("TEA-1").name()).isEqualTo("①特選 煎茶～静岡～");
    }

    @Test
    public void d4_aShiftJisFileReadAsUtf8IsRefusedWithTheLine_andNothingChanges() throws Exception {
        Path file = tmp.newFile("products.csv").toPath();
        Files.write(file, "sku,name\nTEA-1,緑茶\n".getBytes(Charset.forName("windows-31j")));

        Console console = Console.run(productImport(file, null));

        assertThat(console.err()).startsWith("Error: csv: ").contains("line 2: bytes that are not UTF-8");
        assertThat(master).isEmpty();
    }

    @Test
    public void d4_badArgumentsAreOneErrorLineNamingThem() throws Exception {
        Path file = tmp.newFile("p.csv").toPath();
        Files.writeString(file, "sku,name\n,x\n");
        assertOneErrorLine(Console.run(productImport(tmp.getRoot().toPath().resolve("missing.csv"), null)),
                "Error: FILE: no such file: " + tmp.getRoot().toPath().resolve("missing.csv").toAbsolutePath());
        assertThat(Console.run(productImport(file, "EUC-JP")).err()).startsWith("Error: charset: ");
        assertThat(Console.run(productImport(file, null)).err()).contains("line 2: SKU (商品コード) is empty");
        assertThat(master).isEmpty();
    }

    @Test
    public void d4_productListSearchesBySkuOrName() throws Exception {
        Path file = tmp.newFile("p.csv").toPath();
        Files.writeString(file, "\uFEFFsku,name,jan\nTEA-1,緑茶,4901234567894\nCUP-1,湯のみ,\n", StandardCharsets.UTF_8);
        Console.run(productImport(file, "UTF-8"));

        ProductListCommand list = new ProductListCommand();
        list.products = products;
        list.query = "緑";
        Console console = Console.run(list);
        assertThat(console.out()).contains("TEA-1", "緑茶", "4901234567894").doesNotContain("CUP-1");

        list.query = null;
        list.limit = "1";
        assertThat(Console.run(list).out()).contains("CUP-1", "1–1 of 2 products");
    }

    // ------------------------------------------------------------ import --status

    private ImportCommand importCommand(String account, String... statuses) {
        ImportCommand cmd = new ImportCommand();
        cmd.sync = sync;
        cmd.jobs = jobs;
        cmd.accountId = account;
        cmd.statuses = List.of(statuses);
        cmd.background = true;
        return cmd;
    }

    @Test
    public void f3_importByStatusPassesTheMallStatuses() throws Exception {
        sync.byStatus.add("my-yahoo");
        Console console = Console.run(importCommand("my-yahoo", "2,3", "5"));
        assertThat(console.err()).isEmpty();
        assertThat(sync.calls).containsExactly("import my-yahoo null null statuses [2, 3, 5] by console");
    }

    @Test
    public void f3_importByStatusIsRefusedForAMallWithoutIt_withOneErrorLine() throws Exception {
        assertOneErrorLine(Console.run(importCommand("my-shop", "2")),
                "Error: statuses: テストモール (fake) cannot import by mall status (capability IMPORT_BY_STATUS)");
        assertOneErrorLine(Console.run(importCommand("my-yahoo", "2,")), "Error: status: a mall status is empty");
        assertThat(sync.calls).isEmpty();
    }

    // ------------------------------------------------------------ conflicts

    @Test
    public void conflictsListsOpenOnes_andConflictResolveTakesTheNote() throws Exception {
        ConflictsCommand list = new ConflictsCommand();
        list.conflicts = conflictService;
        assertThat(Console.run(list).out()).contains("#1042", "未解決", "発送待ち");

        ConflictResolveCommand resolve = new ConflictResolveCommand();
        resolve.conflicts = conflictService;
        resolve.id = "3";
        resolve.note = List.of("配送を止めて", "返金済み");
        Console console = Console.run(resolve);
        assertThat(console.out()).contains("Conflict 3 (order #1042) resolved: 配送を止めて 返金済み");
        assertThat(conflicts.get(0).resolvedBy()).isEqualTo("console");

        assertThat(Console.run(list).out()).contains("No open conflicts");
        list.all = true;
        assertThat(Console.run(list).out()).contains("解決済", "返金済み (console)");
        assertOneErrorLine(Console.run(resolve), "Error: id: conflict 3 is already resolved");
    }

    @Test
    public void conflictResolveRejectsABadIdOrEmptyNote() throws Exception {
        ConflictResolveCommand resolve = new ConflictResolveCommand();
        resolve.conflicts = conflictService;
        resolve.id = "x";
        resolve.note = List.of("done");
        assertOneErrorLine(Console.run(resolve), "Error: ID: 'x' is not a conflict id (a number)");
        resolve.id = "3";
        resolve.note = List.of(" ");
        assertOneErrorLine(Console.run(resolve), "Error: note: a note is required");
        assertThat(conflicts.get(0).state()).isEqualTo(Conflict.State.OPEN);
    }

    // ------------------------------------------------------------ history

    private HistoryCommand history() {
        HistoryCommand cmd = new HistoryCommand();
        cmd.history = query -> {
            historyQueries.add(query);
            return new HistoryPage(List.of(new HistoryEntry("job-9", Job.Kind.EXPORT, "my-shop", "shopify", "admin",
                    42L, "#1042", JobResult.Outcome.FAILED, "追跡番号が不正です", null, T0)), 3, 0, query.limit());
        };
        cmd.clock = Clock.fixed(T0, ZoneOffset.UTC);
        return cmd;
    }

    @Test
    public void historyPassesEveryFilter_andPrintsTheResults() throws Exception {
        HistoryCommand cmd = history();
        cmd.accountId = "my-shop";
        cmd.order = "#1042";
        cmd.outcome = "failed";
        cmd.since = "7d";
        cmd.limit = "1";
        Console console = Console.run(cmd);

        assertThat(console.out()).contains("EXPORT job-9", "#1042 (id 42)", "FAILED", "追跡番号が不正です",
                "1 of 3 results");
        HistoryQuery q = historyQueries.get(0);
        assertThat(q.accountId()).isEqualTo("my-shop");
        assertThat(q.order()).isEqualTo("#1042");
        assertThat(q.outcome()).isEqualTo(JobResult.Outcome.FAILED);
        assertThat(q.from()).isEqualTo(Instant.parse("2025-04-24T00:00:00Z"));

        cmd.since = "2025-04-01";
        Console.run(cmd);
        assertThat(historyQueries.get(1).from()).isEqualTo(Instant.parse("2025-03-31T15:00:00Z"));
    }

    @Test
    public void historyRejectsBadFiltersWithOneErrorLine() throws Exception {
        HistoryCommand cmd = history();
        cmd.outcome = "LOST";
        assertThat(Console.run(cmd).err()).startsWith("Error: outcome: 'LOST' is not one of");
        cmd.outcome = null;
        cmd.since = "last week";
        assertOneErrorLine(Console.run(cmd),
                "Error: since: 'last week' is neither a date (yyyy-MM-dd) nor days back (7d)");
        cmd.since = "2025-02-30";
        assertOneErrorLine(Console.run(cmd), "Error: since: '2025-02-30' is not a valid date (yyyy-MM-dd)");
        cmd.since = null;
        cmd.limit = "0";
        assertOneErrorLine(Console.run(cmd), "Error: limit: limit must be between 1 and 1000");
        assertThat(historyQueries).isEmpty();
    }
}
