package io.orderhub.core.internal.sync;

import io.orderhub.core.internal.connector.ConnectorTracker;
import io.orderhub.core.internal.order.StoreOrderService;
import io.orderhub.core.internal.store.jdbc.JdbcStore;
import io.orderhub.core.internal.store.jdbc.TestDatabases;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.service.CarrierConversion;
import io.orderhub.core.service.ConflictException;
import io.orderhub.core.service.ConversionsUpdate;
import io.orderhub.core.service.ConversionsView;
import io.orderhub.core.service.ExportExplanation;
import io.orderhub.core.service.ExportPreview;
import io.orderhub.core.service.ExportReason;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.OrderUpdate;
import io.orderhub.core.service.StatusMappingEntry;
import io.orderhub.core.service.StatusMappingView;
import io.orderhub.core.service.StatusRuleUpdate;
import io.orderhub.core.service.TimeSlotConversion;
import io.orderhub.core.service.ValidationException;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.ConversionTables;
import io.orderhub.core.spi.MallCarrier;
import io.orderhub.core.spi.MallStatusChoice;
import io.orderhub.core.spi.StatusMappingModel;
import io.orderhub.core.spi.StatusRule;
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

/** Status mapping, conversion tables, S2 and explanations, through the engine on H2. */
public class ExportRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    private static final String ACCOUNT = "fake-shop";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private JdbcStore store;
    private FakeMall mall;
    private ConnectorTracker tracker;
    private SyncEngine engine;
    private ExportRulesManager rules;
    private StoreOrderService orders;

    @Before
    public void setUp() throws Exception {
        store = new JdbcStore(TestDatabases.h2Memory());
        mall = new FakeMall(ACCOUNT);
        tracker = new ConnectorTracker();
        tracker.addConnector(mall);
        Map<String, Object> props = Map.of(AccountProperties.ACCOUNT_ID, ACCOUNT, AccountProperties.MALL_ID, "fake");
        tracker.addImporter(mall, props);
        tracker.addExporter(mall, props);
        Map<String, Object> settings = Map.of(AccountProperties.ACCOUNT_ID, ACCOUNT, AccountProperties.MALL_ID, "fake",
                AccountProperties.DAYS_TO_FETCH, 10, AccountProperties.ZONE, "Asia/Tokyo");
        io.orderhub.core.internal.account.AccountDirectory accounts = id -> {
            if (!id.equals(ACCOUNT)) {
                throw new NotFoundException("account", id);
            }
            return settings;
        };
        engine = new SyncEngine(store, store, tracker, accounts, store, clock, 2, ImportStorage.plain(store));
        rules = new ExportRulesManager(store, store, tracker, accounts, store, clock);
        orders = new StoreOrderService(store, clock);
        for (int i = 1; i <= 5; i++) {
            mall.mallOrders.add(FakeMall.order("F-" + i, NOW.minus(Duration.ofDays(i))));
        }
        Job imported = engine.await(engine.startImport(ACCOUNT, null, null, "admin").id(), Duration.ofSeconds(20));
        assertThat(imported.counts().imported()).isEqualTo(5);
    }

    @After
    public void tearDown() {
        engine.close();
    }

    private Order byNumber(String number) {
        return store.findByNumber(ACCOUNT, number).orElseThrow();
    }

    private void ship(String number, String status, String carrier) {
        orders.update(byNumber(number).id(), OrderUpdate.builder().status(status).shipDate(LocalDate.of(2026, 11, 22))
                .carrier(carrier).trackingNumbers(List.of("1234-" + number)).build(), "operator");
    }

    private static StatusMappingModel yahooLike() {
        List<MallStatusChoice> order = List.of(new MallStatusChoice("2", "処理中"), new MallStatusChoice("3", "保留"),
                new MallStatusChoice("5", "完了"));
        List<MallStatusChoice> ship = List.of(new MallStatusChoice("1", "出荷可"), new MallStatusChoice("2", "出荷処理中"),
                new MallStatusChoice("3", "出荷済み"));
        return new StatusMappingModel(order, ship, Map.of("NEW", StatusRule.NOT_TARGET, "CANCELLED",
                StatusRule.NOT_TARGET, "DONE", new StatusRule(true, "5", "3")), new StatusRule(true, "2", "2"));
    }

    // ------------------------------------------------------------ status mapping

    @Test
    public void f11_onlyTheStatusesChosenInTheMappingAreExportedAndTheOthersSaySo() throws Exception {
        mall.model = StatusMappingModel.onlyTargets(OrderStatus.DONE);
        ship("F-1", "DONE", "ヤマト運輸");
        ship("F-2", "AWAITING_SHIPMENT", "ヤマト運輸");

        ExportPreview preview = engine.preview(ACCOUNT, 3);
        assertThat(preview.targets()).extracting(e -> e.mallOrderNumber()).containsExactly("F-1");
        assertThat(preview.excluded()).singleElement().satisfies(e -> assertThat(e.reasons())
                .anySatisfy(r -> assertThat(r).contains("発送待ち").contains("紐付け設定")));

        rules.updateStatusMapping(ACCOUNT, List.of(new StatusRuleUpdate("発送待ち", true, null, null)));
        Job job = engine.await(engine.startExport(ACCOUNT, 3, "admin").id(), Duration.ofSeconds(20));
        assertThat(job.counts().sent()).isEqualTo(2);
        assertThat(mall.sent).containsExactlyInAnyOrder("F-1", "F-2");
    }

    @Test
    public void f9_aStatusDisabledInTheMappingIsNotExportedAndTheExportResultSaysSo() throws Exception {
        mall.model = yahooLike();
        ship("F-1", "AWAITING_SHIPMENT", "ヤマト運輸");
        rules.updateStatusMapping(ACCOUNT, List.of(new StatusRuleUpdate("AWAITING_SHIPMENT", false, null, null)));

        Job job = engine.await(engine.startExport(ACCOUNT, 3, "admin").id(), Duration.ofSeconds(20));
        assertThat(mall.sent).isEmpty();
        assertThat(job.results()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(JobResult.Outcome.SKIPPED);
            assertThat(r.message()).contains("紐付け設定");
        });
    }

    @Test
    public void y5_theMappingShowsEveryStatusWithTheMallsDefaultsAndChoicesAndTakesChangesByLabel() {
        mall.model = yahooLike();
        store.addCustomStatus(new OrderStatus("GIFT_CHECK", "ギフト確認", false));

        StatusMappingView view = rules.statusMapping(ACCOUNT);
        assertThat(view.mallStatuses()).isTrue();
        assertThat(view.shipStatusChoices()).extracting(MallStatusChoice::labelJa).contains("出荷済み");
        assertThat(view.rows()).extracting(StatusMappingEntry::status).containsExactly("NEW",
                "AWAITING_PAYMENT_BEFORE_SHIPPING", "AWAITING_SHIPMENT", "AWAITING_PAYMENT_AFTER_SHIPPING", "ON_HOLD",
                "DONE", "CANCELLED", "GIFT_CHECK");
        assertThat(row(view, "DONE")).satisfies(r -> {
            assertThat(r.orderStatusLabel()).isEqualTo("完了");
            assertThat(r.shipStatusLabel()).isEqualTo("出荷済み");
            assertThat(r.customized()).isFalse();
        });
        assertThat(row(view, "GIFT_CHECK").orderStatus()).isEqualTo("2");

        StatusMappingView changed = rules.updateStatusMapping(ACCOUNT,
                List.of(new StatusRuleUpdate("ギフト確認", true, "保留", "出荷可")));
        assertThat(row(changed, "GIFT_CHECK")).satisfies(r -> {
            assertThat(r.orderStatus()).isEqualTo("3");
            assertThat(r.shipStatus()).isEqualTo("1");
            assertThat(r.customized()).isTrue();
        });
        ship("F-1", "GIFT_CHECK", "ヤマト運輸");
        engine.preview(ACCOUNT, 3);
        assertThat(mall.lastContext.statusMapping().rule("GIFT_CHECK")).isEqualTo(new StatusRule(true, "3", "1"));

        assertThat(row(rules.resetStatusMapping(ACCOUNT), "GIFT_CHECK").orderStatus()).isEqualTo("2");
    }

    @Test
    public void y5_badMappingInputNamesTheFieldAndChangesNothing() {
        mall.model = yahooLike();
        assertThatThrownBy(() -> rules.updateStatusMapping(ACCOUNT, List.of(
                new StatusRuleUpdate("DONE", true, "2", "2"),
                new StatusRuleUpdate("NO_SUCH", true, "2", "2"))))
                .isInstanceOf(ValidationException.class).extracting("field").isEqualTo("rows[1].status");
        assertThatThrownBy(() -> rules.updateStatusMapping(ACCOUNT, List.of(
                new StatusRuleUpdate("DONE", true, "2", "着荷済み"))))
                .isInstanceOf(ValidationException.class).extracting("field").isEqualTo("rows[0].shipStatus");
        assertThatThrownBy(() -> rules.updateStatusMapping(ACCOUNT, List.of(new StatusRuleUpdate("NEW", true, null, null))))
                .isInstanceOf(ValidationException.class).extracting("field").isEqualTo("rows[0].orderStatus");
        assertThat(store.statusRules(ACCOUNT)).isEmpty();
        assertThat(row(rules.statusMapping(ACCOUNT), "DONE").orderStatus()).isEqualTo("5");
    }

    @Test
    public void aMallWithoutStatusesRefusesAMallStatus() {
        assertThatThrownBy(() -> rules.updateStatusMapping(ACCOUNT, List.of(new StatusRuleUpdate("DONE", true, "5", null))))
                .isInstanceOf(ValidationException.class).extracting("field").isEqualTo("rows[0].orderStatus");
    }

    @Test
    public void theMappingOfAnAccountWithoutItsConnectorIsAConflict() {
        tracker.removeConnector(mall);
        assertThatThrownBy(() -> rules.statusMapping(ACCOUNT)).isInstanceOf(ConflictException.class);
    }

    // ------------------------------------------------------------ conversions

    @Test
    public void d7_anOrderWhoseCarrierHasNoMallCodeIsNotSentAndItsResultSaysWhich() throws Exception {
        mall.conversions = new ConversionTables(Map.of("ヤマト運輸", new MallCarrier("01", "ヤマト運輸"),
                "西濃運輸", new MallCarrier("", null)), ConversionTables.UnlistedCarrier.NOT_SENT, null, Map.of(), null,
                List.of());
        ship("F-1", "DONE", "ヤマト運輸");
        ship("F-2", "DONE", "西濃運輸");
        ship("F-3", "DONE", "福山通運");

        Job job = engine.await(engine.startExport(ACCOUNT, 3, "admin").id(), Duration.ofSeconds(20));
        assertThat(mall.sent).containsExactly("F-1");
        assertThat(job.results()).filteredOn(r -> r.mallOrderNumber().equals("F-2")).singleElement()
                .satisfies(r -> {
                    assertThat(r.outcome()).isEqualTo(JobResult.Outcome.SKIPPED);
                    assertThat(r.message()).contains("西濃運輸").contains("配送会社コードが空");
                });
        assertThat(job.results()).filteredOn(r -> r.mallOrderNumber().equals("F-3")).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("福山通運").contains("変換表にありません"));
    }

    @Test
    public void c2_theAccountsTableOverridesTheMallsDefaultsAndReachesTheConnector() throws Exception {
        mall.conversions = new ConversionTables(Map.of("ヤマト運輸", new MallCarrier("1001", "ヤマト運輸")),
                ConversionTables.UnlistedCarrier.NOT_SENT, null, Map.of("午前中", "0812"), null,
                List.of(new MallStatusChoice("101", "メーカー直送")));
        ConversionsView view = rules.updateConversions(ACCOUNT, new ConversionsUpdate(
                List.of(new CarrierConversion("福山通運", "1006", "福山通運", false)), null,
                List.of(new TimeSlotConversion("14-16時", "1416", false)), null, "メーカー直送"));
        assertThat(view.carriers()).extracting(CarrierConversion::carrier).containsExactly("ヤマト運輸", "福山通運");
        assertThat(view.carriers()).filteredOn(CarrierConversion::customized).extracting(CarrierConversion::mallCode)
                .containsExactly("1006");
        assertThat(view.noTrackingReason()).isEqualTo("101");

        ship("F-1", "DONE", "福山通運");
        assertThat(engine.preview(ACCOUNT, 3).targets()).hasSize(1);
        ConversionTables handed = mall.lastContext.conversions();
        assertThat(handed.carrier("福山通運")).contains(new MallCarrier("1006", "福山通運"));
        assertThat(handed.timeSlot("午前中")).contains("0812");
        assertThat(handed.timeSlot("14-16時")).contains("1416");
        assertThat(handed.noTrackingReason()).isEqualTo("101");

        ConversionsView removed = rules.updateConversions(ACCOUNT, new ConversionsUpdate(null, List.of("福山通運"),
                null, null, ""));
        assertThat(removed.carriers()).extracting(CarrierConversion::carrier).containsExactly("ヤマト運輸");
        assertThat(removed.noTrackingReason()).isNull();
    }

    @Test
    public void c2_badConversionInputNamesTheFieldAndChangesNothing() {
        assertThatThrownBy(() -> rules.updateConversions(ACCOUNT, new ConversionsUpdate(
                List.of(new CarrierConversion("佐川急便", "1002", null, false), new CarrierConversion(" ", "1", null, false)),
                null, null, null, null))).isInstanceOf(ValidationException.class).extracting("field")
                .isEqualTo("carriers[1].carrier");
        assertThatThrownBy(() -> rules.updateConversions(ACCOUNT, new ConversionsUpdate(null, null, null, null, "101")))
                .isInstanceOf(ValidationException.class).extracting("field").isEqualTo("noTrackingReason");
        assertThatThrownBy(() -> rules.updateConversions(ACCOUNT, new ConversionsUpdate(null, List.of("ヤマト運輸"),
                null, null, null))).isInstanceOf(ValidationException.class).extracting("field")
                .isEqualTo("removeCarriers[0]");
        assertThat(store.conversions(ACCOUNT).carriers()).isEmpty();
    }

    // ------------------------------------------------------------ S2

    @Test
    public void s2_aNeverUpdatedOrderIsATargetWhileItsOrderDateIsWithinTheMallsDays() throws Exception {
        mall.neverUpdatedDays = 4;
        ExportPreview preview = engine.preview(ACCOUNT, 3);
        // imported, never touched: F-1..F-3 within 4 days; F-4 and F-5 not
        assertThat(preview.excluded()).extracting(e -> e.mallOrderNumber()).contains("F-1", "F-2", "F-3")
                .doesNotContain("F-5");
        assertThat(preview.excluded()).allSatisfy(e -> assertThat(e.reasons()).noneMatch(r -> r.contains("取込後")));
        ExportExplanation old = rules.explain(ACCOUNT, "F-5", 3);
        assertThat(old.reasons()).extracting(ExportReason::code).contains(ExportReason.NEVER_UPDATED);
        assertThat(old.reasons()).extracting(ExportReason::message).anySatisfy(m -> assertThat(m).contains("S2"));

        mall.neverUpdatedDays = 0;
        assertThat(engine.preview(ACCOUNT, 3).excluded()).isEmpty();
    }

    // ------------------------------------------------------------ explanations

    @Test
    public void f7_explanationGivesEveryReasonWithDatesAndTheSameAsThePreview() throws Exception {
        mall.model = StatusMappingModel.onlyTargets(OrderStatus.DONE);
        mall.conversions = new ConversionTables(Map.of(), ConversionTables.UnlistedCarrier.NOT_SENT, null, Map.of(),
                null, List.of());
        orders.update(byNumber("F-2").id(), OrderUpdate.builder().status("AWAITING_SHIPMENT").carrier("謎の便").build(),
                "operator");

        ExportExplanation e = rules.explain(byNumber("F-2").id(), null, 3);
        assertThat(e.target()).isFalse();
        assertThat(e.accountId()).isEqualTo(ACCOUNT);
        assertThat(e.reasons()).extracting(ExportReason::code).containsExactly(ExportReason.STATUS_NOT_ENABLED,
                ExportReason.CARRIER_NOT_CONVERTED, ExportReason.MALL_RULE, ExportReason.MALL_RULE);
        assertThat(e.reasons()).extracting(ExportReason::message).contains("追跡番号が未入力です", "出荷日が未入力です");
        List<String> preview = engine.preview(ACCOUNT, 3).excluded().get(0).reasons();
        assertThat(preview).isEqualTo(e.reasons().stream().map(ExportReason::message).toList());

        ExportExplanation untouched = rules.explain(ACCOUNT, "F-4", 3);
        assertThat(untouched.reasons()).extracting(ExportReason::code).contains(ExportReason.NEVER_UPDATED);
    }

    @Test
    public void explanationOfAnOrderOutsideThePeriodGivesTheDatesAndTheHint() throws Exception {
        ship("F-1", "DONE", "ヤマト運輸");
        Clock later = Clock.fixed(NOW.plus(Duration.ofDays(5)), ZoneOffset.UTC);
        ExportRulesManager afterFiveDays = new ExportRulesManager(store, store, tracker, id -> Map.of(
                AccountProperties.ACCOUNT_ID, ACCOUNT, AccountProperties.MALL_ID, "fake",
                AccountProperties.ZONE, "Asia/Tokyo"), store, later);
        ExportExplanation e = afterFiveDays.explain(byNumber("F-1").id(), ACCOUNT, 3);
        assertThat(e.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ExportReason.OUTSIDE_CREATION_PERIOD);
            assertThat(r.message()).contains("2026-11-23 12:00").contains("2026-11-25 12:00").contains("作成期間を広げる");
        });
    }

    @Test
    public void explanationSaysTargetSentAlreadyAndConnectorMissing() throws Exception {
        ship("F-1", "DONE", "ヤマト運輸");
        ExportExplanation target = rules.explain(byNumber("F-1").id(), null, null);
        assertThat(target.target()).isTrue();
        assertThat(target.fields()).containsEntry("tracking", "1234-F-1");

        engine.await(engine.startExport(ACCOUNT, 3, "admin").id(), Duration.ofSeconds(20));
        assertThat(rules.explain(byNumber("F-1").id(), null, null).reasons()).extracting(ExportReason::code)
                .containsExactly(ExportReason.ALREADY_SENT);

        tracker.removeConnector(mall);
        tracker.removeExporter(mall, Map.of(AccountProperties.ACCOUNT_ID, ACCOUNT));
        assertThat(rules.explain(byNumber("F-1").id(), null, null).reasons()).extracting(ExportReason::code)
                .contains(ExportReason.CONNECTOR_NOT_INSTALLED);
    }

    @Test
    public void explanationForAnotherAccountOrAnUnknownOrderOrBadDays() {
        assertThatThrownBy(() -> rules.explain(999_999L, null, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rules.explain(byNumber("F-1").id(), null, 14)).isInstanceOf(ValidationException.class)
                .extracting("field").isEqualTo("days");
        assertThatThrownBy(() -> rules.explain(byNumber("F-1").id(), "nobody", null))
                .isInstanceOf(NotFoundException.class);
    }

    private static StatusMappingEntry row(StatusMappingView view, String status) {
        return view.rows().stream().filter(r -> r.status().equals(status)).findFirst().orElseThrow();
    }
}
