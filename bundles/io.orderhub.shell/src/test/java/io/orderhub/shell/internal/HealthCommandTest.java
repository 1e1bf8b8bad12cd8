package io.orderhub.shell.internal;

import io.orderhub.core.service.Account;
import io.orderhub.core.service.AccountHealth;
import io.orderhub.core.service.ApiOption;
import io.orderhub.core.service.HealthService;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.ValidationException;
import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.Credential;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.orderhub.shell.internal.MallAndAccountCommandsTest.assertOneErrorLine;
import static org.assertj.core.api.Assertions.assertThat;

public class HealthCommandTest {

    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    private final HealthService health = new HealthService() {
        @Override
        public AccountHealth health(String accountId) {
            if (!"y-shop".equals(accountId)) {
                throw new NotFoundException("account", accountId);
            }
            return new AccountHealth("y-shop", "yahoo", NOW,
                    new ConnectionStatus(ConnectionStatus.State.CREDENTIAL_REJECTED, "px-04102 AccessToken has been expired"),
                    List.of(new Credential("publicKey", "公開鍵", Instant.parse("2026-12-01T15:00:00Z"),
                            Credential.State.EXPIRING, "有効期限 2026-12-02 (あと 8 日)")),
                    List.of("公開鍵: 有効期限 2026-12-02 (あと 8 日)", "自動実行は停止中: 認証情報が拒否されました"),
                    new AccountHealth.Automation(false, true, false, 30, true, true, "自動実行は停止中: 認証情報が拒否されました", null));
        }

        @Override
        public List<AccountHealth> all() {
            return List.of(health("y-shop"));
        }
    };

    @Test
    public void healthShowsCredentialsExpiryAndWhyAutomaticRunsArePaused() throws Exception {
        HealthCommand cmd = new HealthCommand();
        cmd.health = health;
        cmd.accountId = "y-shop";

        Console console = Console.run(cmd);

        assertThat(console.err()).isEmpty();
        assertThat(console.out()).contains("y-shop (yahoo): connection CREDENTIAL_REJECTED — px-04102",
                "公開鍵: EXPIRING, expires 2026-12-02 00:00 JST", "自動書き出し on", "every 30 min",
                "PAUSED: 自動実行は停止中: 認証情報が拒否されました", "WARNING: 公開鍵: 有効期限 2026-12-02");
        assertThat(console.out()).containsOnlyOnce("認証情報が拒否されました");
    }

    @Test
    public void healthOfAllAccountsAndOfAnUnknownOne() throws Exception {
        HealthCommand all = new HealthCommand();
        all.health = health;
        assertThat(Console.run(all).out()).contains("y-shop (yahoo)");

        HealthCommand unknown = new HealthCommand();
        unknown.health = health;
        unknown.accountId = "nobody";
        assertOneErrorLine(Console.run(unknown), "Error: ");
    }

    @Test
    public void c1_switchingAutomaticExportOnWithoutTheOptionIsOneErrorLineNamingTheOption() throws Exception {
        Fakes.Accounts accounts = new Fakes.Accounts() {
            @Override
            public Account update(String accountId, String name, Map<String, Object> settings) {
                if (settings.containsKey("autoExport")) {
                    throw new ValidationException("settings.autoExport", ApiOption.REQUIRED_MESSAGE);
                }
                return super.update(accountId, name, settings);
            }
        };
        accounts.create("shop-a", "shopify", "Shop A", Map.of("shopUrl", "https://a.myshopify.com", ".accessToken", "t"));
        AccountSetCommand cmd = new AccountSetCommand();
        cmd.accounts = accounts;
        cmd.malls = new Fakes.Malls();
        cmd.accountId = "shop-a";
        cmd.assignments = List.of("autoExport=true");
        cmd.prompt = text -> null;
        int before = accounts.changes;

        Console console = Console.run(cmd);

        assertOneErrorLine(console, "Error: settings.autoExport: 自動取込/自動書き出し/変更時書き出しには API オプション (feature orderhub-api-option) が必要です");
        assertThat(accounts.changes).isEqualTo(before);
    }
}
