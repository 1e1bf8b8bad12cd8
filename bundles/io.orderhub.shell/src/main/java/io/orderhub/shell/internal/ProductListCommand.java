package io.orderhub.shell.internal;

import io.orderhub.core.service.Product;
import io.orderhub.core.service.ProductPage;
import io.orderhub.core.service.ProductService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import java.util.List;

@Service
@Command(scope = "orderhub", name = "product-list", description = "Lists the product master (D4), by SKU",
        detailedDescription = "With QUERY, only products whose SKU starts with it or whose name contains it.\n"
                + "Example: orderhub:product-list 緑茶")
public class ProductListCommand extends OrderhubAction {

    @Reference
    ProductService products;

    @Argument(index = 0, name = "QUERY", description = "SKU prefix or part of the name")
    String query;

    @Option(name = "--limit", aliases = "-l", description = "At most this many (default 50)")
    String limit;

    @Option(name = "--offset", description = "Skip this many (default 0)")
    String offset;

    @Argument(index = 1, name = "options", multiValued = true,
            description = "The options above may also follow the arguments")
    List<String> trailingOptions;

    @Override
    void run() {
        int max = Args.integer("limit", limit, 50);
        int skip = Args.integer("offset", offset, 0);
        ProductPage page = products.list(query, skip, max);
        ShellTable table = new ShellTable().emptyTableText(query == null ? "The product master is empty"
                : "No product matches '" + query + "'");
        table.column("SKU");
        table.column("Name");
        table.column("JAN");
        table.column("Price");
        for (Product p : page.products()) {
            table.addRow().addContent(p.sku(), p.name(), Display.orNone(p.janCode()),
                    p.price() == null ? Display.NONE : p.price().toPlainString());
        }
        table.print(out());
        if (page.total() > page.products().size()) {
            out().println((page.offset() + 1) + "–" + (page.offset() + page.products().size()) + " of " + page.total()
                    + " products (--offset, --limit for more)");
        }
    }
}
