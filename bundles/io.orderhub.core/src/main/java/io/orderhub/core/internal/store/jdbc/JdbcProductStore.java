package io.orderhub.core.internal.store.jdbc;

import io.orderhub.core.internal.store.OrderStore;
import io.orderhub.core.internal.store.ProductStore;
import io.orderhub.core.service.Product;
import io.orderhub.core.service.ProductImportResult;
import io.orderhub.core.service.ProductPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import javax.sql.DataSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static io.orderhub.core.internal.store.jdbc.JdbcOrderStore.requireText;

/**
 * The product master on the {@code orderhub} DataSource. The reference to {@link OrderStore} only orders the
 * start: {@link JdbcStore} applies the schema migrations, so this store starts after it.
 */
@Component(service = ProductStore.class)
public class JdbcProductStore implements ProductStore {

    private static final int CHUNK = 500;
    private static final String COLUMNS = "sku, name, jan_code, price, updated_at";

    private final Database db;
    private final JsonColumns json = new JsonColumns();

    @Activate
    public JdbcProductStore(@Reference(name = "dataSource", target = "(dataSourceName=orderhub)") DataSource dataSource,
                            @Reference OrderStore migrated) {
        this.db = new Database(dataSource);
    }

    @Override
    public ProductImportResult upsertAll(List<Product> products, Instant now) {
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(now, "now");
        // a concurrent import inserting the same new SKU loses with a unique violation and runs again whole
        return db.retrying("import of " + products.size() + " products", c -> {
            int created = 0;
            int updated = 0;
            for (int start = 0; start < products.size(); start += CHUNK) {
                List<Product> chunk = products.subList(start, Math.min(products.size(), start + CHUNK));
                int[] counts;
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE product SET name = ?, jan_code = ?, price = ?, updated_at = ? WHERE sku = ?")) {
                    for (Product p : chunk) {
                        int i = 0;
                        ps.setString(++i, p.name());
                        Sql.setString(ps, ++i, p.janCode());
                        Sql.setDecimal(ps, ++i, p.price());
                        Sql.setInstant(ps, ++i, now);
                        ps.setString(++i, p.sku());
                        ps.addBatch();
                    }
                    counts = ps.executeBatch();
                }
                List<Product> missing = new ArrayList<>();
                for (int k = 0; k < chunk.size(); k++) {
                    if (counts[k] == 0) {
                        missing.add(chunk.get(k));
                    }
                }
                updated += chunk.size() - missing.size();
                if (!missing.isEmpty()) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO product (sku, name, jan_code, price,"
                            + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                        for (Product p : missing) {
                            int i = 0;
                            ps.setString(++i, p.sku());
                            ps.setString(++i, p.name());
                            Sql.setString(ps, ++i, p.janCode());
                            Sql.setDecimal(ps, ++i, p.price());
                            Sql.setInstant(ps, ++i, now);
                            Sql.setInstant(ps, ++i, now);
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                    created += missing.size();
                }
            }
            return new ProductImportResult(created, updated);
        });
    }

    @Override
    public Map<String, String> names(Collection<String> skus) {
        List<String> wanted = skus.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> names = new HashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        return db.transaction("reading product names", c -> {
            for (int start = 0; start < wanted.size(); start += CHUNK) {
                List<String> chunk = wanted.subList(start, Math.min(wanted.size(), start + CHUNK));
                String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT sku, name FROM product WHERE sku IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            names.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
            }
            return names;
        });
    }

    @Override
    public ProductPage list(String query, int offset, int limit) {
        String q = query == null || query.isBlank() ? null : query.strip();
        String where = q == null ? "" : " WHERE sku LIKE ? ESCAPE '\\' OR LOWER(name) LIKE ? ESCAPE '\\'";
        return db.transaction("searching products", c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM product" + where)) {
                bindQuery(ps, q);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Product> products = new ArrayList<>();
            if (offset < total) {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM product" + where
                        + " ORDER BY sku LIMIT ? OFFSET ?")) {
                    int i = bindQuery(ps, q);
                    ps.setInt(++i, limit);
                    ps.setInt(++i, offset);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            products.add(toProduct(rs));
                        }
                    }
                }
            }
            return new ProductPage(products, total, offset, limit);
        });
    }

    private static int bindQuery(PreparedStatement ps, String q) throws SQLException {
        if (q == null) {
            return 0;
        }
        String escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        ps.setString(1, escaped + "%");
        ps.setString(2, "%" + escaped.toLowerCase(java.util.Locale.ROOT) + "%");
        return 2;
    }

    @Override
    public Optional<Product> find(String sku) {
        requireText(sku, "sku");
        return db.transaction("reading product " + sku, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM product WHERE sku = ?")) {
                ps.setString(1, sku);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(toProduct(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean delete(String sku) {
        requireText(sku, "sku");
        return db.transaction("deleting product " + sku, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM product WHERE sku = ?")) {
                ps.setString(1, sku);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public int fillUnregisteredNames(Instant now) {
        Objects.requireNonNull(now, "now");
        String marker = "%" + UNREGISTERED_NAME + "%";
        int updated = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = db.transaction("finding order lines without a product name", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM orders WHERE order_lines LIKE ?"
                        + " AND id > ? ORDER BY id LIMIT 500")) {
                    ps.setString(1, marker);
                    ps.setLong(2, from);
                    List<Long> found = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getLong(1));
                        }
                    }
                    return found;
                }
            });
            for (long id : ids) {
                if (fillOrder(id, now)) {
                    updated++;
                }
            }
            if (ids.size() < 500) {
                return updated;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    /** One order, under its row lock so that a concurrent import or update is not overwritten. */
    private boolean fillOrder(long orderId, Instant now) {
        return db.retrying("filling product names of order " + orderId, c -> {
            String text;
            try (PreparedStatement ps = c.prepareStatement("SELECT order_lines FROM orders WHERE id = ? FOR UPDATE")) {
                ps.setLong(1, orderId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return false;
                    }
                    text = rs.getString(1);
                }
            }
            List<io.orderhub.core.model.OrderLine> lines = json.lines(text);
            List<String> skus = lines.stream().filter(l -> UNREGISTERED_NAME.equals(l.name()) && l.sku() != null)
                    .map(io.orderhub.core.model.OrderLine::sku).distinct().toList();
            Map<String, String> names = new HashMap<>();
            for (String sku : skus) {
                try (PreparedStatement ps = c.prepareStatement("SELECT name FROM product WHERE sku = ?")) {
                    ps.setString(1, sku);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            names.put(sku, rs.getString(1));
                        }
                    }
                }
            }
            if (names.isEmpty()) {
                return false;
            }
            List<io.orderhub.core.model.OrderLine> filled = new ArrayList<>();
            List<String> detail = new ArrayList<>();
            for (io.orderhub.core.model.OrderLine l : lines) {
                String name = UNREGISTERED_NAME.equals(l.name()) && l.sku() != null ? names.get(l.sku()) : null;
                if (name == null) {
                    filled.add(l);
                } else {
                    filled.add(new io.orderhub.core.model.OrderLine(l.lineNo(), l.mallLineId(), l.sku(), name,
                            l.quantity(), l.unitPrice()));
                    detail.add(l.sku() + " → " + name);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE orders SET order_lines = ? WHERE id = ?")) {
                ps.setString(1, json.lines(filled));
                ps.setLong(2, orderId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO order_history (order_id, changed_at, actor,"
                    + " kind, detail) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, orderId);
                Sql.setInstant(ps, 2, now);
                ps.setString(3, JdbcOrderStore.SYSTEM_ACTOR);
                ps.setString(4, "PRODUCT_NAMES");
                ps.setString(5, "商品名を商品マスタから補完しました: " + String.join(", ", detail));
                ps.executeUpdate();
            }
            return true;
        });
    }

    private static Product toProduct(ResultSet rs) throws SQLException {
        return new Product(rs.getString("sku"), rs.getString("name"), rs.getString("jan_code"),
                Sql.getDecimal(rs, "price"), Sql.getInstant(rs, "updated_at"));
    }
}
