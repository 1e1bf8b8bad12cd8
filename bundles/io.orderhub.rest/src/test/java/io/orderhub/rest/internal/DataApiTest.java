package io.orderhub.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderhub.core.service.JobResult;
import io.orderhub.core.spi.MallCapability;
import io.orderhub.rest.internal.RestFixture.Reply;
import io.orderhub.rest.internal.fake.FakeBackend;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static io.orderhub.rest.internal.OrdersApiTest.assertError;
import static io.orderhub.rest.internal.RestFixture.ADMIN;
import static io.orderhub.rest.internal.RestFixture.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/** Product master (D4), import by status (F3), conflict list and history over HTTP. */
public class DataApiTest {

    private static final Charset SJIS = Charset.forName("windows-31j");

    @ClassRule
    public static final RestFixture api = new RestFixture();

    @Before
    public void reset() {
        api.reset();
    }

    // ------------------------------------------------------------ products

    @Test
    public void d4_aUtf8CsvIsImportedAndAnswersCreatedAndUpdated() {
        Reply r = api.sendBytes("POST", "/products", ADMIN,
                "sku,name\nSKU-1,緑茶 200g\nSKU-2,ほうじ茶\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("created").asInt()).isEqualTo(1);
        assertThat(r.json().path("updated").asInt()).isEqualTo(1);
        assertThat(r.json().path("charset").asText()).isEqualTo("UTF-8");
        assertThat(api.get("/products/SKU-1", VIEWER).json().path("name").asText()).isEqualTo("緑茶 200g");
    }

    @Test
    public void d4_aShiftJisCsvIsReadWithTheCharsetParameter() {
        byte[] csv = "商品コード,商品名\r\nA-1,①特選 煎茶\r\n".getBytes(SJIS);
        Reply r = api.sendBytes("POST", "/products?charset=Shift_JIS", ADMIN, csv, "text/csv");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("charset").asText()).isEqualTo("Shift_JIS");
        assertThat(api.get("/products/A-1", VIEWER).json().path("name").asText()).isEqualTo("①特選 煎茶");
    }

    @Test
    public void d4_badCsvOrCharsetIs400NamingTheField_andNothingChanges() {
        assertError(api.sendBytes("POST", "/products?charset=EUC-JP", ADMIN, "sku,name\nA,a\n".getBytes(
                StandardCharsets.UTF_8), "text/csv"), "invalid_value", "charset");
        assertError(api.sendBytes("POST", "/products", ADMIN, "sku,name\n,a\n".getBytes(StandardCharsets.UTF_8),
                "text/csv"), "invalid_value", "csv");
        assertError(api.sendBytes("POST", "/products", ADMIN, "sku,name\nA,緑茶\n".getBytes(SJIS), "text/csv"),
                "invalid_value", "csv");
        assertError(api.get("/products?limit=0", VIEWER), "invalid_value", "limit");
        assertError(api.get("/products?offset=-1", VIEWER), "invalid_value", "offset");
        assertError(api.get("/products?sku=A", VIEWER), "unknown_field", "sku");
        assertThat(api.data.writes.get()).isZero();
        assertThat(api.data.products).containsOnlyKeys("SKU-1");
    }

    @Test
    public void d4_productsAreListedSearchedAndRemoved_writesNeedTheAdminRole() {
        JsonNode page = api.get("/products?q=SKU", VIEWER).json();
        assertThat(page.path("total").asInt()).isEqualTo(1);
        assertThat(page.at("/products/0/janCode").asText()).isEqualTo("4901234567894");
        assertThat(api.get("/products/NOPE", VIEWER).status()).isEqualTo(404);
        assertThat(api.sendBytes("POST", "/products", VIEWER, "sku,name\nX,x\n".getBytes(StandardCharsets.UTF_8),
                "text/csv").status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/products/SKU-1", VIEWER, null).status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/products/SKU-1", ADMIN, null).status()).isEqualTo(204);
        assertThat(api.get("/products/SKU-1", VIEWER).status()).isEqualTo(404);
    }

    // ------------------------------------------------------------ import by status

    @Test
    public void f3_importByStatusIsRefusedNamingStatuses_forAMallWithoutTheCapability() {
        assertError(api.send("POST", "/accounts/" + FakeBackend.ACCOUNT + "/imports", ADMIN,
                "{\"statuses\":[\"2\"]}"), "invalid_value", "statuses");
        assertThat(api.backend.jobs).isEmpty();
    }

    @Test
    public void f3_importByStatusStartsAJobForAMallThatCan() {
        FakeBackend.CAPABILITIES.add(MallCapability.IMPORT_BY_STATUS);
        try {
            Reply r = api.send("POST", "/accounts/" + FakeBackend.ACCOUNT + "/imports", ADMIN,
                    "{\"statuses\":[\"2\",\"3\"]}");
            assertThat(r.status()).as(r.toString()).isEqualTo(202);
            assertThat(r.json().path("message").asText()).isEqualTo("mall statuses [2, 3]");
        } finally {
            FakeBackend.CAPABILITIES.remove(MallCapability.IMPORT_BY_STATUS);
        }
    }

    // ------------------------------------------------------------ conflicts

    @Test
    public void openConflictsAreListed_andResolvedWithANote() {
        JsonNode list = api.get("/conflicts?account=" + FakeBackend.ACCOUNT, VIEWER).json();
        assertThat(list).hasSize(1);
        assertThat(list.at("/0/kind").asText()).isEqualTo("MALL_CANCELLED");
        long id = list.at("/0/id").asLong();

        assertThat(api.send("POST", "/conflicts/" + id + "/resolve", VIEWER, "{\"note\":\"x\"}").status())
                .isEqualTo(403);
        Reply r = api.send("POST", "/conflicts/" + id + "/resolve", ADMIN, "{\"note\":\"配送を止めました\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("state").asText()).isEqualTo("RESOLVED");
        assertThat(r.json().path("resolvedBy").asText()).isEqualTo(ADMIN);
        assertThat(api.get("/conflicts", VIEWER).json()).isEmpty();
        assertThat(api.get("/conflicts?state=all", VIEWER).json()).hasSize(1);
        assertThat(api.send("POST", "/conflicts/" + id + "/resolve", ADMIN, "{\"note\":\"again\"}").status())
                .isEqualTo(409);
    }

    @Test
    public void badConflictRequestsAre4xxNamingTheField_andNothingChanges() {
        assertError(api.get("/conflicts?state=CLOSED", VIEWER), "invalid_value", "state");
        assertError(api.get("/conflicts?limit=5000", VIEWER), "invalid_value", "limit");
        assertError(api.send("POST", "/conflicts/1/resolve", ADMIN, "{\"note\":\"  \"}"), "invalid_value", "note");
        assertError(api.send("POST", "/conflicts/1/resolve", ADMIN, "{\"notes\":\"x\"}"), "unknown_field", "notes");
        assertThat(api.send("POST", "/conflicts/99/resolve", ADMIN, "{\"note\":\"x\"}").status()).isEqualTo(404);
        assertThat(api.send("POST", "/conflicts/abc/resolve", ADMIN, "{\"note\":\"x\"}").status()).isEqualTo(404);
        assertThat(api.data.writes.get()).isZero();
    }

    // ------------------------------------------------------------ history

    @Test
    public void historyIsSearchedWithEveryFilter_datesAreDaysInJapanInclusive() {
        Reply r = api.get("/history?account=" + FakeBackend.ACCOUNT + "&order=%231001&outcome=imported"
                + "&from=2025-04-01&to=2025-04-10&offset=0&limit=10", VIEWER);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("total").asInt()).isEqualTo(1);
        assertThat(r.json().at("/entries/0/kind").asText()).isEqualTo("IMPORT");
        assertThat(r.json().at("/entries/0/mallOrderNumber").asText()).isEqualTo("#1001");
        var q = api.data.historyQueries.get(0);
        assertThat(q.order()).isEqualTo("#1001");
        assertThat(q.outcome()).isEqualTo(JobResult.Outcome.IMPORTED);
        assertThat(q.from()).hasToString("2025-03-31T15:00:00Z");
        assertThat(q.to()).hasToString("2025-04-10T15:00:00Z");
    }

    @Test
    public void badHistoryQueriesAre400NamingTheField() {
        assertError(api.get("/history?outcome=LOST", VIEWER), "invalid_value", "outcome");
        assertError(api.get("/history?from=2025-13-01", VIEWER), "invalid_value", "from");
        assertError(api.get("/history?to=yesterday", VIEWER), "invalid_value", "to");
        assertError(api.get("/history?from=2025-04-10&to=2025-04-01", VIEWER), "invalid_value", "to");
        assertError(api.get("/history?limit=0", VIEWER), "invalid_value", "limit");
        assertError(api.get("/history?offset=x", VIEWER), "invalid_value", "offset");
        assertError(api.get("/history?kind=IMPORT", VIEWER), "unknown_field", "kind");
        assertThat(api.data.historyQueries).isEmpty();
    }
}
