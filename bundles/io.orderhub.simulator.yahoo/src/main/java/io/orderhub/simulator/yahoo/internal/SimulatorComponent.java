package io.orderhub.simulator.yahoo.internal;

import io.orderhub.simulator.yahoo.YahooSimulator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a simulator inside Karaf for the demo, with sample orders. Only installed by the demo feature; its
 * client id, secret and refresh token are demo data, not secrets. Signatures are not checked here: the demo
 * account has no key pair to sign with.
 */
@Component(configurationPid = SimulatorComponent.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true)
@Designate(ocd = SimulatorComponent.Config.class)
public final class SimulatorComponent {

    public static final String PID = "io.orderhub.simulator.yahoo";

    @ObjectClassDefinition(name = "orderhub Yahoo! Shopping simulator",
            description = "A fake Yahoo! Shopping store on loopback for the demo")
    public @interface Config {
        @AttributeDefinition(description = "Loopback address to listen on")
        String host() default "127.0.0.1";

        @AttributeDefinition(description = "Port (0 picks a free one)", min = "0", max = "65535")
        int port() default 18082;

        @AttributeDefinition(description = "Store account (seller id)")
        String sellerId() default "demostore";

        @AttributeDefinition(description = "Client id the token endpoint accepts")
        String clientId() default "demo-client-id";

        @AttributeDefinition(description = "Client secret the token endpoint accepts")
        String clientSecret() default "demo-client-secret";

        @AttributeDefinition(description = "Refresh token the token endpoint accepts")
        String refreshToken() default "demo-refresh-token";

        @AttributeDefinition(description = "Sample orders created at start", min = "0", max = "20000")
        int sampleOrders() default 30;

        @AttributeDefinition(description = "Calls per second before refusing", min = "1")
        int requestsPerSecond() default 10;

        @AttributeDefinition(description = "Calls per day before 403", min = "1")
        long dailyQuota() default 50_000;
    }

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorComponent.class);

    private YahooSimulator simulator;

    @Activate
    void activate(Config config) {
        simulator = YahooSimulator.builder().host(config.host()).port(config.port()).sellerId(config.sellerId())
                .clientId(config.clientId()).clientSecret(config.clientSecret()).refreshToken(config.refreshToken())
                .requestsPerSecond(config.requestsPerSecond()).dailyQuota(config.dailyQuota()).build().start();
        simulator.seedOrders(Math.max(0, Math.min(config.sampleOrders(), 20_000)));
        LOG.info("Yahoo! simulator serving {} sample orders at {}", config.sampleOrders(), simulator.apiBaseUrl());
    }

    @Deactivate
    void deactivate() {
        if (simulator != null) {
            simulator.stop();
            simulator = null;
        }
    }
}
