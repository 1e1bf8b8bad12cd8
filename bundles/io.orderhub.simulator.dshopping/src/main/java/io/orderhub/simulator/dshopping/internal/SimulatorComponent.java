package io.orderhub.simulator.dshopping.internal;

import io.orderhub.simulator.dshopping.DShoppingSimulator;

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
 * partner code and password are demo data, not secrets.
 */
@Component(configurationPid = SimulatorComponent.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true)
@Designate(ocd = SimulatorComponent.Config.class)
public final class SimulatorComponent {

    public static final String PID = "io.orderhub.simulator.dshopping";

    @ObjectClassDefinition(name = "orderhub dショッピング simulator",
            description = "A fake dショッピング partner order API on loopback for the demo")
    public @interface Config {
        @AttributeDefinition(description = "Loopback address to listen on")
        String host() default "127.0.0.1";

        @AttributeDefinition(description = "Port (0 picks a free one)", min = "0", max = "65535")
        int port() default 18084;

        @AttributeDefinition(description = "The partner code the mall accepts")
        String partnerCode() default "P0001";

        @AttributeDefinition(description = "The API password the mall accepts")
        String apiPassword() default "dshop-demo-password";

        @AttributeDefinition(description = "Sample orders created at start", min = "0", max = "20000")
        int sampleOrders() default 30;

        @AttributeDefinition(description = "Requests per second per partner code", min = "1")
        int requestsPerSecond() default 1;

        @AttributeDefinition(description = "Requests per day per partner code", min = "1")
        int requestsPerDay() default 10000;
    }

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorComponent.class);

    private DShoppingSimulator simulator;

    @Activate
    void activate(Config config) {
        simulator = DShoppingSimulator.builder().host(config.host()).port(config.port())
                .partnerCode(config.partnerCode()).apiPassword(config.apiPassword())
                .requestsPerSecond(config.requestsPerSecond()).requestsPerDay(config.requestsPerDay()).build().start();
        simulator.seedSampleOrders(Math.max(0, Math.min(config.sampleOrders(), 20_000)));
        LOG.info("dショッピング simulator serving {} sample orders at {}", config.sampleOrders(), simulator.baseUrl());
    }

    @Deactivate
    void deactivate() {
        if (simulator != null) {
            simulator.stop();
            simulator = null;
        }
    }
}
