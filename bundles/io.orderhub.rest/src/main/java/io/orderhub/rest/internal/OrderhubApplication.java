package io.orderhub.rest.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.annotations.RequireJaxrsWhiteboard;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import javax.ws.rs.core.Application;

/**
 * The orderhub JAX-RS application at {@code /orderhub/api}. It declares no classes of its own: resources and
 * extensions join it through the whiteboard by selecting {@link Whiteboard#APPLICATION_SELECT}.
 */
@RequireJaxrsWhiteboard
@Component(service = Application.class)
@JaxrsApplicationBase("orderhub/api")
@JaxrsName(Whiteboard.APPLICATION_NAME)
public class OrderhubApplication extends Application {
}
