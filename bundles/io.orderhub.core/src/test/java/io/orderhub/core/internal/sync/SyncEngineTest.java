package io.orderhub.core.internal.sync;

import io.orderhub.core.spi.MallCapability;
import io.orderhub.core.spi.MallDescriptor;
import io.orderhub.core.internal.connector.ConnectorTracker;
import io.orderhub.core.internal.order.StoreOrderService;
import io.orderhub.core.internal.store.jdbc.TestDatabases;
import io.orderhub.core.internal.store.jdbc.JdbcStore;
import io.orderhub.core.model.Order;
import io.orderhub.core.service.ConflictException;
import io.orderhub.core.service.ExportPreview;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;
import io.orderhub.core.service.OrderQuery;
import io.orderhub.core.service.OrderUpdate;
import io.orderhub.core.service.ValidationException;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.MallException;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class SyncEngineTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final String ACCOUNT = "fake-shop";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private JdbcStore store;
    private FakeMall mall;
    private ConnectorTracker tracker;
    private SyncEngine engine;
    private StoreOrderService orders;

    @Before
    public void setUp() {
        store = new JdbcStore(TestDatabases.h2Memory());
        mall = new FakeMall(ACCOUNT);
        tracker = new ConnectorTracker();
        tracker.addConnector(mall);
        Map<String, Object> props = Map.of(AccountProperties.ACCOUNT_ID, ACCOUNT, AccountProperties.MALL_ID, "fake");
        tracker.addImporter(mall, props);
        tracker.addExporter(mall, props);
        Map<String, Object> settings = Map.of(AccountProperties.ACCOUNT_ID, ACCOUNT, AccountProperties.MALL_ID, "fake",
                AccountProperties.DAYS_TO_FETCH, 10, AccountProperties.ZONE, "Asia/Tokyo");
        engine = new SyncEngine(store, store, tracker, id -> {
            if (!id.equals(ACCOUNT)) {
                throw new io.orderhub.core.service.NotFoundException("account", id);
            }
            return settings;
        }, clock, 2);
        orders = new StoreOrderService(store, clock);
        for (int i = 1; i <= 5; i++) {
            mall.mallOrders.add(FakeMall.order("F-" + i, NOW.minus(Duration.ofDays(i))));
        }
        mall.mallOrders.add(FakeMall.order("F-old", NOW.minus(Duration.ofDays(30))));
    }

    @After
    public void tearDown() {
        engine.close();
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

    @Test
    public void importOfTheDefaultDaysStoresEachOrderOnceAndRecordsAResultPerOrder() throws Exception {
        Job first = run(engine.startImport(ACCOUNT, null, null, "admin"));
        assertThat(first.state()).isEqualTo(Job.State.SUCCEEDED);
        assertThat(first.counts().imported()).isEqualTo(5);
        assertThat(first.results()).extracting(JobResult::mallOrderNumber).containsExactlyInAnyOrder("F-1", "F-2", "F-3", "F-4", "F-5");

        Job second = run(engine.startImport(ACCOUNT, null, null, "admin"));
        assertThat(second.results()).extracting(JobResult::outcome).containsOnly(JobResult.Outcome.UNCHANGED);
        assertThat(store.find(new OrderQuery(ACCOUNT, null, null, null, null, 0, 100)).total()).isEqualTo(5);
    }

    @Test
    public void importByDateRangeUsesShopDays() throws Exception {
        Job job = run(engine.startImport(ACCOUNT, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 23), "admin"));
        assertThat(job.counts().imported()).isEqualTo(6);
    }

    @Test
    public void importRejectsImpossibleRangesNamingTheField() {
        assertThatThrownBy(() -> engine.startImport(ACCOUNT, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 1), "a"))
                .isInstanceOf(ValidationException.class).extracting("field").isEqualTo("to");
        assertThatThrownBy(() -> engine.startImport(ACCOUNT, LocalDate.of(2026, 11, 20), null, "a"))
                .isInstanceOf(ValidationException.class).extracting("field").isEqualTo("to");
        assertThatThrownBy(() -> engine.startImport(ACCOUNT, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), "a"))
                .isInstanceOf(ValidationException.class).extracting("field").isEqualTo("from");
    }

    @Test
    public void aMallFailureFailsTheImportWithTheMallsMessageAndKeepsWhatWasStored() throws Exception {
        mall.failImport = new MallException(MallException.Kind.UNAVAILABLE, "503", "メンテナンス中", null, null);
        mall.failImportAfter = 2;
        Job job = run(engine.startImport(ACCOUNT, null, null, "admin"));
        assertThat(job.state()).isEqualTo(Job.State.FAILED);
        assertThat(job.message()).contains("メンテナンス中").contains("503");
        assertThat(job.counts().imported()).isEqualTo(2);
    }

    @Test
    public void anAccountWithoutItsConnectorCannotRun() {
        tracker.removeImporter(mall, Map.of(AccountProperties.ACCOUNT_ID, ACCOUNT));
        tracker.removeExporter(mall, Map.of(AccountProperties.ACCOUNT_ID, ACCOUNT));
        assertThatThrownBy(() -> engine.startImport(ACCOUNT, null, null, "a")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> engine.preview(ACCOUNT, 3)).isInstanceOf(ConflictException.class);
    }

    @Test
    public void y2_previewListsTargetsWithWhatWouldBeSentAndExcludedOrdersWithReasons() throws Exception {
        run(engine.startImport(ACCOUNT, null, null, "admin"));
        ship("F-1", "1234-5678-9012");
        orders.update(byNumber("F-2").id(), OrderUpdate.builder().status("DONE").build(), "operator");

        ExportPreview preview = engine.preview(ACCOUNT, 3);
        assertThat(preview.targets()).singleElement().satisfies(t -> {
            assertThat(t.mallOrderNumber()).isEqualTo("F-1");
            assertThat(t.fields()).containsEntry("tracking", "1234-5678-9012");
        });
        assertThat(preview.excluded()).singleElement().satisfies(e -> {
            assertThat(e.mallOrderNumber()).isEqualTo("F-2");
            assertThat(e.reasons()).contains("追跡番号が未入力です", "出荷日が未入力です");
        });
        assertThat(mall.sent).as("a preview sends nothing").isEmpty();
    }

    @Test
    public void f7_anOrderNotTouchedSinceImportIsNoExportTarget() throws Exception {
        run(engine.startImport(ACCOUNT, null, null, "admin"));
        assertThat(engine.preview(ACCOUNT, 13).targets()).isEmpty();
        assertThat(engine.preview(ACCOUNT, 13).excluded()).isEmpty();
    }

    @Test
    public void exportSendsTargetsRecordsSkipsAndNeverResendsAnUnchangedOrder() throws Exception {
        run(engine.startImport(ACCOUNT, null, null, "admin"));
        ship("F-1", "111");
        ship("F-3", "333");
        orders.update(byNumber("F-2").id(), OrderUpdate.builder().status("DONE").build(), "operator");

        Job job = run(engine.startExport(ACCOUNT, 3, "admin"));
        assertThat(job.state()).isEqualTo(Job.State.SUCCEEDED);
        assertThat(mall.sent).containsExactlyInAnyOrder("F-1", "F-3");
        assertThat(job.counts().sent()).isEqualTo(2);
        assertThat(job.counts().skipped()).isEqualTo(1);
        assertThat(job.results()).filteredOn(r -> r.mallOrderNumber().equals("F-2")).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("追跡番号が未入力です"));

        Job again = run(engine.startExport(ACCOUNT, 3, "admin"));
        assertThat(mall.sent).hasSize(2);
        assertThat(again.results()).filteredOn(r -> r.mallOrderNumber().equals("F-1")).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo(JobResult.Outcome.SKIPPED));

        orders.update(byNumber("F-1").id(), OrderUpdate.builder().trackingNumbers(List.of("111-b")).build(), "operator");
        run(engine.startExport(ACCOUNT, 3, "admin"));
        assertThat(mall.sent).containsExactlyInAnyOrder("F-1", "F-3", "F-1");
        assertThat(store.history(byNumber("F-1").id())).extracting(c -> c.kind()).contains("EXPORTED");
    }

    @Test
    public void oneOrdersMallErrorIsRecordedWithTheMallsMessageAndTheOthersAreSent() throws Exception {
        run(engine.startImport(ACCOUNT, null, null, "admin"));
        ship("F-1", "111");
        ship("F-2", "222");
        ship("F-3", "333");
        mall.refusals.put("F-2", "tracking number is invalid");
        Job job = run(engine.startExport(ACCOUNT, 3, "admin"));
        assertThat(job.counts().sent()).isEqualTo(2);
        assertThat(job.counts().failed()).isEqualTo(1);
        assertThat(job.results()).filteredOn(r -> r.outcome() == JobResult.Outcome.FAILED).singleElement()
                .satisfies(r -> {
                    assertThat(r.mallOrderNumber()).isEqualTo("F-2");
                    assertThat(r.message()).isEqualTo("tracking number is invalid");
                    assertThat(r.failedCall()).isEqualTo("ship");
                });
    }

    @Test
    public void aRejectedCredentialFailsTheJobAndRecordsEveryTargetAsNotSent() throws Exception {
        run(engine.startImport(ACCOUNT, null, null, "admin"));
        ship("F-1", "111");
        ship("F-2", "222");
        ship("F-3", "333");
        mall.failExport = new MallException(MallException.Kind.CREDENTIAL_REJECTED, "401", "Invalid API key", null, null);
        Job job = run(engine.startExport(ACCOUNT, 3, "admin"));
        assertThat(job.state()).isEqualTo(Job.State.FAILED);
        assertThat(job.message()).contains("Invalid API key");
        assertThat(job.counts().failed()).isEqualTo(3);
        assertThat(job.results()).allSatisfy(r -> assertThat(r.message()).contains("Invalid API key"));
    }

    @Test
    public void y1_anOrderPlacedMoreThanAYearAgoIsNotExportedEvenWhenJustUpdated() throws Exception {
        mall.mallOrders.add(FakeMall.order("F-ancient", NOW.minus(Duration.ofDays(400))));
        run(engine.startImport(ACCOUNT, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31), "admin"));
        ship("F-ancient", "999");
        assertThat(engine.preview(ACCOUNT, 3).targets()).isEmpty();
        run(engine.startExport(ACCOUNT, 3, "admin"));
        assertThat(mall.sent).doesNotContain("F-ancient");
    }

    @Test
    public void y1_exportRefusesACreationPeriodOutsideOneToThirteen() {
        assertThatThrownBy(() -> engine.startExport(ACCOUNT, 14, "a")).isInstanceOf(ValidationException.class)
                .extracting("field").isEqualTo("days");
        assertThatThrownBy(() -> engine.preview(ACCOUNT, 0)).isInstanceOf(ValidationException.class)
                .extracting("field").isEqualTo("days");
    }

    @Test
    public void jobsCanBeReadBackAndListed() throws Exception {
        Job job = run(engine.startImport(ACCOUNT, null, null, "admin"));
        assertThat(engine.get(job.id()).results()).hasSize(5);
        assertThat(engine.list(ACCOUNT, 10)).extracting(Job::id).contains(job.id());
    }

    @Test
    public void d3_anOrderWhoseStatusMoveFailedIsMovedAtTheNextImportWithoutBeingImportedTwice() throws Exception {
        FakeMall ackMall = new FakeMall("ack-shop");
        ackMall.descriptor = new MallDescriptor("fake-ack", "確認モール", "Acknowledging mall",
                java.util.Set.of(MallCapability.IMPORT_BY_DATE_RANGE, MallCapability.ACKNOWLEDGE_ON_IMPORT),
                "io.orderhub.connector.fakeack.account", List.of(), 1);
        ConnectorTracker ackTracker = new ConnectorTracker();
        ackTracker.addConnector(ackMall);
        Map<String, Object> props = Map.of(AccountProperties.ACCOUNT_ID, "ack-shop", AccountProperties.MALL_ID, "fake-ack");
        ackTracker.addImporter(ackMall, props);
        Map<String, Object> settings = Map.of(AccountProperties.ACCOUNT_ID, "ack-shop",
                AccountProperties.MALL_ID, "fake-ack", AccountProperties.DAYS_TO_FETCH, 10);
        SyncEngine ackEngine = new SyncEngine(store, store, ackTracker, id -> settings, clock, 1);
        try {
            ackMall.mallOrders.add(FakeMall.order("A-1", NOW.minus(Duration.ofDays(1))));
            ackMall.mallOrders.add(FakeMall.order("A-2", NOW.minus(Duration.ofDays(1))));
            ackMall.refuseAcknowledge.add("A-2");

            Job first = ackEngine.await(ackEngine.startImport("ack-shop", null, null, "tester").id(), Duration.ofSeconds(20));
            assertThat(first.results()).filteredOn(r -> r.outcome() == JobResult.Outcome.FAILED)
                    .singleElement().satisfies(r -> assertThat(r.message()).contains("status move refused"));
            assertThat(ackMall.acknowledged).containsExactly("A-1");

            // the mall still lists A-2 as awaiting confirmation: the next run finds it stored and moves it now
            ackMall.mallOrders.removeIf(o -> o.mallOrderNumber().equals("A-1"));
            Job second = ackEngine.await(ackEngine.startImport("ack-shop", null, null, "tester").id(), Duration.ofSeconds(20));
            assertThat(second.results()).extracting(JobResult::mallOrderNumber, JobResult::outcome)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("A-2", JobResult.Outcome.UNCHANGED));
            assertThat(ackMall.acknowledged).containsExactly("A-1", "A-2");
            assertThat(store.findByNumber("ack-shop", "A-2")).isPresent();
        } finally {
            ackEngine.close();
        }
    }
}
