package io.orderhub.rest.internal.resource;

import io.orderhub.core.service.Conflict;
import io.orderhub.core.service.ConflictService;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.rest.internal.Whiteboard;
import io.orderhub.rest.internal.dto.ConflictDto;
import io.orderhub.rest.internal.dto.ConflictResolveRequest;
import io.orderhub.rest.internal.error.ApiException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import javax.ws.rs.Consumes;
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
import java.util.Locale;

/** The conflict list: orders the mall cancelled while they were being shipped, for an operator to settle. */
@Component(service = ConflictsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Whiteboard.APPLICATION_SELECT)
@JaxrsExtensionSelect({Whiteboard.REQUIRE_AUTH, Whiteboard.REQUIRE_JSON, Whiteboard.REQUIRE_ERRORS,
        Whiteboard.REQUIRE_QUERY, Whiteboard.REQUIRE_CONTENT_TYPE})
@Path("conflicts")
@Produces(MediaType.APPLICATION_JSON)
public class ConflictsResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final ConflictService conflicts;

    @Activate
    public ConflictsResource(@Reference ConflictService conflicts) {
        this.conflicts = conflicts;
    }

    /** Newest first; {@code state} OPEN (default), RESOLVED or ALL. */
    @GET
    public List<ConflictDto> list(@QueryParam("account") String account, @QueryParam("state") String state,
                                  @QueryParam("limit") String limit) {
        int max = Params.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        return conflicts.list(Params.text(account), state(state), max).stream().map(ConflictDto::of).toList();
    }

    @GET
    @Path("{conflictId}")
    public ConflictDto get(@PathParam("conflictId") String id) {
        return ConflictDto.of(conflicts.get(id(id)));
    }

    @POST
    @Path("{conflictId}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConflictDto resolve(@PathParam("conflictId") String id, ConflictResolveRequest body,
                               @Context SecurityContext security) {
        ConflictResolveRequest req = Params.requireBody(body);
        return ConflictDto.of(conflicts.resolve(id(id), req.note(), Params.actor(security)));
    }

    static Conflict.State state(String value) {
        String v = Params.text(value);
        if (v == null) {
            return Conflict.State.OPEN;
        }
        return switch (v.toUpperCase(Locale.ROOT)) {
            case "OPEN" -> Conflict.State.OPEN;
            case "RESOLVED" -> Conflict.State.RESOLVED;
            case "ALL" -> null;
            default -> throw ApiException.badRequest("invalid_value", "state", "state must be OPEN, RESOLVED or ALL");
        };
    }

    private static long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException("conflict", value);
        }
    }
}
