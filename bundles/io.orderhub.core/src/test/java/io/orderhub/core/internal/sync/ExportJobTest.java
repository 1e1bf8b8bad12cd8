package io.orderhub.core.internal.sync;

import io.orderhub.core.internal.connector.ConnectorTracker;
import io.orderhub.core.internal.order.StoreOrderService;
import io.orderhub.core.internal.store.jdbc.JdbcStore;
import io.orderhub.core.internal.store.jdbc.TestDatabases;
import io.orderhub.core.model.Order;
import io.orderhub.core.service.ConflictException;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.OrderQuery;
import io.orderhub.core.service.OrderUpdate;
import io.orderhub.core.service.ValidationException;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.ImportQuery;
import io.orderhub.core.spi.MallException;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Background export jobs: progress, paging, persistence and resume after a crash, cancel, retries, outbox. */
public class ExportJobTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final String ACCOUNT = "fake-shop";
    private static final int ORDERS = 30;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final Map<String, Object> settings = Map.of(AccountProperties.ACCOUNT_ID, ACCOUNT,
            AccountProperties.MALL_ID, "fake", AccountProperties.DAYS_TO_FETCH, 10, AccountProperties.ZONE, "Asia/Tokyo");
    private JdbcStore store;
    private FakeMall mall;
    private ConnectorTracker tracker;
    private SyncEngine engine;
    private StoreOrderService orders;
    private Backoff backoff = new Backoff(3, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30),
            () -> 0.5);

    @Before
    public void setUp() throws Exception {
        store = new JdbcStore(TestDatabases.h2Memory());
        mall = new FakeMall(ACCOUNT);
        tracker = trackerWith(mall);
        engine = newEngine(tracker);
        orders = new StoreOrderService(store, clock);
        for (int i = 1; i <= ORDERS; i++) {
            mall.mallOrders.add(FakeMall.order(String.format("F-%02d", i), NOW.minus(Duration.ofHours(i))));
        }
        run(engine.startImport(ACCOUNT, null, null, "admin"));
        for (int i = 1; i <= ORDERS; i++) {
            ship(String.format("F-%02d", i), "T-" + i);
        }
    }

    @After
    public void tearDown() {
        engine.close();
    }

    private static ConnectorTracker trackerWith(FakeMall mall) {
        ConnectorTracker t = new ConnectorTracker();
        t.addConnector(mall);
        Map<String, Object> props = Map.of(AccountProperties.ACCOUNT_ID, ACCOUNT, AccountProperties.MALL_ID, "fake");
        t.addImporter(mall, props);
        t.addExporter(mall, props);
        return t;
    }

    private SyncEngine newEngine(ConnectorTracker connectors) {
        return new SyncEngine(store, store, connectors, id -> {
            if (!id.equals(ACCOUNT)) {
                throw new NotFoundException("account", id);
            }
            return settings;
        }, clock, 2, backoff, sleeps::add);
    }

    private Job run(Job job) throws InterruptedException {
        Job done = engine.await(job.id(), Duration.ofSeconds(20));
        assertThat(done.isFinished()).as("job finished: %s", done).isTrue();
        return done;
    }

    private Order byNumber(String number) {
        return store.findByNumber(ACCOUNT, number).orElseThrow();
    }

    private void ship(String number, String tracking) {
        orders.update(byNumber(number).id(), OrderUpdate.builder().status("DONE").shipDate(LocalDate.of(2026, 11, 22))
                .carrier("ヤマト運輸").trackingNumbers(List.of(tracking)).build(), "operator");
    }

    private static Map<String, Long> perOrder(List<String> numbers) {
        return numbers.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private Job awaitState(String jobId, Job.State state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Job job = engine.get(jobId, 0, 0);
        while (job.state() != state && System.nanoTime() < deadline) {
            Thread.sleep(20);
            job = engine.get(jobId, 0, 0);
        }
        assertThat(job.state()).as("job %s", job).isEqualTo(state);
        return job;
    }

    @Test
    public void y7_aBackgroundExportShowsProgressWhileItRunsAndPagedPerOrderResultsAfter() throws Exception {
        CountDownLatch third = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        mall.beforeExport = () -> {
            if (mall.exportCalls.get() == 3) {
                third.countDown();
                await(release);
            }
        };
        Job started = engine.startExport(ACCOUNT, 3, "admin");
        assertThat(started.isFinished()).as("a background export returns at once").isFalse();

        assertThat(third.await(10, TimeUnit.SECONDS)).isTrue();
        Job running = engine.get(started.id(), 0, 100);
        assertThat(running.state()).isEqualTo(Job.State.RUNNING);
        assertThat(running.counts().total()).isEqualTo(ORDERS);
        assertThat(running.counts().done()).isEqualTo(4);
        assertThat(running.counts().sent()).isEqualTo(4);
        release.countDown();

        Job done = run(started);
        assertThat(done.state()).isEqualTo(Job.State.SUCCEEDED);
        assertThat(done.counts()).isEqualTo(new Job.Counts(ORDERS, ORDERS, ORDERS, 0, 0, 0, 0));
        Job page = engine.get(started.id(), 10, 5);
        assertThat(page.results()).hasSize(5).extracting(JobResult::outcome).containsOnly(JobResult.Outcome.SENT);
        assertThat(page.counts().done()).as("counts are those of the whole job").isEqualTo(ORDERS);
        List<String> all = new ArrayList<>();
        for (int offset = 0; offset < ORDERS; offset += 7) {
            engine.get(started.id(), offset, 7).results().forEach(r -> all.add(r.mallOrderNumber()));
        }
        assertThat(perOrder(all)).hasSize(ORDERS).allSatisfy((n, c) -> assertThat(c).isEqualTo(1));
        assertThatThrownBy(() -> engine.get(started.id(), -1, 5)).isInstanceOf(ValidationException.class)
                .extracting("field").isEqualTo("resultsOffset");
    }

    @Test
    public void c3_aCrashMidExportResumesOnRestart_noOrderSentTwiceNoneForgotten() throws Exception {
        // the mall takes the 11th order, then the JVM dies before orderhub records the answer
        mall.crashAfterSends = 11;
        Job started = engine.startExport(ACCOUNT, 3, "admin");
        awaitCallsStop();
        assertThat(store.find(started.id(), 0, 0).orElseThrow().state()).isEqualTo(Job.State.RUNNING);
        engine.close();

        mall.crashAfterSends = -1;
        engine = newEngine(tracker);
        Job done = run(started);

        assertThat(done.state()).isEqualTo(Job.State.SUCCEEDED);
        assertThat(perOrder(mall.sent)).as("every order reached the mall exactly once").hasSize(ORDERS)
                .allSatisfy((n, c) -> assertThat(c).isEqualTo(1));
        List<JobResult> results = engine.get(started.id(), 0, 1000).results();
        assertThat(perOrder(results.stream().map(JobResult::mallOrderNumber).toList()))
                .as("one result per order").hasSize(ORDERS).allSatisfy((n, c) -> assertThat(c).isEqualTo(1));
        // the order in flight at the crash was handed to the mall again, which said it already had it
        assertThat(results).filteredOn(r -> r.outcome() == JobResult.Outcome.SKIPPED).extracting(JobResult::message)
                .containsExactly("モール側で発送済みです");
        assertThat(done.counts().done()).isEqualTo(ORDERS);
    }

    private void awaitCallsStop() throws InterruptedException {
        int calls;
        do {
            calls = mall.exportCalls.get();
            Thread.sleep(200);
        } while (calls != mall.exportCalls.get() || calls == 0);
    }

    @Test
    public void y7_aJobLeftOpenWaitsForItsConnectorAndThenResumes() throws Exception {
        mall.crashAfterSends = 5;
        Job started = engine.startExport(ACCOUNT, 3, "admin");
        awaitCallsStop();
        engine.close();
        mall.crashAfterSends = -1;

        ConnectorTracker late = new ConnectorTracker();
        engine = newEngine(late);
        Thread.sleep(300);
        assertThat(engine.get(started.id(), 0, 0).isFinished()).isFalse();
        late.addConnector(mall);
        Map<String, Object> props = Map.of(AccountProperties.ACCOUNT_ID, ACCOUNT, AccountProperties.MALL_ID, "fake");
        late.addExporter(mall, props);

        Job done = run(started);
        assertThat(done.state()).isEqualTo(Job.State.SUCCEEDED);
        assertThat(perOrder(mall.sent)).hasSize(ORDERS).allSatisfy((n, c) -> assertThat(c).isEqualTo(1));
    }

    @Test
    public void y7_anImportLeftOpenByARestartRunsItsQueryAgain() throws Exception {
        mall.mallOrders.add(FakeMall.order("F-new", NOW.minus(Duration.ofHours(50))));
        Job open = new Job("import-open", Job.Kind.IMPORT, ACCOUNT, "fake", Job.State.RUNNING, "admin", null,
                NOW, NOW, null, Job.Counts.ZERO, null, List.of());
        store.save(open);
        store.putParams(open.id(), JobResumer.importParams(new ImportQuery(NOW.minus(Duration.ofDays(10)), NOW,
                List.of(), ZoneId.of("Asia/Tokyo"))));
        engine.close();

        engine = newEngine(tracker);
        Job done = run(open);
        assertThat(done.state()).isEqualTo(Job.State.SUCCEEDED);
        // f3: the resumed run tells the connector the API option is not installed (the stored query says nothing)
        assertThat(mall.queries).hasSize(2).noneMatch(ImportQuery::apiOptionInstalled);
        assertThat(done.counts().imported()).isEqualTo(1);
        assertThat(done.counts().done()).isEqualTo(ORDERS + 1);
        assertThat(store.find(new OrderQuery(ACCOUNT, null, null, null, null, 0, 100)).total()).isEqualTo(ORDERS + 1);
    }

    @Test
    public void c3_cancelStopsAtTheNextOrderAndEveryUnsentOrderSaysWhoCancelled() throws Exception {
        CountDownLatch second = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        mall.beforeExport = () -> {
            if (mall.exportCalls.get() == 2) {
                second.countDown();
                await(release);
            }
        };
        Job started = engine.startExport(ACCOUNT, 3, "admin");
        assertThat(second.await(10, TimeUnit.SECONDS)).isTrue();
        Job asked = engine.cancel(started.id(), "suzuki");
        assertThat(asked.isFinished()).isFalse();
        release.countDown();

        Job done = run(started);
        assertThat(done.state()).isEqualTo(Job.State.CANCELLED);
        assertThat(done.message()).contains("suzuki");
        assertThat(mall.sent).hasSize(4);
        List<JobResult> results = engine.get(started.id(), 0, 1000).results();
        assertThat(results).hasSize(ORDERS);
        assertThat(results).filteredOn(r -> r.outcome() == JobResult.Outcome.SKIPPED).hasSize(ORDERS - 4)
                .allSatisfy(r -> assertThat(r.message()).contains("取り消されました", "suzuki"));
        assertThat(done.counts()).isEqualTo(new Job.Counts(ORDERS, ORDERS, 4, 0, ORDERS - 4, 0, 0));

        assertThatThrownBy(() -> engine.cancel(started.id(), "suzuki")).isInstanceOf(ConflictException.class)
                .extracting("field").isEqualTo("state");
        assertThatThrownBy(() -> engine.cancel("no-such-job", "suzuki")).isInstanceOf(NotFoundException.class);

        // the cancelled orders were never sent, so the next export sends them
        Job next = run(engine.startExport(ACCOUNT, 3, "admin"));
        assertThat(next.counts().sent()).isEqualTo(ORDERS - 4);
    }

    @Test
    public void c3_aCancelledImportStopsAtTheNextOrderAndKeepsWhatItStored() throws Exception {
        CountDownLatch fifth = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        int[] handed = {0};
        mall.beforeImportedOrder = () -> {
            if (++handed[0] == 5) {
                fifth.countDown();
                await(release);
            }
        };
        Job started = engine.startImport(ACCOUNT, null, null, "admin");
        assertThat(fifth.await(10, TimeUnit.SECONDS)).isTrue();
        engine.cancel(started.id(), "tanaka");
        release.countDown();

        Job done = run(started);
        assertThat(done.state()).isEqualTo(Job.State.CANCELLED);
        assertThat(done.message()).contains("tanaka");
        assertThat(done.counts().done()).as("four stored; the import stops before the fifth").isEqualTo(4);
        assertThat(store.find(new OrderQuery(ACCOUNT, null, null, null, null, 0, 100)).total()).isEqualTo(ORDERS);
    }

    @Test
    public void transientMallFailuresAreRetriedWithBackoffHonouringRetryAfter() throws Exception {
        mall.exportFaults.add(new MallException(MallException.Kind.RATE_LIMITED, "429", "Too Many Requests",
                Duration.ofSeconds(5), null));
        mall.exportFaults.add(new MallException(MallException.Kind.UNAVAILABLE, "503", "Service Unavailable", null, null));

        Job done = run(engine.startExport(ACCOUNT, 3, "admin"));

        assertThat(done.state()).isEqualTo(Job.State.SUCCEEDED);
        assertThat(done.counts().sent()).isEqualTo(ORDERS);
        // Retry-After 5 s beats the jitter; then half of the doubled 100 ms ceiling
        assertThat(sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofMillis(100));
        assertThat(perOrder(mall.sent)).allSatisfy((n, c) -> assertThat(c).isEqualTo(1));
    }

    @Test
    public void aBatchWhoseRetriesRunOutFailsEachOrderWithTheMallsMessageAndTheOthersAreSent() throws Exception {
        for (int i = 0; i < 3; i++) {
            mall.exportFaults.add(new MallException(MallException.Kind.UNAVAILABLE, "503", "メンテナンス中", null, null));
        }
        Job done = run(engine.startExport(ACCOUNT, 3, "admin"));

        assertThat(done.state()).isEqualTo(Job.State.SUCCEEDED);
        assertThat(done.counts().failed()).isEqualTo(2);
        assertThat(done.counts().sent()).isEqualTo(ORDERS - 2);
        assertThat(engine.get(done.id(), 0, 1000).results()).filteredOn(r -> r.outcome() == JobResult.Outcome.FAILED)
                .allSatisfy(r -> assertThat(r.message()).contains("メンテナンス中", "503", "after 3 attempts"));
        assertThat(sleeps).hasSize(2);
    }

    @Test
    public void aRejectedCredentialIsNotRetriedAndAbortsTheRest() throws Exception {
        mall.exportFaults.add(new MallException(MallException.Kind.CREDENTIAL_REJECTED, "401", "invalid token", null,
                null));
        Job done = run(engine.startExport(ACCOUNT, 3, "admin"));
        assertThat(done.state()).isEqualTo(Job.State.FAILED);
        assertThat(done.counts().failed()).isEqualTo(ORDERS);
        assertThat(mall.exportCalls.get()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    public void theOutboxSendsAChangedOrderAgainAndNeverAnUnchangedOne() throws Exception {
        run(engine.startExport(ACCOUNT, 3, "admin"));
        ship("F-07", "T-07-new");

        Job second = run(engine.startExport(ACCOUNT, 3, "admin"));

        assertThat(second.counts().sent()).isEqualTo(1);
        assertThat(second.counts().skipped()).isEqualTo(ORDERS - 1);
        assertThat(engine.get(second.id(), 0, 1000).results()).filteredOn(r -> r.outcome() == JobResult.Outcome.SENT)
                .extracting(JobResult::mallOrderNumber).containsExactly("F-07");
        assertThat(store.lastSentVersion(byNumber("F-07").id())).isEqualTo(byNumber("F-07").version());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
