package io.orderhub.rest.internal.resource;

import io.orderhub.core.service.CarrierConversion;
import io.orderhub.core.service.ConversionsUpdate;
import io.orderhub.core.service.ConversionsView;
import io.orderhub.core.service.ExportRulesService;
import io.orderhub.core.service.TimeSlotConversion;
import io.orderhub.rest.internal.Whiteboard;
import io.orderhub.rest.internal.dto.ConversionsUpdateRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * An account's conversion tables (C2, D7, Y6): our carrier → the mall's code, our time slot → the mall's, and the
 * reason for no tracking number. Bad input answers 400 naming the field and changes nothing.
 */
@Component(service = ConversionsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Whiteboard.APPLICATION_SELECT)
@JaxrsExtensionSelect({Whiteboard.REQUIRE_AUTH, Whiteboard.REQUIRE_JSON, Whiteboard.REQUIRE_ERRORS,
        Whiteboard.REQUIRE_QUERY, Whiteboard.REQUIRE_CONTENT_TYPE})
@Path("accounts/{accountId}/conversions")
@Produces(MediaType.APPLICATION_JSON)
public class ConversionsResource {

    private final ExportRulesService rules;

    @Activate
    public ConversionsResource(@Reference ExportRulesService rules) {
        this.rules = rules;
    }

    @GET
    public ConversionsView get(@PathParam("accountId") String accountId) {
        return rules.conversions(accountId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ConversionsView update(@PathParam("accountId") String accountId, ConversionsUpdateRequest body) {
        ConversionsUpdateRequest req = Params.requireBody(body);
        return rules.updateConversions(accountId, new ConversionsUpdate(
                req.carriers() == null ? null : req.carriers().stream().map(c -> c == null ? null
                        : new CarrierConversion(c.carrier(), c.mallCode(), c.mallName(), true)).toList(),
                req.removeCarriers(),
                req.timeSlots() == null ? null : req.timeSlots().stream().map(t -> t == null ? null
                        : new TimeSlotConversion(t.timeSlot(), t.mallTimeSlot(), true)).toList(),
                req.removeTimeSlots(), req.noTrackingReason()));
    }
}
