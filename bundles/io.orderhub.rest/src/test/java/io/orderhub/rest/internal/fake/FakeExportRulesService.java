package io.orderhub.rest.internal.fake;

import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.CarrierConversion;
import io.orderhub.core.service.ConversionsUpdate;
import io.orderhub.core.service.ConversionsView;
import io.orderhub.core.service.ExportExplanation;
import io.orderhub.core.service.ExportReason;
import io.orderhub.core.service.ExportRulesService;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.StatusMappingEntry;
import io.orderhub.core.service.StatusMappingView;
import io.orderhub.core.service.StatusRuleUpdate;
import io.orderhub.core.service.ValidationException;
import io.orderhub.core.spi.MallCarrier;
import io.orderhub.core.spi.StatusRule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Shopify-like mall's rules: no mall statuses, only 処理済 exported by default, carriers as typed, no reason for
 * no tracking number. Checks input like the core does (all or nothing, the field named) and counts writes.
 */
public final class FakeExportRulesService implements ExportRulesService {

    private final FakeBackend backend;
    private final AccountService accounts;

    public FakeExportRulesService(FakeBackend backend, AccountService accounts) {
        this.backend = backend;
        this.accounts = accounts;
    }

    private StatusRule rule(String status) {
        StatusRule own = backend.statusRules.get(status);
        return own != null ? own : OrderStatus.DONE.code().equals(status) ? StatusRule.TARGET : StatusRule.NOT_TARGET;
    }

    @Override
    public synchronized StatusMappingView statusMapping(String accountId) {
        accounts.get(accountId);
        List<StatusMappingEntry> rows = new ArrayList<>();
        for (OrderStatus s : backend.statuses) {
            rows.add(new StatusMappingEntry(s.code(), s.label(), s.builtIn(), rule(s.code()).enabled(), null, null, null,
                    null, backend.statusRules.containsKey(s.code())));
        }
        return new StatusMappingView(accountId, FakeBackend.MALL, false, List.of(), List.of(), rows);
    }

    @Override
    public synchronized StatusMappingView updateStatusMapping(String accountId, List<StatusRuleUpdate> updates) {
        accounts.get(accountId);
        if (updates == null || updates.isEmpty()) {
            throw new ValidationException("rows", "give at least one row");
        }
        Map<String, StatusRule> changed = new LinkedHashMap<>();
        for (int i = 0; i < updates.size(); i++) {
            StatusRuleUpdate u = updates.get(i);
            String status = backend.statuses.stream()
                    .filter(s -> s.code().equals(u.status()) || s.label().equals(u.status())).map(OrderStatus::code)
                    .findFirst().orElseThrow(() -> new ValidationException("rows[" + changed.size() + "].status",
                            "unknown status"));
            if (u.orderStatus() != null) {
                throw new ValidationException("rows[" + i + "].orderStatus", "Shopify has no order status");
            }
            if (u.shipStatus() != null) {
                throw new ValidationException("rows[" + i + "].shipStatus", "Shopify has no ship status");
            }
            changed.put(status, new StatusRule(u.enabled() != null ? u.enabled() : rule(status).enabled(), null, null));
        }
        backend.statusRules.putAll(changed);
        backend.writes.incrementAndGet();
        return statusMapping(accountId);
    }

    @Override
    public synchronized StatusMappingView resetStatusMapping(String accountId) {
        accounts.get(accountId);
        backend.statusRules.clear();
        backend.writes.incrementAndGet();
        return statusMapping(accountId);
    }

    @Override
    public synchronized ConversionsView conversions(String accountId) {
        accounts.get(accountId);
        List<CarrierConversion> rows = new ArrayList<>();
        backend.carriers.forEach((k, v) -> rows.add(new CarrierConversion(k, v.code(), v.name(), true)));
        return new ConversionsView(accountId, FakeBackend.MALL, rows, "AS_TYPED", null, null, List.of(), null, List.of());
    }

    @Override
    public synchronized ConversionsView updateConversions(String accountId, ConversionsUpdate update) {
        accounts.get(accountId);
        Map<String, MallCarrier> changed = new LinkedHashMap<>();
        List<CarrierConversion> carriers = update.carriers() == null ? List.of() : update.carriers();
        for (int i = 0; i < carriers.size(); i++) {
            CarrierConversion c = carriers.get(i);
            if (c == null || c.carrier() == null || c.carrier().isBlank()) {
                throw new ValidationException("carriers[" + i + "].carrier", "required");
            }
            changed.put(c.carrier().strip(), new MallCarrier(c.mallCode() == null ? "" : c.mallCode(), c.mallName()));
        }
        if (update.noTrackingReason() != null && !update.noTrackingReason().isEmpty()) {
            throw new ValidationException("noTrackingReason", "Shopify has no reason for no tracking number");
        }
        backend.carriers.putAll(changed);
        backend.writes.incrementAndGet();
        return conversions(accountId);
    }

    @Override
    public synchronized ExportExplanation explain(long orderId, String accountId, Integer days) {
        Order o = backend.orders.get(orderId);
        if (o == null) {
            throw new NotFoundException("order", Long.toString(orderId));
        }
        String account = accountId == null ? o.accountId() : accountId;
        accounts.get(account);
        int d = days == null ? 3 : days;
        List<ExportReason> reasons = new ArrayList<>();
        if (!account.equals(o.accountId())) {
            reasons.add(new ExportReason(ExportReason.OTHER_ACCOUNT, "another account's order"));
        } else {
            if (!rule(o.status()).enabled()) {
                reasons.add(new ExportReason(ExportReason.STATUS_NOT_ENABLED, "status " + o.status() + " not enabled"));
            }
            if (o.lastUpdatedAt() == null) {
                reasons.add(new ExportReason(ExportReason.NEVER_UPDATED, "never updated since import (F7)"));
            }
            if (!o.shipping().hasTrackingNumber()) {
                reasons.add(new ExportReason(ExportReason.MALL_RULE, "追跡番号が未入力です"));
            }
        }
        boolean target = reasons.isEmpty();
        return new ExportExplanation(o.id(), o.mallOrderNumber(), o.accountId(), account, FakeBackend.MALL, o.status(),
                o.orderedAt(), o.lastUpdatedAt(), d, FakeBackend.NOW.minus(Duration.ofDays(d)), target,
                target ? Map.of("tracking_info.number", o.shipping().firstTrackingNumber()) : Map.of(), reasons);
    }

    @Override
    public ExportExplanation explain(String accountId, String mallOrderNumber, Integer days) {
        accounts.get(accountId);
        Order o = backend.orders.values().stream().filter(x -> x.accountId().equals(accountId)
                && x.mallOrderNumber().equals(mallOrderNumber)).findFirst()
                .orElseThrow(() -> new NotFoundException("order", mallOrderNumber));
        return explain(o.id(), accountId, days);
    }
}
