package io.orderhub.core.spi;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Objects;

/**
 * What every account service of a connector keeps about its account's connection: the account id, the client
 * built from the current configuration, the {@link ConnectionStatus} and why the configuration cannot be used.
 * A bad configuration never fails activation: the account stays {@code CONFIGURATION_ERROR} with the reason, and
 * status reports from the client cannot hide it until a good configuration arrives.
 *
 * @param <C> the connector's client (or transport) for one account
 */
public final class AccountConnection<C> {

    /** One call to the mall made only to learn whether the credentials work. */
    @FunctionalInterface
    public interface Check<C> {
        void call(C client) throws MallException;
    }

    private final String mallName;
    private final Logger log;
    private volatile String accountId;
    private volatile C client;
    private volatile ConnectionStatus status = ConnectionStatus.UNKNOWN;
    private volatile String configurationError;

    /**
     * @param mallName the mall as operators know it, for messages ("Yahoo!", "dショッピング")
     * @param owner    the account service, whose logger reports configuration problems
     */
    public AccountConnection(String mallName, Class<?> owner) {
        this.mallName = Objects.requireNonNull(mallName, "mallName");
        this.log = LoggerFactory.getLogger(owner);
    }

    /** The account id of a configuration: {@link AccountProperties#ACCOUNT_ID}, else the configuration's PID. */
    public static String accountId(Map<String, Object> properties) {
        Object id = properties.get(AccountProperties.ACCOUNT_ID);
        return id != null ? id.toString() : String.valueOf(properties.get("service.pid"));
    }

    /** A usable configuration: from now on calls go through {@code newClient}; the status starts over. */
    public void configured(String accountId, C newClient) {
        this.accountId = accountId;
        this.client = Objects.requireNonNull(newClient, "newClient");
        this.configurationError = null;
        this.status = ConnectionStatus.UNKNOWN;
    }

    /** An unusable configuration: calls are refused with its reason until the next good one. */
    public void misconfigured(String accountId, InvalidSettingException e) {
        this.accountId = accountId;
        this.configurationError = e.getMessage();
        this.status = new ConnectionStatus(ConnectionStatus.State.CONFIGURATION_ERROR, e.getMessage());
        log.warn("{} account {}: unusable configuration: {}", mallName, accountId, e.getMessage());
    }

    /** Swaps the client of a configured account (a test double, another transport); status and errors stay. */
    public void replaceClient(C newClient) {
        this.client = Objects.requireNonNull(newClient, "newClient");
    }

    /** What the client learned from the mall; ignored while the configuration is unusable. */
    public void updateStatus(ConnectionStatus s) {
        if (configurationError == null) {
            status = s;
        }
    }

    /**
     * Checks the credentials once on a daemon thread, so that the account shows ONLINE or CREDENTIAL_REJECTED
     * before its first run while activation never waits for the mall. Does nothing while misconfigured; the
     * client reports the outcome through {@link #updateStatus}.
     */
    public void checkInBackground(Check<C> check) {
        C c = client;
        String id = accountId;
        if (configurationError != null || c == null) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                check.call(c);
            } catch (MallException e) {
                log.info("{} account {}: {}", mallName, id, e.getMessage());
            } catch (RuntimeException e) {
                log.warn("{} account {}: credential check failed", mallName, id, e);
            }
        }, "orderhub-check-" + id);
        thread.setDaemon(true);
        thread.start();
    }

    /** The account's component is going away: later calls are refused as UNAVAILABLE. */
    public void stop() {
        client = null;
    }

    /**
     * The client for one call.
     *
     * @throws MallException {@code CONFIGURATION} with the reason while the configuration is unusable,
     *                       {@code UNAVAILABLE} once the account is stopped
     */
    public C client() throws MallException {
        C c = client;
        String error = configurationError;
        if (error != null) {
            throw new MallException(MallException.Kind.CONFIGURATION, error);
        }
        if (c == null) {
            throw new MallException(MallException.Kind.UNAVAILABLE, "the " + mallName + " account " + accountId
                    + " is stopped");
        }
        return c;
    }

    /** The client of a usable configuration, or null while it is unusable or the account is stopped. */
    public C currentClient() {
        return configurationError == null ? client : null;
    }

    public String accountId() {
        return accountId;
    }

    public ConnectionStatus status() {
        return status;
    }

    /** Why the configuration cannot be used, or null when it can. */
    public String configurationError() {
        return configurationError;
    }
}
