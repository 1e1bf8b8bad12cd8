package io.orderhub.shell.internal;

import io.orderhub.core.service.CarrierConversion;
import io.orderhub.core.service.ConversionsUpdate;
import io.orderhub.core.service.ConversionsView;
import io.orderhub.core.service.ExportExplanation;
import io.orderhub.core.service.ExportReason;
import io.orderhub.core.service.ExportRulesService;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.StatusMappingEntry;
import io.orderhub.core.service.StatusMappingView;
import io.orderhub.core.service.StatusRuleUpdate;
import io.orderhub.core.service.TimeSlotConversion;
import io.orderhub.core.service.ValidationException;
import io.orderhub.core.spi.MallStatusChoice;
import org.apache.karaf.shell.api.console.CommandLine;
import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.orderhub.shell.internal.MallAndAccountCommandsTest.assertOneErrorLine;
import static org.assertj.core.api.Assertions.assertThat;

/** mapping-list, mapping-set, conversion-list, conversion-set, why and the mall status completer. */
public class ExportRulesCommandsTest {

    private static final List<MallStatusChoice> ORDER = List.of(new MallStatusChoice("2", "処理中"),
            new MallStatusChoice("3", "保留"), new MallStatusChoice("5", "完了"));
    private static final List<MallStatusChoice> SHIP = List.of(new MallStatusChoice("1", "出荷可"),
            new MallStatusChoice("2", "出荷処理中"), new MallStatusChoice("3", "出荷済み"));

    /** A Yahoo!-like account "my-yahoo": mall statuses with choices, checked like the core checks them. */
    static final class Rules implements ExportRulesService {
        final Map<String, String[]> rows = new LinkedHashMap<>();
        final List<ConversionsUpdate> conversionUpdates = new ArrayList<>();
        final List<String> explained = new ArrayList<>();
        boolean reset;

        Rules() {
            rows.put("AWAITING_SHIPMENT", new String[] {"発送待ち", "true", "2", "2"});
            rows.put("DONE", new String[] {"処理済", "true", "5", "3"});
            rows.put("NEW", new String[] {"新規受付", "false", null, null});
        }

        private void account(String id) {
            if (!id.equals("my-yahoo")) {
                throw new NotFoundException("account", id);
            }
        }

        @Override
        public StatusMappingView statusMapping(String accountId) {
            account(accountId);
            List<StatusMappingEntry> list = new ArrayList<>();
            rows.forEach((code, r) -> list.add(new StatusMappingEntry(code, r[0], true, Boolean.parseBoolean(r[1]), r[2],
                    label(ORDER, r[2]), r[3], label(SHIP, r[3]), code.equals("DONE"))));
            return new StatusMappingView(accountId, "yahoo", true, ORDER, SHIP, list);
        }

        private static String label(List<MallStatusChoice> choices, String code) {
            return choices.stream().filter(c -> c.code().equals(code)).map(MallStatusChoice::labelJa).findFirst()
                    .orElse(null);
        }

        private static String code(List<MallStatusChoice> choices, String given, String field) {
            return choices.stream().filter(c -> c.code().equals(given) || c.labelJa().equals(given))
                    .map(MallStatusChoice::code).findFirst()
                    .orElseThrow(() -> new ValidationException(field, "「" + given + "」は選べません"));
        }

        @Override
        public StatusMappingView updateStatusMapping(String accountId, List<StatusRuleUpdate> updates) {
            account(accountId);
            StatusRuleUpdate u = updates.get(0);
            String key = rows.entrySet().stream().filter(e -> e.getKey().equals(u.status())
                    || e.getValue()[0].equals(u.status())).map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new ValidationException("rows[0].status", "不明なステータスです: " + u.status()));
            String[] r = rows.get(key).clone();
            if (u.orderStatus() != null) {
                r[2] = code(ORDER, u.orderStatus(), "rows[0].orderStatus");
            }
            if (u.shipStatus() != null) {
                r[3] = code(SHIP, u.shipStatus(), "rows[0].shipStatus");
            }
            if (u.enabled() != null) {
                r[1] = u.enabled().toString();
            }
            rows.put(key, r);
            return statusMapping(accountId);
        }

        @Override
        public StatusMappingView resetStatusMapping(String accountId) {
            account(accountId);
            reset = true;
            return statusMapping(accountId);
        }

        @Override
        public ConversionsView conversions(String accountId) {
            account(accountId);
            return new ConversionsView(accountId, "yahoo", List.of(new CarrierConversion("ヤマト運輸", "1001", "ヤマト運輸", false),
                    new CarrierConversion("西濃運輸", "", null, true)), "FALLBACK", "1000", "その他",
                    List.of(new TimeSlotConversion("午前中", "0812", true)), "105",
                    List.of(new MallStatusChoice("105", "追跡不可の配送方法")));
        }

        @Override
        public ConversionsView updateConversions(String accountId, ConversionsUpdate update) {
            account(accountId);
            conversionUpdates.add(update);
            return conversions(accountId);
        }

        @Override
        public ExportExplanation explain(long orderId, String accountId, Integer days) {
            explained.add(orderId + " " + accountId + " " + days);
            if (orderId == 7) {
                return new ExportExplanation(7, "#7", "my-yahoo", "my-yahoo", "yahoo", "DONE", Instant.EPOCH,
                        Instant.EPOCH, 3, Instant.EPOCH, true, Map.of("ShipStatus", "3 出荷済み"), List.of());
            }
            return new ExportExplanation(orderId, "#" + orderId, "my-yahoo", "my-yahoo", "yahoo", "AWAITING_SHIPMENT",
                    Instant.EPOCH, null, days == null ? 3 : days, Instant.EPOCH, false, Map.of(), List.of(
                    new ExportReason(ExportReason.STATUS_NOT_ENABLED, "ステータス「発送待ち」はステータス紐付け設定で書き出し対象になっていません"),
                    new ExportReason(ExportReason.CARRIER_NOT_CONVERTED, "配送会社「福山通運」は配送会社変換表にありません")));
        }

        @Override
        public ExportExplanation explain(String accountId, String mallOrderNumber, Integer days) {
            account(accountId);
            explained.add(accountId + " " + mallOrderNumber + " " + days);
            return explain(9, accountId, days);
        }
    }

    private final Rules rules = new Rules();
    private final Fakes.Orders orders = new Fakes.Orders();

    private MappingSetCommand set(String account, String status) {
        MappingSetCommand cmd = new MappingSetCommand();
        cmd.rules = rules;
        cmd.accountId = account;
        cmd.status = status;
        return cmd;
    }

    @Test
    public void y5_mappingListShowsEveryRowWithTheMallsStatusesAndChoices() throws Exception {
        MappingListCommand cmd = new MappingListCommand();
        cmd.rules = rules;
        cmd.accountId = "my-yahoo";
        Console console = Console.run(cmd);
        assertThat(console.err()).isEmpty();
        assertThat(console.out()).contains("発送待ち (AWAITING_SHIPMENT)", "2 処理中", "2 出荷処理中", "5 完了", "3 出荷済み",
                "新規受付 (NEW)", "default", "account", "Ship status choices:  1 出荷可, 2 出荷処理中, 3 出荷済み");
    }

    @Test
    public void y5_mappingSetTakesLabelsAndPrintsTheRow() throws Exception {
        MappingSetCommand cmd = set("my-yahoo", "発送待ち");
        cmd.orderStatus = "保留";
        cmd.shipStatus = "出荷可";
        Console console = Console.run(cmd);
        assertThat(console.err()).isEmpty();
        assertThat(console.out()).contains("発送待ち (AWAITING_SHIPMENT): exported, order status 3 保留, ship status 1 出荷可");
    }

    @Test
    public void f9_mappingSetOffAndReset() throws Exception {
        MappingSetCommand off = set("my-yahoo", "DONE");
        off.off = true;
        assertThat(Console.run(off).out()).contains("処理済 (DONE): not exported");
        MappingSetCommand reset = set("my-yahoo", null);
        reset.reset = true;
        Console console = Console.run(reset);
        assertThat(rules.reset).isTrue();
        assertThat(console.out()).contains("reset to the mall's defaults");
    }

    @Test
    public void mappingSetRefusesBadInputWithOneLineAndChangesNothing() throws Exception {
        MappingSetCommand badShip = set("my-yahoo", "DONE");
        badShip.shipStatus = "着荷済み";
        assertOneErrorLine(Console.run(badShip), "Error: rows[0].shipStatus: 「着荷済み」は選べません");
        MappingSetCommand unknown = set("my-yahoo", "NOPE");
        unknown.on = true;
        assertOneErrorLine(Console.run(unknown), "Error: rows[0].status: 不明なステータスです: NOPE");
        MappingSetCommand nothing = set("my-yahoo", "DONE");
        assertOneErrorLine(Console.run(nothing),
                "Error: STATUS: nothing to change: give --on, --off, --order-status or --ship-status");
        MappingSetCommand both = set("my-yahoo", "DONE");
        both.on = true;
        both.off = true;
        assertOneErrorLine(Console.run(both), "Error: --on: give --on or --off, not both");
        assertThat(rules.rows.get("DONE")).containsExactly("処理済", "true", "5", "3");
    }

    @Test
    public void c2_conversionListShowsCarriersWithoutCodeAsNotSentAndTheOtherTables() throws Exception {
        ConversionListCommand cmd = new ConversionListCommand();
        cmd.rules = rules;
        cmd.accountId = "my-yahoo";
        Console console = Console.run(cmd);
        assertThat(console.out()).contains("ヤマト運輸", "1001", "西濃運輸", "(none: not sent)",
                "Any other carrier: sent as 1000 その他", "午前中", "0812",
                "Reason for no tracking number: 105 (choices: 105 追跡不可の配送方法)");
    }

    @Test
    public void d7_conversionSetPassesPairsAnEmptyCodeIncluded() throws Exception {
        ConversionSetCommand cmd = new ConversionSetCommand();
        cmd.rules = rules;
        cmd.accountId = "my-yahoo";
        cmd.carriers = List.of("西濃運輸=05", "福山通運=");
        cmd.timeSlots = List.of("午前中=0812");
        cmd.noTrackingReason = "105";
        Console console = Console.run(cmd);
        assertThat(console.err()).isEmpty();
        ConversionsUpdate u = rules.conversionUpdates.get(0);
        assertThat(u.carriers()).extracting(CarrierConversion::carrier, CarrierConversion::mallCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("西濃運輸", "05"),
                        org.assertj.core.groups.Tuple.tuple("福山通運", ""));
        assertThat(u.timeSlots()).extracting(TimeSlotConversion::mallTimeSlot).containsExactly("0812");
        assertThat(u.noTrackingReason()).isEqualTo("105");

        ConversionSetCommand bad = new ConversionSetCommand();
        bad.rules = rules;
        bad.accountId = "my-yahoo";
        bad.carriers = List.of("西濃運輸");
        assertOneErrorLine(Console.run(bad), "Error: --carrier: expected OURS=MALL, got '西濃運輸'");
        assertThat(rules.conversionUpdates).hasSize(1);
    }

    @Test
    public void f7_whyListsEveryReasonOrWhatWouldBeSent() throws Exception {
        WhyCommand cmd = new WhyCommand();
        cmd.rules = rules;
        cmd.orders = orders;
        cmd.order = "9";
        cmd.days = "5";
        Console console = Console.run(cmd);
        assertThat(rules.explained).containsExactly("9 null 5");
        assertThat(console.out()).contains("is NOT a target", "紐付け設定", "[STATUS_NOT_ENABLED]", "福山通運",
                "[CARRIER_NOT_CONVERTED]", "creation period of 5 days");

        WhyCommand target = new WhyCommand();
        target.rules = rules;
        target.order = "7";
        assertThat(Console.run(target).out()).contains("is a target", "ShipStatus");

        WhyCommand byNumber = new WhyCommand();
        byNumber.rules = rules;
        byNumber.order = "my-yahoo";
        byNumber.orderNumber = "#9";
        Console.run(byNumber);
        assertThat(rules.explained).contains("my-yahoo #9 null");

        WhyCommand badDays = new WhyCommand();
        badDays.rules = rules;
        badDays.order = "9";
        badDays.days = "14";
        assertOneErrorLine(Console.run(badDays), "Error: days: creation period must be between 1 and 13 days, was 14");
    }

    @Test
    public void mallStatusCompleterOffersTheAccountsChoices() {
        MallStatusCompleter completer = new MallStatusCompleter();
        completer.rules = rules;
        List<String> candidates = new ArrayList<>();
        String[] args = {"orderhub:mapping-set", "my-yahoo", "DONE", "--ship-status", "出荷"};
        completer.complete(null, line(args), candidates);
        assertThat(candidates.stream().map(String::strip).toList()).containsExactlyInAnyOrder("出荷可", "出荷処理中", "出荷済み");

        List<String> none = new ArrayList<>();
        new MallStatusCompleter() {{ rules = ExportRulesCommandsTest.this.rules; }}
                .complete(null, line(new String[] {"orderhub:mapping-set", "nobody", "--ship-status", ""}), none);
        assertThat(none).isEmpty();
    }

    private static CommandLine line(String[] args) {
        String word = args[args.length - 1];
        String buffer = String.join(" ", args);
        return new CommandLine() {
            @Override
            public int getCursorArgumentIndex() {
                return args.length - 1;
            }

            @Override
            public String getCursorArgument() {
                return word;
            }

            @Override
            public int getArgumentPosition() {
                return word.length();
            }

            @Override
            public String[] getArguments() {
                return args;
            }

            @Override
            public int getBufferPosition() {
                return buffer.length();
            }

            @Override
            public String getBuffer() {
                return buffer;
            }
        };
    }
}
