package io.orderhub.shell.internal;

import io.orderhub.core.spi.AccountSetting;
import io.orderhub.core.spi.MallCapability;
import org.junit.Before;
import org.junit.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class MallAndAccountCommandsTest {

    private static final String TOKEN = "shpat_0123456789secret";

    private final Fakes.Malls malls = new Fakes.Malls();
    private final Fakes.Accounts accounts = new Fakes.Accounts();
    private final List<String> prompts = new ArrayList<>();

    @Before
    public void installShopify() {
        malls.accounts = accounts;
        malls.add("shopify", "ショッピファイ", "Shopify", EnumSet.of(MallCapability.IMPORT_BY_DATE_RANGE,
                MallCapability.EXPORT_SHIPPING), Fakes.SHOPIFY_SETTINGS);
        malls.add("yahoo", "Yahoo!ショッピング", "Yahoo! Shopping", EnumSet.of(MallCapability.EXPORT_STATUS),
                List.of(AccountSetting.secret(".clientSecret", "シークレット", "Client secret")));
    }

    @Test
    public void mallListShowsNamesCapabilitiesAndAccountCount() throws Exception {
        addAccount("shop-a");
        addAccount("shop-b");
        MallListCommand cmd = new MallListCommand();
        cmd.malls = malls;

        String out = Console.run(cmd).out();

        assertThat(out).contains("shopify", "ショッピファイ", "Shopify", "EXPORT_SHIPPING", "IMPORT_BY_DATE_RANGE",
                "yahoo", "Yahoo!ショッピング");
        assertThat(line(out, "shopify")).endsWith("2");
        assertThat(line(out, "yahoo")).endsWith("0");
    }

    @Test
    public void mallListWithoutConnectorsSaysHowToInstallOne() throws Exception {
        MallListCommand cmd = new MallListCommand();
        cmd.malls = new Fakes.Malls();

        assertThat(Console.run(cmd).out()).contains("feature:install orderhub-connector-shopify");
    }

    @Test
    public void accountAddInOneCommandStoresSettingsAndSecretButNeverPrintsIt() throws Exception {
        Console console = Console.run(add("shopify", "my-shop", "My Shop",
                List.of("shopUrl=https://my-shop.myshopify.com", ".accessToken=" + TOKEN)));

        assertThat(console.err()).isEmpty();
        assertThat(console.out()).contains("my-shop", "My Shop", "shopUrl=https://my-shop.myshopify.com",
                ".accessToken").doesNotContain(TOKEN);
        assertThat(prompts).isEmpty();
        assertThat(accounts.stored.get("my-shop").values())
                .containsEntry(".accessToken", TOKEN)
                .containsEntry("shopUrl", "https://my-shop.myshopify.com");
    }

    @Test
    public void accountAddAcceptsSecretKeyWithoutItsDot() throws Exception {
        Console.run(add("shopify", "my-shop", "My Shop",
                List.of("shopUrl=https://my-shop.myshopify.com", "accessToken=" + TOKEN)));

        assertThat(accounts.stored.get("my-shop").values()).containsEntry(".accessToken", TOKEN)
                .doesNotContainKey("accessToken");
    }

    @Test
    public void accountAddPromptsForMissingRequiredSecret() throws Exception {
        AccountAddCommand cmd = add("shopify", "my-shop", "My Shop", List.of("shopUrl=https://my-shop.myshopify.com"));
        cmd.prompt = text -> {
            prompts.add(text);
            return TOKEN;
        };

        Console console = Console.run(cmd);

        assertThat(prompts).singleElement().asString().contains(".accessToken");
        assertThat(console.all()).doesNotContain(TOKEN);
        assertThat(accounts.stored.get("my-shop").values()).containsEntry(".accessToken", TOKEN);
    }

    @Test
    public void accountAddWithoutSecretAtPromptIsAnErrorAndCreatesNothing() throws Exception {
        AccountAddCommand cmd = add("shopify", "my-shop", "My Shop", List.of("shopUrl=https://my-shop.myshopify.com"));
        cmd.prompt = text -> null;

        Console console = Console.run(cmd);

        assertOneErrorLine(console, "Error: .accessToken: a value is required");
        assertThat(accounts.stored).isEmpty();
    }

    @Test
    public void accountAddForUnknownMallNamesInstalledOnes() throws Exception {
        Console console = Console.run(add("rakuten", "my-shop", "My Shop", List.of()));

        assertOneErrorLine(console, "Error: MALL: no connector is installed for mall 'rakuten'; installed: shopify, yahoo");
        assertThat(accounts.changes).isZero();
    }

    @Test
    public void accountAddWithTakenIdIsAConflictLine() throws Exception {
        addAccount("my-shop");

        Console console = Console.run(add("shopify", "my-shop", "Other", List.of(".accessToken=x")));

        assertOneErrorLine(console, "Error: id: account my-shop already exists");
        assertThat(accounts.stored.get("my-shop").name()).isEqualTo("Shop my-shop");
    }

    @Test
    public void malformedSetPairIsAnErrorThatDoesNotEchoASecret() throws Exception {
        Console console = Console.run(add("shopify", "my-shop", "My Shop", List.of(".accessToken" + TOKEN)));

        assertOneErrorLine(console, "Error: set: ");
        assertThat(console.all()).doesNotContain(TOKEN);
        assertThat(accounts.stored).isEmpty();
    }

    @Test
    public void accountListShowsSettingsAndSecretNamesButNoSecretValue() throws Exception {
        addAccount("shop-a");
        accounts.create("y-shop", "yahoo", "Yahoo shop", Map.of(".clientSecret", "ys-secret-value"));
        AccountListCommand cmd = new AccountListCommand();
        cmd.accounts = accounts;

        String out = Console.run(cmd).out();

        assertThat(out).contains("shop-a", "Shop shop-a", "shopUrl=https://shop-a.myshopify.com", ".accessToken",
                "y-shop", ".clientSecret", "ONLINE");
        assertThat(out).doesNotContain(TOKEN, "ys-secret-value");
    }

    @Test
    public void accountListHidesDottedKeysEvenIfTheyReachTheSettings() throws Exception {
        Fakes.Accounts leaky = new Fakes.Accounts() {
            @Override
            public List<io.orderhub.core.service.Account> list() {
                return List.of(new io.orderhub.core.service.Account("shop-a", "shopify", "Shop A",
                        Map.of("shopUrl", "https://a.example", ".accessToken", TOKEN), java.util.Set.of(".accessToken"),
                        true, null));
            }
        };
        AccountListCommand cmd = new AccountListCommand();
        cmd.accounts = leaky;

        assertThat(Console.run(cmd).out()).contains("shopUrl=https://a.example").doesNotContain(TOKEN);
    }

    @Test
    public void accountListFiltersByMall() throws Exception {
        addAccount("shop-a");
        accounts.create("y-shop", "yahoo", "Yahoo shop", Map.of());
        AccountListCommand cmd = new AccountListCommand();
        cmd.accounts = accounts;
        cmd.mall = "yahoo";

        String out = Console.run(cmd).out();

        assertThat(out).contains("y-shop").doesNotContain("shop-a");
    }

    @Test
    public void accountSetChangesSettingsAndNameAndResetsEmptyOnes() throws Exception {
        addAccount("shop-a");
        AccountSetCommand cmd = setCommand("shop-a", List.of("daysToFetch=5", "name=New name", "shopUrl="));

        Console console = Console.run(cmd);

        assertThat(console.err()).isEmpty();
        assertThat(console.out()).contains("shop-a", "New name", "daysToFetch=5").doesNotContain(TOKEN);
        Fakes.Accounts.Stored stored = accounts.stored.get("shop-a");
        assertThat(stored.name()).isEqualTo("New name");
        assertThat(stored.values()).containsEntry("daysToFetch", "5").doesNotContainKey("shopUrl")
                .containsEntry(".accessToken", TOKEN);
    }

    @Test
    public void accountSetSecretIsAskedForAndNotPrinted() throws Exception {
        addAccount("shop-a");
        AccountSetCommand cmd = setCommand("shop-a", null);
        cmd.secret = List.of("accessToken");
        cmd.prompt = text -> {
            prompts.add(text);
            return "shpat_rotated";
        };

        Console console = Console.run(cmd);

        assertThat(prompts).hasSize(1);
        assertThat(console.all()).doesNotContain("shpat_rotated");
        assertThat(accounts.stored.get("shop-a").values()).containsEntry(".accessToken", "shpat_rotated");
    }

    @Test
    public void accountSetWithNothingOrUnknownAccountChangesNothing() throws Exception {
        addAccount("shop-a");
        int before = accounts.changes;

        assertOneErrorLine(Console.run(setCommand("shop-a", List.of())), "Error: SETTINGS: nothing to change");
        assertOneErrorLine(Console.run(setCommand("nope", List.of("daysToFetch=4"))), "Error: account nope not found");
        assertOneErrorLine(Console.run(setCommand("shop-a", List.of("daysToFetch"))),
                "Error: SETTINGS: 'daysToFetch' is not of the form key=value");
        AccountSetCommand unknownSecret = setCommand("shop-a", List.of());
        unknownSecret.secret = List.of("shopUrl");
        assertOneErrorLine(Console.run(unknownSecret), "Error: secret: 'shopUrl' is not a secret setting");

        assertThat(accounts.changes).isEqualTo(before);
    }

    @Test
    public void accountRemoveRemovesAndUnknownIdIsAnErrorLine() throws Exception {
        addAccount("shop-a");
        AccountRemoveCommand remove = new AccountRemoveCommand();
        remove.accounts = accounts;
        remove.accountId = "shop-a";

        assertThat(Console.run(remove).out()).contains("Account shop-a removed");
        assertThat(accounts.stored).isEmpty();

        assertOneErrorLine(Console.run(remove), "Error: account shop-a not found");
    }

    private AccountAddCommand add(String mall, String id, String name, List<String> set) {
        AccountAddCommand cmd = new AccountAddCommand();
        cmd.malls = malls;
        cmd.accounts = accounts;
        cmd.mallId = mall;
        cmd.accountId = id;
        cmd.name = name;
        cmd.set = set;
        cmd.prompt = text -> {
            prompts.add(text);
            return null;
        };
        return cmd;
    }

    private AccountSetCommand setCommand(String id, List<String> assignments) {
        AccountSetCommand cmd = new AccountSetCommand();
        cmd.accounts = accounts;
        cmd.malls = malls;
        cmd.accountId = id;
        cmd.assignments = assignments;
        cmd.prompt = text -> null;
        return cmd;
    }

    private void addAccount(String id) {
        accounts.create(id, "shopify", "Shop " + id,
                Map.of("shopUrl", "https://" + id + ".myshopify.com", ".accessToken", TOKEN));
    }

    static void assertOneErrorLine(Console console, String prefix) {
        assertThat(console.err()).startsWith(prefix).endsWith(System.lineSeparator());
        assertThat(console.err().lines()).hasSize(1);
        assertThat(console.err()).doesNotContain("Exception", "\tat ");
    }

    private static String line(String out, String startingWith) {
        return out.lines().map(String::strip).filter(l -> l.startsWith(startingWith)).findFirst().orElseThrow();
    }
}
