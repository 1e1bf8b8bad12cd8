package io.orderhub.itests;

import static io.orderhub.itests.MallReadBack.yahooOrderInfo;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
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
 * Status mapping, conversion tables and explanations in the real distribution: the connector's defaults reach
 * REST, the account's tables reach the mall (Y6 through the Yahoo! simulator), and an order whose carrier has no
 * mall code is skipped with the reason (D7) that export-check and orderhub:why give too.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExportRulesIT extends OrderhubTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Override
    protected Option[] extraOptions() {
        return new Option[] {
                editConfigurationFilePut("etc/io.orderhub.simulator.yahoo.cfg", "port", freePort()),
                editConfigurationFilePut("etc/io.orderhub.simulator.dshopping.cfg", "port", freePort()),
                editConfigurationFilePut("etc/io.orderhub.simulator.dshopping.cfg", "requestsPerSecond", "10")
        };
    }

    @Test
    public void y5_y6_yahooDefaultsAreServedAndTheAccountsTablesReachYahoo() throws Exception {
        installAndAssertFeature("orderhub-simulator-yahoo");
        installAndAssertFeature("orderhub-connector-yahoo");
        String base = "http://127.0.0.1:" + simulatorPort("yahoo");
        createAccount("{\"id\":\"it-rules-yahoo\",\"mallId\":\"yahoo\",\"name\":\"Yahoo!テスト店\",\"settings\":{"
                + "\"sellerId\":\"demostore\",\"apiBaseUrl\":\"" + base + "/ShoppingWebService/V1\","
                + "\"tokenUrl\":\"" + base + "/yconnect/v2/token\",\"clientId\":\"demo-client-id\","
                + "\"fetchStatuses\":\"2,3\",\"daysToFetch\":10,\"requestsPerSecond\":10},"
                + "\"secrets\":{\"clientSecret\":\"demo-client-secret\",\"refreshToken\":\"demo-refresh-token\"}}");

        JsonNode mapping = JSON.readTree(awaitOk("/accounts/it-rules-yahoo/status-mapping").body());
        JsonNode done = row(mapping, "DONE");
        assertEquals(mapping.toString(), "5", done.path("orderStatus").asText());
        assertEquals(mapping.toString(), "出荷済み", done.path("shipStatusLabel").asText());
        assertTrue(mapping.toString(), mapping.path("shipStatusChoices").toString().contains("着荷済み"));

        HttpResponse<String> bad = send("PUT", "/accounts/it-rules-yahoo/status-mapping",
                "{\"rows\":[{\"status\":\"DONE\",\"shipStatus\":\"9\"}]}", ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(bad.body(), 400, bad.statusCode());
        assertEquals(bad.body(), "rows[0].shipStatus", JSON.readTree(bad.body()).path("field").asText());

        HttpResponse<String> tables = send("PUT", "/accounts/it-rules-yahoo/conversions",
                "{\"timeSlots\":[{\"timeSlot\":\"午前中\",\"mallTimeSlot\":\"0812\"}],\"noTrackingReason\":\"105\"}",
                ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(tables.body(), 200, tables.statusCode());

        importAndAwait("it-rules-yahoo");
        JsonNode order = pickOrder("it-rules-yahoo", o -> !"CANCELLED".equals(o.path("status").asText()));
        long orderId = order.get("id").asLong();
        LocalDate today = LocalDate.now(TOKYO);
        patch(orderId, "{\"status\":\"DONE\",\"shipping\":{\"shipDate\":\"" + today + "\",\"carrier\":\"ヤマト運輸\","
                + "\"deliveryDate\":\"" + today.plusDays(2) + "\",\"deliveryTimeSlot\":\"午前中\"}}");

        JsonNode check = JSON.readTree(get("/orders/" + orderId + "/export-check", VIEWER_USER, VIEWER_PASSWORD).body());
        assertTrue(check.toString(), check.path("target").asBoolean());
        assertEquals(check.toString(), "0812", check.path("fields").path("ShipRequestTime").asText());
        assertEquals(check.toString(), "105", check.path("fields").path("ShipInvoiceNumberEmptyReason").asText());

        JsonNode result = export("it-rules-yahoo", orderId);
        assertEquals(result.toString(), "SENT", result.get("outcome").asText());
        assertEquals(result.toString(), "105", result.path("sent").path("ShipInvoiceNumberEmptyReason").asText());
        assertEquals(result.toString(), "0812", result.path("sent").path("ShipRequestTime").asText());
        String info = yahooOrderInfo(base, order.get("mallOrderNumber").asText(),
                "OrderId", "OrderStatus", "ShipStatus", "ShipInvoiceNumberEmptyReason", "ShipDate", "ArrivalDate");
        assertTrue("Y6 delivery date on Yahoo!: " + info,
                info.contains("<ArrivalDate>" + today.plusDays(2) + "</ArrivalDate>"));
    }

    @Test
    public void d7_aCarrierWithoutDShoppingIdIsNotSentAndEveryChannelSaysWhy() throws Exception {
        installAndAssertFeature("orderhub-simulator-dshopping");
        installAndAssertFeature("orderhub-connector-dshopping");
        String base = "http://127.0.0.1:" + simulatorPort("dshopping");
        createAccount("{\"id\":\"it-rules-dshopping\",\"mallId\":\"dshopping\",\"name\":\"dショッピングテスト店\","
                + "\"settings\":{\"partnerCode\":\"P0001\",\"apiBaseUrl\":\"" + base + "/v1\",\"daysToFetch\":10,"
                + "\"requestsPerSecond\":10},\"secrets\":{\"apiPassword\":\"dshop-demo-password\"}}");
        awaitOk("/accounts/it-rules-dshopping/conversions");
        HttpResponse<String> tables = send("PUT", "/accounts/it-rules-dshopping/conversions",
                "{\"carriers\":[{\"carrier\":\"西濃運輸\",\"mallCode\":\"\"}]}", ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(tables.body(), 200, tables.statusCode());
        importAndAwait("it-rules-dshopping");

        LocalDate shipDate = LocalDate.now(TOKYO).minusDays(1);
        JsonNode order = pickOrder("it-rules-dshopping", o -> !"CANCELLED".equals(o.path("status").asText())
                && !LocalDate.parse(o.path("orderedAt").asText().substring(0, 10)).isAfter(shipDate.minusDays(1)));
        long orderId = order.get("id").asLong();
        patch(orderId, "{\"status\":\"DONE\",\"shipping\":{\"shipDate\":\"" + shipDate + "\",\"carrier\":\"西濃運輸\","
                + "\"trackingNumbers\":[\"5555-6666-7777\"]}}");

        JsonNode check = JSON.readTree(get("/orders/" + orderId + "/export-check", VIEWER_USER, VIEWER_PASSWORD).body());
        assertTrue(check.toString(), !check.path("target").asBoolean());
        assertTrue(check.toString(), check.path("reasons").toString().contains("CARRIER_NOT_CONVERTED"));
        String why = executeCommand("orderhub:why " + orderId);
        assertTrue(why, why.contains("西濃運輸") && why.contains("[CARRIER_NOT_CONVERTED]"));

        JsonNode result = export("it-rules-dshopping", orderId);
        assertEquals(result.toString(), "SKIPPED", result.get("outcome").asText());
        assertTrue(result.toString(), result.get("message").asText().contains("西濃運輸"));

        String list = executeCommand("orderhub:conversion-list it-rules-dshopping");
        assertTrue(list, list.contains("(none: not sent)"));
    }

    // ------------------------------------------------------------------ helpers

    private static JsonNode row(JsonNode mapping, String status) {
        for (JsonNode r : mapping.path("rows")) {
            if (r.path("status").asText().equals(status)) {
                return r;
            }
        }
        throw new AssertionError("no row " + status + ": " + mapping);
    }

    /** The connector's account services start asynchronously: until then the tables answer 409. */
    private HttpResponse<String> awaitOk(String path) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        HttpResponse<String> r;
        do {
            r = get(path, VIEWER_USER, VIEWER_PASSWORD);
            if (r.statusCode() == 200) {
                return r;
            }
            Thread.sleep(300);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError(path + " did not answer 200 within 30 s: " + r.statusCode() + " " + r.body());
    }

    private void createAccount(String json) throws Exception {
        HttpResponse<String> created = send("POST", "/accounts", json, ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(created.body(), 201, created.statusCode());
    }

    private void patch(long orderId, String body) throws Exception {
        HttpResponse<String> patched = send("PATCH", "/orders/" + orderId, body, ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(patched.body(), 200, patched.statusCode());
    }

    private JsonNode export(String account, long orderId) throws Exception {
        HttpResponse<String> started = send("POST", "/accounts/" + account + "/exports", "{\"days\":3}",
                ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(started.body(), 202, started.statusCode());
        JsonNode exported = awaitJob(JSON.readTree(started.body()).get("id").asText());
        JsonNode result = entryFor(exported.get("results"), orderId);
        if (result != null) {
            return result;
        }
        throw new AssertionError("no result for order " + orderId + ": " + exported);
    }
}
