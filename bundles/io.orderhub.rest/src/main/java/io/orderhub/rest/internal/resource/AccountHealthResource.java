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
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * One account's health. A root resource of its own (not a method of the accounts resource) so that the
 * health feature stays out of the account code; JAX-RS picks it for {@code /accounts/{id}/health} as the
 * longer literal match.
 */
@Component(service = AccountHealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Whiteboard.APPLICATION_SELECT)
@JaxrsExtensionSelect({Whiteboard.REQUIRE_AUTH, Whiteboard.REQUIRE_JSON, Whiteboard.REQUIRE_ERRORS,
        Whiteboard.REQUIRE_QUERY, Whiteboard.REQUIRE_CONTENT_TYPE})
@Path("accounts/{accountId}/health")
@Produces(MediaType.APPLICATION_JSON)
public class AccountHealthResource {

    private final HealthService health;

    @Activate
    public AccountHealthResource(@Reference HealthService health) {
        this.health = health;
    }

    @GET
    public AccountHealthDto get(@PathParam("accountId") String accountId) {
        return AccountHealthDto.of(health.health(accountId));
    }
}
