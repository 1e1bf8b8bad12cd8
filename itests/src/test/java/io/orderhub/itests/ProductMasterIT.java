package io.orderhub.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * D4 on the real distribution: dショッピング orders come without some product names; the lines are stored
 * marked 【商品マスタ未登録】, a Shift_JIS product CSV posted afterwards names them, and the import's results are in
 * the searchable history; the conflict list answers.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProductMasterIT extends OrderhubTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNREGISTERED = "【商品マスタ未登録】";

    @Override
    protected Option[] extraOptions() {
        return new Option[] {
                editConfigurationFilePut("etc/io.orderhub.simulator.dshopping.cfg", "port", freePort()),
                editConfigurationFilePut("etc/io.orderhub.simulator.dshopping.cfg", "requestsPerSecond", "10"),
                editConfigurationFilePut("etc/io.orderhub.simulator.yahoo.cfg", "port", freePort())
        };
    }

    @Test
    public void d4_linesWithoutANameAreMarked_thenNamedByAShiftJisProductCsv_andTheImportIsInTheHistory()
            throws Exception {
        installAndAssertFeature("orderhub-simulator-dshopping");
        installAndAssertFeature("orderhub-connector-dshopping");
        String base = "http://127.0.0.1:" + simulatorPort("dshopping");
        HttpResponse<String> created = send("POST", "/accounts", "{\"id\":\"it-data\",\"mallId\":\"dshopping\","
                + "\"name\":\"商品マスタ店\",\"settings\":{\"partnerCode\":\"P0001\",\"apiBaseUrl\":\"" + base + "/v1\","
                + "\"daysToFetch\":10,\"requestsPerSecond\":10},\"secrets\":{\"apiPassword\":\"dshop-demo-password\"}}",
                ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(created.body(), 201, created.statusCode());

        JsonNode job = null;
        long deadline = System.currentTimeMillis() + 30_000;
        while (job == null && System.currentTimeMillis() < deadline) {
            HttpResponse<String> started = send("POST", "/accounts/it-data/imports", null, ADMIN_USER, ADMIN_PASSWORD);
            if (started.statusCode() == 202) {
                job = JSON.readTree(started.body());
            } else {
                Thread.sleep(500);
            }
        }
        assertNotNull("import started within 30 s", job);
        JsonNode done = awaitJob(job.get("id").asText());
        assertEquals(done.toString(), "SUCCEEDED", done.get("state").asText());

        long orderId = orderWithSku("TOWEL-05-BL");
        assertEquals(UNREGISTERED, lineName(orderId, "TOWEL-05-BL"));

        byte[] csv = "商品コード,商品名,販売価格\r\nTOWEL-05-BL,今治タオル ブルー,1650\r\n"
                .getBytes(Charset.forName("windows-31j"));
        HttpResponse<String> imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(restBaseUrl() + "/products?charset=Shift_JIS"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "text/csv")
                .header("Authorization", basicAuth(ADMIN_USER, ADMIN_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(imported.body(), 200, imported.statusCode());
        JsonNode result = JSON.readTree(imported.body());
        assertEquals(imported.body(), 1, result.get("created").asInt());
        assertTrue(imported.body(), result.get("ordersNamed").asInt() >= 1);

        assertEquals("今治タオル ブルー", lineName(orderId, "TOWEL-05-BL"));
        assertEquals("今治タオル ブルー", JSON.readTree(get("/products/TOWEL-05-BL", VIEWER_USER, VIEWER_PASSWORD)
                .body()).get("name").asText());

        JsonNode history = JSON.readTree(get("/history?account=it-data&outcome=IMPORTED&order=" + orderId,
                VIEWER_USER, VIEWER_PASSWORD).body());
        assertEquals(history.toString(), 1, history.get("total").asInt());
        assertEquals(history.toString(), job.get("id").asText(), history.at("/entries/0/jobId").asText());

        HttpResponse<String> conflicts = get("/conflicts?account=it-data", VIEWER_USER, VIEWER_PASSWORD);
        assertEquals(conflicts.body(), 200, conflicts.statusCode());
        assertEquals(conflicts.body(), 0, JSON.readTree(conflicts.body()).size());
    }

    @Test
    public void f3_yahooImportsByMallStatus_dshoppingRefusesItNamingStatuses() throws Exception {
        installAndAssertFeature("orderhub-simulator-yahoo");
        installAndAssertFeature("orderhub-connector-yahoo");
        installAndAssertFeature("orderhub-simulator-dshopping");
        installAndAssertFeature("orderhub-connector-dshopping");
        String yahoo = "http://127.0.0.1:" + simulatorPort("yahoo");
        HttpResponse<String> created = send("POST", "/accounts", "{\"id\":\"it-f3\",\"mallId\":\"yahoo\","
                + "\"name\":\"Yahoo!ステータス店\",\"settings\":{\"sellerId\":\"demostore\",\"apiBaseUrl\":\"" + yahoo
                + "/ShoppingWebService/V1\",\"tokenUrl\":\"" + yahoo + "/yconnect/v2/token\",\"clientId\":\"demo-client-id\","
                + "\"fetchStatuses\":\"2,3\",\"daysToFetch\":10,\"requestsPerSecond\":10},\"secrets\":{"
                + "\"clientSecret\":\"demo-client-secret\",\"refreshToken\":\"demo-refresh-token\"}}",
                ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(created.body(), 201, created.statusCode());

        JsonNode job = null;
        long deadline = System.currentTimeMillis() + 30_000;
        while (job == null && System.currentTimeMillis() < deadline) {
            HttpResponse<String> started = send("POST", "/accounts/it-f3/imports", "{\"statuses\":[\"3\"]}",
                    ADMIN_USER, ADMIN_PASSWORD);
            if (started.statusCode() == 202) {
                job = JSON.readTree(started.body());
            } else {
                assertEquals(started.body(), 409, started.statusCode());
                Thread.sleep(500);
            }
        }
        assertNotNull("import by status started within 30 s", job);
        JsonNode done = awaitJob(job.get("id").asText());
        assertEquals(done.toString(), "SUCCEEDED", done.get("state").asText());
        JsonNode orders = JSON.readTree(get("/orders?account=it-f3&limit=1000", VIEWER_USER, VIEWER_PASSWORD).body());
        assertTrue("orders imported: " + done, orders.get("items").size() > 0);
        for (JsonNode o : orders.get("items")) {
            JsonNode order = JSON.readTree(get("/orders/" + o.get("id").asLong(), VIEWER_USER, VIEWER_PASSWORD).body());
            assertEquals(order.toString(), "保留", order.path("mallStatus").asText());
        }

        String dshopping = "http://127.0.0.1:" + simulatorPort("dshopping");
        created = send("POST", "/accounts", "{\"id\":\"it-f3-d\",\"mallId\":\"dshopping\",\"name\":\"d店\","
                + "\"settings\":{\"partnerCode\":\"P0001\",\"apiBaseUrl\":\"" + dshopping + "/v1\"},"
                + "\"secrets\":{\"apiPassword\":\"dshop-demo-password\"}}", ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(created.body(), 201, created.statusCode());
        HttpResponse<String> refused;
        deadline = System.currentTimeMillis() + 30_000;
        do {
            refused = send("POST", "/accounts/it-f3-d/imports", "{\"statuses\":[\"受注確認待ち\"]}",
                    ADMIN_USER, ADMIN_PASSWORD);
            if (refused.statusCode() == 409) {
                Thread.sleep(500); // the connector's account service starts asynchronously
            }
        } while (refused.statusCode() == 409 && System.currentTimeMillis() < deadline);
        assertEquals(refused.body(), 400, refused.statusCode());
        assertEquals(refused.body(), "statuses", JSON.readTree(refused.body()).path("field").asText());
        assertTrue(refused.body(), refused.body().contains("IMPORT_BY_STATUS"));
    }

    private long orderWithSku(String sku) throws Exception {
        JsonNode orders = JSON.readTree(get("/orders?account=it-data&limit=100", VIEWER_USER, VIEWER_PASSWORD).body());
        for (JsonNode o : orders.get("items")) {
            long id = o.get("id").asLong();
            if (lineName(id, sku) != null) {
                return id;
            }
        }
        throw new AssertionError("no order with a line of " + sku + " among " + orders);
    }

    private String lineName(long orderId, String sku) throws Exception {
        JsonNode order = JSON.readTree(get("/orders/" + orderId, VIEWER_USER, VIEWER_PASSWORD).body());
        for (JsonNode line : order.get("lines")) {
            if (sku.equals(line.path("sku").asText())) {
                return line.path("name").asText();
            }
        }
        return null;
    }
}
