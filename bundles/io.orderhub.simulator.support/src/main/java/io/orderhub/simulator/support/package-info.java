/**
 * What the mall simulators share: {@link io.orderhub.simulator.support.MallSimulator}, their lifecycle, and
 * {@link io.orderhub.simulator.support.LoopbackServer}, the embedded Jetty
 * server each simulator serves its fake mall API on.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.orderhub.simulator.support;
