package io.orderhub.rest.internal.fake;

import io.orderhub.core.service.Account;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.ConflictException;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.ValidationException;
import io.orderhub.core.service.ApiOption;
import io.orderhub.core.spi.AccountSetting;
import io.orderhub.core.spi.ConnectionStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates like the core does. Deliberately leaky: the accounts it hands out carry the secret values in their
 * settings, so the tests prove that the REST layer never passes a secret on, whatever the service does.
 */
public final class FakeAccountService implements AccountService {

    private final FakeBackend backend;

    public FakeAccountService(FakeBackend backend) {
        this.backend = backend;
    }

    @Override
    public synchronized List<Account> list() {
        return backend.accounts.keySet().stream().map(this::get).toList();
    }

    @Override
    public synchronized Account get(String accountId) {
        Map<String, Object> settings = backend.accounts.get(accountId);
        if (settings == null) {
            throw new NotFoundException("account", accountId);
        }
        Set<String> secretsSet = new TreeSet<>();
        settings.forEach((k, v) -> {
            if (k.startsWith(".") && v != null) {
                secretsSet.add(k);
            }
        });
        return new Account(accountId, FakeBackend.MALL, backend.accountNames.get(accountId),
                new LinkedHashMap<>(settings), secretsSet, true, ConnectionStatus.online());
    }

    @Override
    public synchronized Account create(String accountId, String mallId, String name, Map<String, Object> settings) {
        if (!FakeBackend.MALL.equals(mallId)) {
            throw new ValidationException("mallId", "no connector installed for mall " + mallId);
        }
        if (!accountId.matches("[a-z0-9][a-z0-9-]{1,39}")) {
            throw new ValidationException("id", "account ids are lower-case letters, digits and '-'");
        }
        if (backend.accounts.containsKey(accountId)) {
            throw new ConflictException("id", "account " + accountId + " exists already");
        }
        Map<String, Object> values = validated(settings);
        for (AccountSetting s : FakeBackend.SETTINGS) {
            if (s.required() && values.get(s.key()) == null) {
                throw new ValidationException("settings." + s.key(), s.key() + " is required");
            }
        }
        backend.accounts.put(accountId, values);
        backend.accountNames.put(accountId, name);
        backend.writes.incrementAndGet();
        return get(accountId);
    }

    @Override
    public synchronized Account update(String accountId, String name, Map<String, Object> settings) {
        get(accountId);
        Map<String, Object> values = validated(settings);
        Map<String, Object> stored = backend.accounts.get(accountId);
        for (String key : List.of("autoImport", "autoExport", "exportOnChange")) {
            boolean on = Boolean.TRUE.equals(values.get(key)) || "true".equals(String.valueOf(values.get(key)));
            if (on && !backend.apiOptionInstalled && !Boolean.TRUE.equals(stored.get(key))) {
                throw new ValidationException("settings." + key, ApiOption.REQUIRED_MESSAGE);
            }
        }
        values.forEach((k, v) -> {
            if (v != null || !k.startsWith(".")) {
                stored.put(k, v);
            }
        });
        if (name != null) {
            backend.accountNames.put(accountId, name);
        }
        backend.writes.incrementAndGet();
        return get(accountId);
    }

    @Override
    public synchronized void delete(String accountId) {
        get(accountId);
        backend.accounts.remove(accountId);
        backend.accountNames.remove(accountId);
        backend.writes.incrementAndGet();
    }

    private static Map<String, Object> validated(Map<String, Object> settings) {
        Map<String, Object> values = new LinkedHashMap<>();
        settings.forEach((k, v) -> {
            if (FakeBackend.SETTINGS.stream().noneMatch(s -> s.key().equals(k))) {
                throw new ValidationException("settings." + k, "unknown setting " + k);
            }
            values.put(k, v);
        });
        return values;
    }
}
