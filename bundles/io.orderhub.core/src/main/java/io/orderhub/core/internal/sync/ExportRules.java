package io.orderhub.core.internal.sync;

import io.orderhub.core.internal.connector.ConnectorTracker;
import io.orderhub.core.internal.store.ExportRuleStore;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.spi.ConversionTables;
import io.orderhub.core.spi.MallCarrier;
import io.orderhub.core.spi.MallConnector;
import io.orderhub.core.spi.StatusMapping;
import io.orderhub.core.spi.StatusMappingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An account's export rules as the engine applies them: the rows the account set, over the defaults its mall's
 * connector gives. Without the connector nothing can be resolved (its choices and defaults are unknown).
 */
final class ExportRules {

    private static final Logger LOG = LoggerFactory.getLogger(ExportRules.class);

    /**
     * @param model            the mall's status mapping model (choices and defaults)
     * @param defaults         the mall's default conversion tables for this account
     * @param neverUpdatedDays the mall's S2-style days for never-updated orders (0: none)
     */
    record Resolved(StatusMapping mapping, ConversionTables conversions, StatusMappingModel model,
                    ConversionTables defaults, int neverUpdatedDays) {
    }

    private final ExportRuleStore store;
    private final ConnectorTracker connectors;

    ExportRules(ExportRuleStore store, ConnectorTracker connectors) {
        this.store = store;
        this.connectors = connectors;
    }

    ExportRuleStore store() {
        return store;
    }

    /** The account's rules, or empty when its mall's connector is not installed. */
    Optional<Resolved> resolve(String accountId, String mallId, Map<String, Object> settings) {
        Optional<MallConnector> connector = connectors.connector(mallId);
        if (connector.isEmpty()) {
            return Optional.empty();
        }
        MallConnector c = connector.get();
        StatusMappingModel model;
        ConversionTables defaults;
        try {
            model = c.statusMappingModel(settings);
            defaults = c.defaultConversions(settings);
        } catch (RuntimeException e) {
            // a connector that cannot read the account's older settings still has the SPI's defaults
            LOG.warn("Connector {} gave no export defaults for account {}: {}", mallId, accountId, e.toString());
            model = StatusMappingModel.targetsExcept(OrderStatus.NEW, OrderStatus.CANCELLED);
            defaults = ConversionTables.NONE;
        }
        StatusMapping mapping = new StatusMapping(store.statusRules(accountId), model);
        ConversionTables conversions = merge(defaults, store.conversions(accountId));
        return Optional.of(new Resolved(mapping, conversions, model, defaults, c.neverUpdatedExportDays()));
    }

    static ConversionTables merge(ConversionTables defaults, ExportRuleStore.StoredConversions own) {
        Map<String, MallCarrier> carriers = new LinkedHashMap<>(defaults.carriers());
        carriers.putAll(own.carriers());
        Map<String, String> slots = new LinkedHashMap<>(defaults.timeSlots());
        slots.putAll(own.timeSlots());
        String reason = own.noTrackingReason() != null ? own.noTrackingReason() : defaults.noTrackingReason();
        return new ConversionTables(carriers, defaults.unlistedCarrier(), defaults.fallbackCarrier(), slots,
                reason, defaults.noTrackingReasonChoices());
    }
}
