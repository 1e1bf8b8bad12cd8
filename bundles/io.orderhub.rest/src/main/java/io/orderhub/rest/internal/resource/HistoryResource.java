package io.orderhub.rest.internal.resource;

import io.orderhub.core.service.HistoryQuery;
import io.orderhub.core.service.HistoryService;
import io.orderhub.core.service.JobResult;
import io.orderhub.rest.internal.Whiteboard;
import io.orderhub.rest.internal.dto.HistoryPageDto;
import io.orderhub.rest.internal.error.ApiException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

/**
 * The history of import and export runs, one entry per order result (kept at least 90 days). Dates without a
 * time are days in Japan (Asia/Tokyo), both inclusive; instants are taken as they are ({@code to} exclusive).
 */
@Component(service = HistoryResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Whiteboard.APPLICATION_SELECT)
@JaxrsExtensionSelect({Whiteboard.REQUIRE_AUTH, Whiteboard.REQUIRE_JSON, Whiteboard.REQUIRE_ERRORS,
        Whiteboard.REQUIRE_QUERY, Whiteboard.REQUIRE_CONTENT_TYPE})
@Path("history")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    static final int DEFAULT_LIMIT = 100;
    private static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Tokyo");

    private final HistoryService history;

    @Activate
    public HistoryResource(@Reference HistoryService history) {
        this.history = history;
    }

    @GET
    public HistoryPageDto search(@QueryParam("account") String account, @QueryParam("order") String order,
                                 @QueryParam("outcome") String outcome, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("offset") String offset,
                                 @QueryParam("limit") String limit) {
        int skip = Params.integer("offset", offset, 0, 0, Integer.MAX_VALUE);
        int max = Params.integer("limit", limit, DEFAULT_LIMIT, 1, HistoryQuery.MAX_LIMIT);
        Instant start = Params.instantOrDate("from", from, SHOP_ZONE);
        Instant end = Params.instantOrDate("to", to, SHOP_ZONE);
        if (end != null && to.trim().length() == 10) {
            end = end.atZone(SHOP_ZONE).plusDays(1).toInstant();
        }
        String orderText = Params.text(order);
        if (orderText != null && orderText.length() > 100) {
            throw ApiException.badRequest("invalid_value", "order", "order is longer than 100 characters");
        }
        return HistoryPageDto.of(history.search(new HistoryQuery(Params.text(account), orderText, outcome(outcome),
                start, end, skip, max)));
    }

    static JobResult.Outcome outcome(String value) {
        String v = Params.text(value);
        if (v == null) {
            return null;
        }
        try {
            return JobResult.Outcome.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_value", "outcome", "outcome must be one of "
                    + Arrays.toString(JobResult.Outcome.values()));
        }
    }
}
