package io.orderhub.core.internal.sync;

import io.orderhub.core.internal.account.AccountDirectory;
import io.orderhub.core.internal.connector.ConnectorTracker;
import io.orderhub.core.internal.store.ExportRuleStore;
import io.orderhub.core.internal.store.JobStore;
import io.orderhub.core.internal.store.OrderStore;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.service.CarrierConversion;
import io.orderhub.core.service.ConflictException;
import io.orderhub.core.service.ConversionsUpdate;
import io.orderhub.core.service.ConversionsView;
import io.orderhub.core.service.ExportExplanation;
import io.orderhub.core.service.ExportReason;
import io.orderhub.core.service.ExportRulesService;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.StatusMappingEntry;
import io.orderhub.core.service.StatusMappingView;
import io.orderhub.core.service.StatusRuleUpdate;
import io.orderhub.core.service.TimeSlotConversion;
import io.orderhub.core.service.ValidationException;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.ConversionTables;
import io.orderhub.core.spi.ExportContext;
import io.orderhub.core.spi.MallCarrier;
import io.orderhub.core.spi.MallStatusChoice;
import io.orderhub.core.spi.OrderExportService;
import io.orderhub.core.spi.StatusMapping;
import io.orderhub.core.spi.StatusMappingModel;
import io.orderhub.core.spi.StatusRule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Status mapping, conversion tables and explanations of shop accounts. Reads and checks what operators send,
 * stores only what they changed, and explains an order through the same {@link ExportEvaluator} the export run
 * and the preview use.
 */
@Component(service = ExportRulesService.class)
public class ExportRulesManager implements ExportRulesService {

    private static final int MAX_CARRIER = 200;
    private static final int MAX_CODE = 100;
    private static final int MAX_SLOT = 100;

    private final OrderStore orders;
    private final ConnectorTracker connectors;
    private final AccountDirectory accounts;
    private final ExportRules rules;
    private final ExportEvaluator evaluator;
    private final Clock clock;

    @Activate
    public ExportRulesManager(@Reference OrderStore orders, @Reference JobStore jobs,
                              @Reference ConnectorTracker connectors, @Reference AccountDirectory accounts,
                              @Reference ExportRuleStore store) {
        this(orders, jobs, connectors, accounts, store, Clock.systemUTC());
    }

    public ExportRulesManager(OrderStore orders, JobStore jobs, ConnectorTracker connectors, AccountDirectory accounts,
                              ExportRuleStore store, Clock clock) {
        this.orders = orders;
        this.connectors = connectors;
        this.accounts = accounts;
        this.rules = new ExportRules(store, connectors);
        this.evaluator = new ExportEvaluator(jobs);
        this.clock = clock;
    }

    // ---------------------------------------------------------------- status mapping

    @Override
    public StatusMappingView statusMapping(String accountId) {
        Map<String, Object> settings = accounts.rawSettings(accountId);
        ExportRules.Resolved r = resolved(accountId, settings);
        return view(accountId, mallOf(settings), r.mapping());
    }

    @Override
    public StatusMappingView updateStatusMapping(String accountId, List<StatusRuleUpdate> updates) {
        Map<String, Object> settings = accounts.rawSettings(accountId);
        ExportRules.Resolved r = resolved(accountId, settings);
        if (updates == null || updates.isEmpty()) {
            throw new ValidationException("rows", "変更する行を1つ以上指定してください");
        }
        StatusMappingModel model = r.model();
        Map<String, StatusRule> changed = new LinkedHashMap<>();
        for (int i = 0; i < updates.size(); i++) {
            StatusRuleUpdate u = updates.get(i);
            String field = "rows[" + i + "]";
            if (u == null) {
                throw new ValidationException(field, "行が空です");
            }
            String status = statusCode(u.status(), field + ".status");
            StatusRule current = changed.getOrDefault(status, r.mapping().rule(status));
            boolean enabled = u.enabled() != null ? u.enabled() : current.enabled();
            String orderStatus = u.orderStatus() == null ? current.orderStatus()
                    : choice(model.orderStatuses(), u.orderStatus(), field + ".orderStatus", "注文ステータス");
            String shipStatus = u.shipStatus() == null ? current.shipStatus()
                    : choice(model.shipStatuses(), u.shipStatus(), field + ".shipStatus", "出荷ステータス");
            if (enabled && !model.orderStatuses().isEmpty() && orderStatus == null) {
                throw new ValidationException(field + ".orderStatus", "書き出し対象にするステータスにはモールの注文ステータスを指定してください");
            }
            if (enabled && !model.shipStatuses().isEmpty() && shipStatus == null) {
                throw new ValidationException(field + ".shipStatus", "書き出し対象にするステータスにはモールの出荷ステータスを指定してください");
            }
            changed.put(status, new StatusRule(enabled, orderStatus, shipStatus));
        }
        rules.store().saveStatusRules(accountId, changed);
        return statusMapping(accountId);
    }

    @Override
    public StatusMappingView resetStatusMapping(String accountId) {
        Map<String, Object> settings = accounts.rawSettings(accountId);
        resolved(accountId, settings);
        rules.store().clearStatusRules(accountId);
        return statusMapping(accountId);
    }

    private StatusMappingView view(String accountId, String mallId, StatusMapping mapping) {
        StatusMappingModel model = mapping.model();
        List<OrderStatus> statuses = new ArrayList<>(OrderStatus.BUILT_IN);
        statuses.addAll(orders.customStatuses());
        List<StatusMappingEntry> rows = new ArrayList<>();
        for (OrderStatus s : statuses) {
            StatusRule rule = mapping.rule(s.code());
            rows.add(new StatusMappingEntry(s.code(), s.label(), s.builtIn(), rule.enabled(), rule.orderStatus(),
                    model.orderStatusLabel(rule.orderStatus()), rule.shipStatus(), model.shipStatusLabel(rule.shipStatus()),
                    mapping.rules().containsKey(s.code())));
        }
        return new StatusMappingView(accountId, mallId, model.hasMallStatuses(), model.orderStatuses(),
                model.shipStatuses(), rows);
    }

    private String statusCode(String given, String field) {
        if (given == null || given.isBlank()) {
            throw new ValidationException(field, "ステータスを指定してください");
        }
        String g = given.strip();
        OrderStatus builtIn = OrderStatus.builtIn(g);
        if (builtIn != null) {
            return builtIn.code();
        }
        for (OrderStatus s : orders.customStatuses()) {
            if (s.code().equals(g) || s.label().equals(g)) {
                return s.code();
            }
        }
        throw new ValidationException(field, "不明なステータスです: " + g);
    }

    private static String choice(List<MallStatusChoice> choices, String given, String field, String what) {
        if (choices.isEmpty()) {
            throw new ValidationException(field, "このモールには" + what + "がありません（書き出し対象かどうかだけを設定します）");
        }
        String g = given.strip();
        for (MallStatusChoice c : choices) {
            if (c.code().equals(g) || c.labelJa().equals(g)) {
                return c.code();
            }
        }
        throw new ValidationException(field, what + "「" + g + "」は選べません。選べる値: "
                + String.join(", ", choices.stream().map(c -> c.code() + " " + c.labelJa()).toList()));
    }

    // ---------------------------------------------------------------- conversions

    @Override
    public ConversionsView conversions(String accountId) {
        Map<String, Object> settings = accounts.rawSettings(accountId);
        ExportRules.Resolved r = resolved(accountId, settings);
        ExportRuleStore.StoredConversions own = rules.store().conversions(accountId);
        ConversionTables t = r.conversions();
        List<CarrierConversion> carriers = new ArrayList<>();
        t.carriers().forEach((ours, mall) -> carriers.add(new CarrierConversion(ours, mall.code() == null ? "" : mall.code(),
                mall.name(), own.carriers().containsKey(ours))));
        List<TimeSlotConversion> slots = new ArrayList<>();
        t.timeSlots().forEach((ours, mall) -> slots.add(new TimeSlotConversion(ours, mall,
                own.timeSlots().containsKey(ours))));
        MallCarrier fallback = t.fallbackCarrier();
        return new ConversionsView(accountId, mallOf(settings), carriers, t.unlistedCarrier().name(),
                fallback == null ? null : fallback.code(), fallback == null ? null : fallback.name(), slots,
                t.noTrackingReason(), t.noTrackingReasonChoices());
    }

    @Override
    public ConversionsView updateConversions(String accountId, ConversionsUpdate update) {
        Map<String, Object> settings = accounts.rawSettings(accountId);
        ExportRules.Resolved r = resolved(accountId, settings);
        if (update == null) {
            throw new ValidationException("body", "変更内容を指定してください");
        }
        ExportRuleStore.StoredConversions own = rules.store().conversions(accountId);
        Map<String, MallCarrier> carriers = new LinkedHashMap<>();
        List<CarrierConversion> givenCarriers = update.carriers() == null ? List.of() : update.carriers();
        for (int i = 0; i < givenCarriers.size(); i++) {
            CarrierConversion c = givenCarriers.get(i);
            String field = "carriers[" + i + "]";
            if (c == null) {
                throw new ValidationException(field, "行が空です");
            }
            String ours = text(c.carrier(), field + ".carrier", MAX_CARRIER, true);
            String code = text(c.mallCode(), field + ".mallCode", MAX_CODE, false);
            String name = text(c.mallName(), field + ".mallName", MAX_CARRIER, false);
            carriers.put(ours, new MallCarrier(code == null ? "" : code, name));
        }
        Set<String> removeCarriers = removals(update.removeCarriers(), own.carriers().keySet(), "removeCarriers");
        Map<String, String> slots = new LinkedHashMap<>();
        List<TimeSlotConversion> givenSlots = update.timeSlots() == null ? List.of() : update.timeSlots();
        for (int i = 0; i < givenSlots.size(); i++) {
            TimeSlotConversion t = givenSlots.get(i);
            String field = "timeSlots[" + i + "]";
            if (t == null) {
                throw new ValidationException(field, "行が空です");
            }
            slots.put(text(t.timeSlot(), field + ".timeSlot", MAX_SLOT, true),
                    text(t.mallTimeSlot(), field + ".mallTimeSlot", MAX_SLOT, true));
        }
        Set<String> removeSlots = removals(update.removeTimeSlots(), own.timeSlots().keySet(), "removeTimeSlots");
        String reason = update.noTrackingReason();
        if (reason != null && !reason.isBlank()) {
            List<MallStatusChoice> choices = r.defaults().noTrackingReasonChoices();
            if (choices.isEmpty()) {
                throw new ValidationException("noTrackingReason", "このモールには配送伝票番号なしの理由がありません");
            }
            reason = choice(choices, reason, "noTrackingReason", "配送伝票番号なしの理由");
        } else if (reason != null) {
            reason = "";
        }
        if (carriers.isEmpty() && removeCarriers.isEmpty() && slots.isEmpty() && removeSlots.isEmpty() && reason == null) {
            throw new ValidationException("body", "変更内容がありません");
        }
        rules.store().updateConversions(accountId, carriers, removeCarriers, slots, removeSlots, reason);
        return conversions(accountId);
    }

    private static Set<String> removals(List<String> given, Set<String> existing, String field) {
        Set<String> out = new LinkedHashSet<>();
        if (given == null) {
            return out;
        }
        for (int i = 0; i < given.size(); i++) {
            String g = given.get(i) == null ? null : given.get(i).strip();
            if (g == null || !existing.contains(g)) {
                throw new ValidationException(field + "[" + i + "]", "このアカウントで設定した行ではありません: " + given.get(i));
            }
            out.add(g);
        }
        return out;
    }

    private static String text(String value, String field, int max, boolean required) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                throw new ValidationException(field, "値を指定してください");
            }
            return null;
        }
        if (v.length() > max || v.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException(field, max + "文字以内で、改行などの制御文字を含まない値を指定してください");
        }
        return v;
    }

    // ---------------------------------------------------------------- explanations

    @Override
    public ExportExplanation explain(long orderId, String accountId, Integer days) {
        Order order = orders.find(orderId).orElseThrow(() -> new NotFoundException("order", Long.toString(orderId)));
        return explain(order, accountId, days);
    }

    @Override
    public ExportExplanation explain(String accountId, String mallOrderNumber, Integer days) {
        if (accountId == null || accountId.isBlank()) {
            throw new ValidationException("account", "アカウントを指定してください");
        }
        accounts.rawSettings(accountId);
        Order order = orders.findByNumber(accountId, mallOrderNumber)
                .orElseThrow(() -> new NotFoundException("order", accountId + "/" + mallOrderNumber));
        return explain(order, accountId, days);
    }

    private ExportExplanation explain(Order order, String accountId, Integer days) {
        String account = accountId == null || accountId.isBlank() ? order.accountId() : accountId.strip();
        Map<String, Object> settings = accounts.rawSettings(account);
        ZoneId zone = ZoneId.of(String.valueOf(settings.getOrDefault(AccountProperties.ZONE,
                AccountProperties.DEFAULT_ZONE)));
        String mallId = mallOf(settings);
        ExportWindow window = ExportWindow.of(days, clock.instant(), zone);
        if (!account.equals(order.accountId())) {
            ExportReason other = new ExportReason(ExportReason.OTHER_ACCOUNT, "この注文はアカウント「" + order.accountId()
                    + "」の注文です。アカウント「" + account + "」の書き出しの対象にはなりません");
            return explanation(order, account, mallId, window, false, Map.of(), List.of(other));
        }
        var resolved = rules.resolve(account, mallId, settings);
        OrderExportService exporter = resolved.isPresent() ? connectors.exporter(account).orElse(null) : null;
        if (resolved.isPresent()) {
            window = window.withNeverUpdatedDays(resolved.get().neverUpdatedDays(), clock.instant());
        }
        ExportContext context = resolved.map(r -> new ExportContext(zone, clock, "explain", r.mapping(), r.conversions()))
                .orElseGet(() -> new ExportContext(zone, clock, "explain"));
        ExportEvaluator.Evaluation e = evaluator.evaluate(order, window, exporter, context);
        return explanation(order, account, mallId, window, e.isTarget(), e.isTarget() ? e.check().fields() : Map.of(),
                e.reasons());
    }

    private static ExportExplanation explanation(Order order, String account, String mallId, ExportWindow window,
                                                 boolean target, Map<String, String> fields, List<ExportReason> reasons) {
        return new ExportExplanation(order.id(), order.mallOrderNumber(), order.accountId(), account, mallId,
                order.status(), order.orderedAt(), order.lastUpdatedAt(), window.days(), window.updatedSince(), target,
                fields, reasons);
    }

    // ---------------------------------------------------------------- plumbing

    private ExportRules.Resolved resolved(String accountId, Map<String, Object> settings) {
        String mallId = mallOf(settings);
        return rules.resolve(accountId, mallId, settings).orElseThrow(() -> new ConflictException("accountId",
                "モール「" + mallId + "」のコネクタがインストールされていないため、アカウント " + accountId
                        + " の紐付け設定・変換表は扱えません（選べる値と初期値はコネクタが持っています）"));
    }

    private static String mallOf(Map<String, Object> settings) {
        return String.valueOf(settings.get(AccountProperties.MALL_ID));
    }
}
