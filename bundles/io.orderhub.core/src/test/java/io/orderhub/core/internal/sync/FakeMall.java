package io.orderhub.core.internal.sync;

import io.orderhub.core.model.Address;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderLine;
import io.orderhub.core.spi.ConnectionStatus;
import io.orderhub.core.spi.ConversionTables;
import io.orderhub.core.spi.ExportCheck;
import io.orderhub.core.spi.ExportContext;
import io.orderhub.core.spi.ImportQuery;
import io.orderhub.core.spi.MallCapability;
import io.orderhub.core.spi.MallConnector;
import io.orderhub.core.spi.MallDescriptor;
import io.orderhub.core.spi.MallException;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.core.spi.OrderExportService;
import io.orderhub.core.spi.OrderImportService;
import io.orderhub.core.spi.OrderResultItem;
import io.orderhub.core.spi.StatusMappingModel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A mall in memory: orders to hand out on import, a record of what export sent, and faults on demand. */
final class FakeMall implements MallConnector, OrderImportService, OrderExportService {

    static final MallDescriptor DESCRIPTOR = new MallDescriptor("fake", "テストモール", "Fake mall",
            Set.of(MallCapability.IMPORT_BY_DATE_RANGE, MallCapability.EXPORT_SHIPPING, MallCapability.BATCH_EXPORT),
            "io.orderhub.connector.fake.account", List.of(), 2);

    volatile MallDescriptor descriptor = DESCRIPTOR;
    final List<MallOrder> mallOrders = new CopyOnWriteArrayList<>();
    /** Orders moved on by {@link #acknowledge}, in call order. */
    final List<String> acknowledged = new CopyOnWriteArrayList<>();
    /** Orders whose next move the mall refuses, once each. */
    final Set<String> refuseAcknowledge = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final List<String> sent = new CopyOnWriteArrayList<>();
    /** Every query an import asked with. */
    final List<ImportQuery> queries = new CopyOnWriteArrayList<>();
    /** Order numbers the mall refuses, with its message. */
    final Map<String, String> refusals = new LinkedHashMap<>();
    volatile MallException failImport;
    volatile MallException failExport;
    /** Fail the import after handing over this many orders (-1: never). */
    volatile int failImportAfter = -1;
    /** Thrown, one per export call, before anything else happens (transient faults to retry). */
    final java.util.Queue<MallException> exportFaults = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Runs at the start of every export call (to hold a run while a test looks at it). */
    volatile Runnable beforeExport = () -> { };
    /** Runs before each order an import hands over. */
    volatile Runnable beforeImportedOrder = () -> { };
    /** After this many sends in all, the JVM "dies" right after the mall took the order (-1: never). */
    volatile int crashAfterSends = -1;
    /** Like a real mall: an order already fulfilled with the same tracking number is not fulfilled again. */
    private final Set<String> fulfilled = java.util.concurrent.ConcurrentHashMap.newKeySet();
    final java.util.concurrent.atomic.AtomicInteger exportCalls = new java.util.concurrent.atomic.AtomicInteger();

    /** The mall's status mapping model; null: the SPI's default. */
    volatile StatusMappingModel model;
    volatile ConversionTables conversions = ConversionTables.NONE;
    volatile int neverUpdatedDays;
    /** The context of the last check, to see what the engine handed over. */
    volatile ExportContext lastContext;

    private final String accountId;

    FakeMall(String accountId) {
        this.accountId = accountId;
    }

    static MallOrder order(String number, Instant orderedAt) {
        return new MallOrder(number, orderedAt, orderedAt, "paid", false, Address.ofName("山田 太郎"),
                new Address("山田 花子", null, "150-0001", "東京都", "渋谷区", "神宮前1-1-1", null, "0300000000", null),
                List.of(new OrderLine(1, "L1", "ABC-1", "商品A", 1, new BigDecimal("3000"))), "credit_card", "paid",
                new BigDecimal("3300"), null, Map.of("fake.id", number));
    }

    @Override
    public MallDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public List<OrderResultItem> acknowledge(List<String> mallOrderNumbers) {
        List<OrderResultItem> failures = new ArrayList<>();
        for (String number : mallOrderNumbers) {
            if (refuseAcknowledge.remove(number)) {
                failures.add(OrderResultItem.failed(number, "status move refused", "confirm"));
            } else {
                acknowledged.add(number);
            }
        }
        return failures;
    }

    @Override
    public StatusMappingModel statusMappingModel(Map<String, ?> accountSettings) {
        StatusMappingModel m = model;
        return m != null ? m : MallConnector.super.statusMappingModel(accountSettings);
    }

    @Override
    public ConversionTables defaultConversions(Map<String, ?> accountSettings) {
        return conversions;
    }

    @Override
    public int neverUpdatedExportDays() {
        return neverUpdatedDays;
    }

    @Override
    public String accountId() {
        return accountId;
    }

    @Override
    public ConnectionStatus status() {
        return ConnectionStatus.online();
    }

    @Override
    public void fetch(ImportQuery query, Consumer<MallOrder> sink) throws MallException {
        queries.add(query);
        int handed = 0;
        for (MallOrder o : mallOrders) {
            if (failImportAfter >= 0 && handed == failImportAfter) {
                throw failImport;
            }
            if (!o.orderedAt().isBefore(query.from()) && o.orderedAt().isBefore(query.to())) {
                beforeImportedOrder.run();
                sink.accept(o);
                handed++;
            }
        }
        if (failImport != null && failImportAfter < 0) {
            throw failImport;
        }
    }

    @Override
    public ExportCheck check(Order order, ExportContext context) {
        lastContext = context;
        List<String> reasons = new ArrayList<>();
        if (!order.shipping().hasTrackingNumber()) {
            reasons.add("追跡番号が未入力です");
        }
        if (order.shipping().shipDate() == null) {
            reasons.add("出荷日が未入力です");
        }
        return reasons.isEmpty()
                ? ExportCheck.target(Map.of("tracking", order.shipping().firstTrackingNumber()))
                : ExportCheck.excluded(reasons);
    }

    @Override
    public List<OrderResultItem> export(List<Order> orders, ExportContext context) throws MallException {
        exportCalls.incrementAndGet();
        beforeExport.run();
        MallException fault = exportFaults.poll();
        if (fault != null) {
            throw fault;
        }
        if (failExport != null) {
            throw failExport;
        }
        List<OrderResultItem> results = new ArrayList<>();
        for (Order o : orders) {
            String refusal = refusals.get(o.mallOrderNumber());
            if (refusal != null) {
                results.add(OrderResultItem.failed(o.mallOrderNumber(), refusal, "ship"));
            } else if (!fulfilled.add(o.mallOrderNumber() + "/" + o.shipping().firstTrackingNumber())) {
                results.add(OrderResultItem.skipped(o.mallOrderNumber(), "モール側で発送済みです"));
            } else {
                sent.add(o.mallOrderNumber());
                if (sent.size() == crashAfterSends) {
                    throw new SimulatedCrash();
                }
                results.add(OrderResultItem.sent(o.mallOrderNumber(), Map.of("tracking", o.shipping().firstTrackingNumber())));
            }
        }
        return results;
    }

    /** Stands for the JVM dying: nothing in the engine catches an Error. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("simulated crash (kill -9)", null, false, false);
        }
    }
}
