package io.orderhub.rest.internal.security;

import io.orderhub.core.service.Mall;
import io.orderhub.core.service.MallRegistry;
import io.orderhub.core.spi.AccountSetting;
import io.orderhub.rest.internal.Whiteboard;
import io.orderhub.rest.internal.error.ApiException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import javax.ws.rs.QueryParam;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses query parameters an endpoint does not know (as unknown JSON fields are refused), and above all
 * secrets in the URL: a URL ends up in access logs, browser history and proxies, so secrets travel only in the
 * JSON body of a write.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName(Whiteboard.QUERY_EXTENSION)
@JaxrsApplicationSelect(Whiteboard.APPLICATION_SELECT)
public class QueryParameterFilter implements ContainerRequestFilter {

    private static final List<String> SECRET_WORDS =
            List.of("password", "passwd", "secret", "token", "apikey", "api_key", "api-key", "credential");

    private final MallRegistry malls;

    @Context
    ResourceInfo resourceInfo;

    @Activate
    public QueryParameterFilter(@Reference MallRegistry malls) {
        this.malls = malls;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Set<String> names = request.getUriInfo().getQueryParameters().keySet();
        if (names.isEmpty()) {
            return;
        }
        for (String name : names) {
            if (isSecret(name)) {
                throw ApiException.badRequest("secret_in_query", name,
                        "secrets are never accepted in the URL; send them in the JSON body of POST or PUT /accounts");
            }
        }
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> known = queryParams(method);
        for (String name : names) {
            if (!known.contains(name)) {
                throw ApiException.badRequest("unknown_field", name, known.isEmpty()
                        ? "this endpoint takes no query parameters"
                        : "unknown query parameter '" + name + "'; known: " + String.join(", ", known));
            }
        }
    }

    private boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(".")) {
            return true;
        }
        for (String word : SECRET_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        for (Mall mall : malls.malls()) {
            for (AccountSetting setting : mall.settings()) {
                if (setting.isSecret() && setting.key().substring(1).equalsIgnoreCase(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> queryParams(Method method) {
        Set<String> names = new HashSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                }
            }
        }
        return new java.util.TreeSet<>(names);
    }
}
