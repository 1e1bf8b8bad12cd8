package io.orderhub.itests;

import static io.orderhub.itests.MallReadBack.encode;
import static io.orderhub.itests.MallReadBack.simulatorGet;
import static io.orderhub.itests.MallReadBack.yahooOrderInfo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.time.Instant;
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

/**
 * The whole loop over REST for Yahoo!ショッピング, ショップサーブ and dショッピング in the real distribution: simulator and connector
 * installed hot, an account created, orders imported, one order given shipping data, the export previewed and
 * run, and the mall's side read back through the simulator's own HTTP API. And a connector feature installed and
 * uninstalled while a (deliberately slowed) Shopify export runs.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MallRoundTripsIT extends OrderhubTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final String CARRIER = "ヤマト運輸";

    @Override
    protected Option[] extraOptions() {
        return new Option[] {
                editConfigurationFilePut("etc/io.orderhub.simulator.yahoo.cfg", "port", freePort()),
                editConfigurationFilePut("etc/io.orderhub.simulator.dshopping.cfg", "port", freePort()),
                editConfigurationFilePut("etc/io.orderhub.simulator.shopserve.cfg", "port", freePort()),
                editConfigurationFilePut("etc/io.orderhub.simulator.shopserve.cfg", "requestsPerSecond", "50"),
                editConfigurationFilePut("etc/io.orderhub.simulator.dshopping.cfg", "requestsPerSecond", "10"),
                // slow on purpose: the Shopify export must still be running while a connector comes and goes
                editConfigurationFilePut("etc/io.orderhub.simulator.shopify.cfg", "port", freePort()),
                editConfigurationFilePut("etc/io.orderhub.simulator.shopify.cfg", "leakPerSecond", "2"),
                editConfigurationFilePut("etc/io.orderhub.simulator.shopify.cfg", "bucketSize", "4")
        };
    }

    @Test
    public void shopserve_s3SlipNumberAnd発送済みReachTheShop() throws Exception {
        installAndAssertFeature("orderhub-simulator-shopserve");
        installAndAssertFeature("orderhub-connector-shopserve");
        String base = "http://127.0.0.1:" + simulatorPort("shopserve");
        createAccount("{\"id\":\"it-shopserve\",\"mallId\":\"shopserve\",\"name\":\"ショップサーブテスト店\","
                + "\"settings\":{\"shopId\":\"demo-shop\",\"apiBaseUrl\":\"" + base + "/v2\",\"daysToFetch\":10,"
                + "\"requestsPerSecond\":50},\"secrets\":{\"managerKey\":\"demo-manager-key\"}}",
                "demo-manager-key");
        importAll("it-shopserve");

        JsonNode order = pickOrder("it-shopserve", o -> !"CANCELLED".equals(o.path("status").asText())
                && !o.path("mallStatus").asText().contains("キャンセル")
                && o.path("shipping").path("trackingNumbers").size() == 0);
        long orderId = order.get("id").asLong();
        String orderNo = order.get("mallOrderNumber").asText();
        patchAndExport("it-shopserve", orderId, LocalDate.now(TOKYO), "4912-3456-7890");

        JsonNode onShop = JSON.readTree(simulatorGet(base + "/v2/orders/" + encode(orderNo),
                "Authorization", basicAuth("demo-shop", "demo-manager-key")));
        assertEquals(onShop.toString(), "発送済み", onShop.path("shipping_status").asText());
        JsonNode delivery = onShop.path("deliveries").get(0);
        assertEquals(onShop.toString(), "4912-3456-7890", delivery.path("slip_number").asText());
        assertEquals(onShop.toString(), CARRIER, delivery.path("delivery_company").asText());
    }

    @Test
    public void yahoo_y3DoneOrderIsSentAs完了And出荷済み() throws Exception {
        installAndAssertFeature("orderhub-simulator-yahoo");
        installAndAssertFeature("orderhub-connector-yahoo");
        String base = "http://127.0.0.1:" + simulatorPort("yahoo");
        createAccount("{\"id\":\"it-yahoo\",\"mallId\":\"yahoo\",\"name\":\"Yahoo!テスト店\",\"settings\":{"
                + "\"sellerId\":\"demostore\",\"apiBaseUrl\":\"" + base + "/ShoppingWebService/V1\","
                + "\"tokenUrl\":\"" + base + "/yconnect/v2/token\",\"clientId\":\"demo-client-id\","
                + "\"fetchStatuses\":\"2,3\",\"daysToFetch\":10,\"requestsPerSecond\":10},"
                + "\"secrets\":{\"clientSecret\":\"demo-client-secret\",\"refreshToken\":\"demo-refresh-token\"}}",
                "demo-client-secret");
        importAll("it-yahoo");

        JsonNode order = pickOrder("it-yahoo", o -> !"CANCELLED".equals(o.path("status").asText()));
        long orderId = order.get("id").asLong();
        String orderNo = order.get("mallOrderNumber").asText();
        JsonNode result = patchAndExport("it-yahoo", orderId, LocalDate.now(TOKYO), "1234-5678-9012");

        String info = yahooOrderInfo(base, orderNo,
                "OrderId", "OrderStatus", "ShipStatus", "ShipCompanyCode", "ShipInvoiceNumber1", "ShipDate");
        assertTrue("完了 on Yahoo!: " + info, info.contains("<OrderStatus>5</OrderStatus>"));
        assertTrue("出荷済み on Yahoo!: " + info, info.contains("<ShipStatus>3</ShipStatus>"));
        assertTrue("ヤマト is 1001: " + info, info.contains("<ShipCompanyCode>1001</ShipCompanyCode>"));
        assertTrue("tracking number on Yahoo!: " + info,
                info.contains("<ShipInvoiceNumber1>1234-5678-9012</ShipInvoiceNumber1>"));
        assertNotNull(result);
    }

    @Test
    public void dshopping_d3ImportedOrderMovesTo出荷指示待ち_andD5ExportMarksIt出荷完了() throws Exception {
        installAndAssertFeature("orderhub-simulator-dshopping");
        installAndAssertFeature("orderhub-connector-dshopping");
        String base = "http://127.0.0.1:" + simulatorPort("dshopping");
        createAccount("{\"id\":\"it-dshopping\",\"mallId\":\"dshopping\",\"name\":\"dショッピングテスト店\","
                + "\"settings\":{\"partnerCode\":\"P0001\",\"apiBaseUrl\":\"" + base + "/v1\",\"daysToFetch\":10,"
                + "\"requestsPerSecond\":10},\"secrets\":{\"apiPassword\":\"dshop-demo-password\"}}",
                "dshop-demo-password");
        importAll("it-dshopping");

        // D5: the ship date may not lie in the future nor before the order date, so yesterday and an older order
        LocalDate shipDate = LocalDate.now(TOKYO).minusDays(1);
        JsonNode order = pickOrder("it-dshopping", o -> !"CANCELLED".equals(o.path("status").asText())
                && !Instant.parse(o.path("orderedAt").asText()).atZone(TOKYO).toLocalDate().isAfter(shipDate));
        long orderId = order.get("id").asLong();
        String orderNo = order.get("mallOrderNumber").asText();

        JsonNode confirmed = dshoppingOrder(base, orderNo);
        assertEquals(confirmed.toString(), "SHIP_INSTRUCTION_WAITING", confirmed.path("status").asText());
        assertEquals(confirmed.toString(), "出荷指示待ち", confirmed.path("statusName").asText());

        patchAndExport("it-dshopping", orderId, shipDate, "1234-5678-9012");

        JsonNode shipped = dshoppingOrder(base, orderNo);
        assertEquals(shipped.toString(), "SHIPPED", shipped.path("status").asText());
        assertEquals(shipped.toString(), "出荷完了", shipped.path("statusName").asText());
        assertEquals(shipped.toString(), "1234-5678-9012", shipped.path("shipment").path("trackingNo").asText());
        assertEquals(shipped.toString(), "01", shipped.path("shipment").path("carrierId").asText());
        assertEquals(shipped.toString(), shipDate.toString(), shipped.path("shipment").path("shipDate").asText());
    }

    @Test
    public void connectorInstalledAndUninstalledHotLeavesARunningShopifyExportAlone() throws Exception {
        installAndAssertFeature("orderhub-simulator-shopify");
        installAndAssertFeature("orderhub-connector-shopify");
        createAccount("{\"id\":\"it-shopify\",\"mallId\":\"shopify\",\"name\":\"Shopifyテスト店\",\"settings\":{"
                + "\"shopUrl\":\"http://127.0.0.1:" + simulatorPort("shopify") + "\",\"daysToFetch\":10,"
                + "\"exportOption\":\"ALL_BUT_NEW_AND_CANCELLED\",\"rateLimitPerSecond\":2,\"bucketSize\":4},"
                + "\"secrets\":{\"accessToken\":\"shpat_demo_token\"}}", "shpat_demo_token");
        importAll("it-shopify");

        List<Long> shippable = new ArrayList<>();
        JsonNode orders = JSON.readTree(get("/orders?account=it-shopify&limit=100", VIEWER_USER, VIEWER_PASSWORD)
                .body());
        for (JsonNode candidate : orders.get("items")) {
            JsonNode detail = JSON.readTree(get("/orders/" + candidate.get("id").asLong(), VIEWER_USER, VIEWER_PASSWORD)
                    .body());
            if (shippable.size() < 15 && detail.path("mallStatus").asText().endsWith("/unfulfilled")
                    && !"CANCELLED".equals(detail.path("status").asText())) {
                shippable.add(detail.get("id").asLong());
            }
        }
        assertTrue("at least 10 open, unfulfilled Shopify orders: " + shippable, shippable.size() >= 10);
        int n = 0;
        for (long orderId : shippable) {
            HttpResponse<String> patched = send("PATCH", "/orders/" + orderId, "{\"status\":\"DONE\",\"shipping\":{"
                    + "\"shipDate\":\"" + LocalDate.now(TOKYO) + "\",\"carrier\":\"" + CARRIER + "\","
                    + "\"trackingNumbers\":[\"4912-3456-" + (7000 + n++) + "\"]}}", ADMIN_USER, ADMIN_PASSWORD);
            assertEquals(patched.body(), 200, patched.statusCode());
        }

        String connector = "orderhub-connector-dshopping";
        if (featureService.isInstalled(featureService.getFeature(connector))) {
            featureService.uninstallFeature(connector);
        }
        HttpResponse<String> started = send("POST", "/accounts/it-shopify/exports", "{\"days\":3}",
                ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(started.body(), 202, started.statusCode());
        String jobId = JSON.readTree(started.body()).get("id").asText();
        JsonNode running = JSON.readTree(get("/jobs/" + jobId, VIEWER_USER, VIEWER_PASSWORD).body());
        assertTrue("the export is still running when the connector is installed: " + running,
                !running.get("finished").asBoolean());
        featureService.installFeature(connector);
        assertFeatureInstalled(connector);
        featureService.uninstallFeature(connector);
        assertFeatureNotInstalled(connector);

        JsonNode exported = awaitJob(jobId);
        assertEquals(exported.toString(), "SUCCEEDED", exported.get("state").asText());
        for (long orderId : shippable) {
            JsonNode result = entryFor(exported.get("results"), orderId);
            assertNotNull("a result for order " + orderId + ": " + exported, result);
            assertEquals(result.toString(), "SENT", result.get("outcome").asText());
        }
    }

    // ------------------------------------------------------------------ the loop over REST

    private void createAccount(String json, String secret) throws Exception {
        HttpResponse<String> created = send("POST", "/accounts", json, ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue("no secret in the answer: " + created.body(), !created.body().contains(secret));
    }

    private void importAll(String account) throws Exception {
        JsonNode imported = importAndAwait(account);
        assertTrue("orders imported: " + imported.get("counts"), imported.get("counts").get("imported").asInt() > 0);
    }

    /** Gives the order status DONE and shipping data, previews and runs the export; answers the order's result. */
    private JsonNode patchAndExport(String account, long orderId, LocalDate shipDate, String trackingNumber)
            throws Exception {
        HttpResponse<String> patched = send("PATCH", "/orders/" + orderId, "{\"status\":\"DONE\",\"shipping\":{"
                + "\"shipDate\":\"" + shipDate + "\",\"carrier\":\"" + CARRIER + "\",\"trackingNumbers\":[\""
                + trackingNumber + "\"]}}", ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(patched.body(), 200, patched.statusCode());

        JsonNode preview = JSON.readTree(get("/accounts/" + account + "/exports/preview?days=3",
                ADMIN_USER, ADMIN_PASSWORD).body());
        assertNotNull("the patched order is a target: " + preview, entryFor(preview.get("targets"), orderId));

        HttpResponse<String> started = send("POST", "/accounts/" + account + "/exports", "{\"days\":3}",
                ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(started.body(), 202, started.statusCode());
        JsonNode exported = awaitJob(JSON.readTree(started.body()).get("id").asText());
        assertEquals(exported.toString(), "SUCCEEDED", exported.get("state").asText());
        JsonNode result = entryFor(exported.get("results"), orderId);
        assertNotNull("a result for the order: " + exported, result);
        assertEquals(result.toString(), "SENT", result.get("outcome").asText());
        return result;
    }

    // ------------------------------------------------------------------ the malls' own APIs

    private static JsonNode dshoppingOrder(String base, String orderNo) throws Exception {
        return JSON.readTree(simulatorGet(base + "/v1/orders/" + encode(orderNo),
                "X-Partner-Code", "P0001", "X-Api-Password", "dshop-demo-password")).path("order");
    }
}
