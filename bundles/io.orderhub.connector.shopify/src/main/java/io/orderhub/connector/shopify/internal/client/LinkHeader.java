package io.orderhub.connector.shopify.internal.client;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code page_info} of the {@code rel="next"} entry of Shopify's Link header. */
final class LinkHeader {

    private static final Pattern ENTRY = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?([a-z]+)\"?");

    private LinkHeader() {
    }

    /** The next page's page_info, or null on the last page. */
    static String nextPageInfo(String header) {
        if (header == null) {
            return null;
        }
        Matcher m = ENTRY.matcher(header);
        while (m.find()) {
            if (m.group(2).equals("next")) {
                String query = URI.create(m.group(1)).getRawQuery();
                if (query == null) {
                    return null;
                }
                for (String pair : query.split("&")) {
                    if (pair.startsWith("page_info=")) {
                        return URLDecoder.decode(pair.substring("page_info=".length()), StandardCharsets.UTF_8);
                    }
                }
            }
        }
        return null;
    }
}
