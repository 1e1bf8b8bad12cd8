package io.orderhub.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Constants;

/**
 * The API option as a hosting provider uses it (issue 3, C1/S1/SH5): without the feature the switch is refused
 * naming it; installed hot, an account's automatic export runs on its schedule and sends an operator's shipping
 * data to the Shopify simulator without a manual call (and "export on change" sends the next one within
 * seconds); uninstalled, the schedule stops, the switch stays stored, health says why, and the core and REST
 * services were never restarted.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApiOptionIT extends OrderhubTestSupport {

    private static final String CONFIGURED_PORT = freePort();
    private static final String TOKEN = "shpat_itest_token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "/accounts/auto-shop";

    @Override
    protected Option[] extraOptions() {
        return shopifySimulatorOptions(CONFIGURED_PORT, TOKEN);
    }

    private String shopifyPort;

    @Test
    public void theOptionInstalledHotRunsTheScheduleAndUninstalledStopsIt() throws Exception {
        installAndAssertFeature("orderhub-simulator-shopify");
        installAndAssertFeature("orderhub-connector-shopify");
        shopifyPort = simulatorPort("shopify");
        HttpResponse<String> created = send("POST", "/accounts", "{\"id\":\"auto-shop\",\"mallId\":\"shopify\","
                + "\"name\":\"自動の店\",\"settings\":{\"shopUrl\":\"http://127.0.0.1:" + shopifyPort + "\","
                + "\"daysToFetch\":10,\"exportOption\":\"ALL_BUT_NEW_AND_CANCELLED\",\"rateLimitPerSecond\":40,"
                + "\"bucketSize\":80},\"secrets\":{\"accessToken\":\"" + TOKEN + "\"}}", ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(created.body(), 201, created.statusCode());

        // C1: without the option the switch is refused, naming the field and the option; nothing changes
        HttpResponse<String> refused = send("PUT", ACCOUNT, "{\"settings\":{\"autoExport\":true}}", ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(refused.body(), 400, refused.statusCode());
        assertEquals("settings.autoExport", JSON.readTree(refused.body()).get("field").asText());
        assertTrue(refused.body(), refused.body().contains("orderhub-api-option"));
        assertFalse(account().at("/settings/autoExport").asBoolean());

        importOrders();
        List<JsonNode> open = unfulfilledOrders();
        assertTrue("three open orders: " + open, open.size() >= 3);
        long coreServiceId = serviceId("io.orderhub.core.service.AccountService");
        long restServiceId = serviceId("io.orderhub.rest.internal.resource.AccountsResource");

        // installed hot: the switch is accepted, and the export runs on its schedule without a manual call
        installAndAssertFeature("orderhub-api-option");
        assertNotNull(activeBundle("io.orderhub.apioption"));
        ship(open.get(0));
        HttpResponse<String> switched = send("PUT", ACCOUNT, "{\"settings\":{\"autoExport\":true,\"scheduleMinutes\":1}}",
                ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(switched.body(), 200, switched.statusCode());
        assertFulfilledWithin(open.get(0), Duration.ofSeconds(150));
        assertTrue("the run was the scheduler's: " + jobs(), jobs().stream().anyMatch(j -> j.get("actor").asText().equals("scheduler")));
        JsonNode health = JSON.readTree(get(ACCOUNT + "/health", VIEWER_USER, VIEWER_PASSWORD).body());
        assertTrue(health.toString(), health.at("/automation/apiOptionInstalled").asBoolean());
        assertFalse(health.toString(), health.at("/automation/paused").asBoolean());
        assertTrue(health.toString(), health.at("/automation/nextRun").isTextual());

        // export on change: the next order goes out a few seconds after the operator completes it
        assertEquals(200, send("PUT", ACCOUNT, "{\"settings\":{\"exportOnChange\":true,\"scheduleMinutes\":60}}",
                ADMIN_USER, ADMIN_PASSWORD).statusCode());
        ship(open.get(1));
        assertFulfilledWithin(open.get(1), Duration.ofSeconds(60));

        // uninstalled: no further runs; the switches stay stored and health says why
        featureService.uninstallFeature("orderhub-api-option");
        assertFeatureNotInstalled("orderhub-api-option");
        assertEquals(200, send("PUT", ACCOUNT, "{\"settings\":{\"scheduleMinutes\":1}}", ADMIN_USER, ADMIN_PASSWORD).statusCode());
        int jobsBefore = jobs().size();
        ship(open.get(2));
        Thread.sleep(Duration.ofSeconds(75).toMillis());
        assertEquals("no run after uninstalling: " + jobs(), jobsBefore, jobs().size());
        assertEquals("unfulfilled", shopifyOrder(open.get(2)).path("fulfillment_status").asText("unfulfilled"));
        JsonNode after = JSON.readTree(get(ACCOUNT + "/health", VIEWER_USER, VIEWER_PASSWORD).body());
        assertTrue(after.toString(), after.at("/automation/autoExport").asBoolean());
        assertTrue(after.toString(), after.at("/automation/paused").asBoolean());
        assertTrue(after.toString(), after.at("/automation/reason").asText().contains("orderhub-api-option"));
        assertTrue(account().at("/settings/autoExport").asBoolean());

        assertEquals("the core was not restarted", coreServiceId, serviceId("io.orderhub.core.service.AccountService"));
        assertEquals("REST was not restarted", restServiceId, serviceId("io.orderhub.rest.internal.resource.AccountsResource"));
    }

    private long serviceId(String className) {
        var ref = bundleContext.getServiceReference(className);
        assertNotNull(className, ref);
        return (Long) ref.getProperty(Constants.SERVICE_ID);
    }

    private JsonNode account() throws Exception {
        return JSON.readTree(get(ACCOUNT, VIEWER_USER, VIEWER_PASSWORD).body());
    }

    private List<JsonNode> jobs() throws Exception {
        List<JsonNode> jobs = new ArrayList<>();
        JSON.readTree(get("/jobs?account=auto-shop", VIEWER_USER, VIEWER_PASSWORD).body()).forEach(jobs::add);
        return jobs;
    }

    private void importOrders() throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> started = send("POST", ACCOUNT + "/imports", null, ADMIN_USER, ADMIN_PASSWORD);
            if (started.statusCode() == 202) {
                String id = JSON.readTree(started.body()).get("id").asText();
                long until = System.currentTimeMillis() + 60_000;
                while (System.currentTimeMillis() < until) {
                    JsonNode job = JSON.readTree(get("/jobs/" + id, VIEWER_USER, VIEWER_PASSWORD).body());
                    if (job.get("finished").asBoolean()) {
                        assertEquals(job.toString(), "SUCCEEDED", job.get("state").asText());
                        return;
                    }
                    Thread.sleep(250);
                }
                throw new AssertionError("import did not finish");
            }
            Thread.sleep(500);
        }
        throw new AssertionError("import did not start within 30 s");
    }

    private List<JsonNode> unfulfilledOrders() throws Exception {
        List<JsonNode> open = new ArrayList<>();
        for (JsonNode o : JSON.readTree(get("/orders?account=auto-shop&limit=100", VIEWER_USER, VIEWER_PASSWORD).body()).get("items")) {
            JsonNode detail = JSON.readTree(get("/orders/" + o.get("id").asLong(), VIEWER_USER, VIEWER_PASSWORD).body());
            if (detail.path("mallStatus").asText().endsWith("/unfulfilled")) {
                open.add(detail);
            }
        }
        return open;
    }

    private void ship(JsonNode order) throws Exception {
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        HttpResponse<String> patched = send("PATCH", "/orders/" + order.get("id").asLong(), "{\"status\":\"DONE\","
                + "\"shipping\":{\"shipDate\":\"" + today + "\",\"carrier\":\"ヤマト運輸\",\"trackingNumbers\":[\"4912-"
                + order.get("id").asLong() + "\"]}}", ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(patched.body(), 200, patched.statusCode());
    }

    private void assertFulfilledWithin(JsonNode order, Duration limit) throws Exception {
        long deadline = System.currentTimeMillis() + limit.toMillis();
        JsonNode onShopify;
        do {
            onShopify = shopifyOrder(order);
            if ("fulfilled".equals(onShopify.path("fulfillment_status").asText())) {
                return;
            }
            Thread.sleep(1000);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("order " + order.get("mallOrderNumber") + " not fulfilled on the simulator within "
                + limit + ": " + onShopify + "; jobs " + jobs());
    }

    private JsonNode shopifyOrder(JsonNode order) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + shopifyPort
                        + "/admin/api/2025-01/orders.json?status=any&name="
                        + URLEncoder.encode(order.get("mallOrderNumber").asText(), StandardCharsets.UTF_8)))
                .header("X-Shopify-Access-Token", TOKEN).timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 429) {
            Thread.sleep(1000);
            return shopifyOrder(order);
        }
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body()).get("orders").get(0);
    }
}
