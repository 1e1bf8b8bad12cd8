package io.orderhub.core.spi;

import io.orderhub.core.model.OrderStatus;

import java.util.Map;

/**
 * Registered once by every connector bundle (an immediate DS component): tells the core that the mall is
 * installed, what it can do and which settings a shop account of it has. The per-account
 * {@link OrderImportService} and {@link OrderExportService} are registered separately, one pair per
 * account configuration (factory PID {@link MallDescriptor#accountFactoryPid()}).
 */
public interface MallConnector {

    MallDescriptor descriptor();

    /**
     * The mall's status mapping: its order/ship status choices and the default row per orderhub status (Y3/Y5,
     * SH2, S2, D5). The core keeps each account's own rows over these defaults. Defaults may depend on the
     * account's settings (Shopify's old API書出 option). The default: every status but 新規受付 and キャンセル.
     *
     * @param accountSettings the account's configuration (secrets included; never keep or log them)
     */
    default StatusMappingModel statusMappingModel(Map<String, ?> accountSettings) {
        return StatusMappingModel.targetsExcept(OrderStatus.NEW, OrderStatus.CANCELLED);
    }

    /**
     * The default conversion tables of an account (C2): carriers, time slots, reason for no tracking number.
     * They may come from the account's older settings (dショッピング {@code carrierIds}). The default: no table,
     * carriers as typed.
     */
    default ConversionTables defaultConversions(Map<String, ?> accountSettings) {
        return ConversionTables.NONE;
    }

    /**
     * For how many days after its order date an order never updated since import is still a target of an
     * export (Shopserve S2: 4). 0, the default: never-updated orders are not targets (F7).
     */
    default int neverUpdatedExportDays() {
        return 0;
    }
}
