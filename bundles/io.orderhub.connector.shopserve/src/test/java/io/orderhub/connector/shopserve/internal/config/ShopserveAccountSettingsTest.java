package io.orderhub.connector.shopserve.internal.config;

import static io.orderhub.connector.shopserve.ShopserveConstants.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.orderhub.core.spi.AccountProperties;
import io.orderhub.core.spi.InvalidSettingException;

import org.junit.Test;

import java.util.HashMap;
import java.util.Map;

public class ShopserveAccountSettingsTest {

    private static Map<String, Object> valid() {
        Map<String, Object> p = new HashMap<>();
        p.put(AccountProperties.ACCOUNT_ID, "shop-a");
        p.put(SHOP_ID, "shop123");
        p.put(MANAGER_KEY, "s3cret-key");
        return p;
    }

    @Test
    public void defaultsAreShopservesProductionApiAndOneRequestPerSecond() throws Exception {
        ShopserveAccountSettings s = ShopserveAccountSettings.parse(valid());
        assertThat(s.apiBaseUrl()).hasToString(DEFAULT_API_BASE_URL);
        assertThat(s.requestsPerSecond()).isEqualTo(1);
        assertThat(s.zone().getId()).isEqualTo("Asia/Tokyo");
        assertThat(s.toString()).doesNotContain("s3cret-key");
    }

    @Test
    public void eachBadValueNamesItsField() {
        Map<String, Object> noKey = valid();
        noKey.remove(MANAGER_KEY);
        Map<String, Object> colon = valid();
        colon.put(SHOP_ID, "a:b");
        Map<String, Object> plainHttp = valid();
        plainHttp.put(API_BASE_URL, "http://192.0.2.1/v2");
        Map<String, Object> rate = valid();
        rate.put(REQUESTS_PER_SECOND, "0");
        Map<Map<String, Object>, String> cases = Map.of(noKey, MANAGER_KEY, colon, SHOP_ID, plainHttp, API_BASE_URL,
                rate, REQUESTS_PER_SECOND);
        cases.forEach((config, field) -> {
            InvalidSettingException e = catchThrowableOfType(() -> ShopserveAccountSettings.parse(config),
                    InvalidSettingException.class);
            assertThat(e).as(field).isNotNull();
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).doesNotContain("s3cret-key");
        });
    }
}
