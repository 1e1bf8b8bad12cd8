package io.orderhub.connector.yahoo.internal;

import io.orderhub.core.model.OrderStatus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Y5 紐付け設定: per orderhub status whether it is exported, and to which Yahoo! order status and ship status.
 * The defaults are Y3's: 新規受付 and キャンセル never; 保留 → 保留/出荷可; 処理済 → 完了/出荷済み; 発送後入金待ち →
 * 保留/出荷処理中; every other status, the shop's own included → 処理中/出荷処理中.
 */
public final class StatusMapping {

    /** One row of the mapping; {@code enabled=false} means the status is never exported (F9). */
    public record Target(boolean enabled, int orderStatus, int shipStatus) {
        static final Target OFF = new Target(false, 0, 0);
    }

    public static final int ORDER_PROCESSING = 2;
    public static final int ORDER_ON_HOLD = 3;
    public static final int ORDER_CANCELLED = 4;
    public static final int ORDER_DONE = 5;
    public static final int SHIP_NOT_READY = 0;
    public static final int SHIP_READY = 1;
    public static final int SHIP_IN_PROGRESS = 2;
    public static final int SHIP_SHIPPED = 3;
    public static final int SHIP_ARRIVED = 4;

    private static final Map<String, Target> DEFAULTS = Map.of(
            OrderStatus.NEW.code(), Target.OFF,
            OrderStatus.CANCELLED.code(), Target.OFF,
            OrderStatus.ON_HOLD.code(), new Target(true, ORDER_ON_HOLD, SHIP_READY),
            OrderStatus.DONE.code(), new Target(true, ORDER_DONE, SHIP_SHIPPED),
            OrderStatus.AWAITING_PAYMENT_AFTER_SHIPPING.code(), new Target(true, ORDER_ON_HOLD, SHIP_IN_PROGRESS));
    private static final Target OTHERS = new Target(true, ORDER_PROCESSING, SHIP_IN_PROGRESS);

    private final Map<String, Target> overrides;

    private StatusMapping(Map<String, Target> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    public static final StatusMapping DEFAULT = new StatusMapping(Map.of());

    /**
     * {@code STATUS=orderStatus/shipStatus} or {@code STATUS=off}, comma separated; STATUS is a status code or a
     * built-in label (処理済). Order statuses 2, 3, 5 and ship statuses 1–4 can be chosen, as in Yahoo!'s own
     * settings screen.
     */
    public static StatusMapping parse(String text) {
        Map<String, Target> map = new LinkedHashMap<>();
        if (text != null) {
            for (String entry : text.split("[,;\\n]")) {
                if (entry.isBlank()) {
                    continue;
                }
                int eq = entry.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("「ステータス=注文ステータス/出荷ステータス」の形式で指定してください: "
                            + entry.trim());
                }
                String key = entry.substring(0, eq).trim();
                OrderStatus builtIn = OrderStatus.builtIn(key);
                String code = builtIn != null ? builtIn.code() : key;
                String value = entry.substring(eq + 1).trim();
                if (value.equalsIgnoreCase("off")) {
                    map.put(code, Target.OFF);
                    continue;
                }
                String[] pair = value.split("/");
                int order;
                int ship;
                try {
                    order = Integer.parseInt(pair[0].trim());
                    ship = pair.length == 2 ? Integer.parseInt(pair[1].trim()) : -1;
                } catch (NumberFormatException e) {
                    ship = -1;
                    order = -1;
                }
                if (pair.length != 2 || !(order == 2 || order == 3 || order == 5) || ship < 1 || ship > 4) {
                    throw new IllegalArgumentException("注文ステータスは 2/3/5、出荷ステータスは 1〜4 で指定してください: "
                            + entry.trim());
                }
                map.put(code, new Target(true, order, ship));
            }
        }
        return new StatusMapping(map);
    }

    public Target target(String statusCode) {
        Target t = overrides.get(statusCode);
        if (t != null) {
            return t;
        }
        return DEFAULTS.getOrDefault(statusCode, OTHERS);
    }

    public static String orderStatusLabel(int code) {
        return switch (code) {
            case 0 -> "未入力";
            case 1 -> "予約中";
            case 2 -> "処理中";
            case 3 -> "保留";
            case 4 -> "キャンセル";
            case 5 -> "完了";
            case 8 -> "繰上げ同意待ち";
            default -> "不明(" + code + ")";
        };
    }

    public static String shipStatusLabel(int code) {
        return switch (code) {
            case 0 -> "出荷不可";
            case 1 -> "出荷可";
            case 2 -> "出荷処理中";
            case 3 -> "出荷済み";
            case 4 -> "着荷済み";
            default -> "不明(" + code + ")";
        };
    }
}
