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

/** The API option's switches and account health over HTTP. */
public class HealthApiTest {

    private static final String ACCOUNT = "/accounts/" + FakeBackend.ACCOUNT;

    @ClassRule
    public static final RestFixture api = new RestFixture();

    @Before
    public void reset() {
        api.reset();
    }

    @Test
    public void c1_switchingAutomaticExportOnWithoutTheOptionIs400NamingTheFieldAndTheOption() {
        int writes = api.backend.writes.get();
        Reply r = api.send("PUT", ACCOUNT, ADMIN, """
                {"settings": {"autoExport": true}}""");
        assertError(r, "invalid_value", "settings.autoExport");
        assertThat(r.json().path("message").asText()).contains("orderhub-api-option");
        assertThat(api.backend.writes.get()).as("nothing changed").isEqualTo(writes);
        assertThat(api.get(ACCOUNT, VIEWER).json().at("/settings/autoExport").asBoolean(false)).isFalse();
    }

    @Test
    public void s1_withTheOptionTheSwitchIsStoredWithItsSchedule() {
        api.backend.apiOptionInstalled = true;
        Reply r = api.send("PUT", ACCOUNT, ADMIN, """
                {"settings": {"autoExport": true, "scheduleMinutes": 15}}""");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().at("/settings/autoExport").asBoolean()).isTrue();
        assertThat(r.json().at("/settings/scheduleMinutes").asInt()).isEqualTo(15);
    }

    @Test
    public void accountHealthShowsCredentialsWarningsAndWhyAutomaticRunsArePaused() {
        api.backend.apiOptionInstalled = true;
        api.send("PUT", ACCOUNT, ADMIN, "{\"settings\": {\"autoExport\": true}}");
        api.backend.apiOptionInstalled = false;
        Reply r = api.get(ACCOUNT + "/health", VIEWER);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode h = r.json();
        assertThat(h.path("accountId").asText()).isEqualTo(FakeBackend.ACCOUNT);
        assertThat(h.at("/credentials/0/state").asText()).isEqualTo("EXPIRING");
        assertThat(h.at("/credentials/0/expiresAt").asText()).startsWith("2025-04-20");
        assertThat(h.at("/warnings/0").asText()).contains("アクセストークン");
        assertThat(h.at("/automation/autoExport").asBoolean()).isTrue();
        assertThat(h.at("/automation/paused").asBoolean()).isTrue();
        assertThat(h.at("/automation/reason").asText()).contains("orderhub-api-option");
        assertThat(r.body()).doesNotContain(FakeBackend.SECRET_VALUE);
    }

    @Test
    public void healthOfAllAccountsAndOfAnUnknownOne() {
        Reply all = api.get("/health", VIEWER);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().get(0).path("accountId").asText()).isEqualTo(FakeBackend.ACCOUNT);
        assertThat(api.get("/accounts/nobody/health", VIEWER).status()).isEqualTo(404);
        assertThat(api.get("/health", null).status()).isEqualTo(401);
    }
}
