package io.orderhub.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderhub.rest.internal.RestFixture.Reply;
import io.orderhub.rest.internal.fake.FakeBackend;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

import static io.orderhub.rest.internal.OrdersApiTest.assertError;
import static io.orderhub.rest.internal.RestFixture.ADMIN;
import static io.orderhub.rest.internal.RestFixture.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/** Status mapping, conversion tables and export checks over HTTP. */
public class ExportRulesApiTest {

    private static final String MAPPING = "/accounts/" + FakeBackend.ACCOUNT + "/status-mapping";
    private static final String CONVERSIONS = "/accounts/" + FakeBackend.ACCOUNT + "/conversions";

    @ClassRule
    public static final RestFixture api = new RestFixture();

    @Before
    public void reset() {
        api.reset();
    }

    private static JsonNode row(JsonNode mapping, String status) {
        for (JsonNode r : mapping.path("rows")) {
            if (r.path("status").asText().equals(status)) {
                return r;
            }
        }
        throw new AssertionError("no row " + status + " in " + mapping);
    }

    @Test
    public void f11_theMappingListsEveryStatusAndAViewerMayReadIt() {
        Reply r = api.get(MAPPING, VIEWER);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("rows")).hasSize(8);
        assertThat(row(r.json(), "DONE").path("enabled").asBoolean()).isTrue();
        assertThat(row(r.json(), "BACKORDER").path("enabled").asBoolean()).isFalse();
        assertThat(r.json().path("mallStatuses").asBoolean()).isFalse();
    }

    @Test
    public void sh2_aRowIsChangedByBodyOrByPathAndResetToTheDefaults() {
        Reply put = api.send("PUT", MAPPING, ADMIN, "{\"rows\":[{\"status\":\"発送待ち\",\"enabled\":true}]}");
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(row(put.json(), "AWAITING_SHIPMENT").path("enabled").asBoolean()).isTrue();
        assertThat(row(put.json(), "AWAITING_SHIPMENT").path("customized").asBoolean()).isTrue();

        Reply one = api.send("PUT", MAPPING + "/BACKORDER", ADMIN, "{\"enabled\":true}");
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(row(one.json(), "BACKORDER").path("enabled").asBoolean()).isTrue();

        Reply reset = api.send("DELETE", MAPPING, ADMIN, null);
        assertThat(reset.status()).isEqualTo(200);
        assertThat(row(reset.json(), "AWAITING_SHIPMENT").path("enabled").asBoolean()).isFalse();
    }

    @Test
    public void badMappingInput_is400NamingTheField_andChangesNothing() {
        int before = api.backend.writes.get();
        assertError(api.send("PUT", MAPPING, ADMIN,
                "{\"rows\":[{\"status\":\"DONE\",\"enabled\":false},{\"status\":\"NOPE\",\"enabled\":true}]}"),
                "invalid_value", "rows[1].status");
        assertError(api.send("PUT", MAPPING, ADMIN, "{\"rows\":[{\"status\":\"DONE\",\"shipStatus\":\"3\"}]}"),
                "invalid_value", "rows[0].shipStatus");
        assertThat(api.send("PUT", MAPPING, ADMIN, "{\"rows\":[{\"status\":\"DONE\",\"colour\":\"red\"}]}").status())
                .isEqualTo(400);
        assertThat(api.send("PUT", MAPPING, ADMIN, null).status()).isEqualTo(400);
        assertThat(api.backend.writes.get()).isEqualTo(before);
        assertThat(row(api.get(MAPPING, VIEWER).json(), "DONE").path("enabled").asBoolean()).isTrue();
    }

    @Test
    public void aViewerMayNotChangeTheMapping_andAnUnknownAccountIs404() {
        assertThat(api.send("PUT", MAPPING, VIEWER, "{\"rows\":[{\"status\":\"DONE\",\"enabled\":false}]}").status())
                .isEqualTo(403);
        assertThat(api.get("/accounts/nobody/status-mapping", ADMIN).status()).isEqualTo(404);
        assertThat(api.get("/accounts/" + FakeBackend.ACCOUNT, ADMIN).status())
                .as("the account itself still answers beside the deeper resources").isEqualTo(200);
    }

    @Test
    public void c2_carrierRowsAreAddedAndAnEmptyCodeIsKept() {
        Reply r = api.send("PUT", CONVERSIONS, ADMIN,
                "{\"carriers\":[{\"carrier\":\"西濃運輸\",\"mallCode\":\"\"},{\"carrier\":\"福山通運\",\"mallCode\":\"Fukuyama\"}]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("carriers")).hasSize(2);
        assertThat(api.get(CONVERSIONS, VIEWER).json().at("/carriers/1/mallCode").asText()).isEqualTo("Fukuyama");
    }

    @Test
    public void c2_badConversionInput_is400NamingTheField_andChangesNothing() {
        int before = api.backend.writes.get();
        assertError(api.send("PUT", CONVERSIONS, ADMIN,
                "{\"carriers\":[{\"carrier\":\"佐川急便\",\"mallCode\":\"x\"},{\"carrier\":\" \",\"mallCode\":\"1\"}]}"),
                "invalid_value", "carriers[1].carrier");
        assertError(api.send("PUT", CONVERSIONS, ADMIN, "{\"noTrackingReason\":\"101\"}"), "invalid_value", "noTrackingReason");
        assertThat(api.backend.writes.get()).isEqualTo(before);
        assertThat(api.get(CONVERSIONS, VIEWER).json().path("carriers")).isEmpty();
    }

    @Test
    public void f9_exportCheckGivesEveryReasonOrTheFields() {
        Reply fresh = api.get("/orders/1001/export-check", VIEWER);
        assertThat(fresh.status()).as(fresh.toString()).isEqualTo(200);
        assertThat(fresh.json().path("target").asBoolean()).isFalse();
        assertThat(fresh.json().path("accountId").asText()).isEqualTo(FakeBackend.ACCOUNT);
        assertThat(fresh.json().path("reasons").findValuesAsText("code"))
                .containsExactly("STATUS_NOT_ENABLED", "NEVER_UPDATED", "MALL_RULE");

        Reply done = api.get("/orders/1002/export-check?account=" + FakeBackend.ACCOUNT + "&days=5", VIEWER);
        assertThat(done.json().path("target").asBoolean()).isTrue();
        assertThat(done.json().path("days").asInt()).isEqualTo(5);
        assertThat(done.json().at("/fields/tracking_info.number").asText()).isEqualTo("1234-5678-9012");
    }

    @Test
    public void exportCheckOfAnUnknownOrderIs404_andBadDaysIs400() {
        assertThat(api.get("/orders/999/export-check", VIEWER).status()).isEqualTo(404);
        assertError(api.get("/orders/1001/export-check?days=14", VIEWER), "invalid_value", "days");
        assertError(api.get("/orders/1001/export-check?colour=red", VIEWER), "unknown_field", "colour");
    }
}
