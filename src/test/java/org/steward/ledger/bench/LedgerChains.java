package org.steward.ledger.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.steward.ledger.LedgerHash;
import org.steward.ledger.LedgerRecord;

/** Builds valid hash chains of realistic entries for the benchmarks. */
final class LedgerChains {

    private LedgerChains() {
    }

    static LedgerRecord entry(long seq, String prevHash) {
        var at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(seq);
        var payload = "{\"actor\":\"dev\",\"at\":\"" + at + "\",\"fields\":[\"riskJustification\"],\"modelId\":"
                + (seq % 500) + ",\"name\":\"Retail credit scoring " + (seq % 500) + "\"}";
        var hash = LedgerHash.of(seq, at, "dev", "MODEL_CHANGED", "model:" + (seq % 500), payload, prevHash);
        return new LedgerRecord(seq, at, "dev", "MODEL_CHANGED", "model:" + (seq % 500), payload, prevHash, hash);
    }

    static List<LedgerRecord> chain(int size) {
        var entries = new ArrayList<LedgerRecord>(size);
        var prev = LedgerHash.GENESIS;
        for (long seq = 1; seq <= size; seq++) {
            var e = entry(seq, prev);
            entries.add(e);
            prev = e.hash();
        }
        return entries;
    }
}
