package io.orderhub.simulator.support;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.junit.After;
import org.junit.Test;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class LoopbackServerTest {

    private LoopbackServer first;
    private LoopbackServer second;

    @After
    public void stopServers() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    public void portZero_servesTheHandlerOnTheFreePortPicked_untilStopped() throws IOException {
        first = server(0).start();

        assertThat(first.isRunning()).isTrue();
        assertThat(first.port()).isPositive();
        assertThat(get("http://127.0.0.1:" + first.port() + "/ping")).isEqualTo("pong /ping");

        first.stop();

        assertThat(first.isRunning()).isFalse();
        assertThatThrownBy(first::port).isInstanceOf(IllegalStateException.class).hasMessage("the simulator is not running");
    }

    @Test
    public void startAndStop_twice_doNothingTheSecondTime() {
        first = server(0).start();
        int port = first.port();

        assertThat(first.start()).isSameAs(first);
        assertThat(first.port()).isEqualTo(port);

        first.stop();
        first.stop();
        assertThat(first.isRunning()).isFalse();
    }

    @Test
    public void start_onATakenPort_failsNamingTheServerAndHostPort_andLeavesItStopped() {
        first = server(0).start();
        int taken = first.port();
        second = server(taken);

        assertThatThrownBy(second::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot start the test server on 127.0.0.1:" + taken + ": ");
        assertThat(second.isRunning()).isFalse();
        assertThat(first.isRunning()).isTrue();
    }

    @Test
    public void url_namesTheHostAndThePortPicked() {
        first = server(0).start();

        assertThat(first.url()).isEqualTo("http://127.0.0.1:" + first.port());
    }

    @Test
    public void onlyLoopbackHostsAndRealPortsAreAccepted() {
        assertThat(LoopbackServer.requireLoopback("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(LoopbackServer.requireLoopback("::1")).isEqualTo("::1");
        assertThatThrownBy(() -> LoopbackServer.requireLoopback("192.0.2.10"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("host: the simulator listens on loopback only, not 192.0.2.10");
        assertThatThrownBy(() -> LoopbackServer.requireLoopback(" ")).hasMessage("host: required");
        assertThatThrownBy(() -> LoopbackServer.builder().host("0.0.0.0")).isInstanceOf(IllegalArgumentException.class);

        assertThat(LoopbackServer.requirePort(0)).isZero();
        assertThatThrownBy(() -> LoopbackServer.requirePort(65536)).hasMessage("port: out of range: 65536");
        assertThatThrownBy(() -> LoopbackServer.builder().port(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void aMallSimulatorServesItsHandlerFromStartToStop() throws IOException {
        try (PongSimulator simulator = new PongSimulator().start()) {
            assertThat(simulator.isRunning()).isTrue();
            assertThat(get(simulator.root() + "/ping")).isEqualTo("pong /ping");

            simulator.stop();
            assertThat(simulator.isRunning()).isFalse();
        }
    }

    private static final class PongSimulator extends MallSimulator<PongSimulator> {
        PongSimulator() {
            super("pong-simulator", "the pong simulator", "127.0.0.1", 0, new Pong());
        }

        @Override
        protected PongSimulator self() {
            return this;
        }
    }

    /** The body of a 200 answer sent without a Server header. */
    private static String get(String url) throws IOException {
        HttpURLConnection get = (HttpURLConnection) new URL(url).openConnection();
        assertThat(get.getResponseCode()).isEqualTo(200);
        assertThat(get.getHeaderField("Server")).isNull();
        try (InputStream body = get.getInputStream()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static LoopbackServer server(int port) {
        return LoopbackServer.builder()
                .threadName("loopback-server-test")
                .description("the test server")
                .host("127.0.0.1")
                .port(port)
                .maxThreads(4)
                .handler(new Pong())
                .build();
    }

    private static final class Pong extends AbstractHandler {
        @Override
        public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            response.setStatus(200);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write("pong " + target);
            base.setHandled(true);
        }
    }
}
