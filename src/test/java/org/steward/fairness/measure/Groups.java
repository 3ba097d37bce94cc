package org.steward.fairness.measure;

import java.util.ArrayList;
import java.util.List;

/** Builds binary audit data from each group's confusion cells. */
final class Groups {

    private final List<String> names = new ArrayList<>();
    private final List<long[]> cells = new ArrayList<>();

    /** A group with tp, fp, tn and fn rows. */
    Groups group(String name, int tp, int fp, int tn, int fn) {
        names.add(name);
        cells.add(new long[] {tp, fp, tn, fn});
        return this;
    }

    /** A group of n rows, {@code selected} of them predicted positive; half of each part actually positive. */
    Groups selected(String name, int n, int selected) {
        return group(name, selected / 2, selected - selected / 2, (n - selected) - (n - selected) / 2,
                (n - selected) / 2);
    }

    FairnessData data(String attribute) {
        var values = new ArrayList<String>();
        var predicted = new ArrayList<Boolean>();
        var actual = new ArrayList<Boolean>();
        for (int g = 0; g < names.size(); g++) {
            var c = cells.get(g);
            for (int cell = 0; cell < 4; cell++) {
                for (long k = 0; k < c[cell]; k++) {
                    values.add(names.get(g));
                    predicted.add(cell == 0 || cell == 1);
                    actual.add(cell == 0 || cell == 3);
                }
            }
        }
        int n = values.size();
        var p = new boolean[n];
        var a = new boolean[n];
        var s = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = predicted.get(i);
            a[i] = actual.get(i);
            s[i] = p[i] ? 0.8 : 0.2;
        }
        return new FairnessData(new Outcomes.Binary(p, a, s),
                List.of(Attribute.of(attribute, values.toArray(String[]::new))), "All rows");
    }
}
