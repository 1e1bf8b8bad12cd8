package io.orderhub.connector.yahoo.internal;

import static io.orderhub.connector.yahoo.YahooConstants.*;
import static io.orderhub.connector.yahoo.internal.client.Xml.child;
import static io.orderhub.connector.yahoo.internal.client.Xml.children;
import static io.orderhub.connector.yahoo.internal.client.Xml.text;

import io.orderhub.connector.yahoo.internal.client.Xml;
import io.orderhub.connector.yahoo.internal.client.YahooClient;
import io.orderhub.connector.yahoo.internal.config.YahooAccountConfig;
import io.orderhub.connector.yahoo.internal.config.YahooAccountSettings;
import io.orderhub.core.model.Order;
import io.orderhub.core.service.ApiOption;
import io.orderhub.core.spi.AccountConnection;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.AccountSecretStore;
import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.Credential;
import io.orderhub.connector.yahoo.internal.config.YahooCredentials;
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
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One Yahoo! store account: imports its orders with orderList + orderInfo (F3) and pushes shipping data and
 * statuses back (Y3–Y6). Import and export share one client, so one token and one rate budget. Activation never
 * waits for Yahoo!; a background token refresh fills in {@link #status()}.
 */
@Component(configurationPid = ACCOUNT_FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = {OrderImportService.class, OrderExportService.class},
        property = AccountProperties.MALL_ID + "=" + MALL_ID)
@Designate(ocd = YahooAccountConfig.class, factory = true)
public final class YahooAccountService implements OrderImportService, OrderExportService {

    static final int PAGE_SIZE = 2000;
    /** orderList has no "updated since": ranges are read by order time, a week at a time. */
    static final Duration WINDOW = Duration.ofDays(7);
    /** Yahoo! takes and gives times in Japan time, whatever the shop's zone. */
    static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final Logger LOG = LoggerFactory.getLogger(YahooAccountService.class);

    static final Duration COMPLETION_RETRY_DELAY = Duration.ofSeconds(3);
    /** F3: what an import may fetch without the API option: 新規 (処理中, 2) and 保留 (3). */
    static final List<Integer> WITHOUT_API_OPTION = List.of(2, 3);

    private final Clock clock;
    private final int pageSize;
    private final Duration completionRetryDelay;
    private final RetryPolicy retry;
    private final AccountConnection<YahooClient> connection =
            new AccountConnection<>("Yahoo!", YahooAccountService.class);
    private volatile YahooAccountSettings settings;
    private volatile YahooExporter exporter;
    /** The configuration as given, for the credentials report (never logged or returned as is). */
    private volatile Map<String, Object> properties = Map.of();
    /** The core's store for a refresh token Yahoo! rotated; absent outside orderhub's core (tests, old cores). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile AccountSecretStore secretStore;

    public YahooAccountService() {
        this(Clock.systemUTC(), PAGE_SIZE, COMPLETION_RETRY_DELAY);
    }

    YahooAccountService(Clock clock, int pageSize, Duration completionRetryDelay) {
        this(clock, pageSize, completionRetryDelay, RetryPolicy.DEFAULT);
    }

    YahooAccountService(Clock clock, int pageSize, Duration completionRetryDelay, RetryPolicy retry) {
        this.clock = clock;
        this.pageSize = pageSize;
        this.completionRetryDelay = completionRetryDelay;
        this.retry = retry;
    }

    @Activate
    void activate(Map<String, Object> properties) {
        configure(properties, true);
    }

    /**
     * A configuration update. Storing a refresh token Yahoo! rotated comes back here as an update: the client that
     * received the token already uses it, so it is kept (with its access token, and the jobs using it undisturbed).
     * Any other change builds a new client, as activation does.
     */
    @Modified
    void modified(Map<String, Object> properties) {
        YahooClient c = connection.currentClient();
        Object token = properties.get(REFRESH_TOKEN);
        if (c != null && onlyRefreshTokenChanged(this.properties, properties)
                && c.rotatedTo(token == null ? null : token.toString())) {
            this.properties = Map.copyOf(properties);
            LOG.debug("Yahoo! account {}: stored the refresh token the client already uses", connection.accountId());
            return;
        }
        configure(properties, true);
    }

    private static boolean onlyRefreshTokenChanged(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> a = new HashMap<>(before);
        Map<String, Object> b = new HashMap<>(after);
        a.remove(REFRESH_TOKEN);
        b.remove(REFRESH_TOKEN);
        return a.equals(b);
    }

    /** For tests outside OSGi: the store as DS would bind it. */
    void setSecretStore(AccountSecretStore store) {
        this.secretStore = store;
    }

    /** Keeps a refresh token Yahoo! rotated, so that the account still refreshes after a restart. Never throws. */
    private void storeRotatedRefreshToken(String token) {
        AccountSecretStore store = secretStore;
        if (store == null) {
            LOG.warn("Yahoo! account {}: Yahoo! rotated the refresh token but there is no store for it; "
                    + "after a restart the account may need to be authorised again", connection.accountId());
            return;
        }
        try {
            store.replace(connection.accountId(), REFRESH_TOKEN, token);
        } catch (RuntimeException e) {
            // the message names the key at most, never the value
            LOG.warn("Yahoo! account {}: could not store the rotated refresh token ({}); after a restart the "
                    + "account may need to be authorised again", connection.accountId(), e.getMessage());
        }
    }

    /** Reads the configuration; a bad one leaves the account in CONFIGURATION_ERROR, never fails activation. */
    void configure(Map<String, Object> properties, boolean checkCredentials) {
        String accountId = AccountConnection.accountId(properties);
        this.properties = Map.copyOf(properties);
        try {
            YahooAccountSettings s = YahooAccountSettings.parse(properties);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            // one budget per account, shared by import and export and kept across reconfigurations
            RateBudget budget = RateBudget.forAccount(MALL_ID, accountId, RateLimit.perSecond(s.requestsPerSecond()));
            settings = s;
            exporter = new YahooExporter(s, completionRetryDelay);
            connection.configured(accountId, new YahooClient(s, new MallHttp(http, budget, retry), clock,
                    connection::updateStatus, this::storeRotatedRefreshToken));
        } catch (InvalidSettingException e) {
            connection.misconfigured(accountId, e);
            return;
        }
        if (checkCredentials) {
            connection.checkInBackground(YahooClient::checkCredentials);
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

    @Override
    public List<Credential> credentials() {
        return YahooCredentials.report(properties, connection.status());
    }

    // ------------------------------------------------------------------ import (F3)

    /**
     * Orders placed in the range (default: the last {@code daysToFetch} days) in the query's Yahoo! statuses, or
     * the account's fetch statuses (F3). Without the API option only 新規 (処理中) and 保留 are imported, whatever
     * the account's fetch statuses say, and an import by status asking for others is refused. orderList gives ids
     * only; each order is read with orderInfo.
     */
    @Override
    public void fetch(ImportQuery query, Consumer<MallOrder> sink) throws MallException {
        YahooClient c = connection.client();
        YahooAccountSettings s = settings;
        List<Integer> statuses = statuses(query, s);
        Instant now = clock.instant();
        Instant from = (query.from() != null ? query.from() : now.minus(Duration.ofDays(s.daysToFetch())))
                .truncatedTo(ChronoUnit.SECONDS);
        Instant to = query.to() != null ? query.to() : now;
        String statusList = statuses.stream().map(String::valueOf).collect(Collectors.joining(","));
        // Corrections: an order held for fraud review is listed only once published, maybe long after its
        // OrderTime window was read; the PublicationTime pass finds it. Each order is read once per fetch.
        Set<String> seen = new HashSet<>();
        for (Instant start = from; start.isBefore(to); start = start.plus(WINDOW)) {
            Instant end = start.plus(WINDOW).isBefore(to) ? start.plus(WINDOW) : to;
            fetchWindow(c, s, "OrderTime", start, end, statusList, seen, sink);
            fetchWindow(c, s, "PublicationTime", start, end, statusList, seen, sink);
        }
    }

    /** F3: the Yahoo! statuses this import fetches. */
    static List<Integer> statuses(ImportQuery query, YahooAccountSettings s) {
        if (query.mallStatuses().isEmpty()) {
            return query.apiOptionInstalled() ? s.fetchStatuses() : WITHOUT_API_OPTION;
        }
        List<Integer> asked;
        try {
            asked = YahooAccountSettings.statuses(String.join(",", query.mallStatuses()));
        } catch (InvalidSettingException e) {
            throw new IllegalArgumentException("mallStatuses: " + e.getMessage().substring(FETCH_STATUSES.length() + 2));
        }
        if (!query.apiOptionInstalled() && !WITHOUT_API_OPTION.containsAll(asked)) {
            List<String> refused = asked.stream().filter(x -> !WITHOUT_API_OPTION.contains(x))
                    .map(StatusMapping::orderStatusLabel).toList();
            throw new IllegalArgumentException("mallStatuses: APIオプションなしで取り込めるのは 新規（処理中）と保留の注文だけです"
                    + " — importing Yahoo! orders in " + refused + " needs the API option (feature:install "
                    + ApiOption.FEATURE + ")");
        }
        return asked;
    }

    private void fetchWindow(YahooClient c, YahooAccountSettings s, String range, Instant from, Instant to,
                             String statuses, Set<String> seen, Consumer<MallOrder> sink) throws MallException {
        // OrderTimeTo is inclusive and has whole seconds; the window's end is exclusive
        Instant last = to.minusNanos(1).truncatedTo(ChronoUnit.SECONDS);
        int start = 1;
        while (true) {
            StringBuilder x = new StringBuilder("<Req><Search>");
            Xml.tag(x, "Result", Integer.toString(pageSize));
            Xml.tag(x, "Start", Integer.toString(start));
            Xml.tag(x, "Sort", "+order_time");
            x.append("<Condition>");
            Xml.tag(x, range + "From", REQUEST_TIME.format(from.atZone(JST)));
            Xml.tag(x, range + "To", REQUEST_TIME.format(last.atZone(JST)));
            Xml.tag(x, "OrderStatus", statuses);
            x.append("</Condition>");
            Xml.tag(x, "Field", "OrderId,OrderTime,OrderStatus");
            x.append("</Search>");
            Xml.tag(x, "SellerId", s.sellerId()).append("</Req>");
            Element root = c.call("orderList", x.toString());
            Element search = child(root, "Search");
            String total = text(search, "TotalCount");
            if (search == null || total == null || !total.matches("\\d+")) {
                throw new MallException(Kind.MALFORMED_RESPONSE, "Yahoo!の orderList の応答に Search/TotalCount がありません");
            }
            List<String> ids = new ArrayList<>();
            for (Element info : children(search, "OrderInfo")) {
                String id = text(info, "OrderId");
                if (id != null) {
                    ids.add(id);
                }
            }
            for (String id : ids) {
                if (!seen.add(id)) {
                    continue;
                }
                MallOrder order = orderInfo(c, s, id);
                if (order != null) {
                    sink.accept(order);
                }
            }
            if (ids.isEmpty() || start - 1 + ids.size() >= Integer.parseInt(total)) {
                return;
            }
            start += ids.size();
        }
    }

    /** One order in full; null when Yahoo! no longer has it. */
    private MallOrder orderInfo(YahooClient c, YahooAccountSettings s, String id) throws MallException {
        StringBuilder x = new StringBuilder("<Req><Target>");
        Xml.tag(x, "OrderId", id);
        Xml.tag(x, "Field", "OrderId,OrderTime,LastUpdateTime,OrderStatus,PayStatus,PayMethodName,ShipStatus,"
                + "ShipCompanyCode,ShipInvoiceNumber1,ShipDate,ArrivalDate,ShipLastName,ShipFirstName,ShipZipCode,"
                + "ShipPrefecture,ShipCity,ShipAddress1,ShipAddress2,ShipPhoneNumber,BillLastName,BillFirstName,"
                + "BillMailAddress,LineId,ItemId,SubCode,Title,UnitPrice,Quantity,TotalPrice");
        x.append("</Target>");
        Xml.tag(x, "SellerId", s.sellerId()).append("</Req>");
        Element root;
        try {
            root = c.call("orderInfo", x.toString());
        } catch (MallException e) {
            if ("od91801".equals(e.mallCode())) {
                LOG.info("Yahoo! account {}: order {} listed but no longer found", connection.accountId(), id);
                return null;
            }
            throw e;
        }
        Element info = child(child(root, "Result"), "OrderInfo");
        if (info == null) {
            throw new MallException(Kind.MALFORMED_RESPONSE, "Yahoo!の orderInfo の応答に OrderInfo がありません: " + id);
        }
        try {
            return OrderMapper.map(info);
        } catch (IllegalArgumentException e) {
            throw new MallException(Kind.MALFORMED_RESPONSE, null, "Yahoo!の注文 " + id + " を読めません: " + e.getMessage(),
                    null, e);
        }
    }

    // ------------------------------------------------------------------ export (Y3–Y6)

    @Override
    public ExportCheck check(Order order, ExportContext context) {
        YahooExporter e = exporter;
        String error = connection.configurationError();
        if (error != null || e == null) {
            return ExportCheck.excluded(List.of("Yahoo!アカウントの設定に誤りがあります: " + error));
        }
        return e.check(order, context);
    }

    @Override
    public List<OrderResultItem> export(List<Order> orders, ExportContext context) throws MallException {
        YahooClient c = connection.client();
        YahooExporter e = exporter;
        List<OrderResultItem> results = new ArrayList<>();
        for (Order order : orders) {
            try {
                results.add(e.export(order, context, c));
            } catch (MallException ex) {
                if (results.isEmpty()) {
                    throw ex;
                }
                results.add(OrderResultItem.failed(order.mallOrderNumber(), ex.getMessage(), YahooExporter.SHIP_CALL));
            }
        }
        return results;
    }
}
