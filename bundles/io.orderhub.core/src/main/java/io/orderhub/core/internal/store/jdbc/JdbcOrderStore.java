package io.orderhub.core.internal.store.jdbc;

import io.orderhub.core.internal.store.OrderStore;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderChange;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.service.OrderPage;
import io.orderhub.core.service.OrderQuery;
import io.orderhub.core.service.OrderUpdate;
import io.orderhub.core.spi.MallOrder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** {@link OrderStore} on JDBC; one transaction per method, every statement prepared. */
final class JdbcOrderStore implements OrderStore {

    static final String SYSTEM_ACTOR = "system";
    static final String IMPORTED = "IMPORTED";
    static final String REIMPORTED = "REIMPORTED";
    static final String STATUS = "STATUS";
    static final String SHIPPING = "SHIPPING";

    private static final String ORDER_COLUMNS = "id, account_id, mall_id, mall_order_number, ordered_at, buyer,"
            + " ship_to, order_lines, payment_method, payment_status, total_price, mall_status, status, ship_date,"
            + " carrier, tracking_numbers, delivery_date, delivery_time_slot, last_updated_at, imported_at,"
            + " mall_updated_at, version, mall_data";

    private final Database db;
    private final Dialect dialect;
    private final JsonColumns json;

    JdbcOrderStore(Database db, Dialect dialect, JsonColumns json) {
        this.db = db;
        this.dialect = dialect;
        this.json = json;
    }

    // ---------------------------------------------------------------- import

    @Override
    public ImportOutcome upsertImported(String accountId, String mallId, MallOrder order, String initialStatus,
                                       Instant now) {
        requireText(accountId, "accountId");
        requireText(mallId, "mallId");
        Objects.requireNonNull(order, "order");
        requireText(initialStatus, "initialStatus");
        Objects.requireNonNull(now, "now");
        MallFields incoming = MallFields.of(order, json);
        String number = order.mallOrderNumber();
        // A concurrent import of the same order makes the insert fail with a unique violation (or, on H2, a
        // lock conflict); the retry then finds the row and takes the update path.
        return db.retrying("import of order " + number + " of account " + accountId, c -> {
            MallFields stored = readMallFields(c, accountId, number, false);
            if (stored == null) {
                long id = insert(c, accountId, mallId, order, incoming, initialStatus, now);
                insertHistory(c, id, List.of(new OrderChange(now, SYSTEM_ACTOR, IMPORTED,
                        "imported from " + mallId + " as " + statusLabel(c, initialStatus))));
                return new ImportOutcome(id, ImportEffect.CREATED);
            }
            if (!stored.changesTo(incoming).isEmpty()) {
                // compare again under the row lock: a concurrent import may have stored this content already
                stored = readMallFields(c, accountId, number, true);
            }
            List<String> changes = stored.changesTo(incoming);
            if (changes.isEmpty()) {
                if (!Objects.equals(stored.mallUpdatedAt(), incoming.mallUpdatedAt())) {
                    updateMallUpdatedAt(c, stored.id(), incoming.mallUpdatedAt());
                }
                return new ImportOutcome(stored.id(), ImportEffect.UNCHANGED);
            }
            // the version stays: it counts what an export sends (status, shipping), so a mall-side change
            // does not make an order that was already sent look unsent
            updateMallFields(c, stored.id(), incoming);
            insertHistory(c, stored.id(), List.of(new OrderChange(now, SYSTEM_ACTOR, REIMPORTED,
                    OrderHistoryText.mallChanges(changes))));
            return new ImportOutcome(stored.id(), ImportEffect.UPDATED, changes,
                    incoming.cancelled() && !stored.cancelled());
        });
    }

    private MallFields readMallFields(Connection c, String accountId, String number, boolean lock)
            throws SQLException {
        String sql = "SELECT " + MallFields.COLUMNS + " FROM orders WHERE account_id = ? AND mall_order_number = ?"
                + (lock ? " FOR UPDATE" : "");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, accountId);
            ps.setString(2, number);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? MallFields.read(rs) : null;
            }
        }
    }

    private long insert(Connection c, String accountId, String mallId, MallOrder order, MallFields fields,
                        String status, Instant now) throws SQLException {
        // shipping data the mall already holds is a starting point only; from then on operators own it
        Shipping shipping = order.shipping() == null ? Shipping.NONE : order.shipping();
        String sql = "INSERT INTO orders (account_id, mall_id, mall_order_number, ordered_at, mall_updated_at,"
                + " imported_at, status, mall_status, mall_cancelled, payment_method, payment_status, total_price,"
                + " buyer, ship_to, order_lines, mall_data, ship_date, carrier, tracking_numbers, delivery_date,"
                + " delivery_time_slot, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {idColumn()})) {
            int i = 0;
            ps.setString(++i, accountId);
            ps.setString(++i, mallId);
            ps.setString(++i, order.mallOrderNumber());
            Sql.setInstant(ps, ++i, fields.orderedAt());
            Sql.setInstant(ps, ++i, fields.mallUpdatedAt());
            Sql.setInstant(ps, ++i, now);
            ps.setString(++i, status);
            Sql.setString(ps, ++i, fields.mallStatus());
            ps.setBoolean(++i, fields.cancelled());
            Sql.setString(ps, ++i, fields.paymentMethod());
            Sql.setString(ps, ++i, fields.paymentStatus());
            Sql.setDecimal(ps, ++i, fields.totalPrice());
            Sql.setString(ps, ++i, fields.buyer());
            Sql.setString(ps, ++i, fields.shipTo());
            ps.setString(++i, fields.lines());
            ps.setString(++i, fields.mallData());
            Sql.setDate(ps, ++i, shipping.shipDate());
            Sql.setString(ps, ++i, shipping.carrier());
            Sql.setString(ps, ++i, json.strings(shipping.trackingNumbers()));
            Sql.setDate(ps, ++i, shipping.deliveryDate());
            Sql.setString(ps, ++i, shipping.deliveryTimeSlot());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new order");
                }
                return keys.getLong(1);
            }
        }
    }

    private static void updateMallFields(Connection c, long id, MallFields f) throws SQLException {
        String sql = "UPDATE orders SET ordered_at = ?, mall_updated_at = ?, mall_status = ?, mall_cancelled = ?,"
                + " payment_method = ?, payment_status = ?, total_price = ?, buyer = ?, ship_to = ?, order_lines = ?,"
                + " mall_data = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 0;
            Sql.setInstant(ps, ++i, f.orderedAt());
            Sql.setInstant(ps, ++i, f.mallUpdatedAt());
            Sql.setString(ps, ++i, f.mallStatus());
            ps.setBoolean(++i, f.cancelled());
            Sql.setString(ps, ++i, f.paymentMethod());
            Sql.setString(ps, ++i, f.paymentStatus());
            Sql.setDecimal(ps, ++i, f.totalPrice());
            Sql.setString(ps, ++i, f.buyer());
            Sql.setString(ps, ++i, f.shipTo());
            ps.setString(++i, f.lines());
            ps.setString(++i, f.mallData());
            ps.setLong(++i, id);
            ps.executeUpdate();
        }
    }

    private static void updateMallUpdatedAt(Connection c, long id, Instant mallUpdatedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE orders SET mall_updated_at = ? WHERE id = ?")) {
            Sql.setInstant(ps, 1, mallUpdatedAt);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- reads

    @Override
    public Optional<Order> find(long orderId) {
        return db.transaction("reading order " + orderId, c -> Optional.ofNullable(readOrder(c, orderId, false)));
    }

    @Override
    public Optional<Order> findByNumber(String accountId, String mallOrderNumber) {
        requireText(accountId, "accountId");
        requireText(mallOrderNumber, "mallOrderNumber");
        return db.transaction("reading order " + mallOrderNumber, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ORDER_COLUMNS
                    + " FROM orders WHERE account_id = ? AND mall_order_number = ?")) {
                ps.setString(1, accountId);
                ps.setString(2, mallOrderNumber);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(toOrder(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public OrderPage find(OrderQuery query) {
        Objects.requireNonNull(query, "query");
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.accountId() != null) {
            conditions.add("account_id = ?");
            params.add(query.accountId());
        }
        if (query.mallId() != null) {
            conditions.add("mall_id = ?");
            params.add(query.mallId());
        }
        if (query.status() != null) {
            conditions.add("status = ?");
            params.add(query.status());
        }
        if (query.mallOrderNumber() != null) {
            conditions.add("mall_order_number = ?");
            params.add(query.mallOrderNumber());
        }
        if (query.updatedSince() != null) {
            conditions.add("last_updated_at >= ?");
            params.add(query.updatedSince());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return db.transaction("searching orders", c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM orders" + where)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Order> orders = new ArrayList<>();
            if (query.offset() < total) {
                try (PreparedStatement ps = c.prepareStatement("SELECT " + ORDER_COLUMNS + " FROM orders" + where
                        + " ORDER BY id LIMIT ? OFFSET ?")) {
                    int i = bind(ps, params);
                    ps.setInt(++i, query.limit());
                    ps.setInt(++i, query.offset());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            orders.add(toOrder(rs));
                        }
                    }
                }
            }
            return new OrderPage(orders, total, query.offset(), query.limit());
        });
    }

    /**
     * Each page is a short read of its own and the consumer runs between reads, holding no connection: it
     * may be slow (a mall call) or use the store itself. Keyset paging on id returns every order at most
     * once even when orders change meanwhile.
     */
    @Override
    public void forEachExportCandidate(String accountId, Instant updatedSince, Instant orderedSince,
                                       Instant neverUpdatedOrderedSince, int pageSize, Consumer<Order> consumer) {
        requireText(accountId, "accountId");
        Objects.requireNonNull(consumer, "consumer");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be 1 or more");
        }
        String sql = exportCandidatesSql(dialect, updatedSince != null, neverUpdatedOrderedSince != null,
                orderedSince != null);
        long lastId = 0;
        while (true) {
            long after = lastId;
            List<Order> page = db.transaction("reading export candidates", c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int i = 0;
                    ps.setString(++i, accountId);
                    if (updatedSince != null) {
                        Sql.setInstant(ps, ++i, updatedSince);
                        if (neverUpdatedOrderedSince != null) {
                            Sql.setInstant(ps, ++i, neverUpdatedOrderedSince);
                        }
                    }
                    if (orderedSince != null) {
                        Sql.setInstant(ps, ++i, orderedSince);
                    }
                    ps.setLong(++i, after);
                    ps.setInt(++i, pageSize);
                    List<Order> orders = new ArrayList<>(pageSize);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            orders.add(toOrder(rs));
                        }
                    }
                    return orders;
                }
            });
            page.forEach(consumer);
            if (page.size() < pageSize) {
                return;
            }
            lastId = page.get(page.size() - 1).id();
        }
    }

    /**
     * One page of export candidates after an id. Parameters in order: account, then the last update bound (and the
     * order date bound for never-updated orders) if {@code updated}, the order date bound if {@code ordered}, the
     * last id of the previous page and the page size. Pages walk {@code orders_account_id} (V008).
     */
    static String exportCandidatesSql(Dialect dialect, boolean updated, boolean neverUpdated, boolean ordered) {
        // S2: never-updated orders join by their order date; the OR keeps one pass in id order
        String updatedSql = !updated ? "" : !neverUpdated ? " AND last_updated_at >= ?"
                : " AND (last_updated_at >= ? OR (last_updated_at IS NULL AND ordered_at >= ?))";
        return "SELECT " + ORDER_COLUMNS + " FROM " + dialect.from("orders", "orders_account_id")
                + " WHERE account_id = ?" + updatedSql
                + (ordered ? " AND ordered_at >= ?" : "")
                // account_id is fixed, so this is "by id"; said in the index's own order, H2 reads the index
                // sorted and stops at the limit instead of reading the rest of the account and sorting it
                + " AND id > ? ORDER BY account_id, id LIMIT ?";
    }

    // ---------------------------------------------------------------- operator changes

    @Override
    public Optional<Order> applyUpdate(long orderId, OrderUpdate update, String actor, Instant now) {
        Objects.requireNonNull(update, "update");
        requireText(actor, "actor");
        Objects.requireNonNull(now, "now");
        if (update.has(OrderUpdate.Field.STATUS)) {
            requireText(update.status(), "status");
        }
        return db.transaction("update of order " + orderId, c -> {
            Order current = readOrder(c, orderId, true);
            if (current == null) {
                return Optional.empty();
            }
            Shipping before = current.shipping();
            String status = update.has(OrderUpdate.Field.STATUS) ? update.status() : current.status();
            LocalDate shipDate = pick(update, OrderUpdate.Field.SHIP_DATE, update.shipDate(), before.shipDate());
            String carrier = pick(update, OrderUpdate.Field.CARRIER, update.carrier(), before.carrier());
            List<String> tracking = pick(update, OrderUpdate.Field.TRACKING_NUMBERS,
                    update.trackingNumbers() == null ? List.of() : update.trackingNumbers(), before.trackingNumbers());
            LocalDate deliveryDate = pick(update, OrderUpdate.Field.DELIVERY_DATE, update.deliveryDate(),
                    before.deliveryDate());
            String slot = pick(update, OrderUpdate.Field.DELIVERY_TIME_SLOT, update.deliveryTimeSlot(),
                    before.deliveryTimeSlot());

            List<OrderChange> changes = new ArrayList<>();
            if (OrderHistoryText.differ(current.status(), status)) {
                changes.add(new OrderChange(now, actor, STATUS, OrderHistoryText.change("status",
                        statusLabel(c, current.status()), statusLabel(c, status))));
            }
            addShippingChange(changes, now, actor, "ship date", before.shipDate(), shipDate);
            addShippingChange(changes, now, actor, "carrier", before.carrier(), carrier);
            addShippingChange(changes, now, actor, "tracking numbers", before.trackingNumbers(), tracking);
            addShippingChange(changes, now, actor, "delivery date", before.deliveryDate(), deliveryDate);
            addShippingChange(changes, now, actor, "delivery time slot", before.deliveryTimeSlot(), slot);
            if (changes.isEmpty()) {
                return Optional.of(current);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE orders SET status = ?, ship_date = ?, carrier = ?,"
                    + " tracking_numbers = ?, delivery_date = ?, delivery_time_slot = ?, last_updated_at = ?,"
                    + " version = version + 1 WHERE id = ?")) {
                int i = 0;
                ps.setString(++i, status);
                Sql.setDate(ps, ++i, shipDate);
                Sql.setString(ps, ++i, carrier);
                Sql.setString(ps, ++i, json.strings(tracking));
                Sql.setDate(ps, ++i, deliveryDate);
                Sql.setString(ps, ++i, slot);
                Sql.setInstant(ps, ++i, now);
                ps.setLong(++i, orderId);
                ps.executeUpdate();
            }
            insertHistory(c, orderId, changes);
            return Optional.of(readOrder(c, orderId, false));
        });
    }

    private static <T> T pick(OrderUpdate update, OrderUpdate.Field field, T given, T current) {
        return update.has(field) ? given : current;
    }

    private static void addShippingChange(List<OrderChange> changes, Instant now, String actor, String field,
                                          Object before, Object after) {
        if (OrderHistoryText.differ(before, after)) {
            changes.add(new OrderChange(now, actor, SHIPPING, OrderHistoryText.change(field, before, after)));
        }
    }

    // ---------------------------------------------------------------- history

    @Override
    public void addHistory(long orderId, OrderChange change) {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(change.at(), "change.at");
        requireText(change.actor(), "change.actor");
        requireText(change.kind(), "change.kind");
        db.transaction("adding history to order " + orderId, c -> {
            insertHistory(c, orderId, List.of(change));
            return null;
        });
    }

    @Override
    public List<OrderChange> history(long orderId) {
        return db.transaction("reading history of order " + orderId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT changed_at, actor, kind, detail FROM order_history WHERE order_id = ? ORDER BY id")) {
                ps.setLong(1, orderId);
                List<OrderChange> changes = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        changes.add(new OrderChange(Sql.getInstant(rs, "changed_at"), rs.getString("actor"),
                                rs.getString("kind"), rs.getString("detail")));
                    }
                }
                return changes;
            }
        });
    }

    private static void insertHistory(Connection c, long orderId, List<OrderChange> changes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO order_history (order_id, changed_at, actor, kind, detail) VALUES (?, ?, ?, ?, ?)")) {
            for (OrderChange change : changes) {
                ps.setLong(1, orderId);
                Sql.setInstant(ps, 2, change.at());
                ps.setString(3, change.actor());
                ps.setString(4, change.kind());
                Sql.setString(ps, 5, change.detail());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    // ---------------------------------------------------------------- statuses

    @Override
    public List<OrderStatus> customStatuses() {
        return db.transaction("reading statuses", c -> {
            List<OrderStatus> statuses = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, label FROM custom_status ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    statuses.add(new OrderStatus(rs.getString("code"), rs.getString("label"), false));
                }
            }
            return statuses;
        });
    }

    @Override
    public boolean addCustomStatus(OrderStatus status) {
        Objects.requireNonNull(status, "status");
        if (OrderStatus.builtIn(status.code()) != null) {
            return false;
        }
        try {
            return db.transaction("adding status " + status.code(), c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO custom_status (code, label) VALUES (?, ?)")) {
                    ps.setString(1, status.code());
                    ps.setString(2, status.label());
                    ps.executeUpdate();
                }
                return true;
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && Dialect.isUniqueViolation(sql)) {
                return false;
            }
            throw e;
        }
    }

    /** The label operators know a status by: built-in, the shop's own, or the bare code. */
    private static String statusLabel(Connection c, String code) throws SQLException {
        OrderStatus builtIn = OrderStatus.builtIn(code);
        if (builtIn != null) {
            return builtIn.label();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT label FROM custom_status WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : code;
            }
        }
    }

    // ---------------------------------------------------------------- mapping

    private Order readOrder(Connection c, long orderId, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ORDER_COLUMNS + " FROM orders WHERE id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            ps.setLong(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? toOrder(rs) : null;
            }
        }
    }

    private Order toOrder(ResultSet rs) throws SQLException {
        Shipping shipping = new Shipping(Sql.getDate(rs, "ship_date"), rs.getString("carrier"),
                json.strings(rs.getString("tracking_numbers")), Sql.getDate(rs, "delivery_date"),
                rs.getString("delivery_time_slot"));
        return new Order(rs.getLong("id"), rs.getString("account_id"), rs.getString("mall_id"),
                rs.getString("mall_order_number"), Sql.getInstant(rs, "ordered_at"),
                json.address(rs.getString("buyer")), json.address(rs.getString("ship_to")),
                json.lines(rs.getString("order_lines")), rs.getString("payment_method"),
                rs.getString("payment_status"), Sql.getDecimal(rs, "total_price"), rs.getString("mall_status"),
                rs.getString("status"), shipping, Sql.getInstant(rs, "last_updated_at"),
                Sql.getInstant(rs, "imported_at"), Sql.getInstant(rs, "mall_updated_at"), rs.getLong("version"),
                json.stringMap(rs.getString("mall_data")));
    }

    private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 0;
        for (Object p : params) {
            if (p instanceof Instant instant) {
                Sql.setInstant(ps, ++i, instant);
            } else {
                ps.setString(++i, (String) p);
            }
        }
        return i;
    }

    private String idColumn() {
        // H2 folds unquoted names to upper case, PostgreSQL to lower case
        return dialect == Dialect.H2 ? "ID" : "id";
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
