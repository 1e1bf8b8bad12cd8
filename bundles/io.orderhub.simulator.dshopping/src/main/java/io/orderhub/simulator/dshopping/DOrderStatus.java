package io.orderhub.simulator.dshopping;

/** The order statuses of the designed dショッピング contract, with their Japanese names. */
public enum DOrderStatus {
    ORDER_CONFIRM_WAITING("受注確認待ち"),
    SHIP_INSTRUCTION_WAITING("出荷指示待ち"),
    SHIPPED("出荷完了"),
    CANCELED("キャンセル"),
    PAYMENT_WAITING("入金待ち");

    private final String nameJa;

    DOrderStatus(String nameJa) {
        this.nameJa = nameJa;
    }

    public String nameJa() {
        return nameJa;
    }
}
