package io.orderhub.simulator.support;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * An embedded Jetty server with one HTTP connector on a given host and port, serving one handler: the
 * lifecycle every mall simulator needs. Its own daemon threads keep a simulator independent of the
 * container's HTTP service, and the server version is not sent, as real malls do not send Jetty's.
 * Starting a running server and stopping a stopped one do nothing; a stopped server can be started again.
 *
 * <pre>{@code
 * LoopbackServer server = LoopbackServer.builder()
 *         .threadName("shopify-simulator").description("the Shopify simulator")
 *         .host("127.0.0.1").port(0).handler(handler).build();
 * server.start();
 * int port = server.port();   // the port picked, as port 0 was asked for
 * }</pre>
 */
public final class LoopbackServer implements AutoCloseable {

    private final String threadName;
    private final String description;
    private final String host;
    private final int requestedPort;
    private final int maxThreads;
    private final Handler handler;
    private Server server;
    private int port;

    private LoopbackServer(Builder b) {
        this.threadName = b.threadName;
        this.description = b.description;
        this.host = b.host;
        this.requestedPort = b.port;
        this.maxThreads = b.maxThreads;
        this.handler = b.handler;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts serving; returns this for chaining.
     *
     * @throws IllegalStateException naming the description and host:port when the server cannot start (e.g. the
     *         port is taken); nothing is left running then
     */
    public synchronized LoopbackServer start() {
        if (server != null) {
            return this;
        }
        QueuedThreadPool threads = new QueuedThreadPool(maxThreads, 2);
        threads.setName(threadName);
        threads.setDaemon(true);
        Server s = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(s, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(requestedPort);
        s.addConnector(connector);
        s.setHandler(handler);
        s.setStopTimeout(500);
        try {
            s.start();
        } catch (Exception e) {
            try {
                s.stop();
            } catch (Exception ignored) {
                // the start failure is what matters
            }
            throw new IllegalStateException("cannot start " + description + " on " + host + ":" + requestedPort
                    + ": " + e.getMessage(), e);
        }
        server = s;
        port = connector.getLocalPort();
        return this;
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop " + description + ": " + e.getMessage(), e);
        } finally {
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The port served on; the actual one when built with port 0. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("the simulator is not running");
        }
        return port;
    }

    /** {@code http://host:port} of the running server, an IPv6 host in brackets. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port();
    }

    /**
     * The host if it is a loopback address; a simulator never listens on a network.
     *
     * @throws IllegalArgumentException naming {@code host} otherwise
     */
    public static String requireLoopback(String host) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host: required");
        }
        try {
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException("host: the simulator listens on loopback only, not " + host);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("host: unknown host " + host, e);
        }
        return host;
    }

    /**
     * The port if it is one (0 picks a free one).
     *
     * @throws IllegalArgumentException naming {@code port} otherwise
     */
    public static int requirePort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: out of range: " + port);
        }
        return port;
    }

    /** Settings of a server; defaults: 127.0.0.1, a free port, at most 10 threads. */
    public static final class Builder {
        private String threadName = "loopback-server";
        private String description = "the loopback server";
        private String host = "127.0.0.1";
        private int port;
        private int maxThreads = 10;
        private Handler handler;

        private Builder() {
        }

        /** Name of the server's threads, e.g. {@code shopify-simulator}. */
        public Builder threadName(String value) {
            threadName = Objects.requireNonNull(value, "threadName");
            return this;
        }

        /** What the server is in error messages, e.g. {@code the Shopify simulator}. */
        public Builder description(String value) {
            description = Objects.requireNonNull(value, "description");
            return this;
        }

        /** A loopback address ({@link #requireLoopback}). */
        public Builder host(String value) {
            host = requireLoopback(value);
            return this;
        }

        /** 0 (default) picks a free port; one Jetty cannot bind fails {@link LoopbackServer#start()}. */
        public Builder port(int value) {
            port = requirePort(value);
            return this;
        }

        public Builder maxThreads(int value) {
            if (value < 4) {
                throw new IllegalArgumentException("maxThreads: at least 4 needed (acceptor, selector, requests): " + value);
            }
            maxThreads = value;
            return this;
        }

        public Builder handler(Handler value) {
            handler = Objects.requireNonNull(value, "handler");
            return this;
        }

        public LoopbackServer build() {
            if (handler == null) {
                throw new IllegalArgumentException("handler: missing");
            }
            return new LoopbackServer(this);
        }
    }
}
