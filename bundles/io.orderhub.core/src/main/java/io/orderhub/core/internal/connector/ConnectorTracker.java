package io.orderhub.core.internal.connector;

import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.MallConnector;
import io.orderhub.core.spi.MallDescriptor;
import io.orderhub.core.spi.OrderExportService;
import io.orderhub.core.spi.OrderImportService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Follows connectors and their per-account services as they come and go. Dynamic, optional references: a
 * connector installed or removed at runtime changes what this tracker answers and nothing else.
 */
@Component(service = ConnectorTracker.class)
public class ConnectorTracker {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorTracker.class);

    private final Map<String, MallConnector> connectors = new ConcurrentHashMap<>();
    private final Map<String, OrderImportService> importers = new ConcurrentHashMap<>();
    private final Map<String, OrderExportService> exporters = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addConnector(MallConnector connector) {
        MallDescriptor d = connector.descriptor();
        connectors.put(d.id(), connector);
        LOG.info("Mall connector {} ({}) is available", d.id(), d.nameJa());
    }

    public void removeConnector(MallConnector connector) {
        String id = connector.descriptor().id();
        if (connectors.remove(id, connector)) {
            LOG.info("Mall connector {} was removed", id);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addImporter(OrderImportService service, Map<String, Object> properties) {
        accountOf(properties).ifPresent(a -> importers.put(a, service));
    }

    public void removeImporter(OrderImportService service, Map<String, Object> properties) {
        accountOf(properties).ifPresent(a -> importers.remove(a, service));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addExporter(OrderExportService service, Map<String, Object> properties) {
        accountOf(properties).ifPresent(a -> exporters.put(a, service));
    }

    public void removeExporter(OrderExportService service, Map<String, Object> properties) {
        accountOf(properties).ifPresent(a -> exporters.remove(a, service));
    }

    public List<MallDescriptor> descriptors() {
        return connectors.values().stream().map(MallConnector::descriptor)
                .sorted(Comparator.comparing(MallDescriptor::id)).toList();
    }

    public Optional<MallDescriptor> descriptor(String mallId) {
        return Optional.ofNullable(mallId == null ? null : connectors.get(mallId)).map(MallConnector::descriptor);
    }

    /** The installed connector of a mall, for its export defaults (status mapping, conversion tables). */
    public Optional<MallConnector> connector(String mallId) {
        return Optional.ofNullable(mallId == null ? null : connectors.get(mallId));
    }

    public Optional<OrderImportService> importer(String accountId) {
        return Optional.ofNullable(importers.get(accountId));
    }

    public Optional<OrderExportService> exporter(String accountId) {
        return Optional.ofNullable(exporters.get(accountId));
    }

    private static Optional<String> accountOf(Map<String, Object> properties) {
        Object account = properties.get(AccountProperties.ACCOUNT_ID);
        if (account == null) {
            LOG.warn("Ignoring a mall service without the {} property: {}", AccountProperties.ACCOUNT_ID, properties);
        }
        return Optional.ofNullable(account).map(Object::toString);
    }
}
