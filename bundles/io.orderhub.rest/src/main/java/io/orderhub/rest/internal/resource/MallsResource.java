package io.orderhub.rest.internal.resource;

import io.orderhub.core.service.MallRegistry;
import io.orderhub.rest.internal.Whiteboard;
import io.orderhub.rest.internal.dto.MallDto;
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

/** The installed mall connectors and their shop accounts. */
@Component(service = MallsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Whiteboard.APPLICATION_SELECT)
@JaxrsExtensionSelect({Whiteboard.REQUIRE_AUTH, Whiteboard.REQUIRE_JSON, Whiteboard.REQUIRE_ERRORS,
        Whiteboard.REQUIRE_QUERY, Whiteboard.REQUIRE_CONTENT_TYPE})
@Path("malls")
@Produces(MediaType.APPLICATION_JSON)
public class MallsResource {

    private final MallRegistry malls;

    @Activate
    public MallsResource(@Reference MallRegistry malls) {
        this.malls = malls;
    }

    @GET
    public List<MallDto> list() {
        return malls.malls().stream().map(MallDto::of).toList();
    }
}
