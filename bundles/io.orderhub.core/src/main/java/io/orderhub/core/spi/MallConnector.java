package io.orderhub.core.spi;

/**
 * Registered once by every connector bundle (an immediate DS component): tells the core that the mall is
 * installed, what it can do and which settings a shop account of it has. The per-account
 * {@link OrderImportService} and {@link OrderExportService} are registered separately, one pair per
 * account configuration (factory PID {@link MallDescriptor#accountFactoryPid()}).
 */
public interface MallConnector {

    MallDescriptor descriptor();
}
