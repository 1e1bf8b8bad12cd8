package io.orderhub.core.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An account's conversion tables (C2, D7, Y6): our carrier → the mall's carrier, our delivery time slot → the
 * mall's, and the "reason for no tracking number". A connector gives the defaults through
 * {@link MallConnector#defaultConversions}; the engine hands the account's tables to it in the
 * {@link ExportContext}.
 *
 * @param carriers                 our carrier name (as operators type it) → the mall's carrier
 * @param unlistedCarrier          what a carrier not in {@code carriers} becomes
 * @param fallbackCarrier          the mall carrier of {@link UnlistedCarrier#FALLBACK} (Yahoo! 1000 その他)
 * @param timeSlots                our delivery time slot → the mall's
 * @param noTrackingReason         the mall's reason code for an order without tracking number, or null
 * @param noTrackingReasonChoices  the reason codes the mall accepts (empty: the mall has no such field)
 */
public record ConversionTables(Map<String, MallCarrier> carriers, UnlistedCarrier unlistedCarrier,
                               MallCarrier fallbackCarrier, Map<String, String> timeSlots, String noTrackingReason,
                               List<MallStatusChoice> noTrackingReasonChoices) {

    /** What happens to a carrier the table does not list. */
    public enum UnlistedCarrier {
        /** The order is not sent: the carrier has no mall code (dショッピング D7). */
        NOT_SENT,
        /** The carrier text goes to the mall as typed (Shopify takes any company name). */
        AS_TYPED,
        /** The table's fallback carrier is sent (Yahoo! 1000 その他). */
        FALLBACK
    }

    /** No table: every carrier goes as typed, no time slot is converted. */
    public static final ConversionTables NONE = new ConversionTables(Map.of(), UnlistedCarrier.AS_TYPED, null,
            Map.of(), null, List.of());

    public ConversionTables {
        carriers = carriers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(carriers));
        timeSlots = timeSlots == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timeSlots));
        unlistedCarrier = unlistedCarrier == null ? UnlistedCarrier.NOT_SENT : unlistedCarrier;
        noTrackingReasonChoices = noTrackingReasonChoices == null ? List.of() : List.copyOf(noTrackingReasonChoices);
        if (unlistedCarrier == UnlistedCarrier.FALLBACK && (fallbackCarrier == null || !fallbackCarrier.hasCode())) {
            throw new IllegalArgumentException("a FALLBACK table needs a fallback carrier with a code");
        }
        if (noTrackingReason != null && noTrackingReason.isBlank()) {
            noTrackingReason = null;
        }
    }

    /**
     * The mall's carrier for our carrier text, or empty when the mall has no code for it (then the order is
     * not sent, and says so). A blank carrier is empty too: whether a carrier is required is the mall's rule.
     */
    public Optional<MallCarrier> carrier(String ours) {
        if (ours == null || ours.isBlank()) {
            return Optional.empty();
        }
        String key = ours.strip();
        MallCarrier listed = carriers.get(key);
        if (listed != null) {
            return listed.hasCode() ? Optional.of(listed) : Optional.empty();
        }
        return switch (unlistedCarrier) {
            case NOT_SENT -> Optional.empty();
            case AS_TYPED -> Optional.of(new MallCarrier(key, key));
            case FALLBACK -> Optional.of(fallbackCarrier);
        };
    }

    /**
     * Why the carrier text has no mall code, for the operator; null when it has one or is blank.
     */
    public String missingCarrierReason(String ours) {
        if (ours == null || ours.isBlank() || carrier(ours).isPresent()) {
            return null;
        }
        String key = ours.strip();
        return carriers.containsKey(key)
                ? "配送会社「" + key + "」のモール側の配送会社コードが空です（配送会社変換表で指定してください）"
                : "配送会社「" + key + "」は配送会社変換表にありません（変換表に追加してください）";
    }

    /** The mall's time slot for ours, or empty when the table has none (then no time slot is sent). */
    public Optional<String> timeSlot(String ours) {
        if (ours == null || ours.isBlank()) {
            return Optional.empty();
        }
        String mall = timeSlots.get(ours.strip());
        return mall == null || mall.isBlank() ? Optional.empty() : Optional.of(mall);
    }
}
