package org.steward.explain.method;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.steward.explain.method.ExplanationReport.Rule;
import org.steward.explain.method.ExplanationReport.Rules;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.model.cart.InternalNode;
import smile.model.cart.NominalNode;
import smile.model.cart.Node;
import smile.model.cart.RegressionNode;
import smile.regression.RegressionTree;

/**
 * A shallow regression tree (Smile CART) fitted to the model's output, read out as if-then rules. Smile does not
 * expose a split's threshold, so each split is read by asking the node which side the observed values go to: the
 * rule's threshold is the midpoint between the largest value sent left and the next one, as CART chose it.
 */
final class RuleTree {

    static final int DEPTH = 3;

    private RuleTree() {
    }

    static Rules of(FeatureTable table, double[] output, int[] fitted, int[] heldOut) {
        var nodeSize = Math.max(20, fitted.length / 50);
        var tree = RegressionTree.fit(Formula.lhs(FeatureTable.TARGET), table.frame(fitted, output),
                new RegressionTree.Options(DEPTH, 1 << DEPTH, nodeSize));
        var r2 = Fit.r2(FeatureTable.select(output, heldOut), tree.predict(table.frame(heldOut, null)));
        var rules = new ArrayList<Rule>();
        walk(tree, table, fitted, tree.root(), new ArrayList<>(), rules);
        rules.sort((a, b) -> Double.compare(b.prediction(), a.prediction()));
        return new Rules(DEPTH, r2, rules);
    }

    private static void walk(RegressionTree tree, FeatureTable table, int[] rows, Node node, List<String> path,
                             List<Rule> rules) {
        if (node instanceof RegressionNode leaf) {
            rules.add(new Rule(List.copyOf(path), leaf.output(), leaf.size()));
            return;
        }
        var split = (InternalNode) node;
        var feature = split.feature();
        var name = table.names().get(feature);
        String left;
        String right;
        if (split instanceof NominalNode) {
            var level = levelSentLeft(tree, table, split, feature);
            left = name + " = " + level;
            right = name + " ≠ " + level;
        } else {
            var threshold = FeatureTable.format(threshold(tree, table, rows, split, feature));
            left = name + " ≤ " + threshold;
            right = name + " > " + threshold;
        }
        walk(tree, table, rows, split.trueChild(), with(path, left), rules);
        walk(tree, table, rows, split.falseChild(), with(path, right), rules);
    }

    private static List<String> with(List<String> path, String condition) {
        var longer = new ArrayList<>(path);
        longer.add(condition);
        return longer;
    }

    private static String levelSentLeft(RegressionTree tree, FeatureTable table, InternalNode split, int feature) {
        var levels = table.levels(feature);
        for (var code = 0; code < levels.size(); code++) {
            if (split.branch(probe(tree, table, feature, code))) {
                return levels.get(code);
            }
        }
        throw new IllegalStateException("No level of " + table.names().get(feature) + " goes left at a split");
    }

    private static double threshold(RegressionTree tree, FeatureTable table, int[] rows, InternalNode split,
                                    int feature) {
        var values = Arrays.stream(FeatureTable.select(table.column(feature), rows)).distinct().sorted().toArray();
        var low = 0;
        var high = values.length - 1;
        // ordinal splits send x ≤ t left: find the last value that goes left
        while (low < high) {
            var mid = (low + high + 1) >>> 1;
            if (split.branch(probe(tree, table, feature, values[mid]))) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1 < values.length ? (values[low] + values[low + 1]) / 2 : values[low];
    }

    private static Tuple probe(RegressionTree tree, FeatureTable table, int feature, double value) {
        var cells = new Object[table.width()];
        for (var j = 0; j < cells.length; j++) {
            var v = j == feature ? value : 0;
            cells[j] = table.isCategorical(j) ? (Object) (int) v : (Object) v;
        }
        return Tuple.of(tree.schema(), cells);
    }
}
