/**
 * A fake Yahoo! Shopping store speaking the Store API's order wire format (XML) on loopback, for tests and the
 * demo. Only {@link io.orderhub.simulator.yahoo.YahooSimulator} and its value types are API.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.orderhub.simulator.yahoo;
