package org.steward.explain.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.steward.dataset.ScoredSample.Feature;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.model.cart.InternalNode;
import smile.model.cart.Node;
import smile.model.cart.RegressionNode;
import smile.regression.RegressionTree;

/**
 * Smile's tree SHAP, which the surrogate relies on, against Shapley values computed by brute force: every subset
 * of features, with the tree's path-dependent expectation (a feature outside the subset sends the row down both
 * branches, weighted by the training rows each received).
 */
class TreeShapTest {

    @Test
    void tree_shap_equals_the_exact_shapley_values_of_the_tree() {
        var sample = Synthetic.linear(800, 0.2, 21);
        var x1 = sample.features().getFirst().numeric();
        var region = new String[x1.length];
        for (var i = 0; i < region.length; i++) {
            region[i] = x1[i] > 0.5 ? "east" : i % 2 == 0 ? "north" : "south";
        }
        var features = new java.util.ArrayList<>(sample.features());
        features.add(new Feature("region", null, region));
        var table = FeatureTable.of(Synthetic.withFeatures(sample, features), ExplanationSettings.DEFAULT);
        var rows = java.util.stream.IntStream.range(0, table.rows()).toArray();
        var tree = RegressionTree.fit(Formula.lhs(FeatureTable.TARGET), table.frame(rows, sample.output()),
                new RegressionTree.Options(5, 24, 10));

        var x1Effect = 0.0;
        for (var row : new int[] {0, 17, 123, 456}) {
            var tuple = tuple(tree, table.row(row));
            var phi = tree.shap(tuple);
            var exact = shapley(tree, tuple, table.width());
            for (var j = 0; j < exact.length; j++) {
                assertThat(phi[j]).as("feature %d of row %d", j, row).isCloseTo(exact[j], within(1e-9));
            }
            x1Effect += Math.abs(exact[0]);
        }
        assertThat(x1Effect).as("the check compares real contributions, not zeros").isGreaterThan(0.5);
    }

    private static double[] shapley(RegressionTree tree, Tuple x, int p) {
        var phi = new double[p];
        for (var mask = 0; mask < 1 << p; mask++) {
            var size = Integer.bitCount(mask);
            var without = expectation(tree.root(), x, mask);
            for (var j = 0; j < p; j++) {
                if ((mask & 1 << j) == 0) {
                    var weight = factorial(size) * factorial(p - size - 1) / factorial(p);
                    phi[j] += weight * (expectation(tree.root(), x, mask | 1 << j) - without);
                }
            }
        }
        return phi;
    }

    private static double expectation(Node node, Tuple x, int known) {
        if (node instanceof RegressionNode leaf) {
            return leaf.output();
        }
        var split = (InternalNode) node;
        if ((known & 1 << split.feature()) != 0) {
            return expectation(split.branch(x) ? split.trueChild() : split.falseChild(), x, known);
        }
        var left = split.trueChild().size();
        var right = split.falseChild().size();
        return (left * expectation(split.trueChild(), x, known) + right * expectation(split.falseChild(), x, known))
                / (left + right);
    }

    private static Tuple tuple(RegressionTree tree, double[] row) {
        var cells = new Object[row.length];
        for (var j = 0; j < row.length; j++) {
            cells[j] = j == row.length - 1 ? (Object) (int) row[j] : (Object) row[j];
        }
        return Tuple.of(tree.schema(), cells);
    }

    private static double factorial(int n) {
        var f = 1.0;
        for (var k = 2; k <= n; k++) {
            f *= k;
        }
        return f;
    }
}
