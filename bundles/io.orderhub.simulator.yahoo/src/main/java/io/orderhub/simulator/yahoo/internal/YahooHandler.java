package io.orderhub.simulator.yahoo.internal;

import io.orderhub.simulator.yahoo.SimulatedItem;
import io.orderhub.simulator.yahoo.SimulatedOrder;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Serves the fake store: the YConnect token endpoint and the four order APIs. Every order-API call goes
 * through the same gate, in Yahoo!'s order: URL, bearer token, daily quota, per-second limit, public-key
 * signature (reported in {@code X-SWS-Authorize-Status}, never refused), planned faults, then the API.
 */
public final class YahooHandler extends AbstractHandler {

    public static final String API_PREFIX = "/ShoppingWebService/V1/";
    public static final String TOKEN_PATH = "/yconnect/v2/token";
    public static final String AUTHORIZED = "authorized";
    static final String TOKEN_EXPIRED = "AccessToken has been expired. This API session is shorter than another API.";
    static final String FORBIDDEN = "Your Request was Forbidden";
    private static final int MAX_BODY = 1 << 20;
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final DateTimeFormatter REQUEST_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter RESPONSE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final Pattern INVOICE = Pattern.compile("[0-9A-Za-z-]{1,30}");

    private final Settings settings;
    private final StoreState store;
    private final Faults faults;
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> perApi = new ConcurrentHashMap<>();
    private final AtomicLong tokenNumber = new AtomicLong();
    private volatile String refreshToken;
    /** A refresh token is checked and, when rotating, replaced in one step: it works once. */
    private final Object refreshLock = new Object();
    /** Admission times (nanoTime) of the last second's calls: a sliding window, so bursts never straddle. */
    private final java.util.ArrayDeque<Long> lastSecond = new java.util.ArrayDeque<>();
    private LocalDate quotaDay;
    private long usedToday;
    private final AtomicLong throttled = new AtomicLong();
    private volatile String lastAuthorizeStatus;

    public YahooHandler(Settings settings, StoreState store, Faults faults) {
        this.settings = settings;
        this.store = store;
        this.faults = faults;
        this.refreshToken = settings.refreshToken();
    }

    // ------------------------------------------------------------------ test hooks

    /** Issues an access token valid for the configured lifetime, as the token endpoint would. */
    public String issueAccessToken() {
        String token = "sim-at-" + tokenNumber.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
        accessTokens.put(token, settings.clock().instant().plus(settings.accessTokenLifetime()));
        return token;
    }

    public void expireAccessTokens() {
        accessTokens.clear();
    }

    public void revokeRefreshToken() {
        refreshToken = null;
    }

    public String currentRefreshToken() {
        return refreshToken;
    }

    public long requests(String api) {
        AtomicLong n = perApi.get(api);
        return n == null ? 0 : n.get();
    }

    public long throttled() {
        return throttled.get();
    }

    public String lastAuthorizeStatus() {
        return lastAuthorizeStatus;
    }

    public synchronized void resetCounters() {
        perApi.clear();
        throttled.set(0);
        usedToday = 0;
    }

    // ------------------------------------------------------------------ dispatch

    @Override
    public void handle(String target, Request base, HttpServletRequest req, HttpServletResponse res) throws IOException {
        base.setHandled(true);
        String path = req.getRequestURI();
        if (path.equals(TOKEN_PATH) && "POST".equals(req.getMethod())) {
            count("token");
            token(req, res);
            return;
        }
        if (!path.startsWith(API_PREFIX) || !"POST".equals(req.getMethod())) {
            error(res, 404, "px-04400", "Requested URL is not found.");
            return;
        }
        String api = path.substring(API_PREFIX.length());
        count(api);
        String auth = req.getHeader("Authorization");
        String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).trim() : null;
        Instant expiry = token == null ? null : accessTokens.get(token);
        if (expiry == null || !settings.clock().instant().isBefore(expiry)) {
            res.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            error(res, 401, "px-04102", TOKEN_EXPIRED);
            return;
        }
        String limit = admit();
        if (limit != null) {
            if (limit.equals(FORBIDDEN)) {
                error(res, 403, null, FORBIDDEN);
            } else {
                throttled.incrementAndGet();
                error(res, 429, null, limit);
            }
            return;
        }
        if (settings.signatureKey() != null) {
            String status = checkSignature(req.getHeader("X-sws-signature"), req.getHeader("X-sws-signature-version"));
            lastAuthorizeStatus = status;
            res.setHeader("X-SWS-Authorize-Status", status);
        }
        Faults.Fault fault = faults.take(api);
        long lateMillis = 0;
        if (fault != null && fault.delayMillis() > 0) {
            // served now, answered late: the buffered answer leaves only when the handler returns
            lateMillis = fault.delayMillis();
            res.setBufferSize(4 << 20);
            fault = null;
        }
        if (fault != null) {
            if (fault.malformed()) {
                send(res, 200, "<ResultSet><Result><Status>OK</Status><OrderInfo><OrderId>");
            } else {
                error(res, fault.status(), fault.code(), fault.message());
            }
            return;
        }
        Element root;
        try {
            root = parse(body(req));
        } catch (BadRequest e) {
            error(res, 400, "od90101", e.getMessage());
            return;
        }
        try {
            if (!settings.sellerId().equals(text(root, "SellerId"))) {
                throw new BadRequest("SellerId is invalid.");
            }
            switch (api) {
                case "orderList" -> send(res, 200, orderList(root));
                case "orderInfo" -> orderInfo(root, res);
                case "orderShipStatusChange" -> send(res, 200, shipStatusChange(root));
                case "orderStatusChange" -> send(res, 200, statusChange(root));
                default -> error(res, 404, "px-04400", "Requested URL is not found.");
            }
        } catch (BadRequest e) {
            error(res, "od91801".equals(e.code) ? 404 : 400, e.code, e.getMessage());
        } catch (RuntimeException e) {
            error(res, 500, "od91001", "System error");
        }
        if (lateMillis > 0) {
            try {
                Thread.sleep(lateMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void count(String api) {
        perApi.computeIfAbsent(api, k -> new AtomicLong()).incrementAndGet();
    }

    /** Null when admitted, else the refusal message. Refused calls count against the daily quota too. */
    private synchronized String admit() {
        Instant now = settings.clock().instant();
        LocalDate day = LocalDate.ofInstant(now, settings.zone());
        if (!day.equals(quotaDay)) {
            quotaDay = day;
            usedToday = 0;
        }
        usedToday++;
        if (usedToday > settings.dailyQuota()) {
            return FORBIDDEN;
        }
        long nanos = System.nanoTime();
        while (!lastSecond.isEmpty() && nanos - lastSecond.peekFirst() >= 1_000_000_000L) {
            lastSecond.pollFirst();
        }
        if (lastSecond.size() >= settings.requestsPerSecond()) {
            return "Too Many Requests";
        }
        lastSecond.addLast(nanos);
        return null;
    }

    /** Decrypts {@code sellerId:epochSeconds}; the answer is the X-SWS-Authorize-Status value. */
    private String checkSignature(String signature, String version) {
        if (signature == null || signature.isBlank()) {
            return "signature is missing";
        }
        if (version == null || !version.trim().equals(Integer.toString(settings.signatureVersion()))) {
            return "public key version is invalid: " + version;
        }
        String plain;
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.DECRYPT_MODE, settings.signatureKey());
            plain = new String(rsa.doFinal(Base64.getDecoder().decode(signature.trim())), StandardCharsets.UTF_8);
        } catch (Exception e) {
            return "signature is invalid";
        }
        int colon = plain.lastIndexOf(':');
        if (colon < 0 || !plain.substring(0, colon).equals(settings.sellerId())) {
            return "signature is invalid";
        }
        long at;
        try {
            at = Long.parseLong(plain.substring(colon + 1));
        } catch (NumberFormatException e) {
            return "signature is invalid";
        }
        long age = settings.clock().instant().getEpochSecond() - at;
        if (Math.abs(age) > settings.signatureMaxAge().getSeconds()) {
            return "signature timestamp is expired";
        }
        return AUTHORIZED;
    }

    // ------------------------------------------------------------------ token endpoint

    private void token(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Map<String, String> form = new HashMap<>();
        for (String pair : new String(body(req), StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String id = form.get("client_id");
        String secret = form.get("client_secret");
        String basic = req.getHeader("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String[] pair = new String(Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8)
                    .split(":", 2);
            id = pair[0];
            secret = pair.length > 1 ? pair[1] : null;
        }
        res.setContentType("application/json;charset=UTF-8");
        if (!settings.clientId().equals(id) || !settings.clientSecret().equals(secret)) {
            sendJson(res, 401, "{\"error\":\"invalid_client\",\"error_description\":\"client authentication failed\"}");
            return;
        }
        String rotated = null;
        boolean granted;
        synchronized (refreshLock) {
            String current = refreshToken;
            granted = "refresh_token".equals(form.get("grant_type")) && current != null
                    && current.equals(form.get("refresh_token"));
            if (granted && settings.rotateRefreshTokens()) {
                // the token just used stops working: only the one answered now refreshes next time
                rotated = "sim-rt-" + tokenNumber.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
                refreshToken = rotated;
            }
        }
        if (!granted) {
            sendJson(res, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"invalid refresh_token\"}");
            return;
        }
        sendJson(res, 200, "{\"access_token\":\"" + issueAccessToken() + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                + settings.accessTokenLifetime().getSeconds()
                + (rotated != null ? ",\"refresh_token\":\"" + rotated + "\"" : "") + "}");
    }

    // ------------------------------------------------------------------ APIs

    private String orderList(Element root) throws BadRequest {
        Element search = child(root, "Search");
        if (search == null) {
            throw new BadRequest("Search is required.");
        }
        String fields = text(search, "Field");
        if (fields == null || fields.isBlank()) {
            throw new BadRequest("Field is required.");
        }
        int result = intOr(text(search, "Result"), 10, "Result");
        int start = intOr(text(search, "Start"), 1, "Start");
        if (result < 1 || result > 2000 || start < 1) {
            throw new BadRequest("Result must be 1-2000 and Start at least 1.");
        }
        Element cond = child(search, "Condition");
        String orderId = cond == null ? null : text(cond, "OrderId");
        Instant from = cond == null ? null : time(text(cond, "OrderTimeFrom"), "OrderTimeFrom");
        Instant to = cond == null ? null : time(text(cond, "OrderTimeTo"), "OrderTimeTo");
        Instant pubFrom = cond == null ? null : time(text(cond, "PublicationTimeFrom"), "PublicationTimeFrom");
        Instant pubTo = cond == null ? null : time(text(cond, "PublicationTimeTo"), "PublicationTimeTo");
        if (orderId == null && from == null && to == null && pubFrom == null && pubTo == null) {
            throw new BadRequest("OrderId or OrderTime range is required.");
        }
        List<Integer> statuses = new ArrayList<>();
        String statusText = cond == null ? null : text(cond, "OrderStatus");
        if (statusText != null && !statusText.isBlank()) {
            for (String s : statusText.split(",")) {
                statuses.add(intOr(s.trim(), -1, "OrderStatus"));
            }
        }
        boolean descending = "-order_time".equals(text(search, "Sort"));
        List<SimulatedOrder> found = orderId != null
                ? (store.get(orderId) == null ? List.of() : List.of(store.get(orderId)))
                : store.search(from, to, pubFrom, pubTo, settings.clock().instant(), statuses, descending);
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Result><Status>OK</Status><Search>");
        x.append("<TotalCount>").append(found.size()).append("</TotalCount>");
        int end = Math.min(found.size(), start - 1 + result);
        if (start > found.size() && !found.isEmpty()) {
            x.append("<OrderInfo />");
        }
        for (int i = start - 1; i < end; i++) {
            SimulatedOrder o = found.get(i);
            x.append("<OrderInfo><Index>").append(i + 1).append("</Index>");
            for (String f : fields.split(",")) {
                switch (f.trim()) {
                    case "OrderId" -> tag(x, "OrderId", o.orderId());
                    case "OrderTime" -> tag(x, "OrderTime", responseTime(o.orderTime()));
                    case "LastUpdateTime" -> tag(x, "LastUpdateTime", responseTime(o.lastUpdateTime()));
                    case "OrderStatus" -> tag(x, "OrderStatus", Integer.toString(o.orderStatus()));
                    case "ShipStatus" -> tag(x, "ShipStatus", Integer.toString(o.shipStatus()));
                    case "PayStatus" -> tag(x, "PayStatus", Integer.toString(o.payStatus()));
                    default -> {
                        // fields the simulator does not know are left out, as Yahoo! leaves out empty ones
                    }
                }
            }
            x.append("</OrderInfo>");
        }
        return x.append("</Search></Result>").toString();
    }

    private void orderInfo(Element root, HttpServletResponse res) throws BadRequest, IOException {
        Element t = child(root, "Target");
        String id = t == null ? null : text(t, "OrderId");
        if (id == null) {
            throw new BadRequest("OrderId is required.");
        }
        SimulatedOrder o = store.get(id);
        if (o == null) {
            error(res, 404, "od91801", "Not Exists : " + id);
            return;
        }
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ResultSet totalResultsAvailable=\"1\" totalResultsReturned=\"1\" firstResultPosition=\"1\">"
                + "<Result><Status>OK</Status><OrderInfo>");
        tag(x, "OrderId", o.orderId());
        tag(x, "OrderTime", responseTime(o.orderTime()));
        tag(x, "LastUpdateTime", responseTime(o.lastUpdateTime()));
        tag(x, "OrderStatus", Integer.toString(o.orderStatus()));
        x.append("<Pay>");
        tag(x, "PayStatus", Integer.toString(o.payStatus()));
        cdata(x, "PayMethodName", o.payMethodName());
        x.append("</Pay><Ship>");
        tag(x, "ShipStatus", Integer.toString(o.shipStatus()));
        tag(x, "ShipCompanyCode", o.shipCompanyCode());
        tag(x, "ShipInvoiceNumber1", o.shipInvoiceNumber1());
        tag(x, "ShipDate", o.shipDate() == null ? null : o.shipDate().toString());
        tag(x, "ArrivalDate", o.arrivalDate() == null ? null : o.arrivalDate().toString());
        cdata(x, "ShipLastName", o.lastName());
        cdata(x, "ShipFirstName", o.firstName());
        tag(x, "ShipZipCode", o.zipCode());
        cdata(x, "ShipPrefecture", o.prefecture());
        cdata(x, "ShipCity", o.city());
        cdata(x, "ShipAddress1", o.address1());
        cdata(x, "ShipAddress2", o.address2());
        tag(x, "ShipPhoneNumber", o.phone());
        x.append("</Ship><Buyer>");
        cdata(x, "BillLastName", o.lastName());
        cdata(x, "BillFirstName", o.firstName());
        tag(x, "BillMailAddress", o.email());
        x.append("</Buyer>");
        for (SimulatedItem i : o.items()) {
            x.append("<Item>");
            tag(x, "LineId", Integer.toString(i.lineId()));
            tag(x, "ItemId", i.itemId());
            tag(x, "SubCode", i.subCode());
            cdata(x, "Title", i.title());
            tag(x, "UnitPrice", Long.toString(i.unitPrice()));
            tag(x, "Quantity", Integer.toString(i.quantity()));
            x.append("</Item>");
        }
        x.append("<Detail>");
        tag(x, "TotalPrice", Long.toString(o.totalPrice()));
        x.append("</Detail></OrderInfo></Result></ResultSet>");
        send(res, 200, x.toString());
    }

    private String shipStatusChange(Element root) throws BadRequest {
        SimulatedOrder o = target(root);
        Element ship = child(child(root, "Order"), "Ship");
        if (ship == null || text(ship, "ShipStatus") == null) {
            throw new BadRequest("ShipStatus is required.");
        }
        int status = intOr(text(ship, "ShipStatus"), -1, "ShipStatus");
        if (status < 0 || status > 4) {
            throw new BadRequest("ShipStatus is invalid: " + status);
        }
        if (o.orderStatus() == 4) {
            throw new BadRequest("Order is already cancelled : " + o.orderId());
        }
        String carrier = orElse(text(ship, "ShipCompanyCode"), o.shipCompanyCode());
        String invoice = text(ship, "ShipInvoiceNumber1");
        String emptyReason = text(ship, "ShipInvoiceNumberEmptyReason");
        if (invoice != null && !invoice.isEmpty()) {
            checkInvoice(carrier, invoice);
        }
        if (emptyReason != null && !emptyReason.isEmpty() && !emptyReason.matches("10[1-5]")) {
            throw new BadRequest("ShipInvoiceNumberEmptyReason is invalid: " + emptyReason);
        }
        LocalDate shipDate = date(text(ship, "ShipDate"), "ShipDate");
        LocalDate arrival = date(text(ship, "ArrivalDate"), "ArrivalDate");
        Instant now = settings.clock().instant();
        store.update(o.orderId(), p -> new SimulatedOrder(p.orderId(), p.orderTime(), now, p.orderStatus(), status,
                p.payStatus(), carrier, invoice != null && !invoice.isEmpty() ? invoice : p.shipInvoiceNumber1(),
                emptyReason != null && !emptyReason.isEmpty() ? emptyReason : p.shipInvoiceNumberEmptyReason(),
                shipDate != null ? shipDate : p.shipDate(), arrival != null ? arrival : p.arrivalDate(), p.lastName(),
                p.firstName(), p.zipCode(), p.prefecture(), p.city(), p.address1(), p.address2(), p.phone(), p.email(),
                p.payMethodName(), p.items(), p.publicationTime()));
        store.shipStatusChanged(o.orderId(), now);
        return ok(null);
    }

    private String statusChange(Element root) throws BadRequest {
        SimulatedOrder o = target(root);
        Element order = child(root, "Order");
        int status = intOr(order == null ? null : text(order, "OrderStatus"), -1, "OrderStatus");
        if (status < 1 || status > 5) {
            throw new BadRequest("OrderStatus is invalid: " + status);
        }
        if (o.orderStatus() == status) {
            return ok("<Warning><Code>od91705</Code><Message>OrderStatus is not changed.</Message></Warning>");
        }
        if (o.orderStatus() == 4) {
            throw new BadRequest("Order is already cancelled : " + o.orderId());
        }
        if (status == 5) {
            if (o.shipStatus() != 3 && o.shipStatus() != 4) {
                throw new BadRequest("OrderStatus cannot be changed to 5 before ShipStatus is 3 or 4.");
            }
            Instant shipped = store.lastShipChange(o.orderId());
            if (shipped != null && settings.clock().instant().isBefore(shipped.plus(settings.statusChangeDelay()))) {
                throw new BadRequest("ShipStatus was changed just now. Please retry later.");
            }
        }
        Instant now = settings.clock().instant();
        store.update(o.orderId(), p -> new SimulatedOrder(p.orderId(), p.orderTime(), now, status, p.shipStatus(),
                p.payStatus(), p.shipCompanyCode(), p.shipInvoiceNumber1(), p.shipInvoiceNumberEmptyReason(),
                p.shipDate(), p.arrivalDate(), p.lastName(), p.firstName(), p.zipCode(), p.prefecture(), p.city(),
                p.address1(), p.address2(), p.phone(), p.email(), p.payMethodName(), p.items(), p.publicationTime()));
        return ok(null);
    }

    /** The Target's order, with {@code IsPointFix=true} required as Yahoo! does for status changes. */
    private SimulatedOrder target(Element root) throws BadRequest {
        Element t = child(root, "Target");
        String id = t == null ? null : text(t, "OrderId");
        if (id == null) {
            throw new BadRequest("OrderId is required.");
        }
        if (!"true".equals(text(t, "IsPointFix"))) {
            throw new BadRequest("IsPointFix must be true.");
        }
        SimulatedOrder o = store.get(id);
        if (o == null) {
            throw new BadRequest("od91801", "Not Exists : " + id);
        }
        return o;
    }

    private static void checkInvoice(String carrier, String invoice) throws BadRequest {
        if (!INVOICE.matcher(invoice).matches()) {
            throw new BadRequest("ShipInvoiceNumber1 may contain only half-width alphanumerics and '-': " + invoice);
        }
        if ("1001".equals(carrier) && (!invoice.matches("[0-9-]+") || invoice.length() > 14)) {
            throw new BadRequest("ShipInvoiceNumber1 for Yamato must be digits and '-', at most 14: " + invoice);
        }
        int digits = invoice.replace("-", "").length();
        if ("1003".equals(carrier) && (digits < 11 || digits > 13)) {
            throw new BadRequest("ShipInvoiceNumber1 for Japan Post must be 11-13 characters: " + invoice);
        }
    }

    private static String ok(String warning) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ResultSet totalResultsAvailable=\"1\" "
                + "totalResultsReturned=\"1\" ok=\"1\" ng=\"0\"><Result><Status>OK</Status>"
                + (warning == null ? "" : warning) + "</Result></ResultSet>";
    }

    // ------------------------------------------------------------------ XML and HTTP

    static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;

        BadRequest(String message) {
            this("od90101", message);
        }

        BadRequest(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    private static byte[] body(HttpServletRequest req) throws IOException {
        try (InputStream in = req.getInputStream()) {
            byte[] b = in.readNBytes(MAX_BODY + 1);
            if (b.length > MAX_BODY) {
                throw new IOException("request body too large");
            }
            return b;
        }
    }

    private static Element parse(byte[] body) throws BadRequest {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Document d = b.parse(new ByteArrayInputStream(body));
            Element root = d.getDocumentElement();
            if (!"Req".equals(root.getTagName())) {
                throw new BadRequest("Root element must be Req.");
            }
            return root;
        } catch (BadRequest e) {
            throw e;
        } catch (Exception e) {
            throw new BadRequest("Request XML is invalid.");
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().trim();
    }

    private static int intOr(String s, int def, String field) throws BadRequest {
        if (s == null || s.isBlank()) {
            return def;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new BadRequest(field + " is invalid: " + s);
        }
    }

    private Instant time(String s, String field) throws BadRequest {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(s, REQUEST_TIME).atZone(settings.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequest(field + " is invalid: " + s);
        }
    }

    private static LocalDate date(String s, String field) throws BadRequest {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s, REQUEST_DATE);
        } catch (DateTimeParseException e) {
            throw new BadRequest(field + " is invalid: " + s);
        }
    }

    private static String orElse(String a, String b) {
        return a != null && !a.isEmpty() ? a : b;
    }

    private String responseTime(Instant t) {
        return RESPONSE_TIME.format(t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atZone(settings.zone())
                .toOffsetDateTime());
    }

    private static void tag(StringBuilder x, String name, String value) {
        if (value == null) {
            return;
        }
        x.append('<').append(name).append('>').append(escape(value)).append("</").append(name).append('>');
    }

    private static void cdata(StringBuilder x, String name, String value) {
        if (value == null) {
            return;
        }
        x.append('<').append(name).append("><![CDATA[").append(value.replace("]]>", "]]]]><![CDATA[>"))
                .append("]]></").append(name).append('>');
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void error(HttpServletResponse res, int status, String code, String message) throws IOException {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Message>")
                .append(escape(message)).append("</Message>");
        if (code != null) {
            x.append("<Code>").append(code).append("</Code>");
        }
        send(res, status, x.append("</Error>").toString());
    }

    private static void send(HttpServletResponse res, int status, String xml) throws IOException {
        res.setStatus(status);
        res.setContentType("application/xml;charset=UTF-8");
        byte[] b = xml.getBytes(StandardCharsets.UTF_8);
        res.setContentLength(b.length);
        res.getOutputStream().write(b);
    }

    private static void sendJson(HttpServletResponse res, int status, String json) throws IOException {
        res.setStatus(status);
        res.setContentType("application/json;charset=UTF-8");
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        res.setContentLength(b.length);
        res.getOutputStream().write(b);
    }
}
