package io.orderhub.core.internal.account;

import io.orderhub.core.internal.connector.ConnectorTracker;
import io.orderhub.core.internal.store.OrderStore;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.service.Account;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.ConflictException;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.ValidationException;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.AccountSecretStore;
import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.MallDescriptor;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import io.orderhub.core.service.ApiOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Shop accounts kept as factory configurations of their connector, one per account, so that DS in the
 * connector bundle creates the account's import and export services. Accounts are found by their
 * {@code orderhub.account} property, whatever created the configuration (this service, a feature or a
 * {@code .cfg} file), and outlive the connector: uninstalling it leaves them in place.
 */
@Component(service = {AccountService.class, AccountDirectory.class, AccountSecretStore.class})
public class ConfigAccountService implements AccountService, AccountDirectory, AccountSecretStore {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigAccountService.class);
    private static final Pattern ACCOUNT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    /** Properties Config Admin, Karaf or DS add that are not account settings. */
    private static final Set<String> BOOKKEEPING = Set.of(Constants.SERVICE_PID, "service.factoryPid",
            "service.bundleLocation", "felix.fileinstall.filename", "org.apache.karaf.features.configKey",
            "component.name", "component.id", AccountProperties.ACCOUNT_ID, AccountProperties.MALL_ID,
            AccountProperties.NAME);

    private final ConfigurationAdmin configAdmin;
    private final ConnectorTracker connectors;
    private final OrderStore store;
    /** Present while the API option is installed; switches need it to be turned on. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ApiOption apiOption;

    @Activate
    public ConfigAccountService(@Reference ConfigurationAdmin configAdmin, @Reference ConnectorTracker connectors,
                                @Reference OrderStore store) {
        this.configAdmin = configAdmin;
        this.connectors = connectors;
        this.store = store;
    }

    /** For tests outside OSGi: the option as DS would bind it. */
    void setApiOption(ApiOption option) {
        this.apiOption = option;
    }

    @Override
    public List<Account> list() {
        return configurations("(" + AccountProperties.ACCOUNT_ID + "=*)").stream()
                .map(c -> toAccount(c.getProperties()))
                .sorted(Comparator.comparing(Account::id)).toList();
    }

    @Override
    public Account get(String accountId) {
        return toAccount(find(accountId).orElseThrow(() -> new NotFoundException("account", accountId)).getProperties());
    }

    @Override
    public Map<String, Object> rawSettings(String accountId) {
        Configuration c = find(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        return toMap(c.getProperties());
    }

    @Override
    public synchronized Account create(String accountId, String mallId, String name, Map<String, Object> settings) {
        if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
            throw new ValidationException("id", "account id must be 2–40 characters of a-z, 0-9 and '-', "
                    + "starting with a letter or digit");
        }
        if (mallId == null || mallId.isBlank()) {
            throw new ValidationException("mall", "mall is required");
        }
        MallDescriptor mall = connectors.descriptor(mallId).orElseThrow(() -> new ValidationException("mall",
                "no connector is installed for mall '" + mallId + "' (feature:install orderhub-connector-"
                        + mallId + ")"));
        if (find(accountId).isPresent()) {
            throw new ConflictException("id", "account " + accountId + " already exists");
        }
        String checkedName = checkName(name);
        Map<String, Object> values = AccountSettings.merge(mall, Map.of(), settings == null ? Map.of() : settings);
        checkInitialStatus(values);
        AutomationSwitches.checkOptionFor(Map.of(), values, apiOption != null);
        Hashtable<String, Object> props = new Hashtable<>(values);
        props.put(AccountProperties.ACCOUNT_ID, accountId);
        props.put(AccountProperties.MALL_ID, mallId);
        props.put(AccountProperties.NAME, checkedName);
        try {
            Configuration c = configAdmin.getFactoryConfiguration(mall.accountFactoryPid(), accountId, "?");
            c.update(props);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store account " + accountId, e);
        }
        LOG.info("Account {} for mall {} created", accountId, mallId);
        return toAccount(props);
    }

    @Override
    public synchronized Account update(String accountId, String name, Map<String, Object> settings) {
        Configuration c = find(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        Map<String, Object> current = toMap(c.getProperties());
        String mallId = String.valueOf(current.get(AccountProperties.MALL_ID));
        MallDescriptor mall = connectors.descriptor(mallId).orElseThrow(() -> new ConflictException("mall",
                "the connector of mall '" + mallId + "' is not installed; install it to change this account"));
        Map<String, Object> stored = new LinkedHashMap<>(current);
        stored.keySet().removeAll(BOOKKEEPING);
        Map<String, Object> values = AccountSettings.merge(mall, stored, settings == null ? Map.of() : settings);
        checkInitialStatus(values);
        AutomationSwitches.checkOptionFor(stored, values, apiOption != null);
        Hashtable<String, Object> props = new Hashtable<>(values);
        props.put(AccountProperties.ACCOUNT_ID, accountId);
        props.put(AccountProperties.MALL_ID, mallId);
        props.put(AccountProperties.NAME, name == null ? String.valueOf(current.get(AccountProperties.NAME)) : checkName(name));
        for (String keep : List.of("felix.fileinstall.filename", "org.apache.karaf.features.configKey")) {
            if (current.containsKey(keep)) {
                props.put(keep, current.get(keep));
            }
        }
        try {
            c.update(props);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store account " + accountId, e);
        }
        LOG.info("Account {} updated", accountId);
        return toAccount(props);
    }

    @Override
    public synchronized void delete(String accountId) {
        Configuration c = find(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        try {
            c.delete();
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete account " + accountId, e);
        }
        LOG.info("Account {} deleted", accountId);
    }

    /**
     * A secret the mall replaced (e.g. Yahoo!'s rotated refresh token), written into the account's configuration
     * as it is, every other property kept. Only a key the mall declares SECRET: a connector cannot change the
     * account's other settings through this door.
     */
    @Override
    public synchronized void replace(String accountId, String key, String value) {
        Configuration c = find(accountId).orElseThrow(() -> new IllegalArgumentException("no account " + accountId));
        Map<String, Object> current = toMap(c.getProperties());
        String mallId = String.valueOf(current.get(AccountProperties.MALL_ID));
        MallDescriptor mall = connectors.descriptor(mallId).orElseThrow(() -> new IllegalStateException(
                "the connector of mall '" + mallId + "' is not installed"));
        boolean declaredSecret = mall.settings().stream().anyMatch(s -> s.isSecret() && s.key().equals(key));
        if (!declaredSecret) {
            throw new IllegalArgumentException(key + ": not a secret setting of mall " + mallId);
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + ": a secret cannot be replaced by a blank value");
        }
        if (value.equals(current.get(key))) {
            return;
        }
        Hashtable<String, Object> props = new Hashtable<>(current);
        // Config Admin sets these itself
        props.keySet().removeAll(Set.of(Constants.SERVICE_PID, "service.factoryPid", "service.bundleLocation"));
        props.put(key, value);
        try {
            c.update(props);
        } catch (IOException e) {
            throw new IllegalStateException("could not store " + key + " of account " + accountId, e);
        }
        LOG.info("Account {}: {} replaced by the mall's new value", accountId, key);
    }

    private Account toAccount(Dictionary<String, Object> properties) {
        Map<String, Object> all = toMap(properties);
        String id = String.valueOf(all.get(AccountProperties.ACCOUNT_ID));
        String mallId = String.valueOf(all.get(AccountProperties.MALL_ID));
        Map<String, Object> visible = new LinkedHashMap<>();
        Set<String> secretsSet = new TreeSet<>();
        for (Map.Entry<String, Object> e : all.entrySet()) {
            if (BOOKKEEPING.contains(e.getKey())) {
                continue;
            }
            if (e.getKey().startsWith(".")) {
                if (e.getValue() != null && !e.getValue().toString().isBlank()) {
                    secretsSet.add(e.getKey());
                }
            } else {
                visible.put(e.getKey(), e.getValue());
            }
        }
        Optional<MallDescriptor> mall = connectors.descriptor(mallId);
        ConnectionStatus status;
        if (mall.isEmpty()) {
            status = new ConnectionStatus(ConnectionStatus.State.OFFLINE,
                    "connector of mall '" + mallId + "' is not installed");
        } else {
            status = connectors.importer(id).map(s -> s.status())
                    .orElse(new ConnectionStatus(ConnectionStatus.State.UNKNOWN, "account services not started yet"));
        }
        return new Account(id, mallId, String.valueOf(all.get(AccountProperties.NAME)),
                Collections.unmodifiableMap(visible), Collections.unmodifiableSet(secretsSet), mall.isPresent(), status);
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "name is required");
        }
        if (name.length() > 100) {
            throw new ValidationException("name", "name is longer than 100 characters");
        }
        return name.trim();
    }

    /** D1: new orders are stored in a status that exists; stored by its code, whether code or label was given. */
    private void checkInitialStatus(Map<String, Object> values) {
        Object status = values.get(AccountProperties.INITIAL_STATUS);
        if (status == null) {
            return;
        }
        String given = status.toString().strip();
        OrderStatus builtIn = OrderStatus.builtIn(given);
        OrderStatus known = builtIn != null ? builtIn : store.customStatuses().stream()
                .filter(s -> s.code().equals(given) || s.label().equals(given)).findFirst().orElse(null);
        if (known == null) {
            throw new ValidationException("settings." + AccountProperties.INITIAL_STATUS, "unknown status '" + given
                    + "': give the code or label of a built-in status (e.g. NEW, 新規受付) or of one of the shop's own");
        }
        values.put(AccountProperties.INITIAL_STATUS, known.code());
    }

    private Optional<Configuration> find(String accountId) {
        if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
            return Optional.empty();
        }
        return configurations("(" + AccountProperties.ACCOUNT_ID + "=" + accountId + ")").stream().findFirst();
    }

    private List<Configuration> configurations(String filter) {
        try {
            Configuration[] found = configAdmin.listConfigurations(filter);
            return found == null ? List.of() : Arrays.asList(found);
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("cannot read account configurations", e);
        }
    }

    private static Map<String, Object> toMap(Dictionary<String, Object> properties) {
        Map<String, Object> map = new HashMap<>();
        if (properties != null) {
            for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements(); ) {
                String key = keys.nextElement();
                map.put(key, properties.get(key));
            }
        }
        return map;
    }
}
