package io.orderhub.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.ClassRule;
import org.junit.Test;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The served OpenAPI document lists exactly the operations the resource classes implement. */
public class OpenApiDocumentTest {

    @ClassRule
    public static final RestFixture api = new RestFixture();

    @Test
    public void documentIsServedWithoutAuthentication() {
        RestFixture.Reply r = api.get("/openapi.json", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode doc = r.json();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        assertThat(doc.at("/servers/0/url").asText()).isEqualTo("/orderhub/api");
        assertThat(doc.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(doc.at("/paths/~1openapi.json/get/security").isArray()).isTrue();
        assertThat(doc.at("/paths/~1openapi.json/get/security").size()).isZero();
    }

    @Test
    public void documentListsEveryImplementedOperation_andNoOther() {
        JsonNode doc = api.get("/openapi.json", null).json();
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (!method.equals("parameters")) {
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        assertThat(documented).isEqualTo(implementedOperations());
    }

    @Test
    public void everyErrorResponseUsesTheErrorSchemaNamingTheField() {
        JsonNode doc = api.get("/openapi.json", null).json();
        JsonNode error = doc.at("/components/schemas/Error");
        assertThat(error.path("required").toString()).contains("error", "field", "message");
        doc.at("/components/responses").forEach(r ->
                assertThat(r.at("/content/application~1json/schema/$ref").asText())
                        .isEqualTo("#/components/schemas/Error"));
        for (String schema : new String[] {"OrderPatch", "ShippingPatch", "AccountCreate", "ImportRequest", "ExportRequest"}) {
            assertThat(doc.at("/components/schemas/" + schema + "/additionalProperties").asBoolean(true))
                    .as(schema + " refuses unknown fields").isFalse();
        }
    }

    /** "GET /orders/{id}" for every resource method, from the JAX-RS annotations. */
    private static Set<String> implementedOperations() {
        Set<String> ops = new TreeSet<>();
        for (Class<?> resource : RestFixture.RESOURCE_CLASSES) {
            String base = "/" + trim(resource.getAnnotation(Path.class).value());
            for (Method m : resource.getMethods()) {
                String verb = httpMethod(m);
                if (verb == null) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                ops.add(verb + " " + (sub == null ? base : base + "/" + trim(sub.value())));
            }
        }
        assertThat(ops).hasSizeGreaterThan(10);
        return ops;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String trim(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
