package io.orderhub.simulator.shopserve.internal;

import io.orderhub.simulator.shopserve.ShopservePaths;
import io.orderhub.simulator.shopserve.ShopserveSimulator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;

/**
 * Runs a Shopserve simulator inside Karaf for the demo, with sample orders. Only installed by the demo
 * feature; shop id and manager key are demo data, not secrets.
 */
@Component(configurationPid = SimulatorComponent.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true)
@Designate(ocd = SimulatorComponent.Config.class)
public final class SimulatorComponent {

    public static final String PID = "io.orderhub.simulator.shopserve";

    @ObjectClassDefinition(name = "orderhub Shopserve simulator",
            description = "A fake Eストア Shopserve shop on loopback for the demo")
    public @interface Config {
        @AttributeDefinition(description = "Loopback address to listen on")
        String host() default "127.0.0.1";

        @AttributeDefinition(description = "Port (0 picks a free one)", min = "0", max = "65535")
        int port() default 18083;

        @AttributeDefinition(description = "Shop ID accepted in Basic auth")
        String shopId() default "demo-shop";

        @AttributeDefinition(description = "Manager key accepted in Basic auth")
        String managerKey() default "demo-manager-key";

        @AttributeDefinition(description = "Sample orders created at start", min = "0", max = "20000")
        int sampleOrders() default 30;

        @AttributeDefinition(description = "Requests per second before 429", min = "1")
        int requestsPerSecond() default 1;

        @AttributeDefinition(description = "Configured carriers (配送業者)")
        String[] carriers() default {"ヤマト運輸", "佐川急便", "日本郵便", "西濃運輸", "福山通運"};

        @AttributeDefinition(description = "Answer every request 503 MAINTENANCE")
        boolean maintenance() default false;

        String searchPath() default "/v2/orders/_search";

        String orderPath() default "/v2/orders/{no}";

        String deliveryPath() default "/v2/orders/{no}/deliveries/{n}";

        String statusPath() default "/v2/orders/{no}/status";
    }

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorComponent.class);

    private ShopserveSimulator simulator;

    @Activate
    void activate(Config config) {
        simulator = ShopserveSimulator.builder().host(config.host()).port(config.port()).shopId(config.shopId())
                .managerKey(config.managerKey()).requestsPerSecond(config.requestsPerSecond())
                .carriers(Arrays.asList(config.carriers()))
                .paths(new ShopservePaths(config.searchPath(), config.orderPath(), config.deliveryPath(),
                        config.statusPath()))
                .build().start();
        simulator.seedOrders(Math.max(0, Math.min(config.sampleOrders(), 20_000)));
        simulator.setMaintenance(config.maintenance());
        LOG.info("Shopserve simulator serving {} sample orders at {}", config.sampleOrders(), simulator.apiBaseUrl());
    }

    @Deactivate
    void deactivate() {
        if (simulator != null) {
            simulator.stop();
            simulator = null;
        }
    }
}
