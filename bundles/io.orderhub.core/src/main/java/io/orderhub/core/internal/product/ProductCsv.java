package io.orderhub.core.internal.product;

import io.orderhub.core.service.Product;
import io.orderhub.core.service.ProductService;
import io.orderhub.core.service.ValidationException;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a product master CSV (RFC 4180: commas, double quotes, quoted line breaks) with a header row, the way
 * shops keep it: written by Excel in Shift_JIS (MS932) or saved as UTF-8 with a byte order mark, with English
 * or Japanese column names and columns orderhub does not use. Collects every error with its line number and
 * refuses the file if there is any, so that a half-right file never half-updates the master.
 */
final class ProductCsv {

    static final int MAX_SKU = 100;
    static final int MAX_NAME = 500;
    private static final int ERRORS_SHOWN = 20;

    private enum Column { SKU, NAME, JAN, PRICE }

    /** Header names, compared without case, spaces, '_' and '-'. */
    private static final Map<String, Column> HEADERS = Map.ofEntries(
            Map.entry("sku", Column.SKU), Map.entry("skuコード", Column.SKU), Map.entry("商品コード", Column.SKU),
            Map.entry("商品番号", Column.SKU), Map.entry("品番", Column.SKU), Map.entry("商品管理番号", Column.SKU),
            Map.entry("name", Column.NAME), Map.entry("productname", Column.NAME), Map.entry("商品名", Column.NAME),
            Map.entry("品名", Column.NAME),
            Map.entry("jan", Column.JAN), Map.entry("jancode", Column.JAN), Map.entry("janコード", Column.JAN),
            Map.entry("price", Column.PRICE), Map.entry("価格", Column.PRICE), Map.entry("販売価格", Column.PRICE),
            Map.entry("単価", Column.PRICE));

    private ProductCsv() {
    }

    /** @throws ValidationException field {@code csv}, listing the lines in error */
    static List<Product> parse(byte[] bytes, Charset charset) {
        List<String> errors = new ArrayList<>();
        List<String> lines = decode(bytes, charset, errors);
        if (!errors.isEmpty()) {
            throw refuse(errors, charset);
        }
        List<Row> rows = records(lines, errors);
        if (!errors.isEmpty()) {
            throw refuse(errors, charset);
        }
        if (rows.isEmpty()) {
            throw new ValidationException("csv", "line 1: the file is empty; it needs a header row with the columns"
                    + " sku (商品コード) and name (商品名)");
        }
        Map<Column, Integer> columns = header(rows.get(0), errors);
        if (!errors.isEmpty()) {
            throw refuse(errors, charset);
        }
        if (rows.size() - 1 > ProductService.MAX_ROWS) {
            throw new ValidationException("csv", "the file has " + (rows.size() - 1) + " products; one import takes at"
                    + " most " + ProductService.MAX_ROWS);
        }
        List<Product> products = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            int n = row.line();
            String sku = field(row, columns.get(Column.SKU));
            String name = field(row, columns.get(Column.NAME));
            String jan = field(row, columns.get(Column.JAN));
            String priceText = field(row, columns.get(Column.PRICE));
            int before = errors.size();
            if (sku.isEmpty()) {
                errors.add("line " + n + ": SKU (商品コード) is empty");
            } else if (sku.length() > MAX_SKU) {
                errors.add("line " + n + ": SKU is longer than " + MAX_SKU + " characters");
            } else if (firstLine.containsKey(sku)) {
                errors.add("line " + n + ": SKU " + sku + " is already on line " + firstLine.get(sku));
            } else {
                firstLine.put(sku, n);
            }
            if (name.isEmpty()) {
                errors.add("line " + n + ": name (商品名) is empty");
            } else if (name.length() > MAX_NAME) {
                errors.add("line " + n + ": name is longer than " + MAX_NAME + " characters");
            }
            if (!jan.isEmpty() && !jan.matches("\\d{8}|\\d{13}")) {
                errors.add("line " + n + ": JAN code '" + jan + "' is not 8 or 13 digits");
            }
            BigDecimal price = null;
            if (!priceText.isEmpty()) {
                try {
                    price = new BigDecimal(priceText.replace(",", "").replace("¥", "").replace("￥", "")
                            .replace("円", "").strip());
                    if (price.signum() < 0 || price.precision() - price.scale() > 15) {
                        errors.add("line " + n + ": price '" + priceText + "' is out of range");
                    }
                } catch (NumberFormatException e) {
                    errors.add("line " + n + ": price '" + priceText + "' is not a number");
                }
            }
            if (errors.size() == before) {
                products.add(new Product(sku, name, jan.isEmpty() ? null : jan, price, null));
            }
        }
        if (!errors.isEmpty()) {
            throw refuse(errors, charset);
        }
        return products;
    }

    private record Row(int line, List<String> fields) {
    }

    /** Physical lines, each decoded on its own so that an undecodable byte is reported with its line. */
    private static List<String> decode(byte[] bytes, Charset charset, List<String> errors) {
        int start = 0;
        if (charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
        }
        List<String> lines = new ArrayList<>();
        // 0x0A is never part of a multi-byte character in UTF-8 or Shift_JIS, so splitting bytes is safe
        int lineNo = 0;
        while (start <= bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            if (end == bytes.length && start == end) {
                break;
            }
            lineNo++;
            int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                CharBuffer text = decoder.decode(ByteBuffer.wrap(bytes, start, stop - start));
                lines.add(text.toString());
            } catch (CharacterCodingException e) {
                errors.add("line " + lineNo + ": bytes that are not " + label(charset)
                        + " (choose the other charset, or save the file again)");
                lines.add("");
            }
            start = end + 1;
        }
        return lines;
    }

    /** CSV records with the line each starts on; a quoted field may run over several lines. */
    private static List<Row> records(List<String> lines, List<String> errors) {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int startLine = i + 1;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            String line = lines.get(i);
            int pos = 0;
            while (true) {
                if (pos >= line.length()) {
                    if (quoted) {
                        i++;
                        if (i >= lines.size()) {
                            errors.add("line " + startLine + ": a quoted field is not closed");
                            return rows;
                        }
                        field.append('\n');
                        line = lines.get(i);
                        pos = 0;
                        continue;
                    }
                    fields.add(wasQuoted ? field.toString() : field.toString().strip());
                    break;
                }
                char ch = line.charAt(pos++);
                if (quoted) {
                    if (ch == '"') {
                        if (pos < line.length() && line.charAt(pos) == '"') {
                            field.append('"');
                            pos++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(ch);
                    }
                } else if (ch == ',') {
                    fields.add(wasQuoted ? field.toString() : field.toString().strip());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (ch == '"' && field.toString().isBlank()) {
                    field.setLength(0);
                    quoted = true;
                    wasQuoted = true;
                } else {
                    field.append(ch);
                }
            }
            i++;
            rows.add(new Row(startLine, fields));
        }
        // trailing empty lines are no records
        while (!rows.isEmpty() && rows.get(rows.size() - 1).fields().stream().allMatch(String::isBlank)) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    private static Map<Column, Integer> header(Row header, List<String> errors) {
        Map<Column, Integer> columns = new LinkedHashMap<>();
        List<String> names = header.fields();
        for (int k = 0; k < names.size(); k++) {
            String key = names.get(k).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-\u3000]", "");
            if (k == 0 && key.startsWith("\uFEFF")) {
                key = key.substring(1);
            }
            Column column = HEADERS.get(key);
            if (column == null) {
                continue;
            }
            Integer taken = columns.putIfAbsent(column, k);
            if (taken != null) {
                errors.add("line " + header.line() + ": columns " + (taken + 1) + " and " + (k + 1) + " are both "
                        + column.name().toLowerCase(Locale.ROOT));
            }
        }
        for (Column required : Set.of(Column.SKU, Column.NAME)) {
            if (!columns.containsKey(required)) {
                errors.add("line " + header.line() + ": the header has no " + (required == Column.SKU
                        ? "SKU column (sku, 商品コード, 商品番号, 品番)" : "name column (name, 商品名, 品名)")
                        + "; it has " + names);
            }
        }
        return columns;
    }

    private static String field(Row row, Integer column) {
        if (column == null || column >= row.fields().size()) {
            return "";
        }
        return row.fields().get(column).strip();
    }

    private static ValidationException refuse(List<String> errors, Charset charset) {
        StringBuilder message = new StringBuilder("the product file was not imported, nothing changed (read as ")
                .append(label(charset)).append("): ");
        message.append(String.join("; ", errors.subList(0, Math.min(ERRORS_SHOWN, errors.size()))));
        if (errors.size() > ERRORS_SHOWN) {
            message.append("; and ").append(errors.size() - ERRORS_SHOWN).append(" more");
        }
        return new ValidationException("csv", message.toString());
    }

    private static String label(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Shift_JIS";
    }
}
