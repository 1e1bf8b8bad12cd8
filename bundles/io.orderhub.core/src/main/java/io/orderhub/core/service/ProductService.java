package io.orderhub.core.service;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * The product master (D4): SKU → name (and JAN code, price), imported from the CSV a shop keeps, typically
 * written by Excel. Imported orders whose mall sends no product name take it from here.
 */
public interface ProductService {

    /**
     * The charset of a product CSV by the name a caller gives: {@code UTF-8} (also {@code UTF8}), or
     * {@code Shift_JIS} (also {@code SJIS}, {@code MS932}, {@code Windows-31J}), which is read as MS932 because
     * that is what Japanese Excel writes under that name (① ～ and NEC/IBM extensions included). Null or blank
     * is UTF-8.
     *
     * @throws ValidationException field {@code charset} for any other name
     */
    static Charset csvCharset(String name) {
        if (name == null || name.isBlank()) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
        return switch (name.strip().toUpperCase(Locale.ROOT).replace('-', '_')) {
            case "UTF_8", "UTF8" -> java.nio.charset.StandardCharsets.UTF_8;
            case "SHIFT_JIS", "SJIS", "MS932", "WINDOWS_31J", "CP932" -> Charset.forName("windows-31j");
            default -> throw new ValidationException("charset", "charset must be UTF-8 or Shift_JIS, was '" + name + "'");
        };
    }

    /** Most rows one CSV import takes. */
    int MAX_ROWS = 100_000;

    /**
     * Imports a CSV with a header row: {@code sku} (or 商品コード, SKU, 商品番号) and {@code name} (or 商品名) are
     * required, {@code jan} (JANコード) and {@code price} (価格, 販売価格) optional, in any order. Rows are upserted
     * by SKU. The file is taken whole or not at all: any error (missing header column, empty SKU or name,
     * duplicate SKU, bytes that are not in {@code charset}, bad price) refuses it with every error's line
     * number, and nothing changes. Stored orders whose lines were marked 【商品マスタ未登録】 get the names the
     * master now has.
     *
     * @param charset UTF-8 (a byte order mark is skipped) or Shift_JIS (read as MS932, as Japanese Excel writes)
     * @throws ValidationException field {@code csv} (or {@code charset}), message listing the lines in error
     */
    ProductImportResult importCsv(byte[] csv, Charset charset, String actor);

    /**
     * Products whose SKU starts with or whose name contains {@code query} (all with null), ordered by SKU.
     *
     * @throws ValidationException for offset below 0 or limit outside 1..1000
     */
    ProductPage list(String query, int offset, int limit);

    /** @throws NotFoundException when the master has no such SKU */
    Product get(String sku);

    /** @throws NotFoundException when the master has no such SKU */
    void delete(String sku, String actor);
}
