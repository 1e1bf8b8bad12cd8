package io.orderhub.core.spi;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the core needs to know about a mall.
 *
 * @param id                short lower-case id (e.g. {@code shopify}); also the {@code orderhub.mall} property
 * @param nameJa            the name Japanese operators know the mall by (e.g. Eストア ショップサーブ)
 * @param nameEn            the English name
 * @param capabilities      what the connector can do
 * @param accountFactoryPid the factory PID of the connector's account configurations; the core creates one
 *                          configuration of it per shop account
 * @param settings          the account settings the connector reads, besides the common ones in
 *                          {@link AccountProperties}
 * @param exportBatchSize   how many orders the export service takes in one {@link OrderExportService#export}
 *                          call; 1 for malls that update one order per call
 */
public record MallDescriptor(String id, String nameJa, String nameEn, Set<MallCapability> capabilities,
                             String accountFactoryPid, List<AccountSetting> settings, int exportBatchSize) {

    public MallDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountFactoryPid, "accountFactoryPid");
        capabilities = Set.copyOf(capabilities);
        settings = List.copyOf(settings);
        if (exportBatchSize < 1) {
            throw new IllegalArgumentException("exportBatchSize must be at least 1");
        }
    }

    public AccountSetting setting(String key) {
        return settings.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }
}
