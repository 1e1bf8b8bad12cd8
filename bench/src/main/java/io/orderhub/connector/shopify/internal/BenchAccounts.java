package io.orderhub.connector.shopify.internal;

import java.util.Map;

/**
 * Builds a Shopify account service outside OSGi for the benchmarks. It lives in the connector's internal package
 * because {@code configure} is package-private; on a plain classpath the split package is harmless.
 */
public final class BenchAccounts {

    private BenchAccounts() {
    }

    /** Configured as DS would, but without the background token check (it would count as an extra request). */
    public static ShopifyAccountService shopify(Map<String, Object> config) {
        ShopifyAccountService service = new ShopifyAccountService();
        service.configure(config, false);
        if (service.status().state() == io.orderhub.core.spi.ConnectionStatus.State.CONFIGURATION_ERROR) {
            throw new IllegalArgumentException("bench account configuration refused: " + service.status());
        }
        return service;
    }
}
