package io.orderhub.rest.internal.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.orderhub.core.service.ConflictException;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.ValidationException;
import io.orderhub.rest.internal.Whiteboard;
import io.orderhub.rest.internal.dto.ErrorResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Map;

/**
 * Turns every exception into the JSON error body {@code {"error", "field", "message"}}. Messages are written
 * here rather than passed on from Jackson, whose messages quote the input (which may hold a secret) and name
 * Java classes.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName(Whiteboard.ERRORS_EXTENSION)
@JaxrsApplicationSelect(Whiteboard.APPLICATION_SELECT)
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private static final Map<Integer, String> CODES = Map.of(
            400, "bad_request", 401, "unauthorized", 403, "forbidden", 404, "not_found",
            405, "method_not_allowed", 406, "not_acceptable", 409, "conflict", 415, "unsupported_media_type");

    @Override
    public Response toResponse(Throwable e) {
        Throwable cause = unwrap(e);
        if (cause instanceof ApiException a) {
            return respond(a.status(), ErrorResponse.of(a.error(), a.field(), a.getMessage()));
        }
        if (cause instanceof ValidationException v) {
            return respond(400, ErrorResponse.of("invalid_value", v.field(), v.getMessage()));
        }
        if (cause instanceof NotFoundException n) {
            return respond(404, new ErrorResponse("not_found", null, n.getMessage(), n.kind()));
        }
        if (cause instanceof ConflictException c) {
            return respond(409, ErrorResponse.of("conflict", c.field(), c.getMessage()));
        }
        if (cause instanceof JsonProcessingException j) {
            return respond(400, fromJson(j));
        }
        if (cause instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (status >= 500) {
                LOG.error("Request failed", w);
            }
            String code = CODES.getOrDefault(status, status >= 500 ? "internal_error" : "bad_request");
            return respond(status, ErrorResponse.of(code, null, webMessage(status)));
        }
        LOG.error("Request failed", e);
        return respond(500, ErrorResponse.of("internal_error", null, "internal error; see the server log"));
    }

    /** CXF wraps what a message body reader throws; the interesting exception is inside. */
    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        for (int i = 0; i < 5 && t != null; i++) {
            if (t instanceof ApiException || t instanceof ValidationException || t instanceof NotFoundException
                    || t instanceof ConflictException || t instanceof JsonProcessingException) {
                return t;
            }
            if (t instanceof WebApplicationException && t.getCause() == null) {
                return t;
            }
            t = t.getCause();
        }
        return e;
    }

    static ErrorResponse fromJson(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && m.getCause() instanceof JsonParseException p) {
            return fromJson(p);
        }
        if (e instanceof ValueInstantiationException v && unwrap(v.getCause()) instanceof ValidationException ve) {
            return ErrorResponse.of("invalid_value", ve.field(), ve.getMessage());
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String field = path(u);
            return ErrorResponse.of("unknown_field", field, "unknown field '" + field + "'");
        }
        if (e instanceof InvalidFormatException f) {
            String field = path(f);
            return ErrorResponse.of("invalid_value", field, field + " " + expectation(f.getTargetType()));
        }
        if (e instanceof MismatchedInputException m) {
            String field = path(m);
            if (field == null) {
                return ErrorResponse.of("invalid_value", null, "the body must be a JSON object");
            }
            return ErrorResponse.of("invalid_value", field, field + " " + expectation(m.getTargetType()));
        }
        if (e instanceof JsonMappingException m) {
            String field = path(m);
            return ErrorResponse.of("invalid_value", field, field == null ? "invalid body" : field + " is invalid");
        }
        String field = null;
        // at the end of input the parser still names the last complete field, which is not where the fault is
        if (e instanceof JsonParseException p && p.getProcessor() != null && !atEndOfInput(p)) {
            JsonParser parser = p.getProcessor();
            field = contextPath(parser.getParsingContext());
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return ErrorResponse.of("malformed_json", field, "malformed JSON" + where);
    }

    private static boolean atEndOfInput(JsonParseException e) {
        String message = e.getOriginalMessage();
        return e instanceof JsonEOFException || (message != null && message.contains("end-of-input"));
    }

    private static String expectation(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type == LocalDate.class) {
            return "must be a real calendar date, yyyy-MM-dd";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be an ISO-8601 date-time";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "must be an object";
        }
        return "has the wrong type";
    }

    /** {@code shipping.trackingNumbers[1]} from Jackson's reference chain. */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String contextPath(JsonStreamContext context) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst(c.getCurrentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (sb.length() > 0 && !part.startsWith("[")) {
                sb.append('.');
            }
            sb.append(part);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String webMessage(int status) {
        return switch (status) {
            case 404 -> "no such endpoint";
            case 405 -> "method not allowed on this endpoint";
            case 406 -> "only application/json responses are available";
            case 415 -> "send the body as application/json";
            default -> status >= 500 ? "internal error; see the server log" : "bad request";
        };
    }

    private static Response respond(int status, ErrorResponse body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
