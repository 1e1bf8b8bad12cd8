package io.orderhub.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The whole loop over REST in the real distribution: the Shopify simulator and connector installed hot, an
 * account created, orders imported from the simulator, shipping data patched in, an export previewed and run,
 * the job's per-order results read back, and the fulfillment checked on the simulator's side.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ShopifyRoundTripIT extends OrderhubTestSupport {

    /** Chosen where the container is configured; the test itself reads the port back from Config Admin. */
    private static final String CONFIGURED_PORT = freePort();
    private static final String TOKEN = "shpat_itest_token";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected Option[] extraOptions() {
        return shopifySimulatorOptions(CONFIGURED_PORT, TOKEN);
    }

    private String shopifyPort;

    @Test
    public void importPatchPreviewExportAndTheSimulatorHoldsTheFulfillment() throws Exception {
        installAndAssertFeature("orderhub-simulator-shopify");
        installAndAssertFeature("orderhub-connector-shopify");
        shopifyPort = simulatorPort("shopify");
        String shopUrl = "http://127.0.0.1:" + shopifyPort;

        HttpResponse<String> created = send("POST", "/accounts", "{\"id\":\"it-shop\",\"mallId\":\"shopify\","
                + "\"name\":\"テスト店\",\"settings\":{\"shopUrl\":\"" + shopUrl + "\",\"daysToFetch\":10,"
                + "\"exportOption\":\"ALL_BUT_NEW_AND_CANCELLED\",\"rateLimitPerSecond\":40,\"bucketSize\":80},"
                + "\"secrets\":{\"accessToken\":\"" + TOKEN + "\"}}", ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue("no secret in the answer: " + created.body(), !created.body().contains(TOKEN));

        JsonNode imported = importAndAwait("it-shop", Duration.ofSeconds(60));
        assertTrue("orders imported: " + imported.get("counts"), imported.get("counts").get("imported").asInt() > 0);

        JsonNode order = pickOrder("it-shop", o -> o.path("mallStatus").asText().endsWith("/unfulfilled"));
        long orderId = order.get("id").asLong();
        String number = order.get("mallOrderNumber").asText();

        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        HttpResponse<String> patched = send("PATCH", "/orders/" + orderId, "{\"status\":\"DONE\",\"shipping\":{"
                + "\"shipDate\":\"" + today + "\",\"carrier\":\"ヤマト運輸\",\"trackingNumbers\":[\"4912-3456-7890\"]}}",
                ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(patched.body(), 200, patched.statusCode());
        assertEquals(403, send("PATCH", "/orders/" + orderId, "{\"status\":\"NEW\"}", VIEWER_USER, VIEWER_PASSWORD)
                .statusCode());

        JsonNode preview = JSON.readTree(get("/accounts/it-shop/exports/preview?days=3", ADMIN_USER, ADMIN_PASSWORD).body());
        JsonNode target = entryFor(preview.get("targets"), orderId);
        assertNotNull("the patched order is a target: " + preview, target);
        assertEquals("4912-3456-7890", target.get("fields").get("tracking_info.number").asText());
        assertEquals("Yamato (JA)", target.get("fields").get("tracking_info.company").asText());

        HttpResponse<String> exportStarted = send("POST", "/accounts/it-shop/exports", "{\"days\":3}",
                ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(exportStarted.body(), 202, exportStarted.statusCode());
        JsonNode exported = awaitJob(JSON.readTree(exportStarted.body()).get("id").asText(), Duration.ofSeconds(60));
        assertEquals(exported.toString(), "SUCCEEDED", exported.get("state").asText());
        JsonNode result = entryFor(exported.get("results"), orderId);
        assertNotNull("a result for the order: " + exported, result);
        assertEquals(result.toString(), "SENT", result.get("outcome").asText());

        JsonNode onShopify = JSON.readTree(shopify("/orders.json?status=any&name="
                + java.net.URLEncoder.encode(number, StandardCharsets.UTF_8))).get("orders").get(0);
        assertEquals("fulfilled", onShopify.get("fulfillment_status").asText());
        JsonNode fulfillment = JSON.readTree(shopify("/orders/" + onShopify.get("id").asText() + "/fulfillments.json"))
                .get("fulfillments").get(0);
        assertEquals("4912-3456-7890", fulfillment.get("tracking_number").asText());
        assertEquals("Yamato (JA)", fulfillment.get("tracking_company").asText());
    }

    private String shopify(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + shopifyPort
                        + "/admin/api/2025-01" + path))
                .header("X-Shopify-Access-Token", TOKEN).timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(response.body(), 200, response.statusCode());
        return response.body();
    }
}
