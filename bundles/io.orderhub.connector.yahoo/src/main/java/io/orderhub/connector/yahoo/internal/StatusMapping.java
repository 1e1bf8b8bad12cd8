package io.orderhub.connector.yahoo.internal;

import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.spi.MallStatusChoice;
import io.orderhub.core.spi.StatusMappingModel;
import io.orderhub.core.spi.StatusRule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Y5 紐付け設定 as Yahoo! supplies it to the core: the order statuses (2 処理中, 3 保留, 5 完了) and ship statuses
 * (1–4) an operator may choose, and Y3's defaults: 新規受付 and キャンセル never; 保留 → 保留/出荷可; 処理済 →
 * 完了/出荷済み; 発送後入金待ち → 保留/出荷処理中; every other status, the shop's own included → 処理中/出荷処理中.
 * The core keeps each account's own rows; the older account setting {@code statusMapping} still adjusts the
 * defaults, so an account configured before the core held the mapping keeps its behaviour.
 */
public final class StatusMapping {

    public static final int ORDER_PROCESSING = 2;
    public static final int ORDER_ON_HOLD = 3;
    public static final int ORDER_CANCELLED = 4;
    public static final int ORDER_DONE = 5;
    public static final int SHIP_NOT_READY = 0;
    public static final int SHIP_READY = 1;
    public static final int SHIP_IN_PROGRESS = 2;
    public static final int SHIP_SHIPPED = 3;
    public static final int SHIP_ARRIVED = 4;

    static final List<MallStatusChoice> ORDER_CHOICES = List.of(choice(ORDER_PROCESSING, orderStatusLabel(2)),
            choice(ORDER_ON_HOLD, orderStatusLabel(3)), choice(ORDER_DONE, orderStatusLabel(5)));
    static final List<MallStatusChoice> SHIP_CHOICES = List.of(choice(SHIP_READY, shipStatusLabel(1)),
            choice(SHIP_IN_PROGRESS, shipStatusLabel(2)), choice(SHIP_SHIPPED, shipStatusLabel(3)),
            choice(SHIP_ARRIVED, shipStatusLabel(4)));

    private static final Map<String, StatusRule> DEFAULTS = Map.of(
            OrderStatus.NEW.code(), StatusRule.NOT_TARGET,
            OrderStatus.CANCELLED.code(), StatusRule.NOT_TARGET,
            OrderStatus.ON_HOLD.code(), rule(ORDER_ON_HOLD, SHIP_READY),
            OrderStatus.DONE.code(), rule(ORDER_DONE, SHIP_SHIPPED),
            OrderStatus.AWAITING_PAYMENT_AFTER_SHIPPING.code(), rule(ORDER_ON_HOLD, SHIP_IN_PROGRESS),
            OrderStatus.AWAITING_PAYMENT_BEFORE_SHIPPING.code(), rule(ORDER_PROCESSING, SHIP_IN_PROGRESS),
            OrderStatus.AWAITING_SHIPMENT.code(), rule(ORDER_PROCESSING, SHIP_IN_PROGRESS));
    private static final StatusRule OTHERS = rule(ORDER_PROCESSING, SHIP_IN_PROGRESS);

    /** Y3's defaults. */
    public static final StatusMappingModel DEFAULT = new StatusMappingModel(ORDER_CHOICES, SHIP_CHOICES, DEFAULTS, OTHERS);

    private StatusMapping() {
    }

    private static MallStatusChoice choice(int code, String label) {
        return new MallStatusChoice(Integer.toString(code), label);
    }

    static StatusRule rule(int orderStatus, int shipStatus) {
        return new StatusRule(true, Integer.toString(orderStatus), Integer.toString(shipStatus));
    }

    /**
     * The model with the older account setting's overrides on Y3's defaults: {@code STATUS=orderStatus/shipStatus}
     * or {@code STATUS=off}, comma separated; STATUS is a status code or a built-in label (処理済). Order statuses
     * 2, 3, 5 and ship statuses 1–4 can be chosen, as in Yahoo!'s own settings screen.
     */
    public static StatusMappingModel parse(String text) {
        Map<String, StatusRule> map = new LinkedHashMap<>(DEFAULTS);
        StatusRule others = OTHERS;
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
                    map.put(code, StatusRule.NOT_TARGET);
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
                map.put(code, rule(order, ship));
            }
        }
        return new StatusMappingModel(ORDER_CHOICES, SHIP_CHOICES, map, others);
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
