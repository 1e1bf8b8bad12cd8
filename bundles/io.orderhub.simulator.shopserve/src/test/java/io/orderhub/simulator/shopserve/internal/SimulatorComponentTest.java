package io.orderhub.simulator.shopserve.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.Test;

import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
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
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        SimulatorComponent component = new SimulatorComponent();
        component.activate(config(Map.of("port", port, "sampleOrders", 7)));
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Asia/Tokyo"));
        String body = "{\"from\":0,\"size\":100,\"filters\":[{\"order_date_from\":\"" + now.minusDays(7).toOffsetDateTime()
                + "\"},{\"order_date_to\":\"" + now.toOffsetDateTime() + "\"}]}";
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v2/orders/_search"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("demo-shop:demo-manager-key".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> res = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(res.body()).get("orders")).hasSize(7);
        } finally {
            component.deactivate();
        }
        assertThatThrownBy(() -> http.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }
}
