package io.orderhub.rest.internal.resource;

import io.orderhub.core.service.OrderService;
import io.orderhub.rest.internal.Whiteboard;
import io.orderhub.rest.internal.dto.StatusDto;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import java.util.List;

/** The statuses an order can be in: the seven built-ins, then the shop's own. */
@Component(service = StatusesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Whiteboard.APPLICATION_SELECT)
@JaxrsExtensionSelect({Whiteboard.REQUIRE_AUTH, Whiteboard.REQUIRE_JSON, Whiteboard.REQUIRE_ERRORS,
        Whiteboard.REQUIRE_QUERY, Whiteboard.REQUIRE_CONTENT_TYPE})
@Path("statuses")
@Produces(MediaType.APPLICATION_JSON)
public class StatusesResource {

    private final OrderService orders;

    @Activate
    public StatusesResource(@Reference OrderService orders) {
        this.orders = orders;
    }

    @GET
    public List<StatusDto> list() {
        return orders.statuses().stream().map(StatusDto::of).toList();
    }
}
