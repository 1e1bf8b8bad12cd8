package io.orderhub.simulator.shopify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

public class SimulatorComponentTest {

    /** The component's configuration as DS would give it: the metatype defaults, overridden by {@code values}. */
    private static SimulatorComponent.Config config(Map<String, Object> values) {
        return (SimulatorComponent.Config) Proxy.newProxyInstance(SimulatorComponent.Config.class.getClassLoader(),
                new Class<?>[] {SimulatorComponent.Config.class},
                (proxy, method, args) -> values.containsKey(method.getName()) ? values.get(method.getName())
                        : method.getDefaultValue());
    }

    @Test
    public void runsTheDemoShopWithSampleOrdersUntilDeactivated() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        SimulatorComponent component = new SimulatorComponent();
        component.activate(config(Map.of("port", port, "sampleOrders", 7)));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/admin/api/2025-01/orders.json?status=any")).header("X-Shopify-Access-Token", "shpat_demo_token")
                .build();
        try {
            HttpResponse<String> res = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(res.headers().firstValue("X-Shopify-Shop-Api-Call-Limit")).hasValue("1/40");
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(res.body()).get("orders")).hasSize(7);
        } finally {
            component.deactivate();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> http.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }
}
