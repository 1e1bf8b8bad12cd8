package io.orderhub.rest.internal.resource;

import io.orderhub.core.service.Account;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.Job;
import io.orderhub.core.service.JobService;
import io.orderhub.core.service.Mall;
import io.orderhub.core.service.MallRegistry;
import io.orderhub.core.service.OrderService;
import io.orderhub.core.service.SyncService;
import io.orderhub.rest.internal.Whiteboard;
import io.orderhub.rest.internal.dto.AccountCreateRequest;
import io.orderhub.rest.internal.dto.AccountDto;
import io.orderhub.rest.internal.dto.AccountUpdateRequest;
import io.orderhub.rest.internal.dto.ExportPreviewDto;
import io.orderhub.rest.internal.dto.ExportRequest;
import io.orderhub.rest.internal.dto.ImportRequest;
import io.orderhub.rest.internal.dto.JobDto;
import io.orderhub.rest.internal.dto.MallDto;
import io.orderhub.rest.internal.dto.StatusLabels;
import io.orderhub.rest.internal.error.ApiException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Shop accounts, and the imports and exports of one account. Secrets are write-only. */
@Component(service = AccountsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Whiteboard.APPLICATION_SELECT)
@JaxrsExtensionSelect({Whiteboard.REQUIRE_AUTH, Whiteboard.REQUIRE_JSON, Whiteboard.REQUIRE_ERRORS,
        Whiteboard.REQUIRE_QUERY, Whiteboard.REQUIRE_CONTENT_TYPE})
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    /** How long a foreground export (Y7) is waited for before it is answered as a background job. */
    static final java.time.Duration FOREGROUND_WAIT = java.time.Duration.ofSeconds(30);

    private final AccountService accounts;
    private final MallRegistry malls;
    private final SyncService sync;
    private final OrderService orders;
    private final JobService jobs;

    @Activate
    public AccountsResource(@Reference AccountService accounts, @Reference MallRegistry malls,
                            @Reference SyncService sync, @Reference OrderService orders, @Reference JobService jobs) {
        this.accounts = accounts;
        this.malls = malls;
        this.sync = sync;
        this.orders = orders;
        this.jobs = jobs;
    }

    @GET
    public List<AccountDto> list() {
        return accounts.list().stream().map(this::dto).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AccountCreateRequest body, @Context UriInfo uri) {
        AccountCreateRequest req = Params.requireBody(body);
        requireText("id", req.id());
        requireText("mallId", req.mallId());
        Map<String, Object> settings = mergeSecrets(req.settings(), req.secrets());
        Account created = accounts.create(req.id().trim(), req.mallId().trim(), req.name(), settings);
        URI location = uri.getBaseUriBuilder().path("accounts").path(created.id()).build();
        return Response.created(location).entity(dto(created)).build();
    }

    @GET
    @Path("{accountId}")
    public AccountDto get(@PathParam("accountId") String accountId) {
        return dto(accounts.get(accountId));
    }

    @PUT
    @Path("{accountId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountDto update(@PathParam("accountId") String accountId, AccountUpdateRequest body) {
        AccountUpdateRequest req = Params.requireBody(body);
        accounts.get(accountId);
        return dto(accounts.update(accountId, req.name(), mergeSecrets(req.settings(), req.secrets())));
    }

    @DELETE
    @Path("{accountId}")
    public Response delete(@PathParam("accountId") String accountId) {
        accounts.get(accountId);
        accounts.delete(accountId);
        return Response.noContent().build();
    }

    /**
     * Starts an import of the given order dates, or of the account's default days without a body; with
     * {@code statuses}, only orders in those mall statuses (F3; 400 naming {@code statuses} for a mall that
     * cannot).
     */
    @POST
    @Path("{accountId}/imports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startImport(@PathParam("accountId") String accountId, ImportRequest body,
                                @Context SecurityContext security, @Context UriInfo uri) {
        ImportRequest req = body == null ? new ImportRequest(null, null, null) : body;
        if (req.from() == null && req.to() != null) {
            throw ApiException.badRequest("invalid_value", "from", "from is required when to is given");
        }
        if (req.from() != null && req.to() == null) {
            throw ApiException.badRequest("invalid_value", "to", "to is required when from is given");
        }
        if (req.from() != null && req.from().isAfter(req.to())) {
            throw ApiException.badRequest("invalid_value", "from", "from must not be after to");
        }
        accounts.get(accountId);
        List<String> statuses = req.statuses() == null ? List.of() : req.statuses();
        return accepted(sync.startImport(accountId, req.from(), req.to(), statuses, Params.actor(security)), uri);
    }

    @GET
    @Path("{accountId}/exports/preview")
    public ExportPreviewDto preview(@PathParam("accountId") String accountId, @QueryParam("days") String days) {
        Integer period = creationPeriod(Params.integer("days", days, null, Integer.MIN_VALUE, Integer.MAX_VALUE));
        accounts.get(accountId);
        return ExportPreviewDto.of(sync.preview(accountId, period), new StatusLabels(orders.statuses()));
    }

    @POST
    @Path("{accountId}/exports")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startExport(@PathParam("accountId") String accountId, ExportRequest body,
                                @QueryParam("wait") String waitParam, @Context SecurityContext security,
                                @Context UriInfo uri) {
        Integer period = creationPeriod(body == null ? null : body.days());
        boolean wait = Params.bool("wait", waitParam) || (body != null && Boolean.TRUE.equals(body.foreground()));
        accounts.get(accountId);
        Job job = sync.startExport(accountId, period, Params.actor(security));
        if (!wait) {
            return accepted(job, uri);
        }
        // Y7 foreground: the per-order results when done; a run longer than the bound is answered as background
        try {
            Job done = jobs.await(job.id(), FOREGROUND_WAIT);
            if (done.isFinished()) {
                return Response.ok(JobDto.of(jobs.get(job.id(), 0, JobsResource.DEFAULT_RESULTS_LIMIT), 0,
                        JobsResource.DEFAULT_RESULTS_LIMIT)).build();
            }
            return accepted(done, uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return accepted(job, uri);
        }
    }

    private static Integer creationPeriod(Integer days) {
        if (days != null && (days < SyncService.MIN_CREATION_PERIOD || days > SyncService.MAX_CREATION_PERIOD)) {
            throw ApiException.badRequest("invalid_value", "days", "days (the creation period) must be between "
                    + SyncService.MIN_CREATION_PERIOD + " and " + SyncService.MAX_CREATION_PERIOD);
        }
        return days;
    }

    private static Response accepted(Job job, UriInfo uri) {
        URI location = uri.getBaseUriBuilder().path("jobs").path(job.id()).build();
        return Response.accepted(JobDto.of(job, true)).location(location).build();
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("invalid_value", field, field + " is required");
        }
    }

    /** Secrets may come in their own map, keyed with or without the leading dot their setting key has. */
    private static Map<String, Object> mergeSecrets(Map<String, Object> settings, Map<String, String> secrets) {
        Map<String, Object> all = new LinkedHashMap<>();
        if (settings != null) {
            all.putAll(settings);
        }
        if (secrets != null) {
            secrets.forEach((k, v) -> all.put(k.startsWith(".") ? k : "." + k, v));
        }
        return all;
    }

    private AccountDto dto(Account a) {
        Set<String> secretKeys = Set.of();
        for (Mall m : malls.malls()) {
            if (m.id().equals(a.mallId())) {
                secretKeys = MallDto.secretKeys(m);
            }
        }
        return AccountDto.of(a, secretKeys);
    }
}
