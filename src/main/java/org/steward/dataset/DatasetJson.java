package org.steward.dataset;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON in which a dataset's mapping and schema are stored; keys sorted, so that equal mappings hash alike. */
final class DatasetJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final TypeReference<List<DatasetColumn>> SCHEMA = new TypeReference<>() {
    };

    private DatasetJson() {
    }

    static String of(ColumnMapping mapping) {
        return JSON.writeValueAsString(mapping);
    }

    static ColumnMapping mapping(String json) {
        return JSON.readValue(json, ColumnMapping.class);
    }

    static String of(List<DatasetColumn> schema) {
        return JSON.writeValueAsString(schema);
    }

    static List<DatasetColumn> schema(String json) {
        return JSON.readValue(json, SCHEMA);
    }
}
