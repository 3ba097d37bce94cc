package org.steward.monitoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.monitoring.SealedContents.Kind;
import org.steward.register.VersionView;

/**
 * Stores and reads the summaries of baselines sealed with the dataset keys (gzip of their JSON, then AES-256-GCM):
 * exact sorted values, sketches, ranges and categories are reference data about people. Callers hold the
 * transaction.
 */
@Component
class BaselineSummaries {

    private final Baselines baselines;
    private final SealedContents contents;

    BaselineSummaries(Baselines baselines, SealedContents contents) {
        this.baselines = baselines;
        this.contents = contents;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Baseline save(VersionView version, String source, @Nullable Long datasetId, BaselineSummary summary,
                  String actor, Instant at) {
        var saved = baselines.saveAndFlush(new Baseline(version.modelId(), version.id(), version.label(), source,
                datasetId, summary, contents.activeKeyId(), actor, at));
        saved.sealedWith(contents.insert(Kind.BASELINE, saved.id(), plain(summary)));
        return saved;
    }

    BaselineSummary summary(Baseline baseline) {
        var plain = baseline.plainSummary();
        if (plain != null) {
            return Json.read(plain, BaselineSummary.class);
        }
        var keyId = baseline.keyId();
        if (keyId == null) {
            throw new IllegalStateException("Baseline " + baseline.id() + " has neither a summary nor a key id");
        }
        var gzip = contents.open(Kind.BASELINE, baseline.id(), keyId).orElseThrow(() -> new IllegalStateException(
                "Baseline " + baseline.id() + " has no stored summary"));
        return Json.MAPPER.readValue(Gzip.decompress(gzip), BaselineSummary.class);
    }

    BaselineView view(Baseline baseline) {
        return baseline.view(summary(baseline));
    }

    /** Seals the summary with the active key: a plain one for the first time, a sealed one again. */
    void reencrypt(Baseline baseline) {
        reseal(baseline, summary(baseline));
    }

    /** Replaces the summary by the same without exact values (drift is judged on the sketch from now on). */
    void dropExact(Baseline baseline) {
        reseal(baseline, summary(baseline).withoutExactValues());
    }

    private void reseal(Baseline baseline, BaselineSummary summary) {
        var keyId = baseline.plainSummary() != null ? contents.insert(Kind.BASELINE, baseline.id(), plain(summary))
                : contents.replace(Kind.BASELINE, baseline.id(), plain(summary));
        baseline.sealedWith(keyId);
    }

    private static byte[] plain(BaselineSummary summary) {
        return Gzip.compress(Json.MAPPER.writeValueAsBytes(summary));
    }
}
