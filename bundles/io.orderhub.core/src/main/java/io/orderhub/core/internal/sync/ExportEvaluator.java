package io.orderhub.core.internal.sync;

import io.orderhub.core.internal.store.JobStore;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.service.ExportReason;
import io.orderhub.core.spi.ConversionTables;
import io.orderhub.core.spi.ExportCheck;
import io.orderhub.core.spi.ExportContext;
import io.orderhub.core.spi.OrderExportService;
import io.orderhub.core.spi.StatusRule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether one order is a target of an export, with every reason when not: the one code path behind the
 * export run, the preview and the explanation. Mall-neutral rules here (creation period, order age, status
 * mapping, carrier conversion, already sent); the mall's own through the connector's check.
 */
final class ExportEvaluator {

    private final JobStore jobs;

    ExportEvaluator(JobStore jobs) {
        this.jobs = jobs;
    }

    record Evaluation(ExportCheck check, List<ExportReason> reasons) {
        boolean isTarget() {
            return reasons.isEmpty();
        }

        List<String> messages() {
            return reasons.stream().map(ExportReason::message).toList();
        }
    }

    /**
     * @param exporter the account's export service, or null when the connector is not installed (then that is a
     *                 reason, and the mall's own rules cannot be checked)
     * @param context  carries the account's status mapping and conversion tables (null when unknown)
     */
    Evaluation evaluate(Order order, ExportWindow window, OrderExportService exporter, ExportContext context) {
        List<ExportReason> reasons = new ArrayList<>();
        // the store selected by the same window; asking it again keeps the reasons in one place and covers an
        // order changed between the selection and this check
        reasons.addAll(window.explain(order.lastUpdatedAt(), order.orderedAt()));
        if (context.statusMapping() != null) {
            StatusRule rule = context.statusMapping().rule(order.status());
            if (!rule.enabled()) {
                reasons.add(new ExportReason(ExportReason.STATUS_NOT_ENABLED, "ステータス「" + label(order.status())
                        + "」はステータス紐付け設定で書き出し対象になっていません: 紐付け設定で有効にするか、"
                        + "対象のステータスへ移してください (F9, F11)"));
            }
        }
        ConversionTables conversions = context.conversions();
        if (conversions != null) {
            String missing = conversions.missingCarrierReason(order.shipping().carrier());
            if (missing != null) {
                reasons.add(new ExportReason(ExportReason.CARRIER_NOT_CONVERTED, missing + " (C2, D7)"));
            }
        }
        if (jobs.lastSentVersion(order.id()) == order.version()) {
            reasons.add(new ExportReason(ExportReason.ALREADY_SENT, "前回の書き出し以降、変更がありません (送信済み)"));
        }
        ExportCheck check = ExportCheck.target(java.util.Map.of());
        if (exporter == null) {
            reasons.add(new ExportReason(ExportReason.CONNECTOR_NOT_INSTALLED, "モール「" + order.mallId()
                    + "」のコネクタがインストールされていないか、アカウントが起動していません"));
        } else {
            check = exporter.check(order, context);
            Set<String> seen = new LinkedHashSet<>(reasons.stream().map(ExportReason::message).toList());
            for (String r : check.reasons()) {
                if (seen.add(r)) {
                    reasons.add(new ExportReason(ExportReason.MALL_RULE, r));
                }
            }
        }
        return new Evaluation(check, List.copyOf(reasons));
    }

    static String label(String code) {
        OrderStatus s = OrderStatus.builtIn(code);
        return s != null ? s.label() : String.valueOf(code);
    }
}
