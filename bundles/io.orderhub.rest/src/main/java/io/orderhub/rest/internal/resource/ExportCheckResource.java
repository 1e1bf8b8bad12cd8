package io.orderhub.rest.internal.resource;

import io.orderhub.core.service.ExportExplanation;
import io.orderhub.core.service.ExportRulesService;
import io.orderhub.core.service.SyncService;
import io.orderhub.rest.internal.Whiteboard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

/**
 * Whether an order is a target of the next export and, if not, every reason (the FAQ of seed 003 as product):
 * the same evaluation as the export and its preview.
 */
@Component(service = ExportCheckResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Whiteboard.APPLICATION_SELECT)
@JaxrsExtensionSelect({Whiteboard.REQUIRE_AUTH, Whiteboard.REQUIRE_JSON, Whiteboard.REQUIRE_ERRORS,
        Whiteboard.REQUIRE_QUERY, Whiteboard.REQUIRE_CONTENT_TYPE})
@Path("orders/{id}/export-check")
@Produces(MediaType.APPLICATION_JSON)
public class ExportCheckResource {

    private final ExportRulesService rules;

    @Activate
    public ExportCheckResource(@Reference ExportRulesService rules) {
        this.rules = rules;
    }

    /**
     * @param account the account whose export is asked about; default the order's own
     * @param days    the creation period, 1 to 13 (default 3)
     */
    @GET
    public ExportExplanation check(@PathParam("id") String id, @QueryParam("account") String account,
                                   @QueryParam("days") String days) {
        Integer period = Params.integer("days", days, null, SyncService.MIN_CREATION_PERIOD,
                SyncService.MAX_CREATION_PERIOD);
        return rules.explain(Params.orderId(id), Params.text(account), period);
    }
}
