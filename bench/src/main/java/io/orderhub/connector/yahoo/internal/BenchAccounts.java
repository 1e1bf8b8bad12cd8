package io.orderhub.connector.yahoo.internal;

import java.util.Map;

/**
 * Builds a Yahoo! account service outside OSGi for the benchmarks; it lives in the connector's internal package
 * because {@code configure} is package-private (on a plain classpath the split package is harmless).
 */
public final class BenchAccounts {

    private BenchAccounts() {
    }

    /** Configured as DS would, with the production page size, without the background credential check. */
    public static YahooAccountService yahoo(Map<String, Object> config) {
        YahooAccountService service = new YahooAccountService();
        service.configure(config, false);
        if (service.status().state() == io.orderhub.core.spi.ConnectionStatus.State.CONFIGURATION_ERROR) {
            throw new IllegalArgumentException("bench account configuration refused: " + service.status());
        }
        return service;
    }
}
