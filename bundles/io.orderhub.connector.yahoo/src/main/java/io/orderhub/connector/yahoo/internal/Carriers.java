package io.orderhub.connector.yahoo.internal;

import io.orderhub.core.spi.ConversionTables;
import io.orderhub.core.spi.MallCarrier;
import io.orderhub.core.spi.MallStatusChoice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Operator's carrier text ↔ Yahoo!'s ShipCompanyCode (the confirmed codes only; anything else is 1000 その他). */
public final class Carriers {

    public static final String OTHER = "1000";
    public static final String YAMATO = "1001";
    public static final String SAGAWA = "1002";
    public static final String JAPAN_POST = "1003";
    public static final String SEINO = "1004";

    /** Y6: ShipInvoiceNumberEmptyReason codes Yahoo! accepts. */
    static final List<MallStatusChoice> NO_TRACKING_REASONS = List.of(new MallStatusChoice("101", "メーカー直送"),
            new MallStatusChoice("102", "発送不要"), new MallStatusChoice("103", "店頭受取"),
            new MallStatusChoice("104", "配送業者から連絡"), new MallStatusChoice("105", "追跡不可の配送方法"));

    /** The carrier names operators commonly type, in the default conversion table (C2). */
    private static final String[] DEFAULT_NAMES = {"ヤマト運輸", "ヤマト", "クロネコヤマト", "宅急便", "ネコポス", "佐川急便",
        "佐川", "飛脚宅配便", "日本郵便", "ゆうパック", "ゆうパケット", "ゆうメール", "西濃運輸", "店頭受け取り"};

    private Carriers() {
    }

    /**
     * Yahoo!'s default conversion tables (C2, Y6): the common carrier names to their codes, any other carrier to
     * 1000 その他 (Yahoo! takes it), no time slot conversion until the shop sets one, and the reason for no
     * tracking number from the older account setting.
     */
    public static ConversionTables defaults(String noTrackingReason) {
        Map<String, MallCarrier> table = new LinkedHashMap<>();
        for (String n : DEFAULT_NAMES) {
            String code = n.equals("店頭受け取り") ? "5001" : code(n);
            table.put(n, new MallCarrier(code, name(code)));
        }
        return new ConversionTables(table, ConversionTables.UnlistedCarrier.FALLBACK, new MallCarrier(OTHER, name(OTHER)),
                Map.of(), noTrackingReason, NO_TRACKING_REASONS);
    }

    public static String code(String carrier) {
        if (carrier == null || carrier.isBlank()) {
            return OTHER;
        }
        String c = carrier.toLowerCase(Locale.ROOT);
        if (c.contains("ヤマト") || c.contains("宅急便") || c.contains("ネコポス") || c.contains("クロネコ")
                || c.contains("yamato")) {
            return YAMATO;
        }
        if (c.contains("佐川") || c.contains("飛脚") || c.contains("sagawa")) {
            return SAGAWA;
        }
        if (c.contains("日本郵便") || c.contains("ゆうパック") || c.contains("ゆうパケット") || c.contains("ゆうメール")
                || c.contains("郵便") || c.contains("japan post")) {
            return JAPAN_POST;
        }
        if (c.contains("西濃")) {
            return SEINO;
        }
        return OTHER;
    }

    public static String name(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case YAMATO -> "ヤマト運輸";
            case SAGAWA -> "佐川急便";
            case JAPAN_POST -> "日本郵便";
            case SEINO -> "西濃運輸";
            case "5001" -> "店頭受け取り";
            default -> "その他";
        };
    }
}
