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
        HttpURLConnection get = (HttpURLConnection) new URL("http://127.0.0.1:" + first.port() + "/ping").openConnection();
        assertThat(get.getResponseCode()).isEqualTo(200);
        assertThat(get.getHeaderField("Server")).isNull();
        try (InputStream body = get.getInputStream()) {
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("pong /ping");
        }

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
