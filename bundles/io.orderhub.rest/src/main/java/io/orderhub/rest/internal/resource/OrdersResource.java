package io.orderhub.rest.internal.resource;

import io.orderhub.core.model.OrderStatus;
import io.orderhub.core.service.AccountService;
import io.orderhub.core.service.NotFoundException;
import io.orderhub.core.service.OrderPage;
import io.orderhub.core.service.OrderQuery;
import io.orderhub.core.service.OrderService;
import io.orderhub.core.service.OrderUpdate;
import io.orderhub.core.spi.AccountProperties;
import io.orderhub.rest.internal.Whiteboard;
import io.orderhub.rest.internal.dto.OrderChangeDto;
import io.orderhub.rest.internal.dto.OrderDto;
import io.orderhub.rest.internal.dto.OrderPageDto;
import io.orderhub.rest.internal.dto.OrderPatchRequest;
import io.orderhub.rest.internal.dto.OrderSummaryDto;
import io.orderhub.rest.internal.dto.ShippingPatch;
import io.orderhub.rest.internal.dto.StatusLabels;
import io.orderhub.rest.internal.error.ApiException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/** Stored orders: search, read, history, and the operator's changes of status and shipping data. */
@Component(service = OrdersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Whiteboard.APPLICATION_SELECT)
@JaxrsExtensionSelect({Whiteboard.REQUIRE_AUTH, Whiteboard.REQUIRE_JSON, Whiteboard.REQUIRE_ERRORS,
        Whiteboard.REQUIRE_QUERY, Whiteboard.REQUIRE_CONTENT_TYPE})
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    static final int DEFAULT_LIMIT = 50;
    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final OrderService orders;
    private final AccountService accounts;

    @Activate
    public OrdersResource(@Reference OrderService orders, @Reference AccountService accounts) {
        this.orders = orders;
        this.accounts = accounts;
    }

    @GET
    public OrderPageDto find(@QueryParam("account") String account, @QueryParam("mall") String mall,
                             @QueryParam("status") String status, @QueryParam("orderNumber") String orderNumber,
                             @QueryParam("updatedSince") String updatedSince, @QueryParam("offset") String offset,
                             @QueryParam("limit") String limit) {
        StatusLabels labels = labels();
        String statusCode = null;
        if (Params.text(status) != null) {
            statusCode = knownStatus(labels, status.trim()).code();
        }
        String accountId = Params.text(account);
        OrderQuery query = new OrderQuery(accountId, Params.text(mall), statusCode, Params.text(orderNumber),
                Params.instantOrDate("updatedSince", updatedSince, zoneOf(accountId)),
                Params.integer("offset", offset, 0, 0, Integer.MAX_VALUE),
                Params.integer("limit", limit, DEFAULT_LIMIT, 1, OrderQuery.MAX_LIMIT));
        OrderPage page = orders.find(query);
        return new OrderPageDto(page.orders().stream().map(o -> OrderSummaryDto.of(o, labels)).toList(),
                page.total(), page.offset(), page.limit());
    }

    @GET
    @Path("{id}")
    public OrderDto get(@PathParam("id") String id) {
        return OrderDto.of(orders.get(Params.orderId(id)), labels());
    }

    @GET
    @Path("{id}/history")
    public List<OrderChangeDto> history(@PathParam("id") String id) {
        long orderId = Params.orderId(id);
        orders.get(orderId);
        return orders.history(orderId).stream().map(OrderChangeDto::of).toList();
    }

    /** Changes status and shipping data; fields left out keep their value, a field given as null is cleared. */
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH_JSON})
    public OrderDto patch(@PathParam("id") String id, OrderPatchRequest body, @Context SecurityContext security) {
        long orderId = Params.orderId(id);
        OrderPatchRequest req = Params.requireBody(body);
        StatusLabels labels = labels();
        OrderUpdate update = toUpdate(req, labels);
        orders.get(orderId);
        return OrderDto.of(orders.update(orderId, update, Params.actor(security)), labels);
    }

    private static OrderUpdate toUpdate(OrderPatchRequest req, StatusLabels labels) {
        OrderUpdate.Builder b = OrderUpdate.builder();
        if (req.has("status")) {
            if (req.status() == null || req.status().isBlank()) {
                throw ApiException.badRequest("invalid_value", "status", "status cannot be cleared");
            }
            b.status(knownStatus(labels, req.status().trim()).code());
        }
        if (req.has("shipping")) {
            ShippingPatch s = req.shipping();
            if (s == null) {
                b.shipDate(null).carrier(null).trackingNumbers(null).deliveryDate(null).deliveryTimeSlot(null);
            } else {
                if (s.has("shipDate")) {
                    b.shipDate(s.shipDate());
                }
                if (s.has("carrier")) {
                    b.carrier(s.carrier());
                }
                if (s.has("trackingNumbers")) {
                    List<String> numbers = s.trackingNumbers();
                    if (numbers != null) {
                        for (int i = 0; i < numbers.size(); i++) {
                            if (numbers.get(i) == null) {
                                throw ApiException.badRequest("invalid_value", "shipping.trackingNumbers[" + i + "]",
                                        "a tracking number cannot be null; leave it out instead");
                            }
                        }
                    }
                    b.trackingNumbers(numbers);
                }
                if (s.has("deliveryDate")) {
                    b.deliveryDate(s.deliveryDate());
                }
                if (s.has("deliveryTimeSlot")) {
                    b.deliveryTimeSlot(s.deliveryTimeSlot());
                }
            }
        }
        OrderUpdate update = b.build();
        if (update.present().isEmpty()) {
            throw ApiException.badRequest("invalid_value", null,
                    "nothing to change: give status and/or shipping fields");
        }
        return update;
    }

    private static OrderStatus knownStatus(StatusLabels labels, String codeOrLabel) {
        OrderStatus s = labels.find(codeOrLabel);
        if (s == null) {
            throw ApiException.badRequest("unknown_status", "status", "unknown status '" + codeOrLabel
                    + "'; known: " + String.join(", ", labels.codes()));
        }
        return s;
    }

    private StatusLabels labels() {
        return new StatusLabels(orders.statuses());
    }

    /** Dates in filters are days in the shop's zone when one account is asked for, else in the default zone. */
    private ZoneId zoneOf(String accountId) {
        ZoneId zone = ZoneId.of(AccountProperties.DEFAULT_ZONE);
        if (accountId == null) {
            return zone;
        }
        try {
            Object z = accounts.get(accountId).settings().get(AccountProperties.ZONE);
            return z == null ? zone : ZoneId.of(z.toString());
        } catch (NotFoundException | DateTimeException e) {
            return zone;
        }
    }
}
