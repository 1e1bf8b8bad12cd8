package io.orderhub.connector.shopserve.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.spi.MallCapability;
import io.orderhub.core.spi.MallDescriptor;

import org.junit.Test;

public class ShopserveConnectorTest {

    @Test
    public void describesShopserveWithOneOrderPerExportCallAndASecretManagerKey() {
        MallDescriptor d = new ShopserveConnector().descriptor();
        assertThat(d.id()).isEqualTo("shopserve");
        assertThat(d.nameJa()).isEqualTo("Eストア ショップサーブ");
        assertThat(d.nameEn()).isEqualTo("E-Store Shopserve");
        assertThat(d.accountFactoryPid()).isEqualTo("io.orderhub.connector.shopserve.account");
        assertThat(d.capabilities()).containsExactlyInAnyOrder(MallCapability.IMPORT_BY_DATE_RANGE,
                MallCapability.EXPORT_SHIPPING, MallCapability.EXPORT_STATUS);
        assertThat(d.exportBatchSize()).isEqualTo(1);
        assertThat(d.setting(".managerKey").isSecret()).isTrue();
        assertThat(d.setting("apiBaseUrl").defaultValue()).isEqualTo("https://management.api.shopserve.jp/v2");
        assertThat(d.setting("requestsPerSecond").defaultValue()).isEqualTo("1");
    }
}
