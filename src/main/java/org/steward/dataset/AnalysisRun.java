package org.steward.dataset;

import java.util.List;

/**
 * What became of the analyses of a sample.
 *
 * @param completed names of the analyses that stored a result, in the order they ran
 * @param failed    analyses that threw, with what they said; the sample stays stored and can be re-run
 * @param skipped   analyses not run because the user cancelled
 */
public record AnalysisRun(List<String> completed, List<Failure> failed, List<String> skipped) {

    public static final AnalysisRun NONE = new AnalysisRun(List.of(), List.of(), List.of());

    public AnalysisRun {
        completed = List.copyOf(completed);
        failed = List.copyOf(failed);
        skipped = List.copyOf(skipped);
    }

    /** An analysis that threw, and its message. */
    public record Failure(String analysis, String message) {
    }
}
