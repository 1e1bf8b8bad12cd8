package io.orderhub.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.Test;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The connection state every connector's account service keeps: configuration errors, status, stopping. */
public class AccountConnectionTest {

    private final AccountConnection<String> connection =
            new AccountConnection<>("テストモール", AccountConnectionTest.class);

    @Test
    public void accountIdComesFromTheConfigurationOrItsPid() {
        assertThat(AccountConnection.accountId(Map.of(AccountProperties.ACCOUNT_ID, "shop-1", "service.pid", "p.1")))
                .isEqualTo("shop-1");
        assertThat(AccountConnection.accountId(Map.of("service.pid", "p.1"))).isEqualTo("p.1");
    }

    @Test
    public void aConfiguredAccountHandsOutItsClientAndStartsUnknown() throws MallException {
        connection.configured("shop-1", "client-1");

        assertThat(connection.client()).isEqualTo("client-1");
        assertThat(connection.currentClient()).isEqualTo("client-1");
        assertThat(connection.accountId()).isEqualTo("shop-1");
        assertThat(connection.status()).isEqualTo(ConnectionStatus.UNKNOWN);
        assertThat(connection.configurationError()).isNull();
    }

    @Test
    public void aBadConfigurationRefusesCallsWithItsReasonAndKeepsItsStatus() {
        connection.configured("shop-1", "client-1");
        connection.misconfigured("shop-1",
                new InvalidSettingException("apiBaseUrl", "https で始まる URL ではありません"));

        assertThatThrownBy(connection::client).isInstanceOf(MallException.class)
                .hasMessageContaining("apiBaseUrl")
                .satisfies(e -> assertThat(((MallException) e).kind()).isEqualTo(MallException.Kind.CONFIGURATION));
        assertThat(connection.currentClient()).isNull();
        assertThat(connection.status().state()).isEqualTo(ConnectionStatus.State.CONFIGURATION_ERROR);

        // a late report of the previous client must not hide the configuration error
        connection.updateStatus(ConnectionStatus.online());
        assertThat(connection.status().state()).isEqualTo(ConnectionStatus.State.CONFIGURATION_ERROR);
    }

    @Test
    public void aGoodConfigurationAfterABadOneClearsTheError() throws MallException {
        connection.misconfigured("shop-1", new InvalidSettingException("apiBaseUrl", "required"));
        connection.configured("shop-1", "client-2");

        assertThat(connection.client()).isEqualTo("client-2");
        connection.updateStatus(ConnectionStatus.online());
        assertThat(connection.status().state()).isEqualTo(ConnectionStatus.State.ONLINE);
    }

    @Test
    public void aStoppedAccountIsUnavailable() {
        connection.configured("shop-1", "client-1");
        connection.stop();

        assertThatThrownBy(connection::client).isInstanceOf(MallException.class)
                .hasMessageContaining("テストモール").hasMessageContaining("shop-1")
                .satisfies(e -> assertThat(((MallException) e).kind()).isEqualTo(MallException.Kind.UNAVAILABLE));
    }

    @Test
    public void theBackgroundCheckCallsTheCurrentClientAndNeverThrows() throws InterruptedException {
        connection.configured("shop-1", "client-1");
        CountDownLatch called = new CountDownLatch(1);
        String[] seen = new String[1];

        connection.checkInBackground(client -> {
            seen[0] = client;
            called.countDown();
            throw new MallException(MallException.Kind.CREDENTIAL_REJECTED, "401 invalid token");
        });

        assertThat(called.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen[0]).isEqualTo("client-1");
    }

    @Test
    public void noBackgroundCheckWhileMisconfigured() throws InterruptedException {
        connection.misconfigured("shop-1", new InvalidSettingException("apiBaseUrl", "required"));
        CountDownLatch called = new CountDownLatch(1);

        connection.checkInBackground(client -> called.countDown());

        assertThat(called.await(300, TimeUnit.MILLISECONDS)).isFalse();
    }
}
