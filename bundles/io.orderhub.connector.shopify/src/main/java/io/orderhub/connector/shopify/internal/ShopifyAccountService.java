package io.orderhub.connector.shopify.internal;

import static io.orderhub.connector.shopify.ShopifyConstants.*;

import io.orderhub.connector.shopify.internal.client.ShopifyClient;
import io.orderhub.connector.shopify.internal.config.ShopifyAccountConfig;
import io.orderhub.connector.shopify.internal.config.ShopifyAccountSettings;
import io.orderhub.connector.shopify.internal.dto.OrderDto;
import io.orderhub.core.model.Order;
import io.orderhub.core.spi.AccountConnection;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.Credential;
import io.orderhub.core.spi.ExportCheck;
import io.orderhub.core.spi.ExportContext;
import io.orderhub.core.spi.ImportQuery;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallException.Kind;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.core.spi.OrderExportService;
import io.orderhub.core.spi.OrderImportService;
import io.orderhub.core.spi.OrderResultItem;
import io.orderhub.core.spi.InvalidSettingException;
import io.orderhub.core.spi.MallHttp;
import io.orderhub.core.spi.RateBudget;
import io.orderhub.core.spi.RateLimit;
import io.orderhub.core.spi.RetryPolicy;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One Shopify shop account: imports its orders (SH1) and pushes shipping data back as fulfillments (SH2–SH4).
 * Import and export share one client and so one rate budget (RateBudget.forAccount). Activation never calls Shopify; a background
 * check of the token fills in {@link #status()}.
 */
@Component(configurationPid = ACCOUNT_FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = {OrderImportService.class, OrderExportService.class},
        property = AccountProperties.MALL_ID + "=" + MALL_ID)
@Designate(ocd = ShopifyAccountConfig.class, factory = true)
public final class ShopifyAccountService implements OrderImportService, OrderExportService {

    static final int PAGE_LIMIT = 250;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final Set<String> SHOPIFY_STATUSES = Set.of("open", "closed", "cancelled", "any");

    private final Clock clock;
    private final RetryPolicy retry;
    private final AccountConnection<ShopifyClient> connection =
            new AccountConnection<>("Shopify", ShopifyAccountService.class);
    private volatile ShopifyAccountSettings settings;
    private volatile ShopifyExporter exporter;
    private volatile OrderMapper mapper;

    public ShopifyAccountService() {
        this(Clock.systemUTC(), RetryPolicy.DEFAULT);
    }

    ShopifyAccountService(Clock clock, RetryPolicy retry) {
        this.clock = clock;
        this.retry = retry;
    }

    @Activate
    void activate(Map<String, Object> properties) {
        configure(properties, true);
    }

    /** Reads the configuration; a bad one leaves the account in CONFIGURATION_ERROR, never fails activation. */
    void configure(Map<String, Object> properties, boolean checkToken) {
        String accountId = AccountConnection.accountId(properties);
        try {
            ShopifyAccountSettings s = ShopifyAccountSettings.parse(properties);
            CarrierNames carriers = new CarrierNames(s.carrierNames());
            // one budget per account, shared by import and export and kept across reconfigurations
            RateBudget budget = RateBudget.forAccount(MALL_ID, accountId,
                    RateLimit.bucket(s.bucketSize(), s.rateLimitPerSecond()));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            settings = s;
            exporter = new ShopifyExporter(s, carriers);
            mapper = new OrderMapper(s.zone(), carriers);
            connection.configured(accountId, new ShopifyClient(s.shopUrl(), s.apiVersion(), s.accessToken(),
                    new MallHttp(http, budget, retry, res -> ShopifyClient.observeCallLimit(res, budget)),
                    connection::updateStatus));
        } catch (InvalidSettingException e) {
            connection.misconfigured(accountId, e);
            return;
        }
        if (checkToken) {
            connection.checkInBackground(ShopifyClient::checkShop);
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

    /** アクセスキー does not expire (mall spec); it is rejected when the mall refuses it. */
    @Override
    public List<Credential> credentials() {
        return List.of(Credential.fromStatus("accessToken", "アクセスキー", null, connection.status()));
    }

    // ------------------------------------------------------------------ import (SH1)

    /**
     * Orders updated in the query's range, oldest update first, following Link {@code page_info} only. SH1: an
     * order placed more than 10 days ago is never handed over; the range is cut at that day too, since an order
     * updated before it was placed before it.
     */
    @Override
    public void fetch(ImportQuery query, Consumer<MallOrder> sink) throws MallException {
        ShopifyClient c = connection.client();
        ShopifyAccountSettings s = settings;
        Instant now = clock.instant();
        Instant oldestPlaced = now.minus(Duration.ofDays(IMPORT_MAX_ORDER_AGE_DAYS));
        Instant from = query.from() != null ? query.from() : now.minus(Duration.ofDays(s.daysToFetch()));
        if (from.isBefore(oldestPlaced)) {
            from = oldestPlaced;
        }
        if (query.to() != null && !query.to().isAfter(from)) {
            return;
        }
        ZoneId zone = query.zone() != null ? query.zone() : s.zone();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", shopifyStatus(query.mallStatuses()));
        filters.put("limit", Integer.toString(PAGE_LIMIT));
        filters.put("order", "updated_at asc");
        filters.put("updated_at_min", format(from, zone));
        if (query.to() != null) {
            filters.put("updated_at_max", format(query.to(), zone));
        }
        filters.put("created_at_min", format(oldestPlaced, zone));
        OrderMapper m = mapper;
        ShopifyClient.OrdersPage page = c.orders(filters);
        String previous = null;
        while (true) {
            for (OrderDto dto : page.orders()) {
                MallOrder order;
                try {
                    order = m.map(dto);
                } catch (IllegalArgumentException e) {
                    throw new MallException(Kind.MALFORMED_RESPONSE, null,
                            "Shopifyの注文 " + dto.name() + " を読めません: " + e.getMessage(), null, e);
                }
                if (order.orderedAt().isBefore(oldestPlaced)) {
                    continue;
                }
                sink.accept(order);
            }
            String next = page.nextPageInfo();
            if (next == null) {
                return;
            }
            if (next.equals(previous)) {
                throw new MallException(Kind.MALFORMED_RESPONSE, "Shopifyが同じページを繰り返し返しました (page_info)");
            }
            previous = next;
            page = c.ordersPage(next, PAGE_LIMIT);
        }
    }

    private static String shopifyStatus(List<String> mallStatuses) {
        return mallStatuses.size() == 1 && SHOPIFY_STATUSES.contains(mallStatuses.get(0)) ? mallStatuses.get(0) : "any";
    }

    private static String format(Instant t, ZoneId zone) {
        return TIME.format(t.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }

    // ------------------------------------------------------------------ export (SH2–SH4)

    @Override
    public ExportCheck check(Order order, ExportContext context) {
        ShopifyExporter e = exporter;
        String error = connection.configurationError();
        if (error != null || e == null) {
            return ExportCheck.excluded(List.of("Shopifyアカウントの設定に誤りがあります: " + error));
        }
        return e.check(order, context);
    }

    @Override
    public List<OrderResultItem> export(List<Order> orders, ExportContext context) throws MallException {
        ShopifyClient c = connection.client();
        return exporter.export(orders, context, c);
    }
}
