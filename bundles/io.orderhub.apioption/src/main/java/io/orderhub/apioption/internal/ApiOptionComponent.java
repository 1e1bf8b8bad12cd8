package io.orderhub.apioption.internal;

import io.orderhub.core.model.Order;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.ApiOption;
import io.orderhub.core.service.HealthService;
import io.orderhub.core.service.JobService;
import io.orderhub.core.service.OrderChangeListener;
import io.orderhub.core.service.OrderUpdate;
import io.orderhub.core.service.SyncService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The API option while its bundle runs: tells the core it is there ({@link ApiOption}), hears operators'
 * changes ({@link OrderChangeListener}) and is ticked by Karaf's scheduler (whiteboard {@link Runnable},
 * {@code scheduler.period} seconds, never concurrently). Uninstalling the feature deactivates it: the
 * scheduler drops the tick, the core sees the option gone, and account switches stay stored but idle.
 */
@Component(service = {ApiOption.class, OrderChangeListener.class, Runnable.class},
        configurationPid = ApiOptionComponent.PID,
        property = {"scheduler.name=orderhub-api-option", "scheduler.period:Long=5", "scheduler.concurrent:Boolean=false"})
@Designate(ocd = ApiOptionComponent.Config.class)
public class ApiOptionComponent implements ApiOption, OrderChangeListener, Runnable {

    static final String PID = "io.orderhub.apioption";
    private static final Logger LOG = LoggerFactory.getLogger(ApiOptionComponent.class);

    @ObjectClassDefinition(name = "orderhub API option", description = "Automatic import/export schedules "
            + "and export on change")
    public @interface Config {
        @AttributeDefinition(name = "Seconds between checks of the schedules (Karaf scheduler period)")
        long scheduler_period() default 5;

        @AttributeDefinition(name = "Seconds to wait after an operator's change before exporting, so that "
                + "several changes go in one export")
        long coalesceSeconds() default 3;
    }

    private final AutomationRunner runner;

    @Activate
    public ApiOptionComponent(@Reference AccountService accounts, @Reference SyncService sync,
                              @Reference JobService jobs, @Reference HealthService health, Config config) {
        this.runner = new AutomationRunner(accounts, sync, jobs, health, Clock.systemUTC(),
                Duration.ofSeconds(Math.max(0, config.coalesceSeconds())));
        LOG.info("API option ({}) active: automatic import/export every account's schedule, checked every {} s",
                FEATURE, config.scheduler_period());
    }

    @Deactivate
    void deactivate() {
        runner.stop();
        LOG.info("API option ({}) stopped: automatic runs no longer start", FEATURE);
    }

    @Override
    public void run() {
        try {
            runner.tick();
        } catch (RuntimeException e) {
            LOG.warn("API option tick failed; next tick tries again", e);
        }
    }

    @Override
    public Instant nextRun(String accountId) {
        return runner.nextRun(accountId);
    }

    @Override
    public void orderChanged(Order order, Set<OrderUpdate.Field> changed, String actor) {
        runner.orderChanged(order, changed, actor);
    }
}
