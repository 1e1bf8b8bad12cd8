package io.orderhub.core.internal.health;

import io.orderhub.core.internal.connector.ConnectorTracker;
import io.orderhub.core.service.Account;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.Credential;
import io.orderhub.core.spi.ImportQuery;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.core.spi.OrderImportService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/** One account with a connector whose status and credentials a test sets. */
final class HealthFixtures implements AccountService {

    final Map<String, Object> settings = new HashMap<>(Map.of(AccountProperties.AUTO_EXPORT, true,
            AccountProperties.SCHEDULE_MINUTES, 30));
    volatile ConnectionStatus status = ConnectionStatus.online();
    final List<Credential> credentials = new ArrayList<>();
    final ConnectorTracker tracker = new ConnectorTracker();

    HealthFixtures() {
        tracker.addImporter(new Importer(), Map.of(AccountProperties.ACCOUNT_ID, "shop"));
    }

    private final class Importer implements OrderImportService {
        @Override public String accountId() { return "shop"; }
        @Override public ConnectionStatus status() { return status; }
        @Override public List<Credential> credentials() { return List.copyOf(credentials); }
        @Override public void fetch(ImportQuery query, Consumer<MallOrder> sink) { }
    }

    @Override
    public List<Account> list() {
        return List.of(get("shop"));
    }

    @Override
    public Account get(String accountId) {
        if (!"shop".equals(accountId)) {
            throw new NotFoundException("account", accountId);
        }
        return new Account("shop", "yahoo", "Shop", new TreeMap<>(settings), Set.of(), true, status);
    }

    @Override
    public Account create(String accountId, String mallId, String name, Map<String, Object> s) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Account update(String accountId, String name, Map<String, Object> s) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete(String accountId) {
        throw new UnsupportedOperationException();
    }
}
