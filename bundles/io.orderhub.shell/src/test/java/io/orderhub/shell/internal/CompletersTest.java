package io.orderhub.shell.internal;

import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.MallRegistry;
import io.orderhub.core.service.Mall;
import io.orderhub.core.spi.MallCapability;
import org.apache.karaf.shell.api.console.CommandLine;
import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class CompletersTest {

    @Test
    public void mallIdsOfInstalledConnectors() {
        MallIdCompleter completer = new MallIdCompleter();
        completer.malls = new Fakes.Malls()
                .add("shopify", "ショッピファイ", "Shopify", EnumSet.noneOf(MallCapability.class), List.of())
                .add("yahoo", "Yahoo!ショッピング", "Yahoo!", EnumSet.noneOf(MallCapability.class), List.of());

        assertThat(complete((s, c, l) -> completer.complete(s, c, l), "")).containsExactly("shopify", "yahoo");
        assertThat(complete((s, c, l) -> completer.complete(s, c, l), "sh")).containsExactly("shopify");
    }

    @Test
    public void accountIds() {
        Fakes.Accounts accounts = new Fakes.Accounts();
        accounts.create("my-shop", "shopify", "My Shop", Map.of());
        accounts.create("my-other", "shopify", "Other", Map.of());
        accounts.create("yahoo-1", "yahoo", "Y", Map.of());
        AccountIdCompleter completer = new AccountIdCompleter();
        completer.accounts = accounts;

        assertThat(complete((s, c, l) -> completer.complete(s, c, l), "my")).containsExactly("my-other", "my-shop");
    }

    @Test
    public void statusesByCodeAndByJapaneseLabel() {
        Fakes.Orders orders = new Fakes.Orders();
        orders.addStatus("BACKORDER", "取り寄せ中");
        StatusCompleter completer = new StatusCompleter();
        completer.orders = orders;

        List<String> all = complete((s, c, l) -> completer.complete(s, c, l), "");
        for (OrderStatus s : OrderStatus.BUILT_IN) {
            assertThat(all).contains(s.code(), s.label());
        }
        assertThat(all).contains("BACKORDER", "取り寄せ中").hasSize(2 * (OrderStatus.BUILT_IN.size() + 1));
        assertThat(complete((s, c, l) -> completer.complete(s, c, l), "発送")).containsExactlyInAnyOrder(
                "発送前入金待ち", "発送待ち", "発送後入金待ち");
        assertThat(complete((s, c, l) -> completer.complete(s, c, l), "AWAITING_S")).containsExactly("AWAITING_SHIPMENT");
    }

    @Test
    public void jobIds() {
        Fakes.Jobs jobs = new Fakes.Jobs();
        for (String id : List.of("imp-1", "exp-2")) {
            jobs.jobs.put(id, new Job(id, Job.Kind.IMPORT, "my-shop", "shopify", Job.State.SUCCEEDED, "console", null,
                    Instant.EPOCH, null, null, Job.Counts.ZERO, null, List.of()));
        }
        JobIdCompleter completer = new JobIdCompleter();
        completer.jobs = jobs;

        assertThat(complete((s, c, l) -> completer.complete(s, c, l), "")).containsExactlyInAnyOrder("imp-1", "exp-2");
        assertThat(complete((s, c, l) -> completer.complete(s, c, l), "e")).containsExactly("exp-2");
    }

    @Test
    public void openJobIdsForCancel() {
        Fakes.Jobs jobs = new Fakes.Jobs();
        jobs.jobs.put("done-1", new Job("done-1", Job.Kind.EXPORT, "my-shop", "shopify", Job.State.SUCCEEDED, "console",
                3, Instant.EPOCH, null, null, Job.Counts.ZERO, null, List.of()));
        jobs.jobs.put("run-2", new Job("run-2", Job.Kind.EXPORT, "my-shop", "shopify", Job.State.RUNNING, "console",
                3, Instant.EPOCH, null, null, Job.Counts.ZERO, null, List.of()));
        OpenJobIdCompleter completer = new OpenJobIdCompleter();
        completer.jobs = jobs;

        assertThat(complete((s, c, l) -> completer.complete(s, c, l), "")).containsExactly("run-2");
    }

    @Test
    public void aFailingServiceOffersNothingInsteadOfBreakingTheConsole() {
        MallIdCompleter completer = new MallIdCompleter();
        completer.malls = new MallRegistry() {
            @Override
            public List<Mall> malls() {
                throw new IllegalStateException("store down");
            }

            @Override
            public Mall mall(String mallId) {
                throw new IllegalStateException("store down");
            }
        };

        assertThat(complete((s, c, l) -> completer.complete(s, c, l), "")).isEmpty();
    }

    interface Completion {
        int complete(org.apache.karaf.shell.api.console.Session session, CommandLine line, List<String> candidates);
    }

    /** The candidates offered for a word being typed, trimmed of the space StringsCompleter appends. */
    private static List<String> complete(Completion completer, String typed) {
        List<String> candidates = new ArrayList<>();
        completer.complete(null, new TypedWord(typed), candidates);
        return candidates.stream().map(String::strip).toList();
    }

    /** The console line as completion sees it: cursor at the end of the word being typed. */
    private record TypedWord(String word) implements CommandLine {
        @Override
        public int getCursorArgumentIndex() {
            return 1;
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
            return new String[]{"orderhub:import", word};
        }

        @Override
        public int getBufferPosition() {
            return "orderhub:import ".length() + word.length();
        }

        @Override
        public String getBuffer() {
            return "orderhub:import " + word;
        }
    }
}
