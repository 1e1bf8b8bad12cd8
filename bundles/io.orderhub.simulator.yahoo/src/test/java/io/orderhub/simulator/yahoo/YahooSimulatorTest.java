package io.orderhub.simulator.yahoo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.After;
import org.junit.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Cipher;

public class YahooSimulatorTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private YahooSimulator sim;

    @After
    public void stop() {
        if (sim != null) {
            sim.stop();
        }
    }

    private HttpResponse<String> post(String api, String token, String xml, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.apiBaseUrl() + "/" + api))
                .header("Content-Type", "application/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String ship(String orderId, String pointFix, int shipStatus) {
        return "<Req><Target><OrderId>" + orderId + "</OrderId><IsPointFix>" + pointFix + "</IsPointFix></Target>"
                + "<Order><Ship><ShipStatus>" + shipStatus + "</ShipStatus><ShipCompanyCode>1001</ShipCompanyCode>"
                + "<ShipInvoiceNumber1>1234-5678-9012</ShipInvoiceNumber1><ShipDate>20250102</ShipDate></Ship></Order>"
                + "<SellerId>" + sim.sellerId() + "</SellerId></Req>";
    }

    private String status(String orderId, int status) {
        return "<Req><Target><OrderId>" + orderId + "</OrderId><IsPointFix>true</IsPointFix></Target><Order>"
                + "<OrderStatus>" + status + "</OrderStatus></Order><SellerId>" + sim.sellerId() + "</SellerId></Req>";
    }

    @Test
    public void refreshGrantIssuesATokenThatReadsOrderListAndOrderInfo() throws Exception {
        sim = YahooSimulator.builder().build().start();
        SimulatedOrder first = sim.seedOrders(3).get(0);
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(sim.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=" + sim.refreshToken()
                        + "&client_id=" + sim.clientId() + "&client_secret=" + sim.clientSecret())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(200);
        String accessToken = token.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> list = post(YahooSimulator.ORDER_LIST, accessToken, "<Req><Search><Result>2</Result>"
                + "<Start>1</Start><Sort>+order_time</Sort><Condition><OrderTimeFrom>20000101000000</OrderTimeFrom>"
                + "<OrderTimeTo>29991231235959</OrderTimeTo></Condition><Field>OrderId,OrderStatus</Field></Search>"
                + "<SellerId>demostore</SellerId></Req>");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("<TotalCount>3</TotalCount>").contains("<Index>2</Index>")
                .doesNotContain("<Index>3</Index>");

        HttpResponse<String> info = post(YahooSimulator.ORDER_INFO, accessToken, "<Req><Target><OrderId>"
                + first.orderId() + "</OrderId><Field>OrderId</Field></Target><SellerId>demostore</SellerId></Req>");
        assertThat(info.body()).contains("<OrderId>" + first.orderId() + "</OrderId>")
                .contains("<Title><![CDATA[" + first.items().get(0).title() + "]]></Title>");

        HttpResponse<String> missing = post(YahooSimulator.ORDER_INFO, accessToken,
                "<Req><Target><OrderId>demostore-1</OrderId></Target><SellerId>demostore</SellerId></Req>");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("od91801").contains("Not Exists : demostore-1");
    }

    private HttpResponse<String> refresh(String refreshToken) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sim.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=" + refreshToken
                        + "&client_id=" + sim.clientId() + "&client_secret=" + sim.clientSecret())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void withoutRotationTheRefreshTokenKeepsWorkingAndNoneIsAnswered() throws Exception {
        sim = YahooSimulator.builder().build().start();
        assertThat(refresh(sim.refreshToken()).body()).doesNotContain("refresh_token");
        assertThat(refresh(sim.refreshToken()).statusCode()).isEqualTo(200);
        assertThat(sim.currentRefreshToken()).isEqualTo(sim.refreshToken());
    }

    @Test
    public void rotatingRefreshTokensAnswersANewOneEachTimeAndTheOldOneStopsWorking() throws Exception {
        sim = YahooSimulator.builder().rotateRefreshTokens(true).build().start();
        HttpResponse<String> first = refresh(sim.refreshToken());
        assertThat(first.statusCode()).isEqualTo(200);
        String rotated = first.body().replaceAll(".*\"refresh_token\":\"([^\"]+)\".*", "$1");
        assertThat(rotated).isNotEqualTo(sim.refreshToken()).isEqualTo(sim.currentRefreshToken());

        HttpResponse<String> old = refresh(sim.refreshToken());
        assertThat(old.statusCode()).isEqualTo(400);
        assertThat(old.body()).contains("invalid_grant");
        HttpResponse<String> second = refresh(rotated);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("\"refresh_token\":\"" + sim.currentRefreshToken() + "\"");
        assertThat(sim.currentRefreshToken()).isNotEqualTo(rotated);
    }

    @Test
    public void missingOrExpiredTokenIsRefusedWithPx04102() throws Exception {
        sim = YahooSimulator.builder().build().start();
        HttpResponse<String> none = post(YahooSimulator.ORDER_LIST, null, "<Req/>");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("<Code>px-04102</Code>");
        String token = sim.issueAccessToken();
        sim.expireAccessTokens();
        assertThat(post(YahooSimulator.ORDER_LIST, token, "<Req/>").statusCode()).isEqualTo(401);
    }

    @Test
    public void statusChangesNeedPointFixAndCompletionNeedsShipStatus3AndStatesCanBeReadBack() throws Exception {
        sim = YahooSimulator.builder().build().start();
        String token = sim.issueAccessToken();
        String id = sim.seedOrders(1).get(0).orderId();

        HttpResponse<String> noPointFix = post(YahooSimulator.SHIP_STATUS_CHANGE, token, ship(id, "false", 3));
        assertThat(noPointFix.statusCode()).isEqualTo(400);
        assertThat(noPointFix.body()).contains("IsPointFix");

        HttpResponse<String> early = post(YahooSimulator.STATUS_CHANGE, token, status(id, 5));
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(sim.order(id).orElseThrow().orderStatus()).isEqualTo(2);

        assertThat(post(YahooSimulator.SHIP_STATUS_CHANGE, token, ship(id, "true", 3)).body()).contains("ok=\"1\"");
        assertThat(post(YahooSimulator.STATUS_CHANGE, token, status(id, 5)).statusCode()).isEqualTo(200);
        assertThat(post(YahooSimulator.STATUS_CHANGE, token, status(id, 5)).body()).contains("od91705");

        SimulatedOrder after = sim.order(id).orElseThrow();
        assertThat(after.orderStatus()).isEqualTo(5);
        assertThat(after.shipStatus()).isEqualTo(3);
        assertThat(after.shipCompanyCode()).isEqualTo("1001");
        assertThat(after.shipInvoiceNumber1()).isEqualTo("1234-5678-9012");
        assertThat(after.shipDate()).hasToString("2025-01-02");
    }

    @Test
    public void signatureIsCheckedAndTheOutcomeReportedInAuthorizeStatusWhileTheCallIsServed() throws Exception {
        sim = YahooSimulator.builder().signatureVersion(3).signatureKeySize(1024).build().start();
        String token = sim.issueAccessToken();
        String pem = sim.publicKeyPem().orElseThrow();
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder()
                .decode(pem.replaceAll("-----[A-Z ]+-----", ""))));
        String list = "<Req><Search><Condition><OrderTimeFrom>20250101000000</OrderTimeFrom></Condition>"
                + "<Field>OrderId</Field></Search><SellerId>demostore</SellerId></Req>";
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> good = post(YahooSimulator.ORDER_LIST, token, list,
                "X-sws-signature", sign(key, "demostore:" + now), "X-sws-signature-version", "3");
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(good.headers().firstValue("X-SWS-Authorize-Status")).hasValue("authorized");

        HttpResponse<String> wrongVersion = post(YahooSimulator.ORDER_LIST, token, list,
                "X-sws-signature", sign(key, "demostore:" + now), "X-sws-signature-version", "2");
        assertThat(wrongVersion.statusCode()).isEqualTo(200);
        assertThat(wrongVersion.headers().firstValue("X-SWS-Authorize-Status").orElseThrow()).contains("version");

        HttpResponse<String> old = post(YahooSimulator.ORDER_LIST, token, list,
                "X-sws-signature", sign(key, "demostore:" + (now - 3600)), "X-sws-signature-version", "3");
        assertThat(old.headers().firstValue("X-SWS-Authorize-Status").orElseThrow()).contains("expired");
    }

    @Test
    public void overTheDailyQuotaEveryCallIsForbidden() throws Exception {
        sim = YahooSimulator.builder().dailyQuota(2).build().start();
        String token = sim.issueAccessToken();
        String list = "<Req><Search><Condition><OrderTimeFrom>20250101000000</OrderTimeFrom></Condition>"
                + "<Field>OrderId</Field></Search><SellerId>demostore</SellerId></Req>";
        assertThat(post(YahooSimulator.ORDER_LIST, token, list).statusCode()).isEqualTo(200);
        assertThat(post(YahooSimulator.ORDER_LIST, token, list).statusCode()).isEqualTo(200);
        HttpResponse<String> third = post(YahooSimulator.ORDER_LIST, token, list);
        assertThat(third.statusCode()).isEqualTo(403);
        assertThat(third.body()).contains("Your Request was Forbidden");
        assertThat(third.headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    public void overThePerSecondLimitACallIsRefusedAndCounted() throws Exception {
        sim = YahooSimulator.builder().requestsPerSecond(2).build().start();
        String token = sim.issueAccessToken();
        String list = "<Req><Search><Condition><OrderTimeFrom>20250101000000</OrderTimeFrom></Condition>"
                + "<Field>OrderId</Field></Search><SellerId>demostore</SellerId></Req>";
        // six calls back to back: even a stalled machine makes more than two of them inside some second
        int refused = 0;
        for (int i = 0; i < 6; i++) {
            if (post(YahooSimulator.ORDER_LIST, token, list).statusCode() == 429) {
                refused++;
            }
        }
        assertThat(refused).isBetween(1, 4);
        assertThat(sim.throttledCount()).isEqualTo(refused);
    }

    @Test
    public void malformedRequestXmlIsABadRequest() throws Exception {
        sim = YahooSimulator.builder().build().start();
        HttpResponse<String> res = post(YahooSimulator.ORDER_LIST, sim.issueAccessToken(), "<Req><Search>");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).contains("od90101");
    }

    private static String sign(PublicKey key, String plain) throws Exception {
        Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        rsa.init(Cipher.ENCRYPT_MODE, key);
        return Base64.getEncoder().encodeToString(rsa.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }
}
