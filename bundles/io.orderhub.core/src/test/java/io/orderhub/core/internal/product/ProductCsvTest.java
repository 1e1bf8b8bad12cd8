package io.orderhub.core.internal.product;

import io.orderhub.core.service.Product;
import io.orderhub.core.service.ProductService;
import io.orderhub.core.service.ValidationException;
import org.junit.Test;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** D4: the product master CSV as shops keep it (Excel's Shift_JIS, UTF-8 with or without BOM). */
public class ProductCsvTest {

    private static final Charset SJIS = ProductService.csvCharset("Shift_JIS");

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ValidationException refused(byte[] csv, Charset charset) {
        try {
            ProductCsv.parse(csv, charset);
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    public void d4_englishHeaderInUtf8_withPriceJanAndUnknownColumns() {
        List<Product> products = ProductCsv.parse(utf8("sku,name,jan,price,memo\n"
                + "SKU-1,緑茶 100g,4901234567894,\"1,200\",x\n"
                + "SKU-2,\"ほうじ茶, 徳用\",,980円,\n\n"), StandardCharsets.UTF_8);
        assertThat(products).extracting(Product::sku, Product::name, Product::janCode, Product::price).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SKU-1", "緑茶 100g", "4901234567894", new BigDecimal("1200")),
                org.assertj.core.groups.Tuple.tuple("SKU-2", "ほうじ茶, 徳用", null, new BigDecimal("980")));
    }

    @Test
    public void d4_utf8WithByteOrderMark_andJapaneseHeaderInAnyOrder() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8("商品名,商品コード\r\n抹茶,MT-1\r\n");
        byte[] csv = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, csv, 0, 3);
        System.arraycopy(body, 0, csv, 3, body.length);
        assertThat(ProductCsv.parse(csv, StandardCharsets.UTF_8)).extracting(Product::sku, Product::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MT-1", "抹茶"));
    }

    @Test
    public void d4_shiftJisAsExcelWritesIt_includingMs932Characters() {
        byte[] csv = "商品コード,商品名,JANコード\r\nA-1,①特選 煎茶～静岡～,49012345\r\n".getBytes(SJIS);
        assertThat(ProductCsv.parse(csv, SJIS)).extracting(Product::sku, Product::name, Product::janCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A-1", "①特選 煎茶～静岡～", "49012345"));
    }

    @Test
    public void d4_aQuotedNameMayHoldQuotesAndLineBreaks_andErrorsCountPhysicalLines() {
        List<Product> ok = ProductCsv.parse(utf8("sku,name\nA,\"2行\n目の \"\"名前\"\"\"\nB,b\n"), StandardCharsets.UTF_8);
        assertThat(ok).extracting(Product::name).containsExactly("2行\n目の \"名前\"", "b");
        assertThat(refused(utf8("sku,name\nA,\"x\ny\"\n,b\n"), StandardCharsets.UTF_8).getMessage())
                .contains("line 4: SKU (商品コード) is empty");
    }

    @Test
    public void d4_aMalformedFileIsRefusedWhole_withEveryLineInError() {
        ValidationException e = refused(utf8("sku,name,price\nA,a,1\n,b,2\nA,c,3\nD,,x\n"), StandardCharsets.UTF_8);
        assertThat(e.field()).isEqualTo("csv");
        assertThat(e.getMessage()).contains("nothing changed", "line 3: SKU (商品コード) is empty",
                "line 4: SKU A is already on line 2", "line 5: name (商品名) is empty", "line 5: price 'x' is not a number");
    }

    @Test
    public void d4_aHeaderWithoutTheSkuOrNameColumnIsRefused() {
        assertThat(refused(utf8("code,商品名\nA,a\n"), StandardCharsets.UTF_8).getMessage())
                .contains("line 1: the header has no SKU column");
        assertThat(refused(utf8("SKU,title\nA,a\n"), StandardCharsets.UTF_8).getMessage())
                .contains("line 1: the header has no name column");
        assertThat(refused(utf8(""), StandardCharsets.UTF_8).getMessage()).contains("line 1", "empty");
    }

    @Test
    public void d4_bytesThatAreNotInTheCharsetAreRefusedWithTheirLine() {
        byte[] sjis = "sku,name\nA,緑茶\n".getBytes(SJIS);
        ValidationException e = refused(sjis, StandardCharsets.UTF_8);
        assertThat(e.getMessage()).contains("line 2: bytes that are not UTF-8");

        byte[] broken = {'s', 'k', 'u', ',', 'n', 'a', 'm', 'e', '\n', 'A', ',', (byte) 0x82, '\n'};
        assertThat(refused(broken, SJIS).getMessage()).contains("line 2: bytes that are not Shift_JIS");
    }

    @Test
    public void charsetNames() {
        assertThat(ProductService.csvCharset(null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(ProductService.csvCharset("utf-8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(ProductService.csvCharset("SJIS").name()).isEqualTo("windows-31j");
        assertThat(ProductService.csvCharset("MS932").name()).isEqualTo("windows-31j");
        assertThatThrownBy(() -> ProductService.csvCharset("EUC-JP")).isInstanceOf(ValidationException.class)
                .extracting("field").isEqualTo("charset");
    }
}
