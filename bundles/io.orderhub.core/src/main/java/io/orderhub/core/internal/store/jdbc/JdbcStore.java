package io.orderhub.core.internal.store.jdbc;

import io.orderhub.core.internal.store.ExportRuleStore;
import io.orderhub.core.internal.store.JobStore;
import io.orderhub.core.internal.store.JobTarget;
import io.orderhub.core.internal.store.TargetOutcome;
import io.orderhub.core.internal.store.OrderStore;
import io.orderhub.core.model.Order;
import io.orderhub.core.model.OrderChange;
import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobResult;
import io.orderhub.core.service.OrderPage;
import io.orderhub.core.service.OrderQuery;
import io.orderhub.core.service.OrderUpdate;
import io.orderhub.core.spi.MallCarrier;
import io.orderhub.core.spi.MallOrder;
import io.orderhub.core.spi.StatusRule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The order and job store on the {@code orderhub} DataSource (H2 or PostgreSQL, told apart from the
 * connection's metadata). Brings the schema up to date when it starts, so a store that exists is usable.
 * Another DataSource is chosen with the configuration property {@code dataSource.target}.
 */
@Component(service = {OrderStore.class, JobStore.class, ExportRuleStore.class})
public class JdbcStore implements OrderStore, JobStore, ExportRuleStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

    private final Dialect dialect;
    private final JdbcOrderStore orders;
    private final JdbcJobStore jobs;
    private final JdbcExportRuleStore rules;

    @Activate
    public JdbcStore(@Reference(name = "dataSource", target = "(dataSourceName=orderhub)") DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /** @param clock gives the time of export records, the one time the callers do not pass */
    public JdbcStore(DataSource dataSource, Clock clock) {
        Database db = new Database(dataSource);
        this.dialect = db.dialect();
        List<Integer> applied = new SchemaMigrator(db, dialect).migrate();
        LOG.info("order store on {}: {}", dialect,
                applied.isEmpty() ? "schema up to date" : "applied schema versions " + applied);
        JsonColumns json = new JsonColumns();
        this.orders = new JdbcOrderStore(db, dialect, json);
        this.jobs = new JdbcJobStore(db, json, clock);
        this.rules = new JdbcExportRuleStore(db);
    }

    Dialect dialect() {
        return dialect;
    }

    @Override
    public ImportOutcome upsertImported(String accountId, String mallId, MallOrder order, String initialStatus,
                                       Instant now) {
        return orders.upsertImported(accountId, mallId, order, initialStatus, now);
    }

    @Override
    public Optional<Order> find(long orderId) {
        return orders.find(orderId);
    }

    @Override
    public Optional<Order> findByNumber(String accountId, String mallOrderNumber) {
        return orders.findByNumber(accountId, mallOrderNumber);
    }

    @Override
    public OrderPage find(OrderQuery query) {
        return orders.find(query);
    }

    @Override
    public Optional<Order> applyUpdate(long orderId, OrderUpdate update, String actor, Instant now) {
        return orders.applyUpdate(orderId, update, actor, now);
    }

    @Override
    public void addHistory(long orderId, OrderChange change) {
        orders.addHistory(orderId, change);
    }

    @Override
    public List<OrderChange> history(long orderId) {
        return orders.history(orderId);
    }

    @Override
    public void forEachExportCandidate(String accountId, Instant updatedSince, Instant orderedSince,
                                       Instant neverUpdatedOrderedSince, int pageSize, Consumer<Order> consumer) {
        orders.forEachExportCandidate(accountId, updatedSince, orderedSince, neverUpdatedOrderedSince, pageSize,
                consumer);
    }

    @Override
    public List<OrderStatus> customStatuses() {
        return orders.customStatuses();
    }

    @Override
    public boolean addCustomStatus(OrderStatus status) {
        return orders.addCustomStatus(status);
    }

    @Override
    public void save(Job job) {
        jobs.save(job);
    }

    @Override
    public void addResults(String jobId, List<JobResult> results) {
        jobs.addResults(jobId, results);
    }

    @Override
    public Optional<Job> find(String jobId) {
        return jobs.find(jobId);
    }

    @Override
    public List<Job> list(String accountId, int limit) {
        return jobs.list(accountId, limit);
    }

    @Override
    public long lastSentVersion(long orderId) {
        return jobs.lastSentVersion(orderId);
    }

    @Override
    public void recordSent(long orderId, long version, String jobId) {
        jobs.recordSent(orderId, version, jobId);
    }

    // ---------------------------------------------------------------- export rules

    @Override
    public Map<String, StatusRule> statusRules(String accountId) {
        return rules.statusRules(accountId);
    }

    @Override
    public void saveStatusRules(String accountId, Map<String, StatusRule> statusRules) {
        rules.saveStatusRules(accountId, statusRules);
    }

    @Override
    public void clearStatusRules(String accountId) {
        rules.clearStatusRules(accountId);
    }

    @Override
    public StoredConversions conversions(String accountId) {
        return rules.conversions(accountId);
    }

    @Override
    public void updateConversions(String accountId, Map<String, MallCarrier> carriers, Collection<String> removeCarriers,
                                  Map<String, String> timeSlots, Collection<String> removeTimeSlots,
                                  String noTrackingReason) {
        rules.updateConversions(accountId, carriers, removeCarriers, timeSlots, removeTimeSlots, noTrackingReason);
    }

    @Override
    public void putParams(String jobId, Map<String, String> params) {
        jobs.putParams(jobId, params);
    }

    @Override
    public Map<String, String> params(String jobId) {
        return jobs.params(jobId);
    }

    @Override
    public void requestCancel(String jobId, String actor) {
        jobs.requestCancel(jobId, actor);
    }

    @Override
    public String cancelledBy(String jobId) {
        return jobs.cancelledBy(jobId);
    }

    @Override
    public Optional<Job> find(String jobId, int resultsOffset, int resultsLimit) {
        return jobs.find(jobId, resultsOffset, resultsLimit);
    }

    @Override
    public Job.Counts countResults(String jobId, int total) {
        return jobs.countResults(jobId, total);
    }

    @Override
    public void addTargets(String jobId, List<JobTarget> targets, List<JobResult> results) {
        jobs.addTargets(jobId, targets, results);
    }

    @Override
    public void clearTargets(String jobId) {
        jobs.clearTargets(jobId);
    }

    @Override
    public List<JobTarget> openTargets(String jobId, int afterSeq, int limit) {
        return jobs.openTargets(jobId, afterSeq, limit);
    }

    @Override
    public void markInFlight(String jobId, List<JobTarget> targets) {
        jobs.markInFlight(jobId, targets);
    }

    @Override
    public void complete(String jobId, List<TargetOutcome> outcomes) {
        jobs.complete(jobId, outcomes);
    }
}
