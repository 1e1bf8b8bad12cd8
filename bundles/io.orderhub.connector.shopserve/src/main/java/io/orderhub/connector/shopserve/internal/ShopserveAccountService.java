package io.orderhub.connector.shopserve.internal;

import static io.orderhub.connector.shopserve.ShopserveConstants.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.orderhub.connector.shopserve.internal.client.ShopserveClient;
import io.orderhub.connector.shopserve.internal.config.ShopserveAccountConfig;
import io.orderhub.connector.shopserve.internal.config.ShopserveAccountSettings;
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
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One Eストア Shopserve shop account: imports its orders in windows of at most 7 days, and pushes shipping
 * data back per S2–S4. Import and export share one client and so one rate budget. Activation never calls
 * Shopserve; every call updates {@link #status()}.
 */
@Component(configurationPid = ACCOUNT_FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = {OrderImportService.class, OrderExportService.class},
        property = AccountProperties.MALL_ID + "=" + MALL_ID)
@Designate(ocd = ShopserveAccountConfig.class, factory = true)
public final class ShopserveAccountService implements OrderImportService, OrderExportService {

    private static final Logger LOG = LoggerFactory.getLogger(ShopserveAccountService.class);

    private final Clock clock;
    private final RetryPolicy retry;
    private final ObjectMapper json = new ObjectMapper();
    private final OrderMapper mapper = new OrderMapper();
    private final ShopserveExporter exporter = new ShopserveExporter(json);
    private final AccountConnection<ShopserveClient> connection =
            new AccountConnection<>("Shopserve", ShopserveAccountService.class);
    private volatile ShopserveAccountSettings settings;

    public ShopserveAccountService() {
        this(Clock.systemUTC(), RetryPolicy.DEFAULT);
    }

    ShopserveAccountService(Clock clock, RetryPolicy retry) {
        this.clock = clock;
        this.retry = retry;
    }

    @Activate
    void activate(Map<String, Object> properties) {
        String accountId = AccountConnection.accountId(properties);
        try {
            ShopserveAccountSettings s = ShopserveAccountSettings.parse(properties);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            settings = s;
            // one budget per account, shared by import and export and kept across reconfigurations
            RateBudget budget = RateBudget.forAccount(MALL_ID, accountId, RateLimit.perSecond(s.requestsPerSecond()));
            connection.configured(accountId, new ShopserveClient(json, s.apiBaseUrl(), s.shopId(), s.managerKey(),
                    new MallHttp(http, budget, retry), connection::updateStatus));
        } catch (InvalidSettingException e) {
            connection.misconfigured(accountId, e);
        }
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

    /** マネージャー認証キー does not expire (mall spec); it is rejected when the mall refuses it. */
    @Override
    public List<Credential> credentials() {
        return List.of(Credential.fromStatus("managerKey", "マネージャー認証キー", null, connection.status()));
    }

    // ------------------------------------------------------------------ import

    /**
     * Walks the range in windows of at most 7 days (Shopserve's limit), each paged with from/size. A range
     * reaching back more than 2 years starts at the 2-year limit: Shopserve keeps nothing older.
     */
    @Override
    public void fetch(ImportQuery query, Consumer<MallOrder> sink) throws MallException {
        ShopserveClient c = connection.client();
        ShopserveAccountSettings s = settings;
        ZoneId zone = query.zone() != null ? query.zone() : s.zone();
        Instant now = clock.instant();
        Instant to = query.to() != null ? query.to() : now;
        Instant from = query.from() != null ? query.from() : to.minus(Duration.ofDays(s.daysToFetch()));
        // an hour of margin so that the search is not refused while the request travels
        Instant oldest = now.atZone(zone).minusYears(SEARCH_MAX_AGE_YEARS).toInstant().plus(Duration.ofHours(1));
        if (from.isBefore(oldest)) {
            LOG.info("Shopserve account {}: import starts at {} (Shopserve keeps orders for 2 years), not {}",
                    connection.accountId(), oldest, from);
            from = oldest;
        }
        for (Window w : windows(from, to)) {
            fetchWindow(c, w, zone, sink);
        }
    }

    /** An inclusive search window in whole seconds (Shopserve's times have no fractions). */
    record Window(Instant from, Instant to) {
    }

    /** Splits [from, to) into inclusive windows of at most 7 days that neither overlap nor leave gaps. */
    static List<Window> windows(Instant from, Instant to) {
        List<Window> out = new ArrayList<>();
        Instant start = ceilSecond(from);
        Instant end = ceilSecond(to);
        while (start.isBefore(end)) {
            Instant next = start.plus(Duration.ofDays(SEARCH_WINDOW_DAYS));
            if (next.isAfter(end)) {
                next = end;
            }
            out.add(new Window(start, next.minusSeconds(1)));
            start = next;
        }
        return out;
    }

    private static Instant ceilSecond(Instant t) {
        Instant floor = t.truncatedTo(ChronoUnit.SECONDS);
        return floor.equals(t) ? t : floor.plusSeconds(1);
    }

    private void fetchWindow(ShopserveClient c, Window w, ZoneId zone, Consumer<MallOrder> sink) throws MallException {
        int offset = 0;
        while (true) {
            ObjectNode body = json.createObjectNode();
            body.put("from", offset);
            body.put("size", SEARCH_PAGE_SIZE);
            body.putObject("sort").put("order", "Asc");
            ArrayNode filters = body.putArray("filters");
            filters.addObject().put("order_date_from", w.from().atZone(zone).toOffsetDateTime().toString());
            filters.addObject().put("order_date_to", w.to().atZone(zone).toOffsetDateTime().toString());
            JsonNode page = c.search(body);
            JsonNode orders = page.path("orders");
            for (JsonNode o : orders) {
                try {
                    sink.accept(mapper.map(o));
                } catch (OrderMapper.Unreadable e) {
                    throw new MallException(Kind.MALFORMED_RESPONSE, null, "受注を読めません: " + e.getMessage(), null, e);
                }
            }
            offset += orders.size();
            if (orders.isEmpty() || offset >= page.path("total_count").asInt(0)) {
                return;
            }
        }
    }

    // ------------------------------------------------------------------ export

    @Override
    public ExportCheck check(Order order, ExportContext context) {
        return exporter.check(order, context);
    }

    /**
     * Sends each order (batch size 1). A whole-call failure — credential rejected, maintenance closure, rate
     * limit after retries — is thrown, so the engine retries the order later instead of counting it failed.
     */
    @Override
    public List<OrderResultItem> export(List<Order> orders, ExportContext context) throws MallException {
        ShopserveClient c = connection.client();
        List<OrderResultItem> results = new ArrayList<>(orders.size());
        for (Order order : orders) {
            results.add(exporter.export(c, order, context));
        }
        return results;
    }
}
