package io.orderhub.core.service;

/**
 * Registered by the API option bundle ({@value #FEATURE}) while it is installed. Automatic import, export
 * and "export on change" need it: the core refuses to switch them on without it, and leaves switches that
 * are already on stored but idle while it is absent.
 *
 * @since 1.1
 */
public interface ApiOption {

    /** The Karaf feature a hosting provider installs to enable the option. */
    String FEATURE = "orderhub-api-option";

    /** Shown when a switch needs the option. */
    String REQUIRED_MESSAGE = "自動取込/自動書き出し/変更時書き出しには API オプション (feature " + FEATURE
            + ") が必要です — automatic import/export needs the API option (feature:install " + FEATURE + ")";

    /** When the option would next run the account's automatic import or export, or null if not scheduled. */
    java.time.Instant nextRun(String accountId);
}
