package io.orderhub.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderhub.rest.internal.RestFixture.Reply;
import io.orderhub.rest.internal.fake.FakeBackend;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static io.orderhub.rest.internal.OrdersApiTest.assertError;
import static io.orderhub.rest.internal.RestFixture.ADMIN;
import static io.orderhub.rest.internal.RestFixture.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/** Shop accounts over HTTP; secrets are write-only and never travel in a URL. */
public class AccountsApiTest {

    private static final String NEW_SECRET = "shpat_brand_new_secret_0815";
    private static final String ACCOUNT = "/accounts/" + FakeBackend.ACCOUNT;

    @ClassRule
    public static final RestFixture api = new RestFixture();

    @Before
    public void reset() {
        api.reset();
    }

    @Test
    public void malls_listConnectorSettingsAndAccounts_withoutSecretValues() {
        Reply r = api.get("/malls", VIEWER);
        assertThat(r.status()).isEqualTo(200);
        JsonNode mall = r.json().get(0);
        assertThat(mall.path("id").asText()).isEqualTo("shopify");
        assertThat(mall.path("capabilities").toString()).contains("EXPORT_SHIPPING");
        assertThat(mall.at("/settings/1/key").asText()).isEqualTo(".accessToken");
        assertThat(mall.at("/settings/1/secret").asBoolean()).isTrue();
        assertThat(mall.at("/accounts/0/id").asText()).isEqualTo(FakeBackend.ACCOUNT);
        assertThat(mall.at("/accounts/0/secretsSet/0").asText()).isEqualTo(".accessToken");
        assertThat(r.body()).doesNotContain(FakeBackend.SECRET_VALUE);
    }

    @Test
    public void createAccount_returns201_showsWhichSecretsAreSet_neverTheirValues() {
        Reply r = api.send("POST", "/accounts", ADMIN, """
                {"id": "tea-shop", "mallId": "shopify", "name": "お茶の店",
                 "settings": {"shopDomain": "tea.myshopify.com", "daysToFetch": 5},
                 "secrets": {"accessToken": "%s"}}""".formatted(NEW_SECRET));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith("/orderhub/api/accounts/tea-shop");
        JsonNode a = r.json();
        assertThat(a.path("id").asText()).isEqualTo("tea-shop");
        assertThat(a.path("name").asText()).isEqualTo("お茶の店");
        assertThat(a.at("/settings/shopDomain").asText()).isEqualTo("tea.myshopify.com");
        assertThat(a.at("/settings/daysToFetch").asInt()).isEqualTo(5);
        assertThat(a.path("secretsSet").toString()).isEqualTo("[\".accessToken\"]");
        assertThat(r.body()).doesNotContain(NEW_SECRET);
        assertThat(api.backend.accounts.get("tea-shop")).containsEntry(".accessToken", NEW_SECRET);
        assertThat(api.get("/accounts/tea-shop", VIEWER).body()).doesNotContain(NEW_SECRET);
    }

    @Test
    public void updateAccount_changesGivenSettings_keepsTheSecret() {
        Reply r = api.send("PUT", ACCOUNT, ADMIN, "{\"name\": \"新しい名前\", \"settings\": {\"daysToFetch\": 7}}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("name").asText()).isEqualTo("新しい名前");
        assertThat(r.json().at("/settings/daysToFetch").asInt()).isEqualTo(7);
        assertThat(r.json().at("/settings/shopDomain").asText()).isEqualTo("demo.myshopify.com");
        assertThat(api.backend.accounts.get(FakeBackend.ACCOUNT)).containsEntry(".accessToken", FakeBackend.SECRET_VALUE);

        Reply rotate = api.send("PUT", ACCOUNT, ADMIN, "{\"settings\": {\".accessToken\": \"" + NEW_SECRET + "\"}}");
        assertThat(rotate.status()).isEqualTo(200);
        assertThat(rotate.body()).doesNotContain(NEW_SECRET);
        assertThat(api.backend.accounts.get(FakeBackend.ACCOUNT)).containsEntry(".accessToken", NEW_SECRET);
    }

    @Test
    public void deleteAccount_returns204_thenTheAccountIs404() {
        assertThat(api.send("DELETE", ACCOUNT, ADMIN, null).status()).isEqualTo(204);
        Reply r = api.get(ACCOUNT, VIEWER);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().path("kind").asText()).isEqualTo("account");
        assertThat(api.send("DELETE", ACCOUNT, ADMIN, null).status()).isEqualTo(404);
    }

    @Test
    public void unknownAccounts_are404NamingTheKind() {
        for (Reply r : List.of(api.get("/accounts/nope", VIEWER),
                api.send("PUT", "/accounts/nope", ADMIN, "{\"name\":\"x\"}"),
                api.send("DELETE", "/accounts/nope", ADMIN, null),
                api.send("POST", "/accounts/nope/imports", ADMIN, "{}"),
                api.get("/accounts/nope/exports/preview", VIEWER),
                api.send("POST", "/accounts/nope/exports", ADMIN, "{\"days\":3}"))) {
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
            assertThat(r.json().path("error").asText()).isEqualTo("not_found");
            assertThat(r.json().path("kind").asText()).isEqualTo("account");
        }
        assertThat(api.backend.writes.get()).isZero();
    }

    @Test
    public void badAccountInput_is400or409NamingTheField_andNothingChanges() {
        String before = api.get("/accounts", ADMIN).body();
        Map<String, Object> storedBefore = Map.copyOf(api.backend.accounts.get(FakeBackend.ACCOUNT));

        assertError(api.send("POST", "/accounts", ADMIN, "{\"id\": \"x-shop\", \"mallId\": \"shopify\", \"colour\": 1}"),
                "unknown_field", "colour");
        assertError(api.send("POST", "/accounts", ADMIN, "{\"mallId\": \"shopify\"}"), "invalid_value", "id");
        assertError(api.send("POST", "/accounts", ADMIN, "{\"id\": \"x-shop\"}"), "invalid_value", "mallId");
        assertError(api.send("POST", "/accounts", ADMIN, "{\"id\": \"x-shop\", \"mallId\": \"amazon\"}"),
                "invalid_value", "mallId");
        assertError(api.send("POST", "/accounts", ADMIN, "{\"id\": \"x-shop\", \"mallId\": \"shopify\", "
                + "\"settings\": {\"shopDomain\": \"x\", \"colour\": 1}, \"secrets\": {\"accessToken\": \"t\"}}"),
                "invalid_value", "settings.colour");
        assertError(api.send("PUT", ACCOUNT, ADMIN, "{\"nmae\": \"typo\"}"), "unknown_field", "nmae");
        assertError(api.send("PUT", ACCOUNT, ADMIN, "{\"settings\": []}"), "invalid_value", "settings");
        assertError(api.send("PUT", ACCOUNT, ADMIN, null), "invalid_value", null);

        Reply taken = api.send("POST", "/accounts", ADMIN, "{\"id\": \"demo-shopify\", \"mallId\": \"shopify\", "
                + "\"settings\": {\"shopDomain\": \"x\"}, \"secrets\": {\"accessToken\": \"t\"}}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().path("error").asText()).isEqualTo("conflict");
        assertThat(taken.json().path("field").asText()).isEqualTo("id");

        assertThat(api.backend.writes.get()).isZero();
        assertThat(api.get("/accounts", ADMIN).body()).isEqualTo(before);
        assertThat(api.backend.accounts.get(FakeBackend.ACCOUNT)).isEqualTo(storedBefore);
    }

    @Test
    public void malformedBody_doesNotEchoTheSecretItHeld() {
        Reply r = api.send("POST", "/accounts", ADMIN,
                "{\"id\": \"x-shop\", \"mallId\": \"shopify\", \"secrets\": {\"accessToken\": \"" + NEW_SECRET + "\" ");
        assertError(r, "malformed_json", null);
        assertThat(r.body()).doesNotContain(NEW_SECRET);
        Reply typed = api.send("POST", "/accounts", ADMIN,
                "{\"id\": \"x-shop\", \"mallId\": \"shopify\", \"secrets\": {\"accessToken\": [\"" + NEW_SECRET + "\"]}}");
        assertError(typed, "invalid_value", "secrets.accessToken");
        assertThat(typed.body()).doesNotContain(NEW_SECRET);
        assertThat(api.backend.accounts).containsOnlyKeys(FakeBackend.ACCOUNT);
    }

    @Test
    public void secretInTheQueryOfAGet_is400NamingTheParameter() {
        for (String query : List.of("accessToken=x", ".accessToken=x", "password=x", "api_key=x", "client_secret=x")) {
            Reply r = api.get(ACCOUNT + "?" + query, ADMIN);
            String name = query.substring(0, query.indexOf('='));
            assertError(r, "secret_in_query", name);
        }
        assertError(api.get("/accounts?token=x", VIEWER), "secret_in_query", "token");
        assertError(api.get("/orders?accessToken=x", VIEWER), "secret_in_query", "accessToken");
        assertError(api.send("POST", "/accounts?accessToken=x", ADMIN,
                "{\"id\": \"x-shop\", \"mallId\": \"shopify\"}"), "secret_in_query", "accessToken");
        assertThat(api.backend.writes.get()).isZero();
    }

    @Test
    public void secretsAreAbsentFromEveryGetResponse() {
        api.send("PATCH", "/orders/1002", ADMIN, "{\"status\":\"DONE\"}");
        api.send("POST", ACCOUNT + "/exports", ADMIN, "{\"days\":3}");
        api.send("POST", ACCOUNT + "/imports", ADMIN, null);
        for (String path : List.of("/malls", "/accounts", ACCOUNT, "/orders", "/orders/1001", "/orders/1002/history",
                "/statuses", ACCOUNT + "/exports/preview", "/jobs", "/jobs/job-1", "/jobs/job-2", "/openapi.json")) {
            Reply r = api.get(path, ADMIN);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).doesNotContain(FakeBackend.SECRET_VALUE);
        }
    }
}
