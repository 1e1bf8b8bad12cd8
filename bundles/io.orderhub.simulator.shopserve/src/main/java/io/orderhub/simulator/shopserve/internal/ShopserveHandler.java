package io.orderhub.simulator.shopserve.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.orderhub.simulator.shopserve.ShopservePaths;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Serves the order endpoints: maintenance, Basic auth, the request limit, then the resource. */
public final class ShopserveHandler extends AbstractHandler {

    public static final String MAINTENANCE_MESSAGE = "メンテナンス中のためAPIは使用できません。";
    static final int MAX_SIZE = 100;
    static final Duration MAX_WINDOW = Duration.ofDays(7);
    private static final int MAX_BODY = 1 << 20;
    private static final Set<String> SHIPPING_STATUSES = Set.of("未発送", "発送準備中", "発送済み");
    private static final Set<String> ORDER_STATUSES = Set.of("新規受付", "処理中", "処理済み", "完了", "保留", "キャンセル");
    private static final Set<String> PAYMENT_STATUSES = Set.of("未入金", "入金済み");

    /** A request the shop refuses with 400 and its error list. */
    private static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final String code;
        final String field;

        BadRequest(String code, String field, String message) {
            super(message);
            this.code = code;
            this.field = field;
        }
    }

    private final ObjectMapper json;
    private final ShopState shop;
    private final String shopId;
    private final String managerKey;
    private final RequestLimiter limiter;
    private final Set<String> carriers;
    private final Pattern search;
    private final Pattern order;
    private final Pattern delivery;
    private final Pattern status;
    private final AtomicBoolean maintenance = new AtomicBoolean();
    private final AtomicInteger malformedLeft = new AtomicInteger();
    /** Planned answers for the next admitted requests: an HTTP status (429, 500, ...) or a delay (negative ms). */
    private final java.util.Queue<Long> planned = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong updates = new AtomicLong();

    public ShopserveHandler(ObjectMapper json, ShopState shop, String shopId, String managerKey,
                            RequestLimiter limiter, List<String> carriers, ShopservePaths paths) {
        this.json = json;
        this.shop = shop;
        this.shopId = shopId;
        this.managerKey = managerKey;
        this.limiter = limiter;
        this.carriers = Set.copyOf(carriers);
        this.search = compile(paths.search());
        this.order = compile(paths.order());
        this.delivery = compile(paths.delivery());
        this.status = compile(paths.status());
    }

    private static Pattern compile(String template) {
        StringBuilder re = new StringBuilder();
        Matcher m = Pattern.compile("\\{(no|n)\\}").matcher(template);
        int last = 0;
        while (m.find()) {
            re.append(Pattern.quote(template.substring(last, m.start())));
            re.append(m.group(1).equals("no") ? "(?<no>[^/]+)" : "(?<n>\\d{1,6})");
            last = m.end();
        }
        re.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(re.toString());
    }

    public void setMaintenance(boolean on) {
        maintenance.set(on);
    }

    public boolean maintenance() {
        return maintenance.get();
    }

    /** The next {@code times} admitted requests are answered {@code status} with Shopserve's error body. */
    public void failNext(int status, int times) {
        for (int i = 0; i < times; i++) {
            planned.add((long) status);
        }
    }

    /** The next {@code times} admitted requests are carried out but answered {@code millis} later. */
    public void slowNext(long millis, int times) {
        for (int i = 0; i < times; i++) {
            planned.add(-Math.max(1, millis));
        }
    }

    public void malformNext(int times) {
        malformedLeft.set(times);
    }

    public long requests() {
        return requests.get();
    }

    public long throttled() {
        return throttled.get();
    }

    /** Accepted delivery and status updates. */
    public long updates() {
        return updates.get();
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest req, HttpServletResponse res) throws IOException {
        base.setHandled(true);
        requests.incrementAndGet();
        res.setCharacterEncoding("UTF-8");
        if (maintenance.get()) {
            send(res, 503, errors("MAINTENANCE", null, MAINTENANCE_MESSAGE));
            return;
        }
        if (!authorized(req.getHeader("Authorization"))) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"shopserve\"");
            send(res, 401, errors("UNAUTHORIZED", null, "認証に失敗しました。ショップIDとマネージャー認証キーを確認してください。"));
            return;
        }
        double wait = limiter.tryTake(System.nanoTime());
        if (wait > 0) {
            throttled.incrementAndGet();
            res.setHeader("Retry-After", Long.toString((long) Math.ceil(wait)));
            send(res, 429, errors("TOO_MANY_REQUESTS", null, "リクエストが多すぎます。しばらくしてから再度お試しください。"));
            return;
        }
        Long plan = planned.poll();
        if (plan != null && plan > 0) {
            if (plan == 429) {
                res.setHeader("Retry-After", "0");
                send(res, 429, errors("TOO_MANY_REQUESTS", null, "リクエストが多すぎます。しばらくしてから再度お試しください。"));
            } else {
                send(res, plan.intValue(), errors("E9999", null, "システムエラーが発生しました。"));
            }
            return;
        }
        if (plan != null) {
            // served now, answered late: the buffered answer leaves only when the handler returns
            res.setBufferSize(4 << 20);
        }
        if (malformedLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            res.setStatus(200);
            res.setContentType("application/json; charset=utf-8");
            res.getWriter().write("{\"total_count\":3,\"orders\":[{\"order_no\":\"2025");
            return;
        }
        try {
            route(req, res);
        } catch (BadRequest e) {
            send(res, 400, errors(e.code, e.field, e.getMessage()));
        }
        if (plan != null) {
            try {
                Thread.sleep(-plan);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean authorized(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return decoded.equals(shopId + ":" + managerKey);
    }

    private void route(HttpServletRequest req, HttpServletResponse res) throws IOException, BadRequest {
        String path = req.getRequestURI();
        String method = req.getMethod();
        Matcher m;
        if (search.matcher(path).matches()) {
            if (!method.equals("POST")) {
                send(res, 405, errors("E0405", null, "POSTで送信してください"));
                return;
            }
            send(res, 200, search(body(req)));
        } else if ((m = delivery.matcher(path)).matches() && method.equals("PUT")) {
            updateDelivery(res, m.group("no"), Integer.parseInt(m.group("n")), body(req));
        } else if ((m = status.matcher(path)).matches() && method.equals("PUT")) {
            updateStatus(res, m.group("no"), body(req));
        } else if ((m = order.matcher(path)).matches() && method.equals("GET")) {
            ObjectNode o = shop.withOrder(m.group("no"), this::render);
            if (o == null) {
                notFound(res);
            } else {
                send(res, 200, o);
            }
        } else {
            send(res, 404, errors("E0404", null, "指定されたリソースは存在しません"));
        }
    }

    private JsonNode body(HttpServletRequest req) throws IOException, BadRequest {
        byte[] bytes;
        try (InputStream in = req.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw new BadRequest("E0000", null, "リクエストが大きすぎます");
        }
        try {
            JsonNode node = json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new BadRequest("E0000", null, "リクエストの形式が正しくありません");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadRequest("E0000", null, "リクエストの形式が正しくありません");
        }
    }

    // ------------------------------------------------------------------ search

    private ObjectNode search(JsonNode body) throws BadRequest {
        int from = intField(body, "from", 0, 0, Integer.MAX_VALUE);
        int size = intField(body, "size", 20, 1, MAX_SIZE);
        boolean descending = body.path("sort").path("order").asText("Asc").equalsIgnoreCase("Desc");
        Instant dateFrom = null;
        Instant dateTo = null;
        String shippingStatus = null;
        String orderStatus = null;
        JsonNode filters = body.path("filters");
        if (!filters.isMissingNode() && !filters.isArray()) {
            throw new BadRequest("E0001", "filters", "filtersは配列で指定してください");
        }
        for (JsonNode f : filters) {
            Iterator<Map.Entry<String, JsonNode>> it = f.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                switch (e.getKey()) {
                    case "order_date_from" -> dateFrom = dateTime(e.getKey(), e.getValue());
                    case "order_date_to" -> dateTo = dateTime(e.getKey(), e.getValue());
                    case "shipping_status" -> shippingStatus = e.getValue().asText();
                    case "order_status" -> orderStatus = e.getValue().asText();
                    default -> throw new BadRequest("E0001", e.getKey(), "指定できない検索条件です");
                }
            }
        }
        if (dateFrom == null) {
            throw new BadRequest("E0001", "order_date_from", "受注日（開始）を指定してください");
        }
        if (dateTo == null) {
            throw new BadRequest("E0001", "order_date_to", "受注日（終了）を指定してください");
        }
        if (dateTo.isBefore(dateFrom)) {
            throw new BadRequest("E0002", "order_date_to", "受注日（終了）が受注日（開始）より前です");
        }
        if (Duration.between(dateFrom, dateTo).compareTo(MAX_WINDOW) > 0) {
            throw new BadRequest("E0002", "order_date_to", "取得期間は1週間以内で指定してください");
        }
        if (dateFrom.isBefore(shop.now().atZone(shop.zone()).minusYears(2).toInstant())) {
            throw new BadRequest("E0003", "order_date_from", "2年より前の受注は取得できません");
        }
        Instant lo = dateFrom;
        Instant hi = dateTo;
        String ship = shippingStatus;
        String os = orderStatus;
        Predicate<ShopState.Order> filter = o -> !o.orderDate.isBefore(lo) && !o.orderDate.isAfter(hi)
                && (ship == null || ship.equals(o.shippingStatus)) && (os == null || os.equals(o.orderStatus));
        ObjectNode out = json.createObjectNode();
        synchronized (shop) {
            List<ShopState.Order> hits = shop.search(filter, descending);
            out.put("total_count", hits.size());
            ArrayNode list = out.putArray("orders");
            hits.stream().skip(from).limit(size).forEach(o -> list.add(render(o)));
        }
        return out;
    }

    private static int intField(JsonNode body, String field, int def, int min, int max) throws BadRequest {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return def;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            throw new BadRequest("E0001", field, field + "は" + min + "〜" + max + "の整数で指定してください");
        }
        return v.asInt();
    }

    private static Instant dateTime(String field, JsonNode v) throws BadRequest {
        try {
            return OffsetDateTime.parse(v.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequest("E0001", field, "日時の形式が正しくありません（例: 2025-01-01T00:00:00+09:00）");
        }
    }

    // ------------------------------------------------------------------ updates

    private void updateDelivery(HttpServletResponse res, String orderNo, int deliveryNo, JsonNode body)
            throws IOException, BadRequest {
        String company = text(body, "delivery_company");
        String slip = text(body, "slip_number");
        LocalDate scheduled = date(body, "scheduled_ship_date");
        LocalDate shipped = date(body, "ship_date");
        LocalDate arrival = date(body, "arrival_date");
        if (company != null && !carriers.contains(company)) {
            throw new BadRequest("E0011", "delivery_company", "登録されていない配送会社です: " + company);
        }
        if (slip != null && !slip.matches("[0-9A-Za-z-]{1,30}")) {
            throw new BadRequest("E0012", "slip_number", "問い合わせ番号は英数字とハイフン30文字以内で入力してください");
        }
        Object[] outcome = new Object[1];
        Boolean found = shop.withOrder(orderNo, o -> {
            ShopState.Delivery d = o.deliveries.stream().filter(x -> x.deliveryNo == deliveryNo).findFirst()
                    .orElse(null);
            if (d == null) {
                return false;
            }
            String newSlip = slip != null ? slip : d.slipNumber;
            // Shopserve cannot take a carrier alone: a carrier needs its slip number in the same state
            if (company != null && (newSlip == null || newSlip.isEmpty())) {
                outcome[0] = new BadRequest("E0001", "slip_number", "問い合わせ番号が未入力です");
                return true;
            }
            if (company != null) {
                d.deliveryCompany = company;
            }
            if (slip != null) {
                d.slipNumber = slip;
            }
            if (body.has("scheduled_ship_date")) {
                d.scheduledShipDate = scheduled;
            }
            if (body.has("ship_date")) {
                d.shipDate = shipped;
            }
            if (body.has("arrival_date")) {
                d.arrivalDate = arrival;
            }
            o.updateDate = shop.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            return true;
        });
        if (found == null || !found) {
            notFound(res);
            return;
        }
        if (outcome[0] instanceof BadRequest bad) {
            throw bad;
        }
        updates.incrementAndGet();
        ok(res, orderNo);
    }

    private void updateStatus(HttpServletResponse res, String orderNo, JsonNode body) throws IOException, BadRequest {
        String ship = text(body, "shipping_status");
        String os = text(body, "order_status");
        String pay = text(body, "payment_status");
        if (ship != null && !SHIPPING_STATUSES.contains(ship)) {
            throw new BadRequest("E0021", "shipping_status", "発送ステータスが正しくありません: " + ship);
        }
        if (os != null && !ORDER_STATUSES.contains(os)) {
            throw new BadRequest("E0022", "order_status", "注文ステータスが正しくありません: " + os);
        }
        if (pay != null && !PAYMENT_STATUSES.contains(pay)) {
            throw new BadRequest("E0023", "payment_status", "入金ステータスが正しくありません: " + pay);
        }
        if (ship == null && os == null && pay == null) {
            throw new BadRequest("E0001", "shipping_status", "更新する項目がありません");
        }
        Object[] outcome = new Object[1];
        Boolean found = shop.withOrder(orderNo, o -> {
            if ("発送済み".equals(ship) && o.deliveries.stream().anyMatch(d -> d.slipNumber == null || d.slipNumber.isEmpty())) {
                outcome[0] = new BadRequest("E0001", "slip_number", "問い合わせ番号が未入力のため発送済みにできません");
                return true;
            }
            if (ship != null) {
                o.shippingStatus = ship;
            }
            if (os != null) {
                o.orderStatus = os;
            }
            if (pay != null) {
                o.paymentStatus = pay;
            }
            o.updateDate = shop.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            return true;
        });
        if (found == null) {
            notFound(res);
            return;
        }
        if (outcome[0] instanceof BadRequest bad) {
            throw bad;
        }
        updates.incrementAndGet();
        ok(res, orderNo);
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asText().trim();
    }

    private static LocalDate date(JsonNode body, String field) throws BadRequest {
        String s = text(body, field);
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new BadRequest("E0001", field, "日付の形式が正しくありません（例: 2025-01-02）: " + s);
        }
    }

    // ------------------------------------------------------------------ rendering

    private ObjectNode render(ShopState.Order o) {
        ZoneId zone = shop.zone();
        ObjectNode n = json.createObjectNode();
        n.put("order_no", o.orderNo);
        n.put("order_date", o.orderDate.atZone(zone).toOffsetDateTime().toString());
        n.put("update_date", o.updateDate.atZone(zone).toOffsetDateTime().toString());
        n.put("order_status", o.orderStatus);
        n.put("confirm_status", o.confirmStatus);
        n.put("payment_status", o.paymentStatus);
        n.put("shipping_status", o.shippingStatus);
        n.put("payment_method", o.paymentMethod);
        n.put("total_price", o.totalPrice);
        person(n.putObject("orderer"), o.orderer);
        ArrayNode ds = n.putArray("deliveries");
        for (ShopState.Delivery d : o.deliveries) {
            ObjectNode dn = ds.addObject();
            dn.put("delivery_no", d.deliveryNo);
            person(dn, d.to);
            dn.put("delivery_company", d.deliveryCompany);
            dn.put("slip_number", d.slipNumber == null ? "" : d.slipNumber);
            dn.put("scheduled_ship_date", d.scheduledShipDate == null ? null : d.scheduledShipDate.toString());
            dn.put("ship_date", d.shipDate == null ? null : d.shipDate.toString());
            dn.put("arrival_date", d.arrivalDate == null ? null : d.arrivalDate.toString());
            ArrayNode items = dn.putArray("items");
            for (ShopState.Item it : d.items) {
                items.addObject().put("item_code", it.itemCode()).put("item_name", it.itemName())
                        .put("quantity", it.quantity()).put("price", it.price());
            }
        }
        return n;
    }

    private static void person(ObjectNode n, ShopState.Person p) {
        n.put("name", p.name()).put("zip", p.zip()).put("address", p.address()).put("tel", p.tel());
    }

    private ObjectNode errors(String code, String field, String message) {
        ObjectNode root = json.createObjectNode();
        ObjectNode e = root.putArray("errors").addObject();
        e.put("code", code);
        if (field != null) {
            e.put("field", field);
        }
        e.put("message", message);
        return root;
    }

    private void notFound(HttpServletResponse res) throws IOException {
        send(res, 404, errors("E0404", null, "注文が見つかりません"));
    }

    private void ok(HttpServletResponse res, String orderNo) throws IOException {
        ObjectNode n = json.createObjectNode();
        n.put("order_no", orderNo);
        n.put("result", "OK");
        send(res, 200, n);
    }

    private void send(HttpServletResponse res, int status, JsonNode body) throws IOException {
        res.setStatus(status);
        res.setContentType("application/json; charset=utf-8");
        res.getOutputStream().write(json.writeValueAsBytes(body));
    }
}
