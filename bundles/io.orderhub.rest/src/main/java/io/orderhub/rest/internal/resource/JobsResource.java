package io.orderhub.rest.internal.resource;

import io.orderhub.core.service.JobService;
import io.orderhub.rest.internal.Whiteboard;
import io.orderhub.rest.internal.dto.JobDto;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import java.util.List;

/** Import and export jobs, with their per-order results. */
@Component(service = JobsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Whiteboard.APPLICATION_SELECT)
@JaxrsExtensionSelect({Whiteboard.REQUIRE_AUTH, Whiteboard.REQUIRE_JSON, Whiteboard.REQUIRE_ERRORS,
        Whiteboard.REQUIRE_QUERY, Whiteboard.REQUIRE_CONTENT_TYPE})
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;
    static final int DEFAULT_RESULTS_LIMIT = 1000;
    static final int MAX_RESULTS_LIMIT = 10000;

    private final JobService jobs;

    @Activate
    public JobsResource(@Reference JobService jobs) {
        this.jobs = jobs;
    }

    /** The newest jobs first, without per-order results. */
    @GET
    public List<JobDto> list(@QueryParam("account") String account, @QueryParam("limit") String limit) {
        int max = Params.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        return jobs.list(Params.text(account), max).stream().map(j -> JobDto.of(j, false)).toList();
    }

    /** The job with one page of its per-order results (a job of 100,000 orders is read in pages). */
    @GET
    @Path("{jobId}")
    public JobDto get(@PathParam("jobId") String jobId, @QueryParam("resultsOffset") String resultsOffset,
                      @QueryParam("resultsLimit") String resultsLimit) {
        int offset = Params.integer("resultsOffset", resultsOffset, 0, 0, Integer.MAX_VALUE);
        int limit = Params.integer("resultsLimit", resultsLimit, DEFAULT_RESULTS_LIMIT, 0, MAX_RESULTS_LIMIT);
        return JobDto.of(jobs.get(jobId, offset, limit), offset, limit);
    }

    /** Stops a queued or running job at its next order; 409 when it has already finished. */
    @POST
    @Path("{jobId}/cancel")
    public JobDto cancel(@PathParam("jobId") String jobId, @Context SecurityContext security) {
        return JobDto.of(jobs.cancel(jobId, Params.actor(security)), false);
    }
}
