package io.orderhub.connector.shopify.internal;

import io.orderhub.core.spi.ConversionTables;
import io.orderhub.core.spi.MallCarrier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Carrier names as operators type them to Shopify's tracking company names. Shopify builds the tracking link
 * itself only for names on its list, spelled exactly; any other text is sent as it is.
 */
final class CarrierNames {

    private static final Map<String, String> BUILT_IN = new LinkedHashMap<>();

    static {
        for (String name : new String[] {"日本郵便", "ゆうパック", "ゆうパケット", "ゆうメール", "クリックポスト", "レターパック"}) {
            BUILT_IN.put(name, "Japan Post (JA)");
        }
        for (String name : new String[] {"ヤマト運輸", "ヤマト", "クロネコヤマト", "宅急便", "ネコポス"}) {
            BUILT_IN.put(name, "Yamato (JA)");
        }
        for (String name : new String[] {"佐川急便", "佐川"}) {
            BUILT_IN.put(name, "Sagawa (JA)");
        }
    }

    private final Map<String, String> names;

    /** @param overrides the account's own mappings; they win over the built-in ones */
    CarrierNames(Map<String, String> overrides) {
        Map<String, String> all = new LinkedHashMap<>(BUILT_IN);
        all.putAll(overrides);
        this.names = java.util.Collections.unmodifiableMap(all);
    }

    /** The default conversion table (C2): these names, any other carrier as typed (Shopify takes any company). */
    ConversionTables defaults() {
        Map<String, MallCarrier> table = new LinkedHashMap<>();
        names.forEach((ours, company) -> table.put(ours, new MallCarrier(company, company)));
        return new ConversionTables(table, ConversionTables.UnlistedCarrier.AS_TYPED, null, Map.of(), null, List.of());
    }

    /** Shopify's company for an operator's carrier text, or null when there is none. */
    String toCompany(String carrier) {
        if (carrier == null || carrier.isBlank()) {
            return null;
        }
        String key = carrier.strip();
        return names.getOrDefault(key, key);
    }

    /** The operator's carrier name for a company Shopify reports (the first mapping to it), else the company. */
    String toCarrier(String company) {
        return switch (company) {
            case "Japan Post (JA)", "Japan Post (EN)" -> "日本郵便";
            case "Yamato (JA)", "Yamato (EN)" -> "ヤマト運輸";
            case "Sagawa (JA)", "Sagawa (EN)" -> "佐川急便";
            default -> names.entrySet().stream().filter(e -> e.getValue().equals(company)).map(Map.Entry::getKey)
                    .findFirst().orElse(company);
        };
    }
}
