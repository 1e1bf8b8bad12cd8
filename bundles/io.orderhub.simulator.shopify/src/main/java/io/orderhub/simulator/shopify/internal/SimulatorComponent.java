package io.orderhub.simulator.shopify.internal;

import io.orderhub.simulator.shopify.ShopifySimulator;

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
 * Runs a simulator inside Karaf for the demo, with sample orders. Only installed by the demo feature; the
 * access token is demo data, not a secret.
 */
@Component(configurationPid = SimulatorComponent.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true)
@Designate(ocd = SimulatorComponent.Config.class)
public final class SimulatorComponent {

    public static final String PID = "io.orderhub.simulator.shopify";

    @ObjectClassDefinition(name = "orderhub Shopify simulator",
            description = "A fake Shopify shop on loopback for the demo")
    public @interface Config {
        @AttributeDefinition(description = "Loopback address to listen on")
        String host() default "127.0.0.1";

        @AttributeDefinition(description = "Port (0 picks a free one)", min = "0", max = "65535")
        int port() default 18081;

        @AttributeDefinition(description = "The X-Shopify-Access-Token the shop accepts")
        String accessToken() default "shpat_demo_token";

        @AttributeDefinition(description = "Sample orders created at start", min = "0", max = "20000")
        int sampleOrders() default 50;

        @AttributeDefinition(description = "Leaky bucket size (requests)", min = "1")
        int bucketSize() default 40;

        @AttributeDefinition(description = "Leaky bucket leak rate (requests per second)", min = "1")
        int leakPerSecond() default 2;
    }

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorComponent.class);

    private ShopifySimulator simulator;

    @Activate
    void activate(Config config) {
        simulator = ShopifySimulator.builder().host(config.host()).port(config.port())
                .accessToken(config.accessToken()).bucketSize(config.bucketSize())
                .leakPerSecond(config.leakPerSecond()).build().start();
        simulator.seedOrders(Math.max(0, Math.min(config.sampleOrders(), 20_000)));
        LOG.info("Shopify simulator serving {} sample orders at {}", config.sampleOrders(), simulator.shopUrl());
    }

    @Deactivate
    void deactivate() {
        if (simulator != null) {
            simulator.stop();
            simulator = null;
        }
    }
}
