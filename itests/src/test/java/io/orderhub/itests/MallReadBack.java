package io.orderhub.itests;

import static org.junit.Assert.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a mall's side back through its simulator's own HTTP API, as the mall's client would. Part of the test
 * probe (same package as the tests), so it runs inside the container.
 */
final class MallReadBack {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MallReadBack() {
    }

    /**
     * The Yahoo! simulator's orderInfo answer (XML) for {@code orderId} with the given {@code fields}, after a
     * token from its YConnect endpoint with the demo credentials.
     */
    static String yahooOrderInfo(String base, String orderId, String... fields) throws Exception {
        HttpRequest tokenRequest = HttpRequest.newBuilder(URI.create(base + "/yconnect/v2/token"))
                .header("Authorization", OrderhubTestSupport.basicAuth("demo-client-id", "demo-client-secret"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=demo-refresh-token"))
                .timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> token = HttpClient.newHttpClient().send(tokenRequest, HttpResponse.BodyHandlers.ofString());
        assertEquals(token.body(), 200, token.statusCode());
        String accessToken = JSON.readTree(token.body()).get("access_token").asText();

        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Req><Target><OrderId>" + orderId + "</OrderId>"
                + "<Field>" + String.join(",", fields) + "</Field>"
                + "</Target><SellerId>demostore</SellerId></Req>";
        return sendWaitingOutRateLimit(HttpRequest.newBuilder(URI.create(base + "/ShoppingWebService/V1/orderInfo"))
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8))
                .timeout(Duration.ofSeconds(10)).build());
    }

    /** GET {@code url} as JSON with the given header name/value pairs; asserts 200 and answers the body. */
    static String simulatorGet(String url, String... headers) throws Exception {
        return sendWaitingOutRateLimit(HttpRequest.newBuilder(URI.create(url)).headers(headers)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(10)).build());
    }

    static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The test reads through the same rate limit as the connector: a 429 is waited out as a client must (its
     * Retry-After, kept between 1 and 5 s), up to 5 attempts; then the answer must be 200.
     */
    private static String sendWaitingOutRateLimit(HttpRequest request) throws Exception {
        HttpResponse<String> response = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 429) {
                break;
            }
            long seconds = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
            Thread.sleep(Math.min(5, Math.max(1, seconds)) * 1000);
        }
        assertEquals(response.body(), 200, response.statusCode());
        return response.body();
    }
}
