package io.orderhub.bench;

import static io.orderhub.connector.shopify.ShopifyConstants.*;

import io.orderhub.connector.shopify.internal.BenchAccounts;
import io.orderhub.connector.shopify.internal.ShopifyAccountService;
import io.orderhub.connector.shopify.internal.ShopifyConnector;
import io.orderhub.core.internal.connector.ConnectorTracker;
import io.orderhub.core.internal.store.jdbc.JdbcStore;
import io.orderhub.core.internal.sync.SyncEngine;
import io.orderhub.core.spi.AccountProperties;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** The real engine, store and Shopify account service wired by hand, as DS wires them in Karaf. */
final class BenchEngine implements AutoCloseable {

    static final String TOKEN = "shpat_bench_token";
    static final String ZONE = "Asia/Tokyo";

    final JdbcStore store;
    final ShopifyAccountService shopify;
    final SyncEngine engine;

    BenchEngine(JdbcStore store, String accountId, String shopUrl, int ratePerSecond, int bucketSize) {
        this.store = store;
        Map<String, Object> config = new HashMap<>();
        config.put(AccountProperties.ACCOUNT_ID, accountId);
        config.put(AccountProperties.MALL_ID, MALL_ID);
        config.put(SHOP_URL, shopUrl);
        config.put(ACCESS_TOKEN, TOKEN);
        config.put(DAYS_TO_FETCH, "10");
        config.put(RATE_LIMIT_PER_SECOND, Integer.toString(ratePerSecond));
        config.put(BUCKET_SIZE, Integer.toString(bucketSize));
        config.put(AccountProperties.ZONE, ZONE);
        shopify = BenchAccounts.shopify(config);

        ConnectorTracker tracker = new ConnectorTracker();
        tracker.addConnector(new ShopifyConnector());
        Map<String, Object> serviceProps = Map.of(AccountProperties.ACCOUNT_ID, accountId, AccountProperties.MALL_ID, MALL_ID);
        tracker.addImporter(shopify, serviceProps);
        tracker.addExporter(shopify, serviceProps);
        // the settings the engine itself reads: mall, days to fetch (SH1 caps it at 10) and the shop's zone
        Map<String, Object> settings = Map.of(AccountProperties.ACCOUNT_ID, accountId, AccountProperties.MALL_ID, MALL_ID,
                AccountProperties.DAYS_TO_FETCH, 10, AccountProperties.ZONE, ZONE);
        engine = new SyncEngine(store, store, tracker, id -> {
            if (!id.equals(accountId)) {
                throw new io.orderhub.core.service.NotFoundException("account", id);
            }
            return settings;
        }, Clock.systemUTC(), 2);
    }

    @Override
    public void close() {
        engine.close();
    }
}
