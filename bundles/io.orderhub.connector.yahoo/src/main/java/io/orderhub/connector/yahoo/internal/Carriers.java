package io.orderhub.connector.yahoo.internal;

import java.util.Locale;

/** Operator's carrier text ↔ Yahoo!'s ShipCompanyCode (the confirmed codes only; anything else is 1000 その他). */
public final class Carriers {

    public static final String OTHER = "1000";
    public static final String YAMATO = "1001";
    public static final String SAGAWA = "1002";
    public static final String JAPAN_POST = "1003";
    public static final String SEINO = "1004";

    private Carriers() {
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
