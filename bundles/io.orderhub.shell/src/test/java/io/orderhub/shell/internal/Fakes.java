package io.orderhub.shell.internal;

import io.orderhub.core.model.Address;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderChange;
import io.orderhub.core.model.OrderLine;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.service.Account;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.ConflictException;
import io.orderhub.core.service.ExportPreview;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobService;
import io.orderhub.core.service.Mall;
import io.orderhub.core.service.MallRegistry;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.OrderPage;
import io.orderhub.core.service.OrderQuery;
import io.orderhub.core.service.OrderService;
import io.orderhub.core.service.OrderUpdate;
import io.orderhub.core.service.SyncService;
import io.orderhub.core.service.ValidationException;
import io.orderhub.core.spi.AccountSetting;
import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.MallCapability;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Small in-memory stand-ins for the core services, keeping just enough state to see what a command did. */
final class Fakes {

    static final List<AccountSetting> SHOPIFY_SETTINGS = List.of(
            AccountSetting.url("shopUrl", "ショップURL", "Shop URL", true, null),
            AccountSetting.secret(".accessToken", "アクセストークン", "Access token"),
            AccountSetting.integer("daysToFetch", "取得日数", "Days to fetch", 3, 1, 60));

    private Fakes() {
    }

    static final class Malls implements MallRegistry {
        final Map<String, Mall> malls = new TreeMap<>();
        Accounts accounts;

        Malls add(String id, String nameJa, String nameEn, Set<MallCapability> caps, List<AccountSetting> settings) {
            malls.put(id, new Mall(id, nameJa, nameEn, caps, settings, List.of()));
            return this;
        }

        @Override
        public List<Mall> malls() {
            return malls.keySet().stream().map(this::mall).toList();
        }

        @Override
        public Mall mall(String mallId) {
            Mall m = malls.get(mallId);
            if (m == null) {
                throw new NotFoundException("mall", mallId);
            }
            List<Account> of = accounts == null ? List.of()
                    : accounts.list().stream().filter(a -> a.mallId().equals(mallId)).toList();
            return new Mall(m.id(), m.nameJa(), m.nameEn(), m.capabilities(), m.settings(), of);
        }
    }

    /** Keeps secrets like the core does: stored, never handed out. */
    static class Accounts implements AccountService {
        record Stored(String mallId, String name, Map<String, Object> values) {
        }

        final Map<String, Stored> stored = new TreeMap<>();
        int changes;

        @Override
        public List<Account> list() {
            return stored.keySet().stream().map(this::get).toList();
        }

        @Override
        public Account get(String accountId) {
            Stored s = stored.get(accountId);
            if (s == null) {
                throw new NotFoundException("account", accountId);
            }
            Map<String, Object> visible = new LinkedHashMap<>();
            Set<String> secrets = new TreeSet<>();
            s.values().forEach((k, v) -> {
                if (k.startsWith(".")) {
                    secrets.add(k);
                } else {
                    visible.put(k, v);
                }
            });
            return new Account(accountId, s.mallId(), s.name(), visible, secrets, true, ConnectionStatus.online());
        }

        @Override
        public Account create(String accountId, String mallId, String name, Map<String, Object> settings) {
            if (stored.containsKey(accountId)) {
                throw new ConflictException("id", "account " + accountId + " already exists");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            settings.forEach((k, v) -> {
                if (v != null) {
                    values.put(k, v);
                }
            });
            stored.put(accountId, new Stored(mallId, name, values));
            changes++;
            return get(accountId);
        }

        @Override
        public Account update(String accountId, String name, Map<String, Object> settings) {
            Stored s = stored.get(accountId);
            if (s == null) {
                throw new NotFoundException("account", accountId);
            }
            Map<String, Object> values = new LinkedHashMap<>(s.values());
            settings.forEach((k, v) -> {
                if (v == null) {
                    if (!k.startsWith(".")) {
                        values.remove(k);
                    }
                } else {
                    values.put(k, v);
                }
            });
            stored.put(accountId, new Stored(s.mallId(), name == null ? s.name() : name, values));
            changes++;
            return get(accountId);
        }

        @Override
        public void delete(String accountId) {
            if (stored.remove(accountId) == null) {
                throw new NotFoundException("account", accountId);
            }
            changes++;
        }
    }

    static final class Orders implements OrderService {
        final Map<Long, Order> orders = new TreeMap<>();
        final Map<Long, List<OrderChange>> history = new TreeMap<>();
        final List<OrderStatus> custom = new ArrayList<>();
        final List<OrderQuery> queries = new ArrayList<>();
        int updates;

        Order add(long id, String account, String number, String status) {
            Order o = new Order(id, account, "shopify", number, Instant.parse("2025-05-01T01:00:00Z"),
                    new Address("山田 太郎", "ヤマダ タロウ", "100-0001", "東京都", "千代田区", "千代田1-1", null,
                            "03-0000-0000", "taro@example.jp"),
                    Address.ofName("山田 花子"),
                    List.of(new OrderLine(1, "L1", "SKU-1", "緑茶 100g", 2, new BigDecimal("1200"))),
                    "credit_card", "paid", new BigDecimal("2400"), "paid", status, Shipping.NONE, null,
                    Instant.parse("2025-05-01T02:00:00Z"), null, 1, Map.of("shopifyOrderId", "450789469"));
            orders.put(id, o);
            history.put(id, new ArrayList<>(List.of(new OrderChange(o.importedAt(), "system", "IMPORTED", "from shopify"))));
            return o;
        }

        @Override
        public OrderPage find(OrderQuery q) {
            queries.add(q);
            List<Order> all = orders.values().stream()
                    .filter(o -> q.accountId() == null || q.accountId().equals(o.accountId()))
                    .filter(o -> q.mallId() == null || q.mallId().equals(o.mallId()))
                    .filter(o -> q.status() == null || q.status().equals(o.status()))
                    .filter(o -> q.mallOrderNumber() == null || q.mallOrderNumber().equals(o.mallOrderNumber()))
                    .toList();
            List<Order> page = all.stream().skip(q.offset()).limit(q.limit()).toList();
            return new OrderPage(page, all.size(), q.offset(), q.limit());
        }

        @Override
        public Order get(long orderId) {
            Order o = orders.get(orderId);
            if (o == null) {
                throw new NotFoundException("order", Long.toString(orderId));
            }
            return o;
        }

        @Override
        public Order update(long orderId, OrderUpdate u, String actor) {
            Order o = get(orderId);
            if (u.has(OrderUpdate.Field.STATUS) && statuses().stream().noneMatch(s -> s.code().equals(u.status()))) {
                throw new ValidationException("status", "unknown status '" + u.status() + "'");
            }
            Shipping s = o.shipping();
            Shipping n = new Shipping(
                    u.has(OrderUpdate.Field.SHIP_DATE) ? u.shipDate() : s.shipDate(),
                    u.has(OrderUpdate.Field.CARRIER) ? u.carrier() : s.carrier(),
                    u.has(OrderUpdate.Field.TRACKING_NUMBERS) ? u.trackingNumbers() : s.trackingNumbers(),
                    u.has(OrderUpdate.Field.DELIVERY_DATE) ? u.deliveryDate() : s.deliveryDate(),
                    u.has(OrderUpdate.Field.DELIVERY_TIME_SLOT) ? u.deliveryTimeSlot() : s.deliveryTimeSlot());
            Order changed = new Order(o.id(), o.accountId(), o.mallId(), o.mallOrderNumber(), o.orderedAt(), o.buyer(),
                    o.shipTo(), o.lines(), o.paymentMethod(), o.paymentStatus(), o.totalPrice(), o.mallStatus(),
                    u.has(OrderUpdate.Field.STATUS) ? u.status() : o.status(), n, Instant.now(), o.importedAt(),
                    o.mallUpdatedAt(), o.version() + 1, o.mallData());
            orders.put(orderId, changed);
            history.get(orderId).add(new OrderChange(Instant.now(), actor, "SHIPPING", "changed by " + actor));
            updates++;
            return changed;
        }

        @Override
        public List<OrderChange> history(long orderId) {
            get(orderId);
            return history.get(orderId);
        }

        @Override
        public List<OrderStatus> statuses() {
            List<OrderStatus> all = new ArrayList<>(OrderStatus.BUILT_IN);
            all.addAll(custom);
            return all;
        }

        @Override
        public OrderStatus addStatus(String code, String label) {
            if (statuses().stream().anyMatch(s -> s.code().equals(code))) {
                throw new ConflictException("code", "status " + code + " already exists");
            }
            OrderStatus s = new OrderStatus(code, label, false);
            custom.add(s);
            return s;
        }
    }

    static final class Jobs implements JobService {
        final Map<String, Job> jobs = new LinkedHashMap<>();
        /** What await hands back for a job id: the finished job. */
        final Map<String, Job> finished = new LinkedHashMap<>();
        int awaits;

        @Override
        public Job get(String jobId) {
            Job j = jobs.get(jobId);
            if (j == null) {
                throw new NotFoundException("job", jobId);
            }
            return j;
        }

        @Override
        public List<Job> list(String accountId, int limit) {
            return jobs.values().stream().filter(j -> accountId == null || accountId.equals(j.accountId()))
                    .limit(limit).toList();
        }

        final List<String> cancels = new ArrayList<>();

        @Override
        public Job cancel(String jobId, String actor) {
            Job j = get(jobId);
            if (j.isFinished()) {
                throw new io.orderhub.core.service.ConflictException("state",
                        "job " + jobId + " has already finished (" + j.state() + ")");
            }
            cancels.add(jobId + " by " + actor);
            return j;
        }

        @Override
        public Job await(String jobId, Duration timeout) {
            awaits++;
            Job done = finished.get(jobId);
            if (done != null) {
                jobs.put(jobId, done);
            }
            return get(jobId);
        }
    }

    /** Records the calls; answers with the jobs and preview it was given. */
    static final class Sync implements SyncService {
        final List<String> calls = new ArrayList<>();
        final Jobs jobs;
        final Set<String> accounts;
        Job nextJob;
        ExportPreview preview;

        Sync(Jobs jobs, Set<String> accounts) {
            this.jobs = jobs;
            this.accounts = accounts;
        }

        private void check(String accountId) {
            if (!accounts.contains(accountId)) {
                throw new NotFoundException("account", accountId);
            }
        }

        @Override
        public Job startImport(String accountId, LocalDate from, LocalDate to, String actor) {
            check(accountId);
            calls.add("import " + accountId + " " + from + " " + to + " by " + actor);
            jobs.jobs.put(nextJob.id(), nextJob);
            return nextJob;
        }

        /** Accounts whose mall can import by status (F3); others get the core's refusal. */
        final Set<String> byStatus = new java.util.HashSet<>();

        @Override
        public Job startImport(String accountId, LocalDate from, LocalDate to, List<String> mallStatuses,
                               String actor) {
            if (mallStatuses.isEmpty()) {
                return startImport(accountId, from, to, actor);
            }
            check(accountId);
            if (!byStatus.contains(accountId)) {
                throw new io.orderhub.core.service.ValidationException("statuses",
                        "テストモール (fake) cannot import by mall status (capability IMPORT_BY_STATUS)");
            }
            calls.add("import " + accountId + " " + from + " " + to + " statuses " + mallStatuses + " by " + actor);
            jobs.jobs.put(nextJob.id(), nextJob);
            return nextJob;
        }

        @Override
        public ExportPreview preview(String accountId, Integer days) {
            check(accountId);
            calls.add("preview " + accountId + " " + days);
            return preview;
        }

        @Override
        public Job startExport(String accountId, Integer days, String actor) {
            check(accountId);
            calls.add("export " + accountId + " " + days + " by " + actor);
            jobs.jobs.put(nextJob.id(), nextJob);
            return nextJob;
        }
    }
}
