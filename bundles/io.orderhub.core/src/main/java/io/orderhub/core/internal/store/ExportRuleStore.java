package io.orderhub.core.internal.store;

import io.orderhub.core.spi.MallCarrier;
import io.orderhub.core.spi.StatusRule;

import java.util.Collection;
import java.util.Map;

/**
 * The rows of each account's status mapping and conversion tables that the account itself set; the mall
 * connector's defaults fill in the rest. Every method is one transaction.
 */
public interface ExportRuleStore {

    /**
     * What an account set in its conversion tables.
     *
     * @param noTrackingReason null when the account never set one, "" when it cleared the mall's default
     */
    record StoredConversions(Map<String, MallCarrier> carriers, Map<String, String> timeSlots,
                             String noTrackingReason) {
        public static final StoredConversions NONE = new StoredConversions(Map.of(), Map.of(), null);
    }

    /** The account's own rows by status code. */
    Map<String, StatusRule> statusRules(String accountId);

    /** Adds or replaces the given rows, all in one transaction. */
    void saveStatusRules(String accountId, Map<String, StatusRule> rules);

    /** Removes every row of the account. */
    void clearStatusRules(String accountId);

    StoredConversions conversions(String accountId);

    /**
     * Changes the account's conversion rows in one transaction.
     *
     * @param noTrackingReason null: unchanged; "": cleared; else the new value
     */
    void updateConversions(String accountId, Map<String, MallCarrier> carriers, Collection<String> removeCarriers,
                           Map<String, String> timeSlots, Collection<String> removeTimeSlots, String noTrackingReason);

    /** A store without rows, for an engine that has none (every account uses its mall's defaults). */
    ExportRuleStore NONE = new ExportRuleStore() {
        @Override
        public Map<String, StatusRule> statusRules(String accountId) {
            return Map.of();
        }

        @Override
        public void saveStatusRules(String accountId, Map<String, StatusRule> rules) {
            throw new UnsupportedOperationException("no export rule store");
        }

        @Override
        public void clearStatusRules(String accountId) {
            throw new UnsupportedOperationException("no export rule store");
        }

        @Override
        public StoredConversions conversions(String accountId) {
            return StoredConversions.NONE;
        }

        @Override
        public void updateConversions(String accountId, Map<String, MallCarrier> carriers,
                                      Collection<String> removeCarriers, Map<String, String> timeSlots,
                                      Collection<String> removeTimeSlots, String noTrackingReason) {
            throw new UnsupportedOperationException("no export rule store");
        }
    };
}
