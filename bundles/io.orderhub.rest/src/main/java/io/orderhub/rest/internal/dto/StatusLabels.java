package io.orderhub.rest.internal.dto;

import io.orderhub.core.model.OrderStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Japanese label of each status code, to show next to codes in responses. */
public final class StatusLabels {

    private final Map<String, OrderStatus> byCode = new LinkedHashMap<>();

    public StatusLabels(List<OrderStatus> statuses) {
        for (OrderStatus s : OrderStatus.BUILT_IN) {
            byCode.put(s.code(), s);
        }
        for (OrderStatus s : statuses) {
            byCode.put(s.code(), s);
        }
    }

    public StatusRef ref(String code) {
        if (code == null) {
            return null;
        }
        OrderStatus s = byCode.get(code);
        return new StatusRef(code, s == null ? null : s.label());
    }

    /** The status with this code or Japanese label, or null. */
    public OrderStatus find(String codeOrLabel) {
        OrderStatus s = byCode.get(codeOrLabel);
        if (s != null) {
            return s;
        }
        return byCode.values().stream().filter(x -> x.label().equals(codeOrLabel)).findFirst().orElse(null);
    }

    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }
}
