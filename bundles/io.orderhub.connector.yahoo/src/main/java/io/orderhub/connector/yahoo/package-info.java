/** Names of the Yahoo! Shopping connector's mall id, configuration PID and account settings. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.orderhub.connector.yahoo;
