package io.orderhub.shell.internal;

import io.orderhub.core.model.Order;
import io.orderhub.core.service.ExportPreview;
import io.orderhub.core.spi.MallCapability;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.karaf.shell.api.action.lifecycle.Manager;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.impl.action.command.ManagerImpl;
import org.apache.karaf.shell.impl.console.SessionFactoryImpl;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands inside Karaf's own shell machinery (no OSGi): checks what the plain unit tests cannot, that the
 * annotations are valid, services are injected, and real command lines with quotes, repeated options and
 * Japanese text parse as documented.
 */
public class KarafShellTest {

    private static final List<Class<?>> SERVICES = List.of(MallIdCompleter.class, AccountIdCompleter.class,
            StatusCompleter.class, JobIdCompleter.class, MallListCommand.class, AccountListCommand.class,
            AccountAddCommand.class, AccountSetCommand.class, AccountRemoveCommand.class, ImportCommand.class,
            ExportPreviewCommand.class, ExportCommand.class, JobCommand.class, JobListCommand.class,
            OrderListCommand.class, OrderShowCommand.class, OrderSetCommand.class, StatusListCommand.class,
            StatusAddCommand.class);

    private final Fakes.Malls malls = new Fakes.Malls();
    private final Fakes.Accounts accounts = new Fakes.Accounts();
    private final Fakes.Orders orders = new Fakes.Orders();
    private final Fakes.Jobs jobs = new Fakes.Jobs();
    private final Fakes.Sync sync = new Fakes.Sync(jobs, Set.of("my-shop"));
    private ThreadIOImpl threadIO;
    private SessionFactoryImpl factory;

    @Before
    public void shell() {
        malls.accounts = accounts;
        malls.add("shopify", "ショッピファイ", "Shopify", EnumSet.of(MallCapability.EXPORT_SHIPPING), Fakes.SHOPIFY_SETTINGS);
        orders.add(1, "my-shop", "#1001", "AWAITING_SHIPMENT");
        sync.preview = new ExportPreview("my-shop", "shopify", 3, Instant.EPOCH, List.of(), List.of());
        threadIO = new ThreadIOImpl();
        threadIO.start();
        factory = new SessionFactoryImpl(threadIO);
        for (Object service : List.of(malls, accounts, orders, jobs, sync)) {
            factory.getRegistry().register(service);
        }
        Manager manager = new ManagerImpl(factory, factory);
        SERVICES.forEach(manager::register);
    }

    @After
    public void stop() {
        factory.stop();
        threadIO.stop();
    }

    @Test
    public void allCommandsAreRegisteredInTheOrderhubScope() {
        List<String> names = factory.getRegistry().getCommands().stream().map(c -> c.getScope() + ":" + c.getName())
                .toList();

        for (String name : List.of("mall-list", "account-list", "account-add", "account-set", "account-remove",
                "import", "export-preview", "export", "job", "job-list", "order-list", "order-show", "order-set",
                "status-list", "status-add")) {
            assertThat(names).contains("orderhub:" + name);
        }
    }

    @Test
    public void shopifyAccountIsAddedWithOneCommandLine() throws Exception {
        String out = run("orderhub:account-add shopify my-shop --name \"My Shop\" "
                + "--set shopUrl=https://my-shop.myshopify.com --set .accessToken=shpat_xxx");

        assertThat(out).contains("Account my-shop (My Shop) added").doesNotContain("shpat_xxx");
        assertThat(accounts.stored.get("my-shop").values()).containsEntry(".accessToken", "shpat_xxx")
                .containsEntry("shopUrl", "https://my-shop.myshopify.com");
        assertThat(run("orderhub:account-list")).contains("my-shop", "My Shop").doesNotContain("shpat_xxx");
    }

    @Test
    public void optionsWorkBeforeAndAfterTheArguments() throws Exception {
        run("orderhub:account-add --name Before --set .accessToken=t1 --set shopUrl=https://a.example shopify shop-a");
        run("orderhub:account-add shopify shop-b --name=After -s shopUrl=https://b.example --set .accessToken=t2");
        run("orderhub:account-set shop-b daysToFetch=7 name=Renamed");

        assertThat(accounts.stored.get("shop-a").name()).isEqualTo("Before");
        assertThat(accounts.stored.get("shop-b").name()).isEqualTo("Renamed");
        assertThat(accounts.stored.get("shop-b").values()).containsEntry("daysToFetch", "7")
                .containsEntry("shopUrl", "https://b.example").containsEntry(".accessToken", "t2");
        assertThat(run("orderhub:export-preview my-shop --days 5")).contains("creation period 3 days");
        assertThat(sync.calls).containsExactly("preview my-shop 5");
    }

    @Test
    public void missingSecretInAHeadlessSessionThatCannotPromptIsOneLine() throws Exception {
        String out = run("orderhub:account-add shopify shop-d --set shopUrl=https://d.example");

        assertThat(out.strip()).isEqualTo("Error: .accessToken: a value is required: type it at the prompt or give "
                + "--set .accessToken=...");
        assertThat(accounts.stored).isEmpty();
    }

    @Test
    public void unknownTrailingOptionOrExtraArgumentIsOneLineAndChangesNothing() throws Exception {
        assertThat(run("orderhub:account-add shopify shop-c --colour red").strip())
                .isEqualTo("Error: --colour: unknown option (see --help)");
        assertThat(run("orderhub:account-add shopify shop-c extra --set .accessToken=x").strip())
                .isEqualTo("Error: extra: unexpected argument");
        assertThat(run("orderhub:export my-shop --days three").strip())
                .isEqualTo("Error: days: 'three' is not a whole number");
        assertThat(accounts.stored).isEmpty();
        assertThat(sync.calls).isEmpty();
    }

    @Test
    public void orderSetTakesJapaneseStatusAndRepeatedTrackingNumbers() throws Exception {
        run("orderhub:order-set 1 --status 処理済 --ship-date 2025-05-02 --carrier ヤマト運輸 --tracking 1111 --tracking 定形外郵便");

        Order o = orders.get(1);
        assertThat(o.status()).isEqualTo("DONE");
        assertThat(o.shipping().carrier()).isEqualTo("ヤマト運輸");
        assertThat(o.shipping().trackingNumbers()).containsExactly("1111", "定形外郵便");
    }

    @Test
    public void y1_badDaysGiveOneErrorLineInsideTheShell() throws Exception {
        String out = run("orderhub:export-preview my-shop --days 14");

        assertThat(out.strip()).isEqualTo("Error: days: creation period must be between 1 and 13 days, was 14");
        assertThat(sync.calls).isEmpty();
    }

    /** Runs one line in a fresh session; returns what it wrote to its output and error streams. */
    private String run(String line) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = factory.create(new ByteArrayInputStream(new byte[0]), out, out);
        try {
            session.execute(line);
        } finally {
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
