package io.orderhub.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderhub.rest.internal.RestFixture.Reply;
import io.orderhub.rest.internal.fake.FakeBackend;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.List;

import static io.orderhub.rest.internal.RestFixture.ADMIN;
import static io.orderhub.rest.internal.RestFixture.OUTSIDER;
import static io.orderhub.rest.internal.RestFixture.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

/** HTTP Basic against the realm: 401 without valid credentials, 403 without the role, viewers only read. */
public class AuthTest {

    @ClassRule
    public static final RestFixture api = new RestFixture();

    private static final List<String> READS = List.of("/malls", "/accounts", "/accounts/" + FakeBackend.ACCOUNT,
            "/orders", "/orders/1001", "/orders/1001/history", "/statuses",
            "/accounts/" + FakeBackend.ACCOUNT + "/exports/preview?days=3", "/jobs");

    @Before
    public void reset() {
        api.reset();
    }

    @Test
    public void noCredentials_is401WithChallengeAndJsonBody() {
        for (String path : READS) {
            Reply r = api.get(path, null);
            assertThat(r.status()).as(path).isEqualTo(401);
            assertThat(r.header("WWW-Authenticate")).as(path).startsWith("Basic realm=\"orderhub\"");
            assertThat(r.json().path("error").asText()).as(path).isEqualTo("unauthorized");
        }
        assertThat(api.send("PATCH", "/orders/1001", null, "{\"status\":\"DONE\"}").status()).isEqualTo(401);
        assertThat(api.get("/no-such-endpoint", null).status()).isEqualTo(401);
        assertThat(api.backend.writes.get()).isZero();
    }

    @Test
    public void wrongPassword_is401() {
        Reply r = api.sendWithAuthorization("GET", "/orders", RestFixture.basic(ADMIN, "not-the-password"));
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Basic realm=\"orderhub\"");
        assertThat(r.json().path("error").asText()).isEqualTo("unauthorized");
    }

    @Test
    public void unknownUserOrMalformedHeader_is401() {
        assertThat(api.sendWithAuthorization("GET", "/orders", RestFixture.basic("mallory", "x")).status())
                .isEqualTo(401);
        assertThat(api.sendWithAuthorization("GET", "/orders", "Basic !!!not-base64").status()).isEqualTo(401);
        assertThat(api.sendWithAuthorization("GET", "/orders", "Bearer abc").status()).isEqualTo(401);
    }

    @Test
    public void viewer_canReadEverything() {
        api.send("POST", "/accounts/" + FakeBackend.ACCOUNT + "/exports", ADMIN, "{\"days\":3}");
        READS.forEach(path -> assertThat(api.get(path, VIEWER).status()).as(path).isEqualTo(200));
        assertThat(api.get("/jobs/job-1", VIEWER).status()).isEqualTo(200);
    }

    @Test
    public void viewer_isForbiddenToChangeAnything_andNothingChanges() {
        String orderBefore = api.get("/orders/1001", ADMIN).body();
        String accountsBefore = api.get("/accounts", ADMIN).body();
        String account = "/accounts/" + FakeBackend.ACCOUNT;

        List<Reply> replies = List.of(
                api.send("PATCH", "/orders/1001", VIEWER, "{\"status\":\"DONE\"}"),
                api.send("POST", "/accounts", VIEWER, "{\"id\":\"x-shop\",\"mallId\":\"shopify\"}"),
                api.send("PUT", account, VIEWER, "{\"name\":\"renamed\"}"),
                api.send("DELETE", account, VIEWER, null),
                api.send("POST", account + "/imports", VIEWER, "{}"),
                api.send("POST", account + "/exports", VIEWER, "{\"days\":3}"));
        for (Reply r : replies) {
            assertThat(r.status()).as(r.toString()).isEqualTo(403);
            JsonNode body = r.json();
            assertThat(body.path("error").asText()).isEqualTo("forbidden");
            assertThat(body.path("message").asText()).contains("orderhub-admin");
        }
        assertThat(api.backend.writes.get()).isZero();
        assertThat(api.get("/orders/1001", ADMIN).body()).isEqualTo(orderBefore);
        assertThat(api.get("/accounts", ADMIN).body()).isEqualTo(accountsBefore);
        assertThat(api.backend.jobs).isEmpty();
    }

    @Test
    public void userWithoutAnOrderhubRole_isForbiddenEvenToRead() {
        Reply r = api.get("/orders", OUTSIDER);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().path("error").asText()).isEqualTo("forbidden");
    }

    @Test
    public void admin_mayWrite_andIsRecordedAsTheActor() {
        Reply r = api.send("PATCH", "/orders/1001", ADMIN, "{\"status\":\"DONE\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode history = api.get("/orders/1001/history", VIEWER).json();
        assertThat(history.get(history.size() - 1).path("actor").asText()).isEqualTo(ADMIN);
    }

    @Test
    public void openApiDocument_isPublic() {
        Reply r = api.get("/openapi.json", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("openapi").asText()).startsWith("3.");
        assertThat(api.send("POST", "/openapi.json", null, "{}").status()).isEqualTo(401);
    }
}
