package io.orderhub.connector.yahoo.internal;

import static io.orderhub.connector.yahoo.YahooConstants.FETCH_STATUSES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderhub.core.spi.ImportQuery;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.simulator.yahoo.SimulatedOrder;
import io.orderhub.simulator.yahoo.YahooSimulator;

import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** F3: what a Yahoo! import fetches depends on whether the API option is installed. */
public class YahooApiOptionTest extends SimulatorTestSupport {

    private final Instant from = Instant.now().minus(Duration.ofDays(2));
    private final Instant to = Instant.now().plusSeconds(60);

    private List<String> fetch(YahooAccountService service, boolean apiOption, String... statuses) throws Exception {
        List<MallOrder> orders = new ArrayList<>();
        service.fetch(new ImportQuery(from, to, List.of(statuses), TOKYO, apiOption), orders::add);
        return orders.stream().map(MallOrder::mallOrderNumber).toList();
    }

    @Test
    public void f3_withoutTheApiOptionOnlyOrdersIn新規And保留AreImported_whateverTheFetchStatusesSay() throws Exception {
        YahooSimulator sim = simulator();
        SimulatedOrder processing = add(sim, 2, 1, 1);
        SimulatedOrder held = add(sim, 3, 1, 1);
        add(sim, 5, 3, 1);
        Map<String, Object> config = config(sim);
        config.put(FETCH_STATUSES, "5");

        assertThat(fetch(account(config, YahooAccountService.PAGE_SIZE), false))
                .containsExactlyInAnyOrder(processing.orderId(), held.orderId());
    }

    @Test
    public void f3_withTheApiOptionTheAccountsFetchStatusesApply() throws Exception {
        YahooSimulator sim = simulator();
        add(sim, 2, 1, 1);
        SimulatedOrder held = add(sim, 3, 1, 1);
        SimulatedOrder done = add(sim, 5, 3, 1);
        Map<String, Object> config = config(sim);
        config.put(FETCH_STATUSES, "3,5");

        assertThat(fetch(account(config, YahooAccountService.PAGE_SIZE), true))
                .containsExactlyInAnyOrder(held.orderId(), done.orderId());
    }

    @Test
    public void f3_withoutTheApiOptionAnImportByStatusFor新規Or保留Runs() throws Exception {
        YahooSimulator sim = simulator();
        add(sim, 2, 1, 1);
        SimulatedOrder held = add(sim, 3, 1, 1);

        assertThat(fetch(account(sim), false, "保留")).containsExactly(held.orderId());
    }

    @Test
    public void f3_withoutTheApiOptionAnImportByStatusForOthersIsRefusedNamingTheOption_beforeAnyCall() {
        YahooSimulator sim = simulator();
        add(sim, 5, 3, 1);
        YahooAccountService service = account(sim);

        assertThatThrownBy(() -> fetch(service, false, "保留", "完了"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mallStatuses:")
                .hasMessageContaining("[完了]").hasMessageContaining("orderhub-api-option");
        assertThat(sim.requestCount(YahooSimulator.ORDER_LIST)).isZero();
        assertThat(sim.requestCount(YahooSimulator.TOKEN)).isZero();
    }

    @Test
    public void f3_withTheApiOptionAnImportByStatusFetchesAnyYahooStatus() throws Exception {
        YahooSimulator sim = simulator();
        add(sim, 2, 1, 1);
        SimulatedOrder done = add(sim, 5, 3, 1);

        assertThat(fetch(account(sim), true, "完了")).containsExactly(done.orderId());
    }
}
