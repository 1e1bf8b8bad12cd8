package io.orderhub.simulator.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ShopifySimulatorTest {

    private static final String TOKEN = "shpat_test";
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private ShopifySimulator shop;

    @Before
    public void start() {
        shop = ShopifySimulator.builder().accessToken(TOKEN).bucketSize(40).leakPerSecond(500).build().start();
    }

    @After
    public void stop() {
        shop.stop();
    }

    private HttpResponse<String> get(String pathAndQuery, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(pathAndQuery.startsWith("http") ? pathAndQuery
                : shop.shopUrl() + pathAndQuery)).timeout(Duration.ofSeconds(5));
        if (token != null) {
            b.header("X-Shopify-Access-Token", token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(shop.shopUrl() + path))
                .header("X-Shopify-Access-Token", TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    public void wrongOrMissingTokenIs401WithShopifysMessage() throws Exception {
        for (String token : new String[] {"shpat_wrong", null}) {
            HttpResponse<String> r = get("/admin/api/2025-01/orders.json", token);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(json.readTree(r.body()).get("errors").asText())
                    .isEqualTo("[API] Invalid API key or access token (unrecognized login or wrong password)");
        }
    }

    @Test
    public void paginationFollowsOpaquePageInfoAndReturnsEveryOrderOnce() throws Exception {
        shop.seedOrders(120);
        String url = "/admin/api/2025-01/orders.json?status=any&limit=50&order=" + q("updated_at asc");
        List<Long> ids = new ArrayList<>();
        List<Instant> updated = new ArrayList<>();
        int pages = 0;
        while (url != null) {
            HttpResponse<String> r = get(url, TOKEN);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("X-Shopify-API-Version")).hasValue("2025-01");
            for (JsonNode o : json.readTree(r.body()).get("orders")) {
                ids.add(o.get("id").asLong());
                updated.add(java.time.OffsetDateTime.parse(o.get("updated_at").asText()).toInstant());
                assertThat(o.get("created_at").asText()).endsWith("+09:00");
                assertThat(o.get("name").asText()).startsWith("#");
            }
            pages++;
            Matcher m = NEXT.matcher(r.headers().firstValue("Link").orElse(""));
            url = m.find() ? m.group(1) : null;
            if (url != null) {
                assertThat(url).contains("page_info=").doesNotContain("status=").doesNotContain("order=");
            }
        }
        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(120).doesNotHaveDuplicates();
        assertThat(updated).isSorted();
    }

    @Test
    public void nameFilterFindsOneOrderWithOrWithoutTheHash() throws Exception {
        shop.seedOrders(5);
        String name = shop.orders().get(2).name();
        for (String asked : new String[] {name, name.substring(1)}) {
            HttpResponse<String> r = get("/admin/api/2025-01/orders.json?status=any&name=" + q(asked), TOKEN);
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode orders = json.readTree(r.body()).get("orders");
            assertThat(orders).hasSize(1);
            assertThat(orders.get(0).get("name").asText()).isEqualTo(name);
        }
    }

    @Test
    public void previousLinkLeadsBackToTheSamePage() throws Exception {
        shop.seedOrders(7);
        HttpResponse<String> first = get("/admin/api/2025-01/orders.json?status=any&limit=3", TOKEN);
        Matcher next = NEXT.matcher(first.headers().firstValue("Link").orElseThrow());
        assertThat(next.find()).isTrue();
        HttpResponse<String> second = get(next.group(1), TOKEN);
        Matcher previous = Pattern.compile("<([^>]+)>; rel=\"previous\"")
                .matcher(second.headers().firstValue("Link").orElseThrow());
        assertThat(previous.find()).isTrue();
        HttpResponse<String> back = get(previous.group(1), TOKEN);
        assertThat(json.readTree(back.body()).get("orders")).isEqualTo(json.readTree(first.body()).get("orders"));
        assertThat(first.headers().firstValue("Link").orElseThrow()).doesNotContain("previous");
    }

    @Test
    public void pageInfoWithOtherFiltersIs400() throws Exception {
        shop.seedOrders(5);
        HttpResponse<String> first = get("/admin/api/2025-01/orders.json?status=any&limit=2", TOKEN);
        Matcher m = NEXT.matcher(first.headers().firstValue("Link").orElseThrow());
        assertThat(m.find()).isTrue();
        HttpResponse<String> misuse = get(m.group(1) + "&status=any", TOKEN);
        assertThat(misuse.statusCode()).isEqualTo(400);
        assertThat(misuse.body()).contains("page_info");
        assertThat(get("/admin/api/2025-01/orders.json?page_info=garbage", TOKEN).statusCode()).isEqualTo(400);
        assertThat(get("/admin/api/2025-01/orders.json?limit=251", TOKEN).statusCode()).isEqualTo(400);
    }

    @Test
    public void fullBucketAnswers429WithRetryAfterAndCallLimitHeader() throws Exception {
        try (ShopifySimulator slow = ShopifySimulator.builder().accessToken(TOKEN).bucketSize(3).leakPerSecond(0.01)
                .build().start()) {
            List<Integer> codes = new ArrayList<>();
            List<String> limits = new ArrayList<>();
            HttpResponse<String> last = null;
            for (int i = 0; i < 4; i++) {
                last = http.send(HttpRequest.newBuilder(URI.create(slow.shopUrl() + "/admin/api/2025-01/shop.json"))
                        .header("X-Shopify-Access-Token", TOKEN).build(), HttpResponse.BodyHandlers.ofString());
                codes.add(last.statusCode());
                limits.add(last.headers().firstValue("X-Shopify-Shop-Api-Call-Limit").orElse(null));
            }
            assertThat(codes).containsExactly(200, 200, 200, 429);
            assertThat(limits.subList(0, 3)).containsExactly("1/3", "2/3", "3/3");
            assertThat(Double.parseDouble(last.headers().firstValue("Retry-After").orElseThrow())).isPositive();
            assertThat(slow.throttledCount()).isEqualTo(1);
            assertThat(slow.maxBucketLevel()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    public void fulfillmentClosesTheFulfillmentOrderAndMarksTheOrderFulfilled() throws Exception {
        SimulatedOrder order = shop.addOrder(NewOrder.placedAt(Instant.now().minusSeconds(3600))
                .lines(List.of(NewLineItem.of("A-1", "商品A", 2, 1000), NewLineItem.of("B-1", "商品B", 1, 500))));
        JsonNode fo = json.readTree(get("/admin/api/2025-01/orders/" + order.id() + "/fulfillment_orders.json", TOKEN)
                .body()).get("fulfillment_orders").get(0);
        assertThat(fo.get("status").asText()).isEqualTo("open");
        long foId = fo.get("id").asLong();
        long foLine = fo.get("line_items").get(0).get("id").asLong();

        HttpResponse<String> tooMany = post("/admin/api/2025-01/fulfillments.json",
                "{\"fulfillment\":{\"line_items_by_fulfillment_order\":[{\"fulfillment_order_id\":" + foId
                        + ",\"fulfillment_order_line_items\":[{\"id\":" + foLine + ",\"quantity\":3}]}]}}");
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(json.readTree(tooMany.body()).get("errors").get(0).asText()).contains("quantity");

        HttpResponse<String> created = post("/admin/api/2025-01/fulfillments.json",
                "{\"fulfillment\":{\"line_items_by_fulfillment_order\":[{\"fulfillment_order_id\":" + foId + "}],"
                        + "\"tracking_info\":{\"number\":\"123456789012\",\"company\":\"Yamato (JA)\"},"
                        + "\"notify_customer\":false}}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode f = json.readTree(created.body()).get("fulfillment");
        assertThat(f.get("tracking_number").asText()).isEqualTo("123456789012");
        assertThat(f.get("tracking_company").asText()).isEqualTo("Yamato (JA)");
        assertThat(f.get("status").asText()).isEqualTo("success");

        SimulatedOrder after = shop.order(order.id()).orElseThrow();
        assertThat(after.fulfillmentStatus()).isEqualTo("fulfilled");
        assertThat(after.updatedAt()).isAfter(order.updatedAt());
        assertThat(shop.fulfillments(order.id())).singleElement()
                .satisfies(x -> assertThat(x.lineItemQuantities()).containsValues(2, 1));
        JsonNode foAfter = json.readTree(get("/admin/api/2025-01/orders/" + order.id() + "/fulfillment_orders.json",
                TOKEN).body()).get("fulfillment_orders").get(0);
        assertThat(foAfter.get("status").asText()).isEqualTo("closed");

        HttpResponse<String> again = post("/admin/api/2025-01/fulfillments.json",
                "{\"fulfillment\":{\"line_items_by_fulfillment_order\":[{\"fulfillment_order_id\":" + foId + "}]}}");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("unfulfillable status= closed");
        JsonNode readBack = json.readTree(get("/admin/api/2025-01/orders/" + order.id() + "/fulfillments.json", TOKEN)
                .body()).get("fulfillments");
        assertThat(readBack).hasSize(1);
    }

    @Test
    public void missingFulfillmentRootIs400() throws Exception {
        HttpResponse<String> r = post("/admin/api/2025-01/fulfillments.json", "{\"tracking_info\":{}}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Required parameter missing or invalid");
    }

    @Test
    public void injectedFaultsHitOnlyMatchingRequestsAndRunOut() throws Exception {
        shop.seedOrders(1);
        shop.injectFaults(Fault.SERVER_ERROR, 1, "orders.json");
        shop.injectFaults(Fault.MALFORMED_JSON, 1, "orders.json");
        assertThat(get("/admin/api/2025-01/shop.json", TOKEN).statusCode()).isEqualTo(200);
        assertThat(get("/admin/api/2025-01/orders.json", TOKEN).statusCode()).isEqualTo(500);
        HttpResponse<String> malformed = get("/admin/api/2025-01/orders.json", TOKEN);
        assertThatThrownBy(() -> json.readTree(malformed.body())).isInstanceOf(java.io.IOException.class);
        assertThat(get("/admin/api/2025-01/orders.json", TOKEN).statusCode()).isEqualTo(200);
        assertThat(shop.requestCount(ShopifySimulator.ORDERS)).isEqualTo(3);
    }

    @Test
    public void seedIsDeterministicJapaneseAndMixed() {
        List<SimulatedOrder> a = shop.seedOrders(60);
        Set<String> statuses = new HashSet<>();
        a.forEach(o -> statuses.add(o.cancelled() ? "cancelled" : String.valueOf(o.fulfillmentStatus())));
        assertThat(statuses).contains("cancelled", "fulfilled", "null");
        assertThat(a).allSatisfy(o -> assertThat(o.createdAt()).isAfter(Instant.now().minus(Duration.ofDays(16))));
        try (ShopifySimulator other = ShopifySimulator.builder().build()) {
            List<SimulatedOrder> b = other.seedOrders(60);
            assertThat(b).extracting(SimulatedOrder::name).isEqualTo(a.stream().map(SimulatedOrder::name).toList());
            assertThat(b).extracting(SimulatedOrder::cancelled).isEqualTo(a.stream().map(SimulatedOrder::cancelled).toList());
        }
    }

    @Test
    public void onlyLoopbackHosts() {
        assertThatThrownBy(() -> ShopifySimulator.builder().host("0.0.0.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
    }
}
