package io.orderhub.rest.internal.resource;

import io.orderhub.core.service.ProductImportResult;
import io.orderhub.core.service.ProductService;
import io.orderhub.rest.internal.Whiteboard;
import io.orderhub.rest.internal.dto.ProductDto;
import io.orderhub.rest.internal.dto.ProductImportDto;
import io.orderhub.rest.internal.dto.ProductPageDto;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The product master (D4): CSV import, search, one product, removal. */
@Component(service = ProductsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Whiteboard.APPLICATION_SELECT)
@JaxrsExtensionSelect({Whiteboard.REQUIRE_AUTH, Whiteboard.REQUIRE_JSON, Whiteboard.REQUIRE_ERRORS,
        Whiteboard.REQUIRE_QUERY, Whiteboard.REQUIRE_CONTENT_TYPE})
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductsResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    /** Largest CSV body taken (100,000 rows of a few hundred bytes). */
    static final int MAX_BYTES = 50 * 1024 * 1024;

    private final ProductService products;

    @Activate
    public ProductsResource(@Reference ProductService products) {
        this.products = products;
    }

    /**
     * Imports a CSV with a header (sku/商品コード, name/商品名, optional jan, price), upserting by SKU. The file
     * is taken whole or refused whole (400, field {@code csv}, the lines in error).
     */
    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public ProductImportDto importCsv(byte[] body, @QueryParam("charset") String charset,
                                      @Context SecurityContext security) {
        Charset cs = ProductService.csvCharset(charset);
        if (body != null && body.length > MAX_BYTES) {
            throw io.orderhub.rest.internal.error.ApiException.badRequest("invalid_value", "csv",
                    "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB; split it");
        }
        ProductImportResult r = products.importCsv(body == null ? new byte[0] : body, cs, Params.actor(security));
        return new ProductImportDto(r.created(), r.updated(), r.ordersNamed(), cs.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Shift_JIS");
    }

    /** Products whose SKU starts with or whose name contains {@code q}, by SKU. */
    @GET
    public ProductPageDto list(@QueryParam("q") String q, @QueryParam("offset") String offset,
                               @QueryParam("limit") String limit) {
        int from = Params.integer("offset", offset, 0, 0, Integer.MAX_VALUE);
        int max = Params.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        return ProductPageDto.of(products.list(Params.text(q), from, max));
    }

    @GET
    @Path("{sku}")
    public ProductDto get(@PathParam("sku") String sku) {
        return ProductDto.of(products.get(sku));
    }

    @DELETE
    @Path("{sku}")
    public Response delete(@PathParam("sku") String sku, @Context SecurityContext security) {
        products.delete(sku, Params.actor(security));
        return Response.noContent().build();
    }
}
