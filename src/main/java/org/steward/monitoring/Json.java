package org.steward.monitoring;

import tools.jackson.databind.json.JsonMapper;

/** The module's JSON mapper for stored summaries, results and answers. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
