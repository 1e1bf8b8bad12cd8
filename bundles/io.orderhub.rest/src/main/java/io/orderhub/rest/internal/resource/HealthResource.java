package io.orderhub.rest.internal.resource;

import io.orderhub.core.service.HealthService;
import io.orderhub.rest.internal.Whiteboard;
import io.orderhub.rest.internal.dto.AccountHealthDto;
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

/** Health of every account: connection, credentials with expiry warnings, automatic runs paused and why. */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Whiteboard.APPLICATION_SELECT)
@JaxrsExtensionSelect({Whiteboard.REQUIRE_AUTH, Whiteboard.REQUIRE_JSON, Whiteboard.REQUIRE_ERRORS,
        Whiteboard.REQUIRE_QUERY, Whiteboard.REQUIRE_CONTENT_TYPE})
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private final HealthService health;

    @Activate
    public HealthResource(@Reference HealthService health) {
        this.health = health;
    }

    @GET
    public List<AccountHealthDto> all() {
        return health.all().stream().map(AccountHealthDto::of).toList();
    }
}
