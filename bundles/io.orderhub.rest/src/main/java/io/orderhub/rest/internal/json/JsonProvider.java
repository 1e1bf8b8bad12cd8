package io.orderhub.rest.internal.json;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import io.orderhub.rest.internal.Whiteboard;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

/**
 * Reads and writes the API's JSON with {@link ObjectMappers#create()}. Registered for the orderhub application
 * only: the stock whiteboard Jackson feature binds to the default application and did not resolve in Karaf.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsName(Whiteboard.JSON_EXTENSION)
@JaxrsApplicationSelect(Whiteboard.APPLICATION_SELECT)
@JaxrsMediaType({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json", "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider extends JacksonJsonProvider {

    public JsonProvider() {
        super(ObjectMappers.create());
    }
}
