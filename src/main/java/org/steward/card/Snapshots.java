package org.steward.card;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frozen content of a published card as JSON: records in their declared order, plain decimals, ISO dates, so
 * that the same content always gives the same bytes (and the same SHA-256).
 */
final class Snapshots {

    static final JsonMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private Snapshots() {
    }

    static String write(CardContent content) {
        return JSON.writeValueAsString(content);
    }

    static CardContent read(String json) {
        return JSON.readValue(json, CardContent.class);
    }
}
