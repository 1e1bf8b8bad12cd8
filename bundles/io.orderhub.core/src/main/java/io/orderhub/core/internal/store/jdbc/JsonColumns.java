package io.orderhub.core.internal.store.jdbc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.orderhub.core.model.Address;
import io.orderhub.core.model.OrderLine;

import java.util.List;
import java.util.Map;

/**
 * The order parts kept as JSON text (buyer, delivery address, lines, mall data, tracking numbers, what an
 * export sent). The output is canonical (map keys sorted, nulls left out, plain decimals), so two equal
 * values give the same text and an import can tell "unchanged" by comparing text.
 */
final class JsonColumns {

    private static final TypeReference<List<OrderLine>> LINES = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            // rows written by a later version with more fields still read
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .build();

    String address(Address address) {
        return address == null ? null : write(address);
    }

    Address address(String json) {
        return json == null ? null : read(json, Address.class);
    }

    String lines(List<OrderLine> lines) {
        return write(lines == null ? List.of() : lines);
    }

    List<OrderLine> lines(String json) {
        return json == null ? List.of() : read(json, LINES);
    }

    String stringMap(Map<String, String> map) {
        return write(map == null ? Map.of() : map);
    }

    Map<String, String> stringMap(String json) {
        return json == null ? Map.of() : read(json, STRING_MAP);
    }

    /** Tracking numbers: null when there are none, so "has a tracking number" is {@code IS NOT NULL}. */
    String strings(List<String> values) {
        return values == null || values.isEmpty() ? null : write(values);
    }

    List<String> strings(String json) {
        return json == null ? List.of() : read(json, STRINGS);
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON is not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON is not a " + type.getType() + ": " + e.getOriginalMessage(), e);
        }
    }
}
