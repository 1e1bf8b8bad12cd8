/**
 * A fake Shopify shop speaking the Admin REST wire format on loopback, for tests and the demo. Only
 * {@link io.orderhub.simulator.shopify.ShopifySimulator} and its value types are API.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.orderhub.simulator.shopify;
