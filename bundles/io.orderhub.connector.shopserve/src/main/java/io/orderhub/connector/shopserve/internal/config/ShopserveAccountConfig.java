package io.orderhub.connector.shopserve.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Metatype of a Shopserve shop account (factory PID {@code io.orderhub.connector.shopserve.account}). The
 * values are read and checked by {@link ShopserveAccountSettings}; this only describes them to Config Admin.
 */
@ObjectClassDefinition(name = "orderhub Shopserve account", description = "One Eストア Shopserve shop orderhub imports from and exports to")
public @interface ShopserveAccountConfig {

    @AttributeDefinition(name = "orderhub.account", description = "Account id")
    String orderhub_account();

    @AttributeDefinition(name = "ショップID")
    String shopId();

    /** DS maps the leading underscore to a dot: a private property, never a service property. */
    @AttributeDefinition(name = "マネージャー認証キー", type = AttributeType.PASSWORD)
    String _managerKey();

    @AttributeDefinition(name = "APIのURL", description = "https://management.api.shopserve.jp/v2")
    String apiBaseUrl() default "https://management.api.shopserve.jp/v2";

    @AttributeDefinition(name = "APIリクエスト数/秒", min = "1", max = "100")
    int requestsPerSecond() default 1;
}
