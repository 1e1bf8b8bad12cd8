package io.orderhub.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/** Retries against a loopback server that answers from a script: which answers are retried, which are not. */
public class MallHttpTest {

    private static final RetryPolicy FAST = new RetryPolicy(3, 5, Duration.ofMillis(5), Duration.ofMillis(20),
            Duration.ofSeconds(2), Duration.ofMillis(300));

    /** One scripted answer: status, Retry-After, and how long to wait before answering. */
    private record Answer(int status, String retryAfter, long delayMillis) {
    }

    private final Deque<Answer> script = new ConcurrentLinkedDeque<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private MallHttp http;
    private RateBudget budget;

    @Before
    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            Answer a = script.poll();
            if (a == null) {
                a = new Answer(200, null, 0);
            }
            try {
                Thread.sleep(a.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (a.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", a.retryAfter());
            }
            byte[] body = ("{\"status\":" + a.status() + "}").getBytes(StandardCharsets.UTF_8);
            try {
                exchange.sendResponseHeaders(a.status(), body.length);
                exchange.getResponseBody().write(body);
            } catch (IOException e) {
                // the client gave up (timeout): nothing to answer to
            }
            exchange.close();
        });
        server.start();
        budget = new RateBudget(RateLimit.perSecond(1000));
        http = new MallHttp(HttpClient.newHttpClient(), budget, FAST);
    }

    @After
    public void stop() {
        server.stop(0);
    }

    private HttpResponse<String> send(boolean idempotent) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/x");
        return http.send(http.request(uri).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(), idempotent);
    }

    @Test
    public void a429IsRetriedEvenForACreateAndTheBudgetIsTold() throws Exception {
        script.add(new Answer(429, "0.05", 0));
        script.add(new Answer(429, null, 0));
        assertThat(send(false).statusCode()).isEqualTo(200);
        assertThat(requests).hasValue(3);
        assertThat(budget.throttledCount()).isEqualTo(2);
    }

    @Test
    public void serverErrorsAreRetriedForIdempotentCallsOnly() throws Exception {
        script.add(new Answer(500, null, 0));
        script.add(new Answer(503, "0", 0));
        assertThat(send(true).statusCode()).isEqualTo(200);
        assertThat(requests).hasValue(3);

        requests.set(0);
        script.add(new Answer(500, null, 0));
        assertThat(send(false).statusCode()).as("a create may have gone through: no repeat").isEqualTo(500);
        assertThat(requests).hasValue(1);
    }

    @Test
    public void afterTheRetriesTheLastAnswerIsReturned() throws Exception {
        for (int i = 0; i < 10; i++) {
            script.add(new Answer(502, null, 0));
        }
        assertThat(send(true).statusCode()).isEqualTo(502);
        assertThat(requests).hasValue(1 + FAST.maxRetries());
    }

    @Test
    public void aRetryAfterBeyondTheCapIsNotWaitedOut() throws Exception {
        script.add(new Answer(429, "86400", 0));
        HttpResponse<String> res = send(true);
        assertThat(res.statusCode()).isEqualTo(429);
        assertThat(res.headers().firstValue("Retry-After")).hasValue("86400");
        assertThat(requests).hasValue(1);
    }

    @Test
    public void aTimeoutIsRetriedForReadsAndThrownForCreates() throws Exception {
        script.add(new Answer(200, null, 1500));
        assertThat(send(true).statusCode()).isEqualTo(200);
        assertThat(requests).hasValue(2);

        requests.set(0);
        script.add(new Answer(200, null, 1500));
        assertThatThrownBy(() -> send(false)).isInstanceOf(HttpTimeoutException.class);
        assertThat(requests).hasValue(1);
    }

    @Test
    public void aRefusedConnectionIsRetriedAndThenThrown() {
        int port = server.getAddress().getPort();
        server.stop(0);
        URI uri = URI.create("http://127.0.0.1:" + port + "/x");
        assertThatThrownBy(() -> http.send(http.request(uri).GET().build(), HttpResponse.BodyHandlers.ofString(), false))
                .isInstanceOf(java.net.ConnectException.class);
    }
}
