package io.orderhub.rest.internal.resource;

import io.orderhub.core.service.ExportRulesService;
import io.orderhub.core.service.StatusMappingView;
import io.orderhub.core.service.StatusRuleUpdate;
import io.orderhub.rest.internal.Whiteboard;
import io.orderhub.rest.internal.dto.StatusMappingUpdateRequest;
import io.orderhub.rest.internal.dto.StatusRulePatch;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.List;

/**
 * An account's status mapping (Y5, F9, F11, SH2): per orderhub status, whether it is exported and to which mall
 * order/ship status. Bad rows answer 400 naming the field (e.g. {@code rows[1].shipStatus}) and change nothing.
 */
@Component(service = StatusMappingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Whiteboard.APPLICATION_SELECT)
@JaxrsExtensionSelect({Whiteboard.REQUIRE_AUTH, Whiteboard.REQUIRE_JSON, Whiteboard.REQUIRE_ERRORS,
        Whiteboard.REQUIRE_QUERY, Whiteboard.REQUIRE_CONTENT_TYPE})
@Path("accounts/{accountId}/status-mapping")
@Produces(MediaType.APPLICATION_JSON)
public class StatusMappingResource {

    private final ExportRulesService rules;

    @Activate
    public StatusMappingResource(@Reference ExportRulesService rules) {
        this.rules = rules;
    }

    @GET
    public StatusMappingView get(@PathParam("accountId") String accountId) {
        return rules.statusMapping(accountId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public StatusMappingView update(@PathParam("accountId") String accountId, StatusMappingUpdateRequest body) {
        StatusMappingUpdateRequest req = Params.requireBody(body);
        return rules.updateStatusMapping(accountId, req.rows());
    }

    /** One row; the status is a code or a built-in label. */
    @PUT
    @Path("{status}")
    @Consumes(MediaType.APPLICATION_JSON)
    public StatusMappingView updateRow(@PathParam("accountId") String accountId, @PathParam("status") String status,
                                       StatusRulePatch body) {
        StatusRulePatch req = Params.requireBody(body);
        return rules.updateStatusMapping(accountId,
                List.of(new StatusRuleUpdate(status, req.enabled(), req.orderStatus(), req.shipStatus())));
    }

    /** Back to the mall's defaults (for Shopify: its API書出 option). */
    @DELETE
    public StatusMappingView reset(@PathParam("accountId") String accountId) {
        return rules.resetStatusMapping(accountId);
    }
}
