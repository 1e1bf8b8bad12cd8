package io.orderhub.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.util.tracker.ServiceTracker;

import io.orderhub.core.spi.MallConnector;

/**
 * The distribution boots orderhub, and a connector feature installs and uninstalls hot without touching any
 * other bundle. One Karaf for the whole class.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DistributionIT extends OrderhubTestSupport {

    private static final String CONNECTOR_FEATURE = "orderhub-connector-shopify";
    private static final String CONNECTOR_BUNDLE = "io.orderhub.connector.shopify";

    @After
    public void removeConnector() throws Exception {
        if (featureService.isInstalled(featureService.getFeature(CONNECTOR_FEATURE))) {
            featureService.uninstallFeature(CONNECTOR_FEATURE);
        }
    }

    @Test
    public void bootsWithCoreRestAndShellActive() throws Exception {
        assertFeaturesInstalled("orderhub", "orderhub-core", "orderhub-rest", "orderhub-shell");
        activeBundle("io.orderhub.core");
        activeBundle("io.orderhub.rest");
        activeBundle("io.orderhub.shell");
        assertFeatureNotInstalled(CONNECTOR_FEATURE);
        assertFeatureNotInstalled("orderhub-simulator-shopify");
    }

    @Test
    public void httpServerListensOnTheTestPort() throws Exception {
        // any HTTP answer proves the container's web server took the port this class chose
        HttpResponse<String> response = get("/", null, null);
        assertTrue("HTTP status " + response.statusCode(), response.statusCode() >= 200 && response.statusCode() < 600);
    }

    @Test
    public void restApiAuthenticatesTheShippedUsers() throws Exception {
        // etc/users.properties of the distribution: admin/admin (orderhub-admin), viewer/viewer (orderhub-viewer)
        assertEquals(401, get("/accounts", null, null).statusCode());
        assertEquals(401, get("/accounts", ADMIN_USER, "wrong").statusCode());
        assertEquals(200, get("/accounts", VIEWER_USER, VIEWER_PASSWORD).statusCode());
        HttpResponse<String> asAdmin = get("/accounts", ADMIN_USER, ADMIN_PASSWORD);
        assertEquals(200, asAdmin.statusCode());
        assertTrue("JSON array of accounts: " + asAdmin.body(), asAdmin.body().trim().startsWith("["));
    }

    @Test
    public void shopifyConnectorRegistersItsMallConnectorWhenInstalledHot() throws Exception {
        ServiceTracker<MallConnector, MallConnector> connectors =
                new ServiceTracker<>(bundleContext, MallConnector.class, null);
        connectors.open();
        try {
            assertNull("no connector before the feature is installed", shopify(connectors));

            featureService.installFeature(CONNECTOR_FEATURE);
            MallConnector shopify = awaitShopify(connectors, 30);
            assertNotNull("MallConnector with descriptor id shopify registered within 30 s", shopify);
            String malls = get("/malls", VIEWER_USER, VIEWER_PASSWORD).body();
            assertTrue("GET /malls lists shopify: " + malls, malls.contains("\"id\":\"shopify\""));
            String console = executeCommand("orderhub:mall-list");
            assertTrue("orderhub:mall-list lists shopify: " + console, console.contains("shopify"));

            featureService.uninstallFeature(CONNECTOR_FEATURE);
            assertNull("bundle gone after uninstall", findBundleByName(CONNECTOR_BUNDLE));
            assertNull("MallConnector shopify gone after uninstall", shopify(connectors));
            HttpResponse<String> after = get("/malls", VIEWER_USER, VIEWER_PASSWORD);
            assertEquals("the REST API keeps working", 200, after.statusCode());
            assertTrue("GET /malls no longer lists shopify: " + after.body(), !after.body().contains("shopify"));
            String consoleAfter = executeCommand("orderhub:mall-list");
            assertTrue("orderhub:mall-list no longer lists shopify: " + consoleAfter,
                    consoleAfter.contains("No mall connector is installed") && !consoleAfter.contains("Shopify"));
            assertEquals(200, get("/accounts", VIEWER_USER, VIEWER_PASSWORD).statusCode());
        } finally {
            connectors.close();
        }
    }

    @Test
    public void connectorInstallAndUninstallRefreshNoOtherBundle() throws Exception {
        Map<String, Long> idsBefore = orderhubBundleIds();
        List<String> disturbed = Collections.synchronizedList(new ArrayList<>());
        // a refresh stops and re-resolves a bundle; record every bundle that goes through that
        SynchronousBundleListener listener = event -> {
            int type = event.getType();
            if ((type == BundleEvent.STOPPED || type == BundleEvent.UNRESOLVED)
                    && !CONNECTOR_BUNDLE.equals(event.getBundle().getSymbolicName())) {
                disturbed.add(event.getBundle().getSymbolicName() + " " + typeName(type));
            }
        };
        bundleContext.addBundleListener(listener);
        try {
            featureService.installFeature(CONNECTOR_FEATURE);
            assertFeatureInstalled(CONNECTOR_FEATURE);
            Bundle connector = activeBundle(CONNECTOR_BUNDLE);

            featureService.uninstallFeature(CONNECTOR_FEATURE);
            assertFeatureNotInstalled(CONNECTOR_FEATURE);
            assertEquals(Bundle.UNINSTALLED, connector.getState());
        } finally {
            bundleContext.removeBundleListener(listener);
        }

        assertEquals("bundles stopped or unresolved by the connector's install/uninstall",
                List.of(), List.copyOf(disturbed));
        assertEquals("the same orderhub bundles as before", idsBefore, orderhubBundleIds());
        activeBundle("io.orderhub.core");
        activeBundle("io.orderhub.rest");
        activeBundle("io.orderhub.shell");
    }

    private Map<String, Long> orderhubBundleIds() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            if (bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith("io.orderhub.")) {
                ids.put(bundle.getSymbolicName(), bundle.getBundleId());
            }
        }
        return ids;
    }

    private static MallConnector shopify(ServiceTracker<MallConnector, MallConnector> connectors) {
        Object[] services = connectors.getServices();
        if (services == null) {
            return null;
        }
        for (Object service : services) {
            MallConnector connector = (MallConnector) service;
            if ("shopify".equals(connector.descriptor().id())) {
                return connector;
            }
        }
        return null;
    }

    private static MallConnector awaitShopify(ServiceTracker<MallConnector, MallConnector> connectors, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        MallConnector found = shopify(connectors);
        while (found == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = shopify(connectors);
        }
        return found;
    }

    private static String typeName(int type) {
        return type == BundleEvent.STOPPED ? "STOPPED" : "UNRESOLVED";
    }
}
