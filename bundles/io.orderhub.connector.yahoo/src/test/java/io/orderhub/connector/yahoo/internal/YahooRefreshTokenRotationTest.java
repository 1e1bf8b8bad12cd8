package io.orderhub.connector.yahoo.internal;

import static io.orderhub.connector.yahoo.YahooConstants.REFRESH_TOKEN;
import static io.orderhub.connector.yahoo.YahooConstants.REQUESTS_PER_SECOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.spi.MallException;
import io.orderhub.simulator.yahoo.YahooSimulator;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Yahoo! may rotate the refresh token on use (yahoo.md, Auth): the new one must outlive a restart. */
public class YahooRefreshTokenRotationTest extends SimulatorTestSupport {

    private final Instant from = Instant.now().minus(Duration.ofDays(2));
    private final Instant to = Instant.now().plusSeconds(60);
    /** What the core's store was asked to keep: account, key, value. */
    private final List<List<String>> stored = new CopyOnWriteArrayList<>();

    private YahooSimulator rotatingSimulator() {
        YahooSimulator sim = simulator(YahooSimulator.builder().rotateRefreshTokens(true));
        add(sim, 2, 1, 1);
        return sim;
    }

    private YahooAccountService storingAccount(Map<String, Object> config) {
        YahooAccountService service = account(config, YahooAccountService.PAGE_SIZE);
        service.setSecretStore((account, key, value) -> stored.add(List.of(account, key, value)));
        return service;
    }

    @Test
    public void aRotatedRefreshTokenReachesTheStore_andAServiceConfiguredFromItKeepsWorking() throws Exception {
        YahooSimulator sim = rotatingSimulator();
        Map<String, Object> config = config(sim);

        assertThat(fetch(storingAccount(config), from, to)).hasSize(1);

        assertThat(stored).containsExactly(List.of("demo-yahoo", REFRESH_TOKEN, sim.currentRefreshToken()));
        // a restart: the account is configured from what was stored, and Yahoo! takes it (and rotates again)
        Map<String, Object> restarted = new HashMap<>(config);
        restarted.put(REFRESH_TOKEN, stored.get(0).get(2));
        assertThat(fetch(storingAccount(restarted), from, to)).hasSize(1);
        assertThat(stored).hasSize(2);
        assertThat(stored.get(1).get(2)).isEqualTo(sim.currentRefreshToken());
        // the token first configured is dead: without the store the account would need a new authorisation
        assertThatThrownBy(() -> fetch(account(config, YahooAccountService.PAGE_SIZE), from, to))
                .isInstanceOfSatisfying(MallException.class,
                        e -> assertThat(e.kind()).isEqualTo(MallException.Kind.CREDENTIAL_REJECTED));
    }

    @Test
    public void storingTheRotatedTokenKeepsTheClient_noExtraTokenCall_butAnyOtherChangeReconfigures() throws Exception {
        YahooSimulator sim = rotatingSimulator();
        Map<String, Object> config = config(sim);
        YahooAccountService service = storingAccount(config);
        fetch(service, from, to);
        assertThat(sim.requestCount(YahooSimulator.TOKEN)).isEqualTo(1);

        // Config Admin hands the stored token back as a configuration update
        Map<String, Object> withStoredToken = new HashMap<>(config);
        withStoredToken.put(REFRESH_TOKEN, stored.get(0).get(2));
        service.modified(withStoredToken);
        assertThat(fetch(service, from, to)).hasSize(1);
        assertThat(sim.requestCount(YahooSimulator.TOKEN)).isEqualTo(1);

        Map<String, Object> otherChange = new HashMap<>(withStoredToken);
        otherChange.put(REQUESTS_PER_SECOND, "5");
        service.modified(otherChange);
        assertThat(fetch(service, from, to)).hasSize(1);
        assertThat(sim.requestCount(YahooSimulator.TOKEN)).isEqualTo(2);
    }

    @Test
    public void aRefreshTokenTheClientNeverReceivedReconfigures() throws Exception {
        YahooSimulator sim = simulator();
        add(sim, 2, 1, 1);
        Map<String, Object> config = config(sim);
        config.put(REFRESH_TOKEN, "an-old-token");
        YahooAccountService service = storingAccount(config);
        assertThatThrownBy(() -> fetch(service, from, to)).isInstanceOf(MallException.class);

        // the store owner authorised again: a new token entered by the operator
        Map<String, Object> reauthorised = new HashMap<>(config);
        reauthorised.put(REFRESH_TOKEN, sim.refreshToken());
        service.modified(reauthorised);
        assertThat(fetch(service, from, to)).hasSize(1);
        assertThat(stored).isEmpty();
    }

    @Test
    public void aStoreThatFailsNeverBreaksTheCall() throws Exception {
        YahooSimulator sim = rotatingSimulator();
        YahooAccountService service = account(config(sim), YahooAccountService.PAGE_SIZE);
        service.setSecretStore((account, key, value) -> {
            throw new IllegalStateException("could not store " + key + " of account " + account);
        });

        assertThat(fetch(service, from, to)).hasSize(1);
        assertThat(fetch(service, from, to)).hasSize(1);
        assertThat(sim.requestCount(YahooSimulator.TOKEN)).isEqualTo(1);
    }

    @Test
    public void withoutAStoreTheRotatedTokenIsStillUsedInMemory() throws Exception {
        YahooSimulator sim = rotatingSimulator();
        YahooAccountService service = account(config(sim), YahooAccountService.PAGE_SIZE);
        fetch(service, from, to);
        sim.expireAccessTokens();

        // the next refresh must send the rotated token, the first one being dead
        assertThat(fetch(service, from, to)).hasSize(1);
        assertThat(sim.requestCount(YahooSimulator.TOKEN)).isEqualTo(2);
    }
}
