/**
 * A fake Eストア Shopserve shop speaking the (assumed) ショップサーブAPI order wire format on loopback, for tests
 * and the demo. Only {@link io.orderhub.simulator.shopserve.ShopserveSimulator} and its value types are API.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.orderhub.simulator.shopserve;
