package io.orderhub.simulator.support;

import org.eclipse.jetty.server.Handler;

/**
 * The lifecycle every mall simulator has: a {@link LoopbackServer} serving the fake mall's API, started and stopped
 * with the simulator. A subclass builds its handler and server and adds its mall's URLs, data and faults.
 *
 * @param <S> the simulator itself, so that {@code Simulator.builder().build().start()} keeps its type
 */
public abstract class MallSimulator<S extends MallSimulator<S>> implements AutoCloseable {

    private final LoopbackServer server;

    /**
     * @param name        name of the server's threads, e.g. {@code shopify-simulator}
     * @param description what the simulator is in error messages, e.g. {@code the Shopify simulator}
     * @param host        a loopback address
     * @param port        0 picks a free one
     * @param handler     the fake mall's API
     */
    protected MallSimulator(String name, String description, String host, int port, Handler handler) {
        this.server = LoopbackServer.builder().threadName(name).description(description).host(host).port(port)
                .handler(handler).build();
    }

    /** The simulator, for chaining. */
    protected abstract S self();

    /** Starts serving; returns this for chaining. */
    public S start() {
        server.start();
        return self();
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    /** The port served on; the actual one when built with port 0. */
    public int port() {
        return server.port();
    }

    /** {@code http://host:port} of the running simulator; a mall's URLs add their paths to it. */
    protected String root() {
        return server.url();
    }
}
