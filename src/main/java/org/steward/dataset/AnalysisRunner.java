package org.steward.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link SampleAnalysis} on a sample, lowest order first. Each commits its own result; one that throws
 * is logged and reported and the others still run; after the user cancels, the remaining ones are skipped.
 */
@Component
class AnalysisRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisRunner.class);

    private final ObjectProvider<SampleAnalysis> analyses;

    AnalysisRunner(ObjectProvider<SampleAnalysis> analyses) {
        this.analyses = analyses;
    }

    /** Runs them all, reporting progress between {@code from} and {@code to} of the whole task. */
    AnalysisRun run(DatasetView dataset, ScoredSample sample, Progress progress, double from, double to) {
        var all = analyses.stream()
                .sorted(Comparator.comparingInt(SampleAnalysis::order).thenComparing(SampleAnalysis::name))
                .toList();
        var completed = new ArrayList<String>();
        var failed = new ArrayList<AnalysisRun.Failure>();
        var skipped = new ArrayList<String>();
        var width = all.isEmpty() ? 0 : (to - from) / all.size();
        for (int i = 0; i < all.size(); i++) {
            var analysis = all.get(i);
            if (progress.cancelled()) {
                skipped.add(analysis.name());
                continue;
            }
            var start = from + i * width;
            var end = from + (i + 1) * width;
            progress.step(analysis.name(), start);
            try {
                analysis.analyse(dataset, sample, scaled(progress, analysis.name(), start, end));
                completed.add(analysis.name());
            } catch (RuntimeException e) {
                LOG.warn("{} of dataset {} ({}) failed; the dataset stays stored and the analysis can be re-run",
                        analysis.name(), dataset.id(), dataset.fileName(), e);
                failed.add(new AnalysisRun.Failure(analysis.name(), message(e)));
            }
        }
        progress.step(skipped.isEmpty() ? "Done" : "Cancelled", to);
        return new AnalysisRun(completed, failed, skipped);
    }

    /** The analysis's own 0 to 1, mapped to [start, end] of the whole task (never past the next one's start). */
    private static Progress scaled(Progress parent, String name, double start, double end) {
        return new Progress() {
            @Override
            public void step(String message, double fraction) {
                parent.step(name + ": " + message, Math.min(end, start + Math.clamp(fraction, 0, 1) * (end - start)));
            }

            @Override
            public boolean cancelled() {
                return parent.cancelled();
            }
        };
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
