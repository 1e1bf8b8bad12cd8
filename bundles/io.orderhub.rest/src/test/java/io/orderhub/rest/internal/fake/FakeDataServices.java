package io.orderhub.rest.internal.fake;

import io.orderhub.core.service.Conflict;
import io.orderhub.core.service.ConflictException;
import io.orderhub.core.service.ConflictService;
import io.orderhub.core.service.HistoryEntry;
import io.orderhub.core.service.HistoryPage;
import io.orderhub.core.service.HistoryQuery;
import io.orderhub.core.service.HistoryService;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.Product;
import io.orderhub.core.service.ProductImportResult;
import io.orderhub.core.service.ProductPage;
import io.orderhub.core.service.ProductService;
import io.orderhub.core.service.ValidationException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In-memory product master, conflict list and history behind the REST tests. The CSV reading here is a
 * stand-in (comma split, header sku/商品コード and name/商品名, strict charset); the real reader is tested in the
 * core. {@link #writes} counts every change.
 */
public final class FakeDataServices {

    public final Map<String, Product> products = new TreeMap<>();
    public final List<Conflict> conflicts = new ArrayList<>();
    public final List<HistoryEntry> history = new ArrayList<>();
    public final List<HistoryQuery> historyQueries = new ArrayList<>();
    public final AtomicInteger writes = new AtomicInteger();

    public synchronized void reset() {
        products.clear();
        conflicts.clear();
        history.clear();
        historyQueries.clear();
        writes.set(0);
        products.put("SKU-1", new Product("SKU-1", "緑茶 100g", "4901234567894", new java.math.BigDecimal("1200"),
                FakeBackend.NOW));
        conflicts.add(new Conflict(1, FakeBackend.ACCOUNT, 1002, "#1002", Conflict.MALL_CANCELLED,
                "モールでキャンセルされましたが、すでに発送処理中です (ステータスが処理済)", Conflict.State.OPEN,
                FakeBackend.NOW, null, null, null));
        history.add(new HistoryEntry("job-7", Job.Kind.IMPORT, FakeBackend.ACCOUNT, FakeBackend.MALL, "admin", 1001L,
                "#1001", JobResult.Outcome.IMPORTED, null, null, FakeBackend.NOW));
    }

    public FakeDataServices() {
        reset();
    }

    public final ProductService productService = new ProductService() {
        @Override
        public ProductImportResult importCsv(byte[] csv, Charset charset, String actor) {
            String text;
            try {
                text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(csv)).toString();
            } catch (CharacterCodingException e) {
                throw new ValidationException("csv", "bytes that are not " + charset.name());
            }
            String[] lines = text.replace("\uFEFF", "").split("\r?\n");
            List<String> header = List.of(lines[0].split(","));
            int sku = Math.max(header.indexOf("sku"), header.indexOf("商品コード"));
            int name = Math.max(header.indexOf("name"), header.indexOf("商品名"));
            if (sku < 0 || name < 0) {
                throw new ValidationException("csv", "line 1: the header has no SKU or name column");
            }
            List<Product> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(",", -1);
                if (f[sku].isBlank()) {
                    throw new ValidationException("csv", "line " + (i + 1) + ": SKU (商品コード) is empty");
                }
                rows.add(new Product(f[sku], f[name], null, null, FakeBackend.NOW));
            }
            int created = 0;
            synchronized (FakeDataServices.this) {
                for (Product p : rows) {
                    if (products.put(p.sku(), p) == null) {
                        created++;
                    }
                }
                writes.incrementAndGet();
            }
            return new ProductImportResult(created, rows.size() - created);
        }

        @Override
        public ProductPage list(String query, int offset, int limit) {
            synchronized (FakeDataServices.this) {
                List<Product> all = products.values().stream().filter(p -> query == null
                        || p.sku().startsWith(query) || p.name().contains(query)).toList();
                return new ProductPage(all.stream().skip(offset).limit(limit).toList(), all.size(), offset, limit);
            }
        }

        @Override
        public Product get(String sku) {
            synchronized (FakeDataServices.this) {
                Product p = products.get(sku);
                if (p == null) {
                    throw new NotFoundException("product", sku);
                }
                return p;
            }
        }

        @Override
        public void delete(String sku, String actor) {
            synchronized (FakeDataServices.this) {
                if (products.remove(sku) == null) {
                    throw new NotFoundException("product", sku);
                }
                writes.incrementAndGet();
            }
        }
    };

    public final ConflictService conflictService = new ConflictService() {
        @Override
        public List<Conflict> list(String accountId, Conflict.State state, int limit) {
            synchronized (FakeDataServices.this) {
                return conflicts.stream().filter(c -> accountId == null || c.accountId().equals(accountId))
                        .filter(c -> state == null || c.state() == state).limit(limit).toList();
            }
        }

        @Override
        public Conflict get(long id) {
            synchronized (FakeDataServices.this) {
                return conflicts.stream().filter(c -> c.id() == id).findFirst()
                        .orElseThrow(() -> new NotFoundException("conflict", Long.toString(id)));
            }
        }

        @Override
        public Conflict resolve(long id, String note, String actor) {
            if (note == null || note.isBlank()) {
                throw new ValidationException("note", "a note is required");
            }
            synchronized (FakeDataServices.this) {
                Conflict c = get(id);
                if (c.state() == Conflict.State.RESOLVED) {
                    throw new ConflictException("id", "conflict " + id + " is already resolved");
                }
                Conflict done = new Conflict(c.id(), c.accountId(), c.orderId(), c.mallOrderNumber(), c.kind(),
                        c.detail(), Conflict.State.RESOLVED, c.createdAt(), FakeBackend.NOW, actor, note);
                conflicts.set(conflicts.indexOf(c), done);
                writes.incrementAndGet();
                return done;
            }
        }
    };

    public final HistoryService historyService = query -> {
        synchronized (FakeDataServices.this) {
            historyQueries.add(query);
            List<HistoryEntry> found = history.stream()
                    .filter(e -> query.accountId() == null || e.accountId().equals(query.accountId()))
                    .filter(e -> query.outcome() == null || e.outcome() == query.outcome()).toList();
            return new HistoryPage(found, found.size(), query.offset(), query.limit());
        }
    };
}
