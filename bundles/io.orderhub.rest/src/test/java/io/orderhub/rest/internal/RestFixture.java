package io.orderhub.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderhub.rest.internal.error.ErrorMapper;
import io.orderhub.rest.internal.fake.FakeAccountService;
import io.orderhub.rest.internal.fake.FakeBackend;
import io.orderhub.rest.internal.fake.FakeExportRulesService;
import io.orderhub.rest.internal.fake.FakeJobService;
import io.orderhub.rest.internal.fake.FakeMallRegistry;
import io.orderhub.rest.internal.fake.FakeOrderService;
import io.orderhub.rest.internal.fake.FakeSyncService;
import io.orderhub.rest.internal.fake.InMemoryAuthenticator;
import io.orderhub.rest.internal.json.JsonProvider;
import io.orderhub.rest.internal.fake.FakeDataServices;
import io.orderhub.rest.internal.resource.AccountsResource;
import io.orderhub.rest.internal.resource.ConversionsResource;
import io.orderhub.rest.internal.resource.ExportCheckResource;
import io.orderhub.rest.internal.resource.ConflictsResource;
import io.orderhub.rest.internal.resource.HistoryResource;
import io.orderhub.rest.internal.resource.ProductsResource;
import io.orderhub.rest.internal.resource.JobsResource;
import io.orderhub.rest.internal.resource.HealthResource;
import io.orderhub.rest.internal.resource.AccountHealthResource;
import io.orderhub.rest.internal.fake.FakeHealthService;
import io.orderhub.rest.internal.resource.MallsResource;
import io.orderhub.rest.internal.resource.OpenApiResource;
import io.orderhub.rest.internal.resource.OrdersResource;
import io.orderhub.rest.internal.resource.StatusMappingResource;
import io.orderhub.rest.internal.resource.StatusesResource;
import io.orderhub.rest.internal.security.BasicAuthFilter;
import io.orderhub.rest.internal.security.DefaultContentTypeFilter;
import io.orderhub.rest.internal.security.QueryParameterFilter;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.junit.rules.ExternalResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The REST API as it runs in Karaf (same resources, extensions and JAX-RS engine, CXF) over real HTTP on a
 * free loopback port, backed by fake core services and an in-memory user list. Used as a JUnit
 * {@code @ClassRule}; {@link #reset()} restores the fake data before each test.
 */
public final class RestFixture extends ExternalResource {

    public static final List<Class<?>> RESOURCE_CLASSES = List.of(MallsResource.class, AccountsResource.class,
            OrdersResource.class, StatusesResource.class, JobsResource.class, OpenApiResource.class,
            StatusMappingResource.class, ConversionsResource.class, ExportCheckResource.class,
            HealthResource.class, AccountHealthResource.class,
            ProductsResource.class, ConflictsResource.class, HistoryResource.class);

    public static final String ADMIN = "admin";
    public static final String VIEWER = "viewer";
    public static final String OUTSIDER = "outsider";

    public final FakeBackend backend = new FakeBackend();
    public final FakeDataServices data = new FakeDataServices();
    public final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Server server;
    private String base;

    @Override
    protected void before() throws IOException {
        FakeAccountService accounts = new FakeAccountService(backend);
        FakeMallRegistry malls = new FakeMallRegistry(accounts);
        FakeOrderService orders = new FakeOrderService(backend);
        FakeSyncService sync = new FakeSyncService(backend, accounts);
        FakeJobService jobs = new FakeJobService(backend);
        FakeExportRulesService rules = new FakeExportRulesService(backend, accounts);
        FakeHealthService health = new FakeHealthService(backend, accounts);

        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://127.0.0.1:" + port + "/orderhub/api";
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setAddress(base);
        factory.setServiceBeans(List.of(new MallsResource(malls), new AccountsResource(accounts, malls, sync, orders, jobs),
                new OrdersResource(orders, accounts), new StatusesResource(orders), new JobsResource(jobs),
                new OpenApiResource(), new StatusMappingResource(rules), new ConversionsResource(rules),
                new ExportCheckResource(rules), new HealthResource(health), new AccountHealthResource(health),
                new ProductsResource(data.productService),
                new ConflictsResource(data.conflictService), new HistoryResource(data.historyService)));
        factory.setProviders(List.of(new JsonProvider(), new ErrorMapper(),
                new BasicAuthFilter(new InMemoryAuthenticator()), new QueryParameterFilter(malls),
                new DefaultContentTypeFilter()));
        server = factory.create();
    }

    @Override
    protected void after() {
        if (server != null) {
            server.destroy();
        }
    }

    public void reset() {
        backend.reset();
        data.reset();
    }

    public static String password(String user) {
        return user + "-pw";
    }

    public Reply get(String path, String user) {
        return send("GET", path, user, null);
    }

    public Reply send(String method, String path, String user, String body) {
        return send(method, path, user, body, "application/json");
    }

    public Reply send(String method, String path, String user, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        if (user != null) {
            b.header("Authorization", basic(user, password(user)));
        }
        return send(b, method, body, contentType);
    }

    /** A body of raw bytes (a Shift_JIS CSV, say), sent as they are. */
    public Reply sendBytes(String method, String path, String user, byte[] body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        b.header("Authorization", basic(user, password(user)));
        b.header("Content-Type", contentType);
        b.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply sendWithAuthorization(String method, String path, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        b.header("Authorization", authorization);
        return send(b, method, null, null);
    }

    private Reply send(HttpRequest.Builder b, String method, String body, String contentType) {
        if (body != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.body(), r, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A response: status, raw body and the body as JSON. */
    public record Reply(int status, String body, HttpResponse<String> response, ObjectMapper mapper) {

        public JsonNode json() {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
