package org.steward.explain.method;

import org.junit.jupiter.api.Test;
import org.steward.dataset.Progress;

class DebugPrintTest {
    @Test
    void print() {
        var t = System.nanoTime();
        var r = ExplanationCalculator.compute(Synthetic.linear(2000, 0.1, 7), ExplanationSettings.DEFAULT, Progress.NONE).report();
        System.out.println("TIME " + (System.nanoTime() - t) / 1e6);
        System.out.println("FID " + r.fidelity());
        r.features().forEach(f -> System.out.println("F " + f));
        System.out.println("RULES " + r.rules());
        System.out.println("SUMMARY " + r.summary());
    }
}
