package io.orderhub.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderhub.core.model.Order;
import io.orderhub.rest.internal.RestFixture.Reply;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

import static io.orderhub.rest.internal.RestFixture.ADMIN;
import static io.orderhub.rest.internal.RestFixture.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/** Orders over HTTP: reading, searching, the PATCH round trip, and bad input that changes nothing. */
public class OrdersApiTest {

    @ClassRule
    public static final RestFixture api = new RestFixture();

    @Before
    public void reset() {
        api.reset();
    }

    @Test
    public void getOrder_showsStatusWithJapaneseLabel_andNoConnectorPrivateData() {
        Reply r = api.get("/orders/1002", VIEWER);
        assertThat(r.status()).isEqualTo(200);
        JsonNode o = r.json();
        assertThat(o.path("mallOrderNumber").asText()).isEqualTo("#1002");
        assertThat(o.at("/status/code").asText()).isEqualTo("DONE");
        assertThat(o.at("/status/label").asText()).isEqualTo("処理済");
        assertThat(o.at("/shipping/shipDate").asText()).isEqualTo("2025-04-09");
        assertThat(o.at("/shipping/trackingNumbers/0").asText()).isEqualTo("1234-5678-9012");
        assertThat(o.path("orderedAt").asText()).isEqualTo("2025-04-08T01:00:00Z");
        assertThat(o.at("/lines/0/sku").asText()).isEqualTo("SKU-1");
        assertThat(r.body()).doesNotContain("mallData", "shopifyOrderId");
    }

    @Test
    public void findOrders_filtersAndPages() {
        JsonNode all = api.get("/orders", VIEWER).json();
        assertThat(all.path("total").asLong()).isEqualTo(3);
        assertThat(all.path("limit").asInt()).isEqualTo(50);

        JsonNode done = api.get("/orders?status=DONE", VIEWER).json();
        assertThat(done.path("items")).hasSize(1);
        assertThat(done.at("/items/0/status/label").asText()).isEqualTo("処理済");
        JsonNode byLabel = api.get("/orders?status=%E5%87%A6%E7%90%86%E6%B8%88", VIEWER).json(); // 処理済
        assertThat(byLabel.at("/items/0/id").asLong()).isEqualTo(1002);

        JsonNode page = api.get("/orders?offset=1&limit=1", VIEWER).json();
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.at("/items/0/id").asLong()).isEqualTo(1002);
        assertThat(page.path("total").asLong()).isEqualTo(3);

        assertThat(api.get("/orders?orderNumber=%231003", VIEWER).json().at("/items/0/id").asLong()).isEqualTo(1003);
        assertThat(api.get("/orders?account=demo-shopify&mall=shopify", VIEWER).json().path("total").asLong())
                .isEqualTo(3);
        assertThat(api.get("/orders?updatedSince=2025-04-10T00:00:00Z", VIEWER).json().path("total").asLong())
                .isEqualTo(1);
        // 2025-04-10 in Asia/Tokyo starts at 2025-04-09T15:00Z; order 1002 was updated 2025-04-10T02:00Z
        assertThat(api.get("/orders?updatedSince=2025-04-10", VIEWER).json().path("total").asLong()).isEqualTo(1);
        assertThat(api.get("/orders?updatedSince=2025-04-11", VIEWER).json().path("total").asLong()).isZero();
    }

    @Test
    public void badFilters_are400NamingTheParameter() {
        assertError(api.get("/orders?status=SHIPPED_MAYBE", VIEWER), "unknown_status", "status");
        assertError(api.get("/orders?updatedSince=2025-02-30", VIEWER), "invalid_value", "updatedSince");
        assertError(api.get("/orders?updatedSince=yesterday", VIEWER), "invalid_value", "updatedSince");
        assertError(api.get("/orders?limit=0", VIEWER), "invalid_value", "limit");
        assertError(api.get("/orders?limit=1001", VIEWER), "invalid_value", "limit");
        assertError(api.get("/orders?offset=-1", VIEWER), "invalid_value", "offset");
        assertError(api.get("/orders?limit=ten", VIEWER), "invalid_value", "limit");
        assertError(api.get("/orders?colour=red", VIEWER), "unknown_field", "colour");
    }

    @Test
    public void unknownOrders_are404NamingTheKind() {
        for (String path : new String[] {"/orders/999", "/orders/abc", "/orders/999/history"}) {
            Reply r = api.get(path, VIEWER);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.json().path("error").asText()).isEqualTo("not_found");
            assertThat(r.json().path("kind").asText()).isEqualTo("order");
        }
        Reply nowhere = api.get("/nothing-here", VIEWER);
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.json().path("error").asText()).isEqualTo("not_found");
        Reply patch = api.send("PATCH", "/orders/999", ADMIN, "{\"status\":\"DONE\"}");
        assertThat(patch.status()).isEqualTo(404);
        assertThat(patch.json().path("kind").asText()).isEqualTo("order");
        assertThat(api.backend.writes.get()).isZero();
    }

    @Test
    public void patch_roundTrip_setsThenClearsShippingData() {
        Reply set = api.send("PATCH", "/orders/1001", ADMIN, """
                {"status": "発送待ち",
                 "shipping": {"shipDate": "2025-04-10", "carrier": "ヤマト運輸",
                              "trackingNumbers": ["1111-2222-3333", "定形外郵便"],
                              "deliveryDate": "2025-04-12", "deliveryTimeSlot": "14-16"}}""");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        JsonNode o = api.get("/orders/1001", VIEWER).json();
        assertThat(o.at("/status/code").asText()).isEqualTo("AWAITING_SHIPMENT");
        assertThat(o.at("/status/label").asText()).isEqualTo("発送待ち");
        assertThat(o.at("/shipping/shipDate").asText()).isEqualTo("2025-04-10");
        assertThat(o.at("/shipping/carrier").asText()).isEqualTo("ヤマト運輸");
        assertThat(o.at("/shipping/trackingNumbers").toString()).isEqualTo("[\"1111-2222-3333\",\"定形外郵便\"]");
        assertThat(o.at("/shipping/deliveryDate").asText()).isEqualTo("2025-04-12");
        assertThat(o.at("/shipping/deliveryTimeSlot").asText()).isEqualTo("14-16");
        assertThat(o.path("lastUpdatedAt").isNull()).isFalse();
        assertThat(set.json()).isEqualTo(o);

        // absent fields keep their value, present nulls clear
        Reply clear = api.send("PATCH", "/orders/1001", ADMIN,
                "{\"shipping\": {\"deliveryDate\": null, \"deliveryTimeSlot\": null}}",
                "application/merge-patch+json");
        assertThat(clear.status()).as(clear.toString()).isEqualTo(200);
        JsonNode after = clear.json();
        assertThat(after.at("/shipping/deliveryDate").isNull()).isTrue();
        assertThat(after.at("/shipping/deliveryTimeSlot").isNull()).isTrue();
        assertThat(after.at("/shipping/carrier").asText()).isEqualTo("ヤマト運輸");
        assertThat(after.at("/status/code").asText()).isEqualTo("AWAITING_SHIPMENT");

        Reply wipe = api.send("PATCH", "/orders/1001", ADMIN, "{\"shipping\": null}");
        assertThat(wipe.json().at("/shipping/trackingNumbers")).isEmpty();
        assertThat(wipe.json().at("/shipping/shipDate").isNull()).isTrue();

        JsonNode history = api.get("/orders/1001/history", VIEWER).json();
        assertThat(history).hasSize(4);
        assertThat(history.get(1).path("actor").asText()).isEqualTo(ADMIN);
    }

    @Test
    public void badPatches_are400NamingTheField_andTheOrderIsUnchanged() {
        Order before = api.backend.orders.get(1002L);
        String bodyBefore = api.get("/orders/1002", VIEWER).body();

        assertError(patch("{\"status\": \"DONE\", "), "malformed_json", null);
        assertError(patch("{\"shipping\": {\"carrier\": \"ヤマト\" \"x\"}}"), "malformed_json", "shipping.carrier");
        assertError(patch("not json"), "malformed_json", null);
        assertError(patch("{\"status\": \"DONE\", \"colour\": \"red\"}"), "unknown_field", "colour");
        assertError(patch("{\"shipping\": {\"trackingNumber\": \"1\"}}"), "unknown_field", "shipping.trackingNumber");
        assertError(patch("{\"status\": \"SHIPPED_MAYBE\"}"), "unknown_status", "status");
        assertError(patch("{\"status\": null}"), "invalid_value", "status");
        assertError(patch("{\"shipping\": {\"shipDate\": \"2025-02-30\"}}"), "invalid_value", "shipping.shipDate");
        assertError(patch("{\"shipping\": {\"deliveryDate\": \"2025-13-01\"}}"), "invalid_value",
                "shipping.deliveryDate");
        assertError(patch("{\"shipping\": {\"shipDate\": \"10/04/2025\"}}"), "invalid_value", "shipping.shipDate");
        assertError(patch("{\"shipping\": {\"trackingNumbers\": \"1111\"}}"), "invalid_value",
                "shipping.trackingNumbers");
        assertError(patch("{\"shipping\": {\"trackingNumbers\": [\"1\", null]}}"), "invalid_value",
                "shipping.trackingNumbers[1]");
        assertError(patch("{\"shipping\": \"tomorrow\"}"), "invalid_value", "shipping");
        assertError(patch("{}"), "invalid_value", null);
        assertError(patch("[]"), "invalid_value", null);
        // the valid status must not slip through when another field is bad
        assertError(patch("{\"status\": \"CANCELLED\", \"shipping\": {\"shipDate\": \"2025-02-29\"}}"),
                "invalid_value", "shipping.shipDate");

        assertThat(api.backend.writes.get()).isZero();
        assertThat(api.backend.orders.get(1002L)).isEqualTo(before);
        assertThat(api.get("/orders/1002", VIEWER).body()).isEqualTo(bodyBefore);
        assertThat(api.get("/orders/1002/history", VIEWER).json()).hasSize(1);
    }

    @Test
    public void patchWithoutJsonContentType_is415AsJson() {
        Reply r = api.send("PATCH", "/orders/1002", ADMIN, "status=DONE", "application/x-www-form-urlencoded");
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.json().path("error").asText()).isEqualTo("unsupported_media_type");
        assertThat(api.backend.writes.get()).isZero();
    }

    @Test
    public void statuses_listBuiltInsAndShopStatusesWithLabels() {
        JsonNode statuses = api.get("/statuses", VIEWER).json();
        assertThat(statuses).hasSize(8);
        assertThat(statuses.get(0).path("code").asText()).isEqualTo("NEW");
        assertThat(statuses.get(0).path("label").asText()).isEqualTo("新規受付");
        assertThat(statuses.get(7).path("builtIn").asBoolean()).isFalse();
        // a shop status is as good as a built-in one
        assertThat(api.send("PATCH", "/orders/1001", ADMIN, "{\"status\":\"取り寄せ中\"}").json()
                .at("/status/code").asText()).isEqualTo("BACKORDER");
    }

    private static Reply patch(String body) {
        return api.send("PATCH", "/orders/1002", ADMIN, body);
    }

    static void assertError(Reply r, String error, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        JsonNode body = r.json();
        assertThat(body.path("error").asText()).as(r.toString()).isEqualTo(error);
        if (field == null) {
            assertThat(body.path("field").isNull()).as(r.toString()).isTrue();
        } else {
            assertThat(body.path("field").asText()).as(r.toString()).isEqualTo(field);
        }
        assertThat(body.path("message").asText()).as(r.toString()).isNotBlank();
    }
}
