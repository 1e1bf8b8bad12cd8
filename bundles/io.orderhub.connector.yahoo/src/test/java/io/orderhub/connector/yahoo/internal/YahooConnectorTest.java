package io.orderhub.connector.yahoo.internal;

import static io.orderhub.connector.yahoo.YahooConstants.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderhub.core.spi.AccountSetting;
import io.orderhub.core.spi.MallCapability;
import io.orderhub.core.spi.MallDescriptor;

import org.junit.Test;

public class YahooConnectorTest {

    @Test
    public void describesYahooWithItsCapabilitiesAndSecretSettings() {
        MallDescriptor d = new YahooConnector().descriptor();
        assertThat(d.id()).isEqualTo("yahoo");
        assertThat(d.nameJa()).isEqualTo("Yahoo!ショッピング");
        assertThat(d.accountFactoryPid()).isEqualTo("io.orderhub.connector.yahoo.account");
        assertThat(d.exportBatchSize()).isEqualTo(1);
        assertThat(d.capabilities()).containsExactlyInAnyOrder(MallCapability.IMPORT_BY_DATE_RANGE,
                MallCapability.IMPORT_BY_STATUS, MallCapability.EXPORT_SHIPPING, MallCapability.EXPORT_STATUS,
                MallCapability.MULTI_CALL_EXPORT);
        assertThat(d.settings()).filteredOn(AccountSetting::isSecret).extracting(AccountSetting::key)
                .containsExactlyInAnyOrder(CLIENT_SECRET, REFRESH_TOKEN, PUBLIC_KEY);
        assertThat(d.setting(PUBLIC_KEY).required()).isFalse();
        assertThat(d.setting(REQUESTS_PER_SECOND).defaultValue()).isEqualTo("1");
        assertThat(d.setting(API_BASE_URL).defaultValue()).isEqualTo(DEFAULT_API_BASE_URL);
        assertThat(d.setting(TOKEN_URL).defaultValue()).isEqualTo(DEFAULT_TOKEN_URL);
    }
}
