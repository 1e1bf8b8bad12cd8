package io.orderhub.apioption.internal;

import io.orderhub.core.model.Address;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.Shipping;
import io.orderhub.core.service.Account;
import io.orderhub.core.service.AccountHealth;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.ExportPreview;
import io.orderhub.core.service.HealthService;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobService;
import io.orderhub.core.service.OrderUpdate;
import io.orderhub.core.service.SyncService;
import io.orderhub.core.spi.ConnectionStatus;
import org.junit.Before;
import org.junit.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

public class AutomationRunnerTest {

    private static final Instant T0 = Instant.parse("2026-11-23T03:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final Map<String, Object> settings = new HashMap<>();
    /** "IMPORT shop" / "EXPORT shop" per started job, in order. */
    private final List<String> started = new ArrayList<>();
    private final Map<String, Job.State> jobStates = new HashMap<>();
    /** When set, the engine refuses the next start with it. */
    private RuntimeException refuseNext;
    private volatile String pauseReason;
    private AutomationRunner runner;

    private final Clock clock = new Clock() {
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now.get(); }
    };

    @Before
    public void setUp() {
        settings.put("scheduleMinutes", 30);
        runner = new AutomationRunner(accounts(), sync(), jobs(), health(), clock, Duration.ofSeconds(3));
    }

    private void at(Duration sinceStart) {
        now.set(T0.plus(sinceStart));
        runner.tick();
    }

    private void finishAll() {
        jobStates.replaceAll((id, s) -> Job.State.SUCCEEDED);
    }

    @Test
    public void s1_automaticExportRunsAboutEveryThirtyMinutesNotAtOnce() {
        settings.put("autoExport", true);
        at(Duration.ZERO);
        assertThat(started).isEmpty();
        assertThat(runner.nextRun("shop")).isEqualTo(T0.plus(Duration.ofMinutes(30)));
        at(Duration.ofMinutes(29));
        assertThat(started).isEmpty();
        at(Duration.ofMinutes(30));
        assertThat(started).containsExactly("EXPORT shop scheduler");
        finishAll();
        at(Duration.ofMinutes(45));
        at(Duration.ofMinutes(60));
        assertThat(started).hasSize(2);
    }

    @Test
    public void c1_automaticImportAndExportOfOneAccountNeverOverlap() {
        settings.put("autoImport", true);
        settings.put("autoExport", true);
        settings.put("scheduleMinutes", 10);
        at(Duration.ZERO);
        at(Duration.ofMinutes(10));
        assertThat(started).containsExactly("IMPORT shop scheduler");
        at(Duration.ofMinutes(11));
        assertThat(started).as("export is due but the import still runs").hasSize(1);
        finishAll();
        at(Duration.ofMinutes(12));
        assertThat(started).containsExactly("IMPORT shop scheduler", "EXPORT shop scheduler");
    }

    @Test
    public void sh5_anAccountWithTheSwitchesOffNeverRuns() {
        at(Duration.ZERO);
        at(Duration.ofHours(5));
        assertThat(started).isEmpty();
        assertThat(runner.nextRun("shop")).isNull();
    }

    @Test
    public void exportOnChangeExportsAFewSecondsAfterTheLastCompletingChange() {
        settings.put("exportOnChange", true);
        at(Duration.ZERO);
        runner.orderChanged(order(new Shipping(LocalDate.of(2026, 11, 23), null, List.of(), null, null)),
                Set.of(OrderUpdate.Field.SHIP_DATE), "operator");
        at(Duration.ofSeconds(10));
        assertThat(started).as("a ship date alone does not complete the shipping data").isEmpty();

        Order complete = order(new Shipping(LocalDate.of(2026, 11, 23), "ヤマト運輸", List.of("1234"), null, null));
        now.set(T0.plusSeconds(20));
        runner.orderChanged(complete, Set.of(OrderUpdate.Field.TRACKING_NUMBERS), "operator");
        at(Duration.ofSeconds(21));
        now.set(T0.plusSeconds(22));
        runner.orderChanged(complete, Set.of(OrderUpdate.Field.CARRIER), "operator");
        at(Duration.ofSeconds(24));
        assertThat(started).as("coalescing: waits 3 s after the last change").isEmpty();
        at(Duration.ofSeconds(25));
        assertThat(started).containsExactly("EXPORT shop scheduler");
        finishAll();
        at(Duration.ofSeconds(40));
        assertThat(started).as("two changes, one export").hasSize(1);
    }

    @Test
    public void exportOnChangeIsOffUnlessTheAccountChoseIt() {
        at(Duration.ZERO);
        runner.orderChanged(order(new Shipping(LocalDate.of(2026, 11, 23), "ヤマト運輸", List.of("1"), null, null)),
                Set.of(OrderUpdate.Field.CARRIER), "operator");
        at(Duration.ofSeconds(30));
        assertThat(started).isEmpty();
    }

    @Test
    public void aRejectedCredentialPausesRunsAndTheyResumeWhenHealthRecovers() {
        settings.put("autoExport", true);
        settings.put("scheduleMinutes", 1);
        at(Duration.ZERO);
        pauseReason = "認証情報が拒否されました";
        at(Duration.ofMinutes(1));
        at(Duration.ofMinutes(5));
        assertThat(started).isEmpty();
        pauseReason = null;
        at(Duration.ofMinutes(6));
        assertThat(started).containsExactly("EXPORT shop scheduler");
    }

    @Test
    public void nothingStartsOnceStopped() {
        settings.put("autoExport", true);
        settings.put("scheduleMinutes", 1);
        at(Duration.ZERO);
        runner.stop();
        at(Duration.ofMinutes(2));
        assertThat(started).isEmpty();
    }

    @Test
    public void aStartTheEngineRefusesIsTriedAgainAtTheNextTickAndThePendingChangeIsKept() {
        settings.put("exportOnChange", true);
        at(Duration.ZERO);
        runner.orderChanged(order(new Shipping(LocalDate.of(2026, 11, 23), "ヤマト運輸", List.of("1"), null, null)),
                Set.of(OrderUpdate.Field.CARRIER), "operator");
        refuseNext = new io.orderhub.core.service.ConflictException("account", "a job of this account is running");
        at(Duration.ofSeconds(5));
        assertThat(started).isEmpty();
        at(Duration.ofSeconds(10));
        assertThat(started).containsExactly("EXPORT shop scheduler");
    }

    private static Order order(Shipping shipping) {
        return new Order(1, "shop", "shopify", "#1001", T0, Address.ofName("山田"), Address.ofName("山田"), List.of(),
                "card", "paid", BigDecimal.TEN, "paid", "AWAITING_SHIPMENT", shipping, T0, T0, T0, 2, Map.of());
    }

    private Account account() {
        return new Account("shop", "shopify", "Shop", Map.copyOf(settings), Set.of(), true, ConnectionStatus.online());
    }

    private Job job(Job.Kind kind, String actor) {
        if (refuseNext != null) {
            RuntimeException e = refuseNext;
            refuseNext = null;
            throw e;
        }
        String id = "job-" + (started.size() + 1);
        started.add(kind + " shop " + actor);
        jobStates.put(id, Job.State.RUNNING);
        return new Job(id, kind, "shop", "shopify", Job.State.RUNNING, actor, null, now.get(), now.get(), null,
                Job.Counts.ZERO, null, List.of());
    }

    private AccountService accounts() {
        return new AccountService() {
            @Override public List<Account> list() { return List.of(account()); }
            @Override public Account get(String accountId) { return account(); }
            @Override public Account create(String a, String m, String n, Map<String, Object> s) { throw new UnsupportedOperationException(); }
            @Override public Account update(String a, String n, Map<String, Object> s) { throw new UnsupportedOperationException(); }
            @Override public void delete(String a) { throw new UnsupportedOperationException(); }
        };
    }

    private SyncService sync() {
        return new SyncService() {
            @Override public Job startImport(String accountId, LocalDate from, LocalDate to, String actor) { return job(Job.Kind.IMPORT, actor); }
            @Override public ExportPreview preview(String accountId, Integer days) { throw new UnsupportedOperationException(); }
            @Override public Job startExport(String accountId, Integer days, String actor) { return job(Job.Kind.EXPORT, actor); }
        };
    }

    private JobService jobs() {
        return new JobService() {
            @Override public Job get(String jobId) {
                return new Job(jobId, Job.Kind.EXPORT, "shop", "shopify", jobStates.get(jobId), "scheduler", null,
                        T0, T0, null, Job.Counts.ZERO, null, List.of());
            }
            @Override public List<Job> list(String accountId, int limit) { return List.of(); }
            @Override public Job await(String jobId, Duration timeout) { return get(jobId); }
        };
    }

    private HealthService health() {
        return new HealthService() {
            @Override public AccountHealth health(String accountId) {
                return new AccountHealth(accountId, "shopify", now.get(), ConnectionStatus.online(), List.of(), List.of(),
                        new AccountHealth.Automation(false, false, false, 30, true, pauseReason != null, pauseReason, null));
            }
            @Override public List<AccountHealth> all() { return List.of(health("shop")); }
        };
    }
}
