/**
 * What the mall simulators share: {@link io.orderhub.simulator.support.LoopbackServer}, the embedded Jetty
 * server each simulator serves its fake mall API on.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.orderhub.simulator.support;
