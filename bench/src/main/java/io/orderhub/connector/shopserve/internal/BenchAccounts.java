package io.orderhub.connector.shopserve.internal;

import java.util.Map;

/**
 * Builds a Shopserve account service outside OSGi for the benchmarks; it lives in the connector's internal
 * package because {@code activate} is package-private (on a plain classpath the split package is harmless).
 */
public final class BenchAccounts {

    private BenchAccounts() {
    }

    /** Configured as DS would, with the production retry policy. */
    public static ShopserveAccountService shopserve(Map<String, Object> config) {
        ShopserveAccountService service = new ShopserveAccountService();
        service.activate(config);
        if (service.status().state() == io.orderhub.core.spi.ConnectionStatus.State.CONFIGURATION_ERROR) {
            throw new IllegalArgumentException("bench account configuration refused: " + service.status());
        }
        return service;
    }
}
