package io.orderhub.rest.internal.security;

import io.orderhub.rest.internal.Whiteboard;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

/**
 * A request without a Content-Type is taken as JSON. {@code curl -X POST .../imports} sends no body and no
 * type; without this the JAX-RS engine answers 415 instead of starting the import with its defaults, and a
 * write with a missing body gets 415 instead of "a JSON body is required".
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName(Whiteboard.CONTENT_TYPE_EXTENSION)
@JaxrsApplicationSelect(Whiteboard.APPLICATION_SELECT)
@PreMatching
public class DefaultContentTypeFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type == null || type.isBlank()) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
