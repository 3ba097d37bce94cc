package org.steward.hardening;

import tools.jackson.databind.json.JsonMapper;

/** JSON for request bodies. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
