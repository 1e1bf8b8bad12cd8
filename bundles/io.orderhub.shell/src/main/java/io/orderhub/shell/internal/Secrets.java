package io.orderhub.shell.internal;

import io.orderhub.core.spi.AccountSetting;
import org.apache.karaf.shell.api.console.Session;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Secret account settings on the console: typed at a prompt that does not echo them, or given as
 * {@code --set .key=value} for scripts. Values never appear in output or in error lines.
 */
final class Secrets {

    private final List<AccountSetting> secretSettings;
    private final SecretPrompt prompt;

    Secrets(List<AccountSetting> mallSettings, SecretPrompt prompt) {
        this.secretSettings = mallSettings.stream().filter(AccountSetting::isSecret).toList();
        this.prompt = prompt;
    }

    /**
     * Reads from the session with echo off. Without a session, or in a headless one (scripts, Pax Exam), which
     * cannot prompt, there is nothing to read and the caller reports the missing secret.
     */
    static SecretPrompt sessionPrompt(Session session) {
        return text -> {
            if (session == null) {
                return null;
            }
            try {
                return session.readLine(text, '*');
            } catch (UnsupportedOperationException headless) {
                return null;
            }
        };
    }

    /** Lets {@code accessToken} stand for the secret {@code .accessToken}. */
    String key(String given) {
        for (AccountSetting s : secretSettings) {
            if (s.key().equals(given) || s.key().equals("." + given)) {
                return s.key();
            }
        }
        return given;
    }

    /** {@code --set} pairs with secret keys in their dotted form. */
    Map<String, Object> normalise(Map<String, String> assignments) {
        Map<String, Object> result = new LinkedHashMap<>();
        assignments.forEach((k, v) -> result.put(key(k), v));
        return result;
    }

    /**
     * Prompts for every secret named by {@code --secret} and, when {@code requiredToo}, for every required
     * secret that {@code settings} lacks; adds what was typed to {@code settings}.
     */
    void promptFor(List<String> named, boolean requiredToo, Map<String, Object> settings) throws IOException {
        Set<String> wanted = new java.util.LinkedHashSet<>();
        if (named != null) {
            for (String n : named) {
                String key = key(n);
                if (secretSettings.stream().noneMatch(s -> s.key().equals(key))) {
                    throw new CommandException("secret", "'" + n + "' is not a secret setting of this mall; secrets: "
                            + secretSettings.stream().map(AccountSetting::key).collect(Collectors.joining(", ")));
                }
                wanted.add(key);
            }
        }
        if (requiredToo) {
            secretSettings.stream().filter(AccountSetting::required)
                    .filter(s -> settings.get(s.key()) == null)
                    .forEach(s -> wanted.add(s.key()));
        }
        for (String key : wanted) {
            AccountSetting setting = secretSettings.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
            String label = setting.labelEn() != null ? setting.labelEn() : setting.labelJa();
            String value = prompt.read(label + " (" + key + "): ");
            if (value == null || value.isBlank()) {
                throw new CommandException(key, "a value is required: type it at the prompt or give --set "
                        + key + "=...");
            }
            settings.put(key, value.trim());
        }
    }
}
