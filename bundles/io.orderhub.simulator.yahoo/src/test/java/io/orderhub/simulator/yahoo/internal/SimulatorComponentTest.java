package io.orderhub.simulator.yahoo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.Test;

import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.ServerSocket;
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
    public void runsTheDemoStoreWithSampleOrdersUntilDeactivated() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        SimulatorComponent component = new SimulatorComponent();
        component.activate(config(Map.of("port", port, "sampleOrders", 7)));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest token = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/yconnect/v2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=demo-refresh-token"
                        + "&client_id=demo-client-id&client_secret=demo-client-secret")).build();
        try {
            HttpResponse<String> t = http.send(token, HttpResponse.BodyHandlers.ofString());
            assertThat(t.statusCode()).isEqualTo(200);
            String accessToken = t.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/ShoppingWebService/V1/orderList")).header("Authorization", "Bearer " + accessToken)
                    .POST(HttpRequest.BodyPublishers.ofString("<Req><Search><Condition><OrderTimeFrom>20000101000000"
                            + "</OrderTimeFrom></Condition><Field>OrderId</Field></Search><SellerId>demostore</SellerId>"
                            + "</Req>")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(list.body()).contains("<TotalCount>7</TotalCount>");
        } finally {
            component.deactivate();
        }
        assertThatThrownBy(() -> http.send(token, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }
}
