package io.orderhub.connector.shopify.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * Metatype of a Shopify shop account (factory PID {@code io.orderhub.connector.shopify.account}). The values
 * are read and checked by {@link ShopifyAccountSettings}; this only describes them to Config Admin tools.
 */
@ObjectClassDefinition(name = "orderhub Shopify account", description = "One Shopify shop orderhub imports from and exports to")
public @interface ShopifyAccountConfig {

    @AttributeDefinition(name = "orderhub.account", description = "Account id")
    String orderhub_account();

    @AttributeDefinition(name = "ショップURL", description = "https://<shop>.myshopify.com")
    String shopUrl();

    /** DS maps the leading underscore to a dot: a private property, never a service property. */
    @AttributeDefinition(name = "アクセスキー", description = "Admin API access token (shpat_...)", type = AttributeType.PASSWORD)
    String _accessToken();

    @AttributeDefinition(name = "APIバージョン", description = "YYYY-MM")
    String apiVersion() default "2025-01";

    @AttributeDefinition(name = "受注を取得する日数", min = "1", max = "10")
    int daysToFetch() default 3;

    @AttributeDefinition(name = "API書出", options = {
            @Option(value = "DONE_ONLY", label = "処理済のみ"),
            @Option(value = "ALL_BUT_NEW_AND_CANCELLED", label = "新規受付・キャンセル以外")})
    String exportOption() default "DONE_ONLY";

    @AttributeDefinition(name = "APIリクエスト数/秒", min = "1", max = "100")
    int rateLimitPerSecond() default 2;

    @AttributeDefinition(name = "APIバケットサイズ", min = "1", max = "1000")
    int bucketSize() default 40;

    @AttributeDefinition(name = "配送会社名の対応", required = false, description = "西濃運輸=Seino, ...")
    String carrierNames() default "";

    @AttributeDefinition(name = "発送通知メール")
    boolean notifyCustomer() default false;

    @AttributeDefinition(name = "複数の追跡番号", options = {
            @Option(value = "FIRST_ONLY", label = "最初の番号のみ送信"),
            @Option(value = "JOINED", label = "全番号をカンマ区切りで送信")})
    String trackingNumbers() default "FIRST_ONLY";
}
