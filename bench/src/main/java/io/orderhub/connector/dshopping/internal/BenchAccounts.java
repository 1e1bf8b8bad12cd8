package io.orderhub.connector.dshopping.internal;

import java.util.Map;

/**
 * Builds a dショッピング account service outside OSGi for the benchmarks; it lives in the connector's internal
 * package because {@code configure} is package-private (on a plain classpath the split package is harmless).
 */
public final class BenchAccounts {

    private BenchAccounts() {
    }

    /** Configured as DS would, without the background check call (it would count against the limit). */
    public static DShoppingAccountService dshopping(Map<String, Object> config) {
        DShoppingAccountService service = new DShoppingAccountService();
        service.configure(config);
        if (service.status().state() == io.orderhub.core.spi.ConnectionStatus.State.CONFIGURATION_ERROR) {
            throw new IllegalArgumentException("bench account configuration refused: " + service.status());
        }
        return service;
    }
}
