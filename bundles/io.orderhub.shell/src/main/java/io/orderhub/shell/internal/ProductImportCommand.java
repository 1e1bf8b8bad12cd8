package io.orderhub.shell.internal;

import io.orderhub.core.service.ProductImportResult;
import io.orderhub.core.service.ProductService;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

@Service
@Command(scope = "orderhub", name = "product-import", description = "Imports the product master from a CSV file (D4)",
        detailedDescription = "The CSV needs a header row: sku (or 商品コード, 商品番号, 品番) and name (or 商品名, 品名); "
                + "jan (JANコード) and price (価格, 販売価格) are optional, other columns are ignored. Products are "
                + "added or replaced by SKU. A file with any error (missing column, empty SKU or name, duplicate SKU, "
                + "bytes not in the charset) is refused whole with the line numbers, and nothing changes.\n"
                + "Example: orderhub:product-import /tmp/products.csv --charset Shift_JIS")
public class ProductImportCommand extends OrderhubAction {

    static final long MAX_BYTES = 50L * 1024 * 1024;

    @Reference
    ProductService products;

    @Argument(index = 0, name = "FILE", required = true, description = "The CSV file (on the orderhub server)")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--charset", aliases = "-c", description = "UTF-8 (default; a BOM is fine) or Shift_JIS (Excel)")
    String charset;

    @Argument(index = 1, name = "options", multiValued = true,
            description = "The options above may also follow the arguments")
    List<String> trailingOptions;

    @Override
    void run() {
        Charset cs = ProductService.csvCharset(charset);
        Path path = Path.of(file);
        byte[] csv;
        try {
            if (!Files.isRegularFile(path)) {
                throw new CommandException("FILE", "no such file: " + path.toAbsolutePath());
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new CommandException("FILE", "the file is larger than 50 MB; split it");
            }
            csv = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new CommandException("FILE", "cannot read " + path.toAbsolutePath() + ": " + e.getMessage());
        }
        ProductImportResult r = products.importCsv(csv, cs, actor());
        out().println("Imported " + path.getFileName() + " (" + (cs.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Shift_JIS")
                + "): " + r.created() + " new, " + r.updated() + " updated; product names filled in " + r.ordersNamed()
                + " stored orders");
    }
}
