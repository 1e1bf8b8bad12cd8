package io.orderhub.simulator.shopserve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;

public class ShopserveSimulatorTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ShopserveSimulator shop;

    @Before
    public void start() {
        shop = ShopserveSimulator.builder().shopId("s1").managerKey("key1").requestsPerSecond(1000).build().start();
    }

    @After
    public void stop() {
        shop.stop();
    }

    private HttpResponse<String> call(String method, String path, String body, String user, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(shop.apiBaseUrl() + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + key).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        return call(method, path, body, "s1", "key1");
    }

    private static String searchBody(ZonedDateTime from, ZonedDateTime to, int start, int size) {
        return "{\"from\":" + start + ",\"size\":" + size + ",\"sort\":{\"order\":\"Asc\"},\"filters\":["
                + "{\"order_date_from\":\"" + from.toOffsetDateTime() + "\"},{\"order_date_to\":\"" + to.toOffsetDateTime() + "\"}]}";
    }

    private JsonNode firstError(HttpResponse<String> res) throws Exception {
        return json.readTree(res.body()).path("errors").path(0);
    }

    @Test
    public void searchPagesWithinTheWindowInOrderDateOrder() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(TOKYO);
        for (int i = 0; i < 5; i++) {
            shop.addOrder("A" + i, now.minusHours(10 - i).toInstant(), "処理中");
        }
        shop.addOrder("OLD", now.minusDays(20).toInstant(), "処理中");
        HttpResponse<String> page = call("POST", "/orders/_search", searchBody(now.minusDays(6), now, 2, 2));
        assertThat(page.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(page.body());
        assertThat(body.path("total_count").asInt()).isEqualTo(5);
        assertThat(body.path("orders")).extracting(o -> o.path("order_no").asText()).containsExactly("A2", "A3");
        assertThat(body.path("orders").path(0).path("deliveries").path(0).path("delivery_company").asText())
                .isEqualTo("ヤマト運輸");
    }

    @Test
    public void searchRefusesAWindowOverSevenDaysAndOrdersOverTwoYearsOld() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(TOKYO);
        HttpResponse<String> wide = call("POST", "/orders/_search", searchBody(now.minusDays(8), now, 0, 10));
        assertThat(wide.statusCode()).isEqualTo(400);
        assertThat(firstError(wide).path("field").asText()).isEqualTo("order_date_to");
        assertThat(firstError(wide).path("message").asText()).contains("1週間");

        HttpResponse<String> old = call("POST", "/orders/_search",
                searchBody(now.minusYears(2).minusDays(3), now.minusYears(2).minusDays(1), 0, 10));
        assertThat(old.statusCode()).isEqualTo(400);
        assertThat(firstError(old).path("field").asText()).isEqualTo("order_date_from");

        HttpResponse<String> big = call("POST", "/orders/_search", searchBody(now.minusDays(1), now, 0, 101));
        assertThat(big.statusCode()).isEqualTo(400);
        assertThat(firstError(big).path("field").asText()).isEqualTo("size");

        HttpResponse<String> broken = call("POST", "/orders/_search", "{\"from\":");
        assertThat(broken.statusCode()).isEqualTo(400);
    }

    @Test
    public void wrongManagerKeyOrNoAuthIs401() throws Exception {
        assertThat(call("GET", "/orders/X", null, "s1", "wrong").statusCode()).isEqualTo(401);
        assertThat(call("GET", "/orders/X", null, null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/orders/X", null).statusCode()).isEqualTo(404);
    }

    @Test
    public void s4_carrierWithoutSlipNumberAndShippedWithoutSlipNumberAreRejected() throws Exception {
        shop.addOrder("B1", Instant.now(), "処理中");
        HttpResponse<String> carrierOnly = call("PUT", "/orders/B1/deliveries/1", "{\"delivery_company\":\"佐川急便\"}");
        assertThat(carrierOnly.statusCode()).isEqualTo(400);
        assertThat(firstError(carrierOnly).path("field").asText()).isEqualTo("slip_number");
        HttpResponse<String> shipped = call("PUT", "/orders/B1/status", "{\"shipping_status\":\"発送済み\"}");
        assertThat(shipped.statusCode()).isEqualTo(400);
        HttpResponse<String> unknownCarrier = call("PUT", "/orders/B1/deliveries/1",
                "{\"delivery_company\":\"謎の運送\",\"slip_number\":\"1234\"}");
        assertThat(unknownCarrier.statusCode()).isEqualTo(400);
        assertThat(firstError(unknownCarrier).path("field").asText()).isEqualTo("delivery_company");
        assertThat(shop.order("B1").orElseThrow().delivery(1).deliveryCompany()).isEqualTo("ヤマト運輸");
        assertThat(shop.order("B1").orElseThrow().shippingStatus()).isEqualTo("未発送");

        assertThat(call("PUT", "/orders/B1/deliveries/1", "{\"delivery_company\":\"佐川急便\",\"slip_number\":\"1234-5678\","
                + "\"scheduled_ship_date\":\"2025-01-02\"}").statusCode()).isEqualTo(200);
        assertThat(call("PUT", "/orders/B1/status", "{\"shipping_status\":\"発送済み\"}").statusCode()).isEqualTo(200);
        SimulatedOrder after = shop.order("B1").orElseThrow();
        assertThat(after.shippingStatus()).isEqualTo("発送済み");
        assertThat(after.delivery(1).slipNumber()).isEqualTo("1234-5678");
        assertThat(after.delivery(1).deliveryCompany()).isEqualTo("佐川急便");
        assertThat(after.delivery(1).scheduledShipDate()).hasToString("2025-01-02");
    }

    @Test
    public void maintenanceAnswers503WithTheMaintenanceCode() throws Exception {
        shop.setMaintenance(true);
        HttpResponse<String> res = call("GET", "/orders/X", null);
        assertThat(res.statusCode()).isEqualTo(503);
        assertThat(firstError(res).path("code").asText()).isEqualTo("MAINTENANCE");
        shop.setMaintenance(false);
        assertThat(call("GET", "/orders/X", null).statusCode()).isEqualTo(404);
    }

    @Test
    public void requestsOverTheLimitGet429WithRetryAfter() throws Exception {
        // one call per 4 s, so the second request is refused even when the machine stalls between the two
        try (ShopserveSimulator slow = ShopserveSimulator.builder().requestsPerSecond(0.25).build().start()) {
            shop.stop();
            shop = slow;
            HttpResponse<String> first = call("GET", "/orders/X", null, "demo-shop", "demo-manager-key");
            HttpResponse<String> second = call("GET", "/orders/X", null, "demo-shop", "demo-manager-key");
            assertThat(first.statusCode()).isEqualTo(404);
            assertThat(second.statusCode()).isEqualTo(429);
            assertThat(second.headers().firstValue("Retry-After")).hasValueSatisfying(
                    v -> assertThat(Integer.parseInt(v)).isBetween(1, 4));
            assertThat(slow.throttledCount()).isEqualTo(1);
        }
    }

    @Test
    public void pathsAreConfigurable() throws Exception {
        shop.stop();
        shop = ShopserveSimulator.builder().shopId("s1").managerKey("key1").requestsPerSecond(1000)
                .paths(new ShopservePaths("/v2/order/search", "/v2/order/{no}", "/v2/order/{no}/delivery/{n}",
                        "/v2/order/{no}/state")).build().start();
        shop.addOrder("C1", Instant.now(), "処理中");
        assertThat(call("GET", "/order/C1", null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/orders/C1", null).statusCode()).isEqualTo(404);
    }
}
