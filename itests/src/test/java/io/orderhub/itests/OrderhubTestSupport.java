package io.orderhub.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.karaf.itests.KarafTestSupport;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.container.remote.RBCRemoteTargetOptions;
import org.ops4j.pax.exam.container.remote.options.RBCLookupTimeoutOption;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.KarafDistributionBaseConfigurationOption;
import org.ops4j.pax.exam.karaf.options.KarafDistributionConfigurationFilePutOption;
import org.ops4j.pax.exam.options.MavenArtifactUrlReference;
import org.ops4j.pax.exam.options.TimeoutOption;
import org.ops4j.pax.exam.options.extra.VMOption;
import org.osgi.framework.Bundle;

/**
 * Boots the orderhub distribution built by this reactor (karaf-assembly's tar.gz) instead of a plain Karaf.
 *
 * <p>Every port is a free one picked at random when the class is configured, so test runs can overlap with a
 * Karaf on 8181/8101 or with each other. {@link #restBaseUrl()} and {@link #get} give REST round-trip tests the
 * port the container really listens on. Subclasses add their own options with {@link #extraOptions()}.
 *
 * <p>Needs the system properties {@code karaf.version} (the Java 17 module flags of {@link KarafTestSupport}
 * depend on it), {@code orderhub.distribution}, {@code orderhub.version} and {@code org.ops4j.pax.url.mvn.localRepository}; failsafe
 * sets them (see the pom).
 */
public abstract class OrderhubTestSupport extends KarafTestSupport {

    public static final String REST_BASE_PATH = "/orderhub/api";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    public static final String VIEWER_USER = "viewer";
    public static final String VIEWER_PASSWORD = "viewer";

    /** How long to wait for the container to boot and for injected services (boot takes 20-60 s on 2 cores). */
    protected static final long BOOT_TIMEOUT_MILLIS = 240_000;

    /** How long {@link #awaitJob(String)} waits for a job by default. */
    protected static final Duration JOB_TIMEOUT = Duration.ofSeconds(90);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final Set<String> PORT_KEYS =
            Set.of("org.osgi.service.http.port", "rmiRegistryPort", "rmiServerPort", "sshPort");

    protected OrderhubTestSupport() {
        // KarafTestSupport reruns a failed test once; a test that passes the second time hides a real problem
        retry = new Retry(false);
    }

    /**
     * On a loaded machine the end of boot can refresh the features bundle after its service was injected; the
     * injected one then refuses every task. Takes the current service in that case, once.
     */
    @Override
    public void installAndAssertFeature(String feature) throws Exception {
        try {
            super.installAndAssertFeature(feature);
        } catch (java.util.concurrent.RejectedExecutionException stale) {
            featureService = getOsgiService(org.apache.karaf.features.FeaturesService.class);
            super.installAndAssertFeature(feature);
        }
    }

    @Configuration
    @Override
    public Option[] config() {
        String distribution = requiredProperty("orderhub.distribution");
        if (!new File(distribution).isFile()) {
            throw new IllegalStateException("No orderhub distribution at " + distribution
                    + ": build karaf-assembly first (mvn verify from the top directory does)");
        }
        Option[] inherited = Arrays.stream(super.config())
                .filter(option -> !(option instanceof KarafDistributionBaseConfigurationOption))
                // KarafTestSupport waits up to an hour for a Karaf that does not boot; CI gives 30 minutes in all
                .filter(option -> !(option instanceof TimeoutOption || option instanceof RBCLookupTimeoutOption))
                .filter(option -> !(option instanceof KarafDistributionConfigurationFilePutOption put
                        && PORT_KEYS.contains(put.getKey())))
                .toArray(Option[]::new);
        Option[] orderhub = {
                karafDistributionConfiguration()
                        .frameworkUrl(new File(distribution).toURI().toString())
                        .name("orderhub")
                        .karafVersion(requiredProperty("karaf.version"))
                        .unpackDirectory(new File("target/exam")),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
                CoreOptions.systemTimeout(BOOT_TIMEOUT_MILLIS),
                RBCRemoteTargetOptions.waitForRBCFor((int) BOOT_TIMEOUT_MILLIS),
                // the same flag bin/setenv sets: JDK 17.0.15 rejects a jar nested in the JAX-RS API bundle
                new VMOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
                composite(extraOptions())
        };
        return Stream.concat(Arrays.stream(inherited), Arrays.stream(orderhub)).toArray(Option[]::new);
    }

    /**
     * The distribution as a Maven artifact. {@link #config()} boots the tar.gz file of this build instead (it is
     * not in the local repository before {@code mvn install}); this only keeps the inherited options valid.
     */
    @Override
    public MavenArtifactUrlReference getKarafDistribution() {
        return CoreOptions.maven().groupId("io.orderhub").artifactId("orderhub-karaf-assembly")
                .version(requiredProperty("orderhub.version")).type("tar.gz");
    }

    /** Options a test class adds to the container (features to install, configuration to edit, ...). */
    protected Option[] extraOptions() {
        return new Option[0];
    }

    /** {@code http://127.0.0.1:<port>/orderhub/api}, with the port this container listens on. */
    protected String restBaseUrl() throws Exception {
        return "http://127.0.0.1:" + getHttpPort() + REST_BASE_PATH;
    }

    /** GET {@code restBaseUrl() + path} with HTTP Basic credentials ({@code user} null: none). */
    protected HttpResponse<String> get(String path, String user, String password) throws Exception {
        return send("GET", path, null, user, password);
    }

    /**
     * Sends {@code method} to {@code restBaseUrl() + path}, with {@code jsonBody} (null: no body) as
     * application/json and HTTP Basic credentials ({@code user} null: none); answers the response as text.
     */
    protected HttpResponse<String> send(String method, String path, String jsonBody, String user, String password)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(restBaseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, jsonBody == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        if (user != null) {
            request.header("Authorization", basicAuth(user, password));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    protected static String basicAuth(String user, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ REST round trips shared by the tests

    /** The Shopify simulator on {@code port} with {@code token}, 30 sample orders and a generous rate limit. */
    protected static Option[] shopifySimulatorOptions(String port, String token) {
        return new Option[] {
                editConfigurationFilePut("etc/io.orderhub.simulator.shopify.cfg", "port", port),
                editConfigurationFilePut("etc/io.orderhub.simulator.shopify.cfg", "accessToken", token),
                editConfigurationFilePut("etc/io.orderhub.simulator.shopify.cfg", "sampleOrders", "30"),
                editConfigurationFilePut("etc/io.orderhub.simulator.shopify.cfg", "leakPerSecond", "50"),
                editConfigurationFilePut("etc/io.orderhub.simulator.shopify.cfg", "bucketSize", "80")
        };
    }

    /** The port the {@code mall}'s simulator listens on, as its configuration in Config Admin gives it. */
    protected String simulatorPort(String mall) throws Exception {
        Object port = configurationAdmin.getConfiguration("io.orderhub.simulator." + mall, null)
                .getProperties().get("port");
        assertNotNull("port of the " + mall + " simulator in Config Admin", port);
        return String.valueOf(port);
    }

    /** Polls {@code /jobs/<id>} until the job has finished, at most {@link #JOB_TIMEOUT}; answers the job. */
    protected JsonNode awaitJob(String jobId) throws Exception {
        return awaitJob(jobId, JOB_TIMEOUT);
    }

    protected JsonNode awaitJob(String jobId, Duration limit) throws Exception {
        long deadline = System.currentTimeMillis() + limit.toMillis();
        JsonNode job;
        do {
            job = MAPPER.readTree(get("/jobs/" + jobId, VIEWER_USER, VIEWER_PASSWORD).body());
            if (job.get("finished").asBoolean()) {
                return job;
            }
            Thread.sleep(250);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("job " + jobId + " did not finish within " + limit.toSeconds() + " s: " + job);
    }

    /** {@link #importAndAwait(String, Duration)} with {@link #JOB_TIMEOUT}. */
    protected JsonNode importAndAwait(String account) throws Exception {
        return importAndAwait(account, JOB_TIMEOUT);
    }

    /**
     * Starts an import of {@code account} and waits for it to succeed (job timeout {@code jobLimit}); answers the
     * finished job. The connector's account services start asynchronously after the account's configuration is
     * written, so a 409 is retried for 30 s.
     */
    protected JsonNode importAndAwait(String account, Duration jobLimit) throws Exception {
        JsonNode importJob = null;
        long deadline = System.currentTimeMillis() + 30_000;
        while (importJob == null && System.currentTimeMillis() < deadline) {
            HttpResponse<String> started = send("POST", "/accounts/" + account + "/imports", null,
                    ADMIN_USER, ADMIN_PASSWORD);
            if (started.statusCode() == 202) {
                importJob = MAPPER.readTree(started.body());
            } else {
                assertEquals(started.body(), 409, started.statusCode());
                Thread.sleep(500);
            }
        }
        assertNotNull("import of " + account + " started within 30 s", importJob);
        JsonNode imported = awaitJob(importJob.get("id").asText(), jobLimit);
        assertEquals(imported.toString(), "SUCCEEDED", imported.get("state").asText());
        return imported;
    }

    /** The first of {@code account}'s orders (details, as {@code /orders/<id>} gives them) that {@code fits}. */
    protected JsonNode pickOrder(String account, Predicate<JsonNode> fits) throws Exception {
        JsonNode orders = MAPPER.readTree(get("/orders?account=" + account + "&limit=100", VIEWER_USER, VIEWER_PASSWORD)
                .body());
        for (JsonNode candidate : orders.get("items")) {
            JsonNode detail = MAPPER.readTree(get("/orders/" + candidate.get("id").asLong(), VIEWER_USER, VIEWER_PASSWORD)
                    .body());
            if (fits.test(detail)) {
                return detail;
            }
        }
        throw new AssertionError("no fitting order of " + account + " among " + orders);
    }

    /** The entry of a preview's targets or a job's results about {@code orderId}; null if there is none. */
    protected static JsonNode entryFor(JsonNode entries, long orderId) {
        for (JsonNode e : entries) {
            if (e.path("orderId").asLong() == orderId) {
                return e;
            }
        }
        return null;
    }

    protected Bundle activeBundle(String symbolicName) {
        Bundle bundle = findBundleByName(symbolicName);
        if (bundle == null) {
            throw new AssertionError("bundle " + symbolicName + " is not installed");
        }
        if (bundle.getState() != Bundle.ACTIVE) {
            throw new AssertionError("bundle " + symbolicName + " is in state " + bundle.getState()
                    + ", not ACTIVE (32)");
        }
        return bundle;
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set (run through failsafe)");
        }
        return value;
    }

    protected static String freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
