package org.steward.evidence;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an evidence pack as indented JSON. Keys follow the order of the pack's record components (generated-at
 * first, verification last), so that equal packs always give equal files.
 */
final class EvidenceJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private EvidenceJson() {
    }

    static byte[] write(EvidencePack pack) {
        return JSON.writeValueAsBytes(pack);
    }
}
