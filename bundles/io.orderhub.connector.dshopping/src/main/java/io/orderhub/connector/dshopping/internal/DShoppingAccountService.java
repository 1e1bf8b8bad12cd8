package io.orderhub.connector.dshopping.internal;

import static io.orderhub.connector.dshopping.DShoppingConstants.*;

import io.orderhub.connector.dshopping.internal.config.DShoppingAccountConfig;
import io.orderhub.connector.dshopping.internal.config.DShoppingAccountSettings;
import io.orderhub.connector.dshopping.internal.transport.HttpTransport;
import io.orderhub.connector.dshopping.internal.transport.OrderTransport;
import io.orderhub.connector.dshopping.internal.transport.Records.MallError;
import io.orderhub.connector.dshopping.internal.transport.Records.OrderPage;
import io.orderhub.connector.dshopping.internal.transport.Records;
import io.orderhub.connector.dshopping.internal.transport.Records.OrderRecord;
import io.orderhub.connector.dshopping.internal.transport.Records.RowResult;
import io.orderhub.connector.dshopping.internal.transport.Records.Shipment;
import io.orderhub.core.model.Order;
import io.orderhub.core.spi.AccountConnection;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.Credential;
import io.orderhub.core.spi.ExportCheck;
import io.orderhub.core.spi.ExportContext;
import io.orderhub.core.spi.ImportQuery;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallHttp;
import io.orderhub.core.spi.RateBudget;
import io.orderhub.core.spi.RateLimit;
import io.orderhub.core.spi.RetryPolicy;
import io.orderhub.core.spi.MallException.Kind;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.core.spi.OrderExportService;
import io.orderhub.core.spi.OrderImportService;
import io.orderhub.core.spi.OrderResultItem;
import io.orderhub.core.spi.InvalidSettingException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One dショッピング partner account: imports 受注確認待ち orders (D2, D8), confirms them once stored (D3) and
 * reports shipments (D5–D7). Import and export share one transport and so one rate budget. Activation never waits
 * for the mall; a background call fills in {@link #status()}.
 */
@Component(configurationPid = ACCOUNT_FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = {OrderImportService.class, OrderExportService.class},
        property = AccountProperties.MALL_ID + "=" + MALL_ID)
@Designate(ocd = DShoppingAccountConfig.class, factory = true)
public final class DShoppingAccountService implements OrderImportService, OrderExportService {

    static final String CONFIRM_CALL = "POST /orders/confirm";
    static final String SHIP_CALL = "POST /orders/ship";
    /** The contract's longest list window. */
    static final Duration MAX_WINDOW = Duration.ofDays(31);
    private static final int MAX_PAGES = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(DShoppingAccountService.class);

    private final Clock clock;
    private final RetryPolicy retry;
    private final AccountConnection<OrderTransport> connection =
            new AccountConnection<>("dショッピング", DShoppingAccountService.class);
    private volatile DShoppingAccountSettings settings;
    private volatile ShipmentRules rules;
    private final OrderMapper mapper = new OrderMapper();
    /** The configuration as given, for the credentials report (never logged or returned as is). */
    private volatile Map<String, Object> properties = Map.of();

    public DShoppingAccountService() {
        this(Clock.systemUTC());
    }

    DShoppingAccountService(Clock clock) {
        this(clock, RetryPolicy.DEFAULT);
    }

    DShoppingAccountService(Clock clock, RetryPolicy retry) {
        this.clock = clock;
        this.retry = retry;
    }

    @Activate
    void activate(Map<String, Object> properties) {
        configure(properties);
        // one cheap call, so the account shows ONLINE or CREDENTIAL_REJECTED before the first run
        connection.checkInBackground(t -> {
            Instant now = clock.instant();
            t.listOrders(List.of(STATUS_CONFIRM_WAITING), now.minus(Duration.ofMinutes(1)), now, 1, 1);
        });
    }

    /** Reads the configuration; a bad one leaves the account in CONFIGURATION_ERROR, never fails activation. */
    void configure(Map<String, Object> properties) {
        String accountId = AccountConnection.accountId(properties);
        this.properties = Map.copyOf(properties);
        try {
            DShoppingAccountSettings s = DShoppingAccountSettings.parse(properties);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            // one budget per account (the mall limits per partner code), shared by import and export and kept
            // across reconfigurations
            RateBudget budget = RateBudget.forAccount(MALL_ID, accountId, RateLimit.perSecond(s.requestsPerSecond()));
            settings = s;
            rules = new ShipmentRules(s.carrierIds(), s.zone());
            connection.configured(accountId, new HttpTransport(s.apiBaseUrl(), s.partnerCode(), s.apiPassword(),
                    new MallHttp(http, budget, retry), s.zone(), connection::updateStatus));
        } catch (InvalidSettingException e) {
            connection.misconfigured(accountId, e);
        }
    }

    /** Replaces the wire (a CSV/SFTP transport, or a test double); mapping and rules stay. */
    void useTransport(OrderTransport t) {
        connection.replaceClient(t);
    }

    @Deactivate
    void deactivate() {
        connection.stop();
    }

    @Override
    public String accountId() {
        return connection.accountId();
    }

    @Override
    public ConnectionStatus status() {
        return connection.status();
    }

    @Override
    public List<Credential> credentials() {
        return DShoppingCredentials.report(properties, connection.status());
    }

    // ------------------------------------------------------------------ import (D2, D8)

    /**
     * 受注確認待ち orders updated in the range (default: the account's days), in windows of at most 31 days.
     * D2: an order placed less than 10 minutes ago is left for the next import. D8: an order of the mall's test
     * environment is never handed over; the log says so.
     */
    @Override
    public void fetch(ImportQuery query, Consumer<MallOrder> sink) throws MallException {
        OrderTransport t = connection.client();
        Instant now = clock.instant();
        Instant youngest = now.minus(Duration.ofMinutes(MIN_ORDER_AGE_MINUTES));
        Instant from = query.from() != null ? query.from() : now.minus(Duration.ofDays(settings.daysToFetch()));
        Instant to = query.to() != null && query.to().isBefore(now) ? query.to() : now;
        int tooYoung = 0;
        int testOrders = 0;
        for (Instant start = from; start.isBefore(to); start = start.plus(MAX_WINDOW)) {
            Instant end = start.plus(MAX_WINDOW).isBefore(to) ? start.plus(MAX_WINDOW) : to;
            for (int page = 1; page <= MAX_PAGES; page++) {
                OrderPage p = t.listOrders(List.of(STATUS_CONFIRM_WAITING), start, end, page, BATCH_SIZE);
                for (OrderRecord r : p.orders()) {
                    if (!ENVIRONMENT_PRODUCTION.equals(r.environment())) {
                        testOrders++;
                        LOG.info("dショッピング account {}: order {} is from the mall's test environment ({}); "
                                + "not imported (D8)", connection.accountId(), r.orderNo(), r.environment());
                        continue;
                    }
                    if (!STATUS_CONFIRM_WAITING.equals(r.status())) {
                        continue;
                    }
                    MallOrder order;
                    try {
                        order = mapper.map(r);
                    } catch (IllegalArgumentException e) {
                        throw new MallException(Kind.MALFORMED_RESPONSE, null,
                                "dショッピングの注文 " + r.orderNo() + " を読めません: " + e.getMessage(), null, e);
                    }
                    if (order.orderedAt().isAfter(youngest)) {
                        tooYoung++;
                        continue;
                    }
                    sink.accept(order);
                }
                if (p.orders().isEmpty() || (long) page * p.limit() >= p.totalCount()) {
                    break;
                }
            }
        }
        if (testOrders > 0 || tooYoung > 0) {
            LOG.info("dショッピング account {}: {} test-environment order(s) refused (D8), {} order(s) younger than "
                    + "{} minutes left for the next import (D2)", connection.accountId(), testOrders, tooYoung, MIN_ORDER_AGE_MINUTES);
        }
    }

    /** D3: 受注確認待ち → 出荷指示待ち for the stored orders, 100 per call; returns the orders that did not move. */
    @Override
    public List<OrderResultItem> acknowledge(List<String> mallOrderNumbers) throws MallException {
        OrderTransport t = connection.client();
        List<OrderResultItem> failures = new ArrayList<>();
        for (int i = 0; i < mallOrderNumbers.size(); i += BATCH_SIZE) {
            List<String> batch = mallOrderNumbers.subList(i, Math.min(mallOrderNumbers.size(), i + BATCH_SIZE));
            List<RowResult> rows;
            try {
                rows = t.confirm(batch);
            } catch (MallException e) {
                if (i == 0) {
                    throw e;
                }
                batch.forEach(no -> failures.add(OrderResultItem.failed(no, e.getMessage(), CONFIRM_CALL)));
                continue;
            }
            failures.addAll(failuresOf(batch, rows, CONFIRM_CALL, Map.of(),
                    no -> stateIs(t, no, state -> STATUS_SHIP_WAITING_OR_LATER.contains(state.status()))));
        }
        return failures;
    }

    // ------------------------------------------------------------------ export (D5–D7)

    @Override
    public ExportCheck check(Order order, ExportContext context) {
        ShipmentRules r = rules;
        String error = connection.configurationError();
        if (error != null || r == null) {
            return ExportCheck.excluded(List.of("dショッピングアカウントの設定に誤りがあります: " + error));
        }
        return r.check(order, context);
    }

    /**
     * One {@code POST /orders/ship} per 100 orders; each row's result becomes the order's result, with the mall's
     * own message on failure. Only a failure of the first call throws.
     */
    @Override
    public List<OrderResultItem> export(List<Order> orders, ExportContext context) throws MallException {
        OrderTransport t = connection.client();
        ShipmentRules r = rules;
        List<OrderResultItem> results = new ArrayList<>();
        Map<String, Map<String, String>> sendable = new LinkedHashMap<>();
        for (Order o : orders) {
            ExportCheck check = r.check(o, context);
            if (check.isTarget() && check.fields().containsKey(ShipmentRules.CARRIER_ID)) {
                sendable.put(o.mallOrderNumber(), check.fields());
            } else if (!check.isTarget()) {
                results.add(OrderResultItem.failed(o.mallOrderNumber(), String.join(" / ", check.reasons()), null));
            } else {
                // D7, should the engine ever pass it: no carrier ID, never a guessed one
                results.add(OrderResultItem.failed(o.mallOrderNumber(), "D7: " + context.conversionsOr(
                        ShipmentRules.conversions(Map.of())).missingCarrierReason(o.shipping().carrier()), null));
            }
        }
        List<String> numbers = new ArrayList<>(sendable.keySet());
        boolean first = true;
        for (int i = 0; i < numbers.size(); i += BATCH_SIZE) {
            List<String> batch = numbers.subList(i, Math.min(numbers.size(), i + BATCH_SIZE));
            List<Shipment> shipments = batch.stream().map(no -> ShipmentRules.shipment(no, sendable.get(no))).toList();
            List<RowResult> rows;
            try {
                rows = t.ship(shipments);
            } catch (MallException e) {
                if (first && results.isEmpty()) {
                    throw e;
                }
                batch.forEach(no -> results.add(OrderResultItem.failed(no, e.getMessage(), SHIP_CALL)));
                continue;
            } finally {
                first = false;
            }
            Map<String, Map<String, String>> sent = new HashMap<>();
            batch.forEach(no -> sent.put(no, sendable.get(no)));
            List<OrderResultItem> failed = failuresOf(batch, rows, SHIP_CALL, sent,
                    no -> stateIs(t, no, state -> alreadyShipped(state, ShipmentRules.shipment(no, sendable.get(no)))));
            Map<String, OrderResultItem> failedByNo = failed.stream()
                    .collect(Collectors.toMap(OrderResultItem::mallOrderNumber, f -> f, (a, b) -> a));
            for (String no : batch) {
                OrderResultItem f = failedByNo.get(no);
                results.add(f != null ? f : OrderResultItem.sent(no, sendable.get(no)));
            }
        }
        return results;
    }

    /**
     * A confirm or ship refused with {@code INVALID_STATUS} may be the repeat of one whose answer was lost (a
     * timeout, a 5xx, an unreadable body — such calls are never repeated at once, the next run sends them again):
     * the order's own state on the mall tells whether the earlier call went through. A failure to read it leaves
     * the refusal as it is.
     */
    private static boolean stateIs(OrderTransport t, String orderNo, java.util.function.Predicate<Records.OrderState> test) {
        try {
            return t.state(orderNo).map(test::test).orElse(false);
        } catch (MallException e) {
            LOG.info("dショッピング: could not read order {} back: {}", orderNo, e.getMessage());
            return false;
        }
    }

    /** Where a confirmed order can be: 出荷指示待ち, or already 出荷完了. */
    private static final java.util.Set<String> STATUS_SHIP_WAITING_OR_LATER = java.util.Set.of("SHIP_INSTRUCTION_WAITING",
            "SHIPPED");

    /** 出荷完了 with the carrier and tracking number this export would send. */
    private static boolean alreadyShipped(Records.OrderState state, Shipment ours) {
        Shipment theirs = state.shipment();
        return "SHIPPED".equals(state.status()) && theirs != null
                && java.util.Objects.equals(theirs.carrierId(), ours.carrierId())
                && java.util.Objects.equals(theirs.trackingNo(), ours.trackingNo());
    }

    /**
     * Rows are matched by order number; an order the mall left out of its answer counts as failed. A row refused
     * with {@code INVALID_STATUS} for an order {@code alreadyDone} is not a failure.
     */
    private static List<OrderResultItem> failuresOf(List<String> batch, List<RowResult> rows, String call,
                                                    Map<String, Map<String, String>> sent,
                                                    java.util.function.Predicate<String> alreadyDone) {
        Map<String, RowResult> byNo = new HashMap<>();
        for (RowResult row : rows) {
            if (row.orderNo() != null) {
                byNo.putIfAbsent(row.orderNo(), row);
            }
        }
        List<OrderResultItem> failures = new ArrayList<>();
        for (String no : batch) {
            RowResult row = byNo.get(no);
            if (row == null) {
                failures.add(new OrderResultItem(no, OrderResultItem.Outcome.FAILED,
                        "dショッピングの応答にこの注文の結果がありません", call, sent.get(no)));
            } else if (!row.ok() && !(invalidStatus(row) && alreadyDone.test(no))) {
                failures.add(new OrderResultItem(no, OrderResultItem.Outcome.FAILED, message(row), call, sent.get(no)));
            }
        }
        return failures;
    }

    private static boolean invalidStatus(RowResult row) {
        return row.errors() != null && row.errors().stream().anyMatch(e -> "INVALID_STATUS".equals(e.code()));
    }

    private static String message(RowResult row) {
        if (row.errors() == null || row.errors().isEmpty()) {
            return "dショッピングが " + row.result() + " を返しました";
        }
        return row.errors().stream().map(DShoppingAccountService::text).collect(Collectors.joining(" / "));
    }

    private static String text(MallError e) {
        return (e.code() == null ? "" : e.code() + ": ") + e.message() + (e.field() == null ? "" : " (" + e.field() + ")");
    }
}
