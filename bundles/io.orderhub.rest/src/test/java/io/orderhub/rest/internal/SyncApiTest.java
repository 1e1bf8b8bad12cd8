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

/** Imports, export previews, exports and jobs over HTTP. */
public class SyncApiTest {

    private static final String ACCOUNT = "/accounts/" + FakeBackend.ACCOUNT;

    @ClassRule
    public static final RestFixture api = new RestFixture();

    @Before
    public void reset() {
        api.reset();
    }

    @Test
    public void import_withoutBody_is202WithTheJobAndItsLocation() {
        Reply r = api.send("POST", ACCOUNT + "/imports", ADMIN, null);
        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        JsonNode job = r.json();
        assertThat(job.path("kind").asText()).isEqualTo("IMPORT");
        assertThat(job.path("state").asText()).isEqualTo("QUEUED");
        assertThat(job.path("finished").asBoolean()).isFalse();
        assertThat(job.path("actor").asText()).isEqualTo(ADMIN);
        assertThat(job.at("/counts/total").asInt()).isEqualTo(-1);
        assertThat(r.header("Location")).endsWith("/orderhub/api/jobs/" + job.path("id").asText());
        assertThat(api.get("/jobs/" + job.path("id").asText(), VIEWER).status()).isEqualTo(200);
    }

    @Test
    public void import_withDateRange_andEmptyObject_areAccepted() {
        assertThat(api.send("POST", ACCOUNT + "/imports", ADMIN, "{\"from\":\"2025-04-01\",\"to\":\"2025-04-09\"}")
                .status()).isEqualTo(202);
        assertThat(api.send("POST", ACCOUNT + "/imports", ADMIN, "{}").status()).isEqualTo(202);
    }

    @Test
    public void badImportRanges_are400NamingTheField_andNoJobStarts() {
        assertError(api.send("POST", ACCOUNT + "/imports", ADMIN, "{\"from\":\"2025-04-01\",\"to\":\"2025-02-30\"}"),
                "invalid_value", "to");
        assertError(api.send("POST", ACCOUNT + "/imports", ADMIN, "{\"from\":\"2025-04-01\"}"), "invalid_value", "to");
        assertError(api.send("POST", ACCOUNT + "/imports", ADMIN, "{\"to\":\"2025-04-01\"}"), "invalid_value", "from");
        assertError(api.send("POST", ACCOUNT + "/imports", ADMIN, "{\"from\":\"2025-04-09\",\"to\":\"2025-04-01\"}"),
                "invalid_value", "from");
        assertError(api.send("POST", ACCOUNT + "/imports", ADMIN, "{\"days\":3}"), "unknown_field", "days");
        assertThat(api.backend.jobs).isEmpty();
    }

    @Test
    public void y1_preview_listsTargetsWithWhatWouldBeSent_andExcludedWithReasons() {
        Reply r = api.get(ACCOUNT + "/exports/preview?days=5", VIEWER);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode p = r.json();
        assertThat(p.path("days").asInt()).isEqualTo(5);
        assertThat(p.path("accountId").asText()).isEqualTo(FakeBackend.ACCOUNT);
        assertThat(p.path("periodStart").asText()).isEqualTo("2025-04-05T03:00:00Z");
        assertThat(p.path("targetCount").asInt()).isEqualTo(1);
        JsonNode target = p.at("/targets/0");
        assertThat(target.path("orderId").asLong()).isEqualTo(1002);
        assertThat(target.at("/status/label").asText()).isEqualTo("処理済");
        assertThat(target.at("/fields/tracking_number").asText()).isEqualTo("1234-5678-9012");
        assertThat(p.path("excluded")).hasSize(2);
        assertThat(p.at("/excluded/0/reasons/0").asText()).isNotBlank();
        assertThat(api.get(ACCOUNT + "/exports/preview", VIEWER).json().path("days").asInt()).isEqualTo(3);
    }

    @Test
    public void y1_creationPeriodOutside1To13_is400Days() {
        for (String days : new String[] {"0", "14", "-1", "abc", "3.5"}) {
            assertError(api.get(ACCOUNT + "/exports/preview?days=" + days, VIEWER), "invalid_value", "days");
        }
        assertError(api.send("POST", ACCOUNT + "/exports", ADMIN, "{\"days\": 14}"), "invalid_value", "days");
        assertError(api.send("POST", ACCOUNT + "/exports", ADMIN, "{\"days\": 0}"), "invalid_value", "days");
        assertError(api.send("POST", ACCOUNT + "/exports", ADMIN, "{\"days\": \"3\"}"), "invalid_value", "days");
        assertError(api.send("POST", ACCOUNT + "/exports", ADMIN, "{\"dayz\": 3}"), "unknown_field", "dayz");
        assertThat(api.backend.jobs).isEmpty();
        assertThat(api.backend.writes.get()).isZero();
    }

    @Test
    public void export_is202_andTheJobReportsEveryOrder() {
        Reply r = api.send("POST", ACCOUNT + "/exports", ADMIN, "{\"days\": 3}");
        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        String id = r.json().path("id").asText();

        JsonNode job = api.get("/jobs/" + id, VIEWER).json();
        assertThat(job.path("kind").asText()).isEqualTo("EXPORT");
        assertThat(job.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(job.path("finished").asBoolean()).isTrue();
        assertThat(job.path("days").asInt()).isEqualTo(3);
        assertThat(job.at("/counts/sent").asInt()).isEqualTo(1);
        assertThat(job.at("/counts/skipped").asInt()).isEqualTo(2);
        assertThat(job.path("results")).hasSize(3);
        JsonNode sent = job.at("/results/0");
        assertThat(sent.path("outcome").asText()).isEqualTo("SENT");
        assertThat(sent.path("mallOrderNumber").asText()).isEqualTo("#1002");
        assertThat(sent.at("/sent/tracking_number").asText()).isEqualTo("1234-5678-9012");
        assertThat(job.at("/results/1/outcome").asText()).isEqualTo("SKIPPED");
        assertThat(job.at("/results/1/message").asText()).isNotBlank();

        assertThat(api.send("POST", ACCOUNT + "/exports", ADMIN, null).status()).isEqualTo(202);
    }

    @Test
    public void jobs_listNewestFirstWithoutResults_filteredByAccount() {
        api.send("POST", ACCOUNT + "/imports", ADMIN, null);
        api.send("POST", ACCOUNT + "/exports", ADMIN, "{\"days\": 3}");
        JsonNode jobs = api.get("/jobs?account=" + FakeBackend.ACCOUNT, VIEWER).json();
        assertThat(jobs).hasSize(2);
        assertThat(jobs.get(0).path("kind").asText()).isEqualTo("EXPORT");
        assertThat(jobs.get(0).has("results")).isFalse();
        assertThat(api.get("/jobs?account=other", VIEWER).json()).isEmpty();
        assertThat(api.get("/jobs?limit=1", VIEWER).json()).hasSize(1);
        assertError(api.get("/jobs?limit=0", VIEWER), "invalid_value", "limit");
    }

    @Test
    public void unknownJob_is404NamingTheKind() {
        Reply r = api.get("/jobs/job-999", VIEWER);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().path("kind").asText()).isEqualTo("job");
    }

    @Test
    public void y7_foregroundExport_is200WithThePerOrderResults() {
        for (String call : new String[] {ACCOUNT + "/exports?wait=true", ACCOUNT + "/exports"}) {
            Reply r = api.send("POST", call, ADMIN, call.endsWith("true") ? "{\"days\": 3}" : "{\"wait\": true}");
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            JsonNode job = r.json();
            assertThat(job.path("state").asText()).isEqualTo("SUCCEEDED");
            assertThat(job.path("results")).hasSize(3);
            assertThat(job.at("/results/0/outcome").asText()).isEqualTo("SENT");
            assertThat(job.path("resultsOffset").asInt()).isZero();
        }
    }

    @Test
    public void y7_foregroundExportLongerThanTheBound_is202WithTheJobToPoll() {
        api.backend.exportsKeepRunning = true;
        Reply r = api.send("POST", ACCOUNT + "/exports?wait=true", ADMIN, null);
        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        assertThat(r.json().path("state").asText()).isEqualTo("RUNNING");
        assertThat(r.header("Location")).endsWith("/jobs/" + r.json().path("id").asText());
    }

    @Test
    public void y7_badWaitValue_is400NamingIt_andNoJobStarts() {
        assertError(api.send("POST", ACCOUNT + "/exports?wait=yes", ADMIN, null), "invalid_value", "wait");
        assertError(api.send("POST", ACCOUNT + "/exports", ADMIN, "{\"wait\": \"soon\"}"), "invalid_value", "wait");
        assertThat(api.backend.jobs).isEmpty();
    }

    @Test
    public void y7_jobResultsArePaged() {
        String id = api.send("POST", ACCOUNT + "/exports", ADMIN, "{\"days\": 3}").json().path("id").asText();
        JsonNode page = api.get("/jobs/" + id + "?resultsOffset=1&resultsLimit=1", VIEWER).json();
        assertThat(page.path("results")).hasSize(1);
        assertThat(page.at("/results/0/outcome").asText()).isEqualTo("SKIPPED");
        assertThat(page.path("resultsOffset").asInt()).isEqualTo(1);
        assertThat(page.path("resultsLimit").asInt()).isEqualTo(1);
        assertThat(page.at("/counts/done").asInt()).as("counts cover the whole job").isEqualTo(3);
        assertThat(api.get("/jobs/" + id + "?resultsLimit=0", VIEWER).json().path("results")).isEmpty();
        assertError(api.get("/jobs/" + id + "?resultsOffset=-1", VIEWER), "invalid_value", "resultsOffset");
        assertError(api.get("/jobs/" + id + "?resultsLimit=10001", VIEWER), "invalid_value", "resultsLimit");
    }

    @Test
    public void cancel_isForAdmins_409WhenFinished_404WhenUnknown() {
        api.backend.exportsKeepRunning = true;
        String id = api.send("POST", ACCOUNT + "/exports", ADMIN, null).json().path("id").asText();
        assertThat(api.send("POST", "/jobs/" + id + "/cancel", VIEWER, null).status()).isEqualTo(403);

        Reply r = api.send("POST", "/jobs/" + id + "/cancel", ADMIN, null);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("state").asText()).isEqualTo("CANCELLED");
        assertThat(r.json().path("message").asText()).contains(ADMIN);

        Reply again = api.send("POST", "/jobs/" + id + "/cancel", ADMIN, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("field").asText()).isEqualTo("state");
        assertThat(api.send("POST", "/jobs/job-999/cancel", ADMIN, null).status()).isEqualTo(404);
    }
}
