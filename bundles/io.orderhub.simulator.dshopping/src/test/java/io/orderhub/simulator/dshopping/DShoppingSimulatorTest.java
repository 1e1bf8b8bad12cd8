package io.orderhub.simulator.dshopping;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;

public class DShoppingSimulatorTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private DShoppingSimulator mall;

    @Before
    public void start() {
        mall = DShoppingSimulator.builder().requestsPerSecond(1000).build().start();
    }

    @After
    public void stop() {
        mall.stop();
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(mall.baseUrl() + pathAndQuery)).timeout(Duration.ofSeconds(5))
                .header("X-Partner-Code", mall.partnerCode()).header("X-Api-Password", mall.apiPassword());
    }

    private HttpResponse<String> send(HttpRequest r) throws Exception {
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String window(Instant from, Instant to) {
        return "updatedFrom=" + q(from) + "&updatedTo=" + q(to);
    }

    private static String q(Instant t) {
        return URLEncoder.encode(t.atOffset(ZoneOffset.ofHours(9)).toString(), StandardCharsets.UTF_8);
    }

    @Test
    public void wrongPasswordIsAuthFailedAndExpiredPasswordIsAuthExpired() throws Exception {
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(mall.baseUrl() + "/orders/X"))
                .header("X-Partner-Code", mall.partnerCode()).header("X-Api-Password", "nope").build());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json.readTree(wrong.body()).at("/errors/0/code").asText()).isEqualTo("AUTH_FAILED");
        mall.passwordExpired(true);
        HttpResponse<String> expired = send(request("/orders/X").build());
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(json.readTree(expired.body()).at("/errors/0/code").asText()).isEqualTo("AUTH_EXPIRED");
    }

    @Test
    public void basicAuthIsAcceptedLikeTheHeaders() throws Exception {
        SimulatedOrder o = mall.addOrder(NewOrder.placedAt(Instant.now().minusSeconds(3600)));
        String basic = Base64.getEncoder().encodeToString((mall.partnerCode() + ":" + mall.apiPassword())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(mall.baseUrl() + "/orders/" + o.orderNo()))
                .header("Authorization", "Basic " + basic).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json.readTree(r.body()).at("/order/orderNo").asText()).isEqualTo(o.orderNo());
    }

    @Test
    public void listFiltersByStatusAndWindowPagesAndRefusesWindowsOver31Days() throws Exception {
        Instant now = Instant.now();
        mall.seedSampleOrders(21);
        long waiting = mall.orders().stream().filter(o -> o.status() == DOrderStatus.ORDER_CONFIRM_WAITING).count();
        String base = "/orders?status=ORDER_CONFIRM_WAITING&" + window(now.minus(Duration.ofDays(11)), now.plusSeconds(60));
        JsonNode first = json.readTree(send(request(base + "&limit=10&page=1").build()).body());
        assertThat(first.get("totalCount").asLong()).isEqualTo(waiting);
        assertThat(first.get("orders")).hasSize(10);
        JsonNode second = json.readTree(send(request(base + "&limit=10&page=2").build()).body());
        assertThat(second.get("orders")).hasSize((int) waiting - 10);
        assertThat(first.get("orders").get(0).get("statusName").asText()).isEqualTo("受注確認待ち");
        assertThat(mall.orders()).extracting(SimulatedOrder::environment).contains("TEST", "PRODUCTION");
        assertThat(mall.orders()).anyMatch(o -> o.orderDate().isAfter(now.minus(Duration.ofMinutes(10))));

        HttpResponse<String> tooWide = send(request("/orders?" + window(now.minus(Duration.ofDays(32)), now)).build());
        assertThat(tooWide.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tooWide.body()).at("/errors/0/field").asText()).isEqualTo("updatedTo");
        assertThat(send(request(base + "&limit=101").build()).statusCode()).isEqualTo(400);
        assertThat(send(request("/orders?status=NOPE&" + window(now.minusSeconds(60), now)).build()).statusCode())
                .isEqualTo(400);
    }

    @Test
    public void confirmThenShipFollowsTheStateMachineWithPerRowResults() throws Exception {
        SimulatedOrder a = mall.addOrder(NewOrder.placedAt(Instant.now().minus(Duration.ofDays(1))));
        SimulatedOrder b = mall.addOrder(NewOrder.placedAt(Instant.now().minus(Duration.ofDays(1))));
        String today = LocalDate.now(TOKYO).toString();
        JsonNode unconfirmed = json.readTree(post("/orders/ship", "{\"shipments\":[{\"orderNo\":\"" + b.orderNo()
                + "\",\"carrierId\":\"01\",\"trackingNo\":\"1234\",\"shipDate\":\"" + today + "\"}]}").body());
        assertThat(unconfirmed.at("/results/0/errors/0/code").asText()).isEqualTo("INVALID_STATUS");

        JsonNode confirmed = json.readTree(post("/orders/confirm", "{\"orderNos\":[\"" + a.orderNo() + "\",\"NOPE\"]}").body());
        assertThat(confirmed.at("/results/0/result").asText()).isEqualTo("OK");
        assertThat(confirmed.at("/results/1/errors/0/code").asText()).isEqualTo("NOT_FOUND");
        assertThat(mall.order(a.orderNo()).orElseThrow().status()).isEqualTo(DOrderStatus.SHIP_INSTRUCTION_WAITING);

        String future = LocalDate.now(TOKYO).plusDays(1).toString();
        JsonNode rows = json.readTree(post("/orders/ship", "{\"shipments\":["
                + "{\"orderNo\":\"" + a.orderNo() + "\",\"carrierId\":\"01\",\"shipDate\":\"" + today + "\"},"
                + "{\"orderNo\":\"" + a.orderNo() + "\",\"carrierId\":\"01\",\"trackingNo\":\"1\",\"shipDate\":\"" + future + "\"}]}").body());
        assertThat(rows.at("/results/0/errors/0/field").asText()).isEqualTo("shipments[0].trackingNo");
        assertThat(rows.at("/results/1/errors/0/message").asText()).isEqualTo("shipDate is in the future");

        JsonNode ok = json.readTree(post("/orders/ship", "{\"shipments\":[{\"orderNo\":\"" + a.orderNo()
                + "\",\"carrierId\":\"99\",\"shipDate\":\"" + today + "\"}]}").body());
        assertThat(ok.at("/results/0/result").asText()).isEqualTo("OK");
        SimulatedOrder shipped = mall.order(a.orderNo()).orElseThrow();
        assertThat(shipped.status()).isEqualTo(DOrderStatus.SHIPPED);
        assertThat(shipped.carrierId()).isEqualTo("99");
        assertThat(shipped.trackingNo()).isNull();
    }

    @Test
    public void tooFastIs429WithRetryAfterAndDailyLimitHolds() throws Exception {
        try (DShoppingSimulator slow = DShoppingSimulator.builder().requestsPerSecond(1).requestsPerDay(1).build().start()) {
            HttpRequest r = HttpRequest.newBuilder(URI.create(slow.baseUrl() + "/orders/X"))
                    .header("X-Partner-Code", slow.partnerCode()).header("X-Api-Password", slow.apiPassword()).build();
            assertThat(send(r).statusCode()).isEqualTo(404);
            HttpResponse<String> limited = send(r);
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(json.readTree(limited.body()).at("/errors/0/code").asText()).isEqualTo("RATE_LIMITED");
            assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isPositive();
            assertThat(slow.requestsUsedToday()).isEqualTo(1);
        }
    }

    @Test
    public void maintenanceAndInjectedFaults() throws Exception {
        mall.maintenance(true);
        HttpResponse<String> down = send(request("/orders/X").build());
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(json.readTree(down.body()).at("/errors/0/code").asText()).isEqualTo("MAINTENANCE");
        mall.maintenance(false);
        SimulatedOrder o = mall.addOrder(NewOrder.placedAt(Instant.now().minusSeconds(900)).testEnvironment());
        mall.injectFaults(Fault.MALFORMED_JSON, 1, "/orders/");
        HttpResponse<String> cut = send(request("/orders/" + o.orderNo()).build());
        assertThatThrownBy(() -> json.readTree(cut.body())).isInstanceOf(java.io.IOException.class);
        JsonNode whole = json.readTree(send(request("/orders/" + o.orderNo()).build()).body());
        assertThat(whole.at("/order/environment").asText()).isEqualTo("TEST");
        assertThat(OffsetDateTime.parse(whole.at("/order/orderDate").asText()).getOffset()).isEqualTo(ZoneOffset.ofHours(9));
        assertThat(mall.requestCount(DShoppingSimulator.GET_ORDER)).isEqualTo(3);
    }
}
