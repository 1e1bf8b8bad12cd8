package io.orderhub.simulator.shopify.internal;

import java.util.List;

/** Japanese names, addresses and products for seeded orders. */
final class SampleData {

    record Place(String province, String provinceCode, String zip, String city, String address1) {
    }

    record Product(String sku, String title, int price) {
    }

    static final List<String> LAST_NAMES = List.of("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村",
            "小林", "加藤", "吉田", "山田");
    static final List<String> FIRST_NAMES = List.of("太郎", "花子", "健太", "美咲", "翔太", "陽菜", "大輔", "結衣",
            "拓也", "さくら", "蓮", "葵");
    static final List<String> ROMAJI_LAST = List.of("sato", "suzuki", "takahashi", "tanaka", "ito", "watanabe",
            "yamamoto", "nakamura", "kobayashi", "kato", "yoshida", "yamada");

    static final List<Place> PLACES = List.of(
            new Place("Tokyo", "JP-13", "100-0005", "千代田区", "丸の内1-9-1"),
            new Place("Osaka", "JP-27", "530-0001", "大阪市北区", "梅田3-1-1"),
            new Place("Kanagawa", "JP-14", "220-0012", "横浜市西区", "みなとみらい2-2-1"),
            new Place("Aichi", "JP-23", "450-0002", "名古屋市中村区", "名駅1-1-4"),
            new Place("Fukuoka", "JP-40", "812-0012", "福岡市博多区", "博多駅中央街1-1"),
            new Place("Hokkaidō", "JP-01", "060-0806", "札幌市北区", "北六条西4丁目"),
            new Place("Kyōto", "JP-26", "600-8216", "京都市下京区", "東塩小路町901"),
            new Place("Miyagi", "JP-04", "980-0021", "仙台市青葉区", "中央1-1-1"));

    static final List<Product> PRODUCTS = List.of(
            new Product("TS-001-M", "オーガニックコットンTシャツ M", 3300),
            new Product("TS-001-L", "オーガニックコットンTシャツ L", 3300),
            new Product("MUG-002", "波佐見焼マグカップ", 2200),
            new Product("TEA-010", "静岡煎茶 100g", 1080),
            new Product("TOWEL-05", "今治タオル フェイスタオル", 1650),
            new Product("BAG-003", "帆布トートバッグ", 4950),
            new Product("SOAP-07", "米ぬか石けん", 880));

    static final List<String> GATEWAYS = List.of("shopify_payments", "shopify_payments", "Cash on Delivery (COD)",
            "銀行振込");

    private SampleData() {
    }
}
