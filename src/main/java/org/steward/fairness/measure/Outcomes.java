package org.steward.fairness.measure;

import org.steward.dataset.TaskType;

/** What the model decided and what happened, per audited row. */
public sealed interface Outcomes {

    int rows();

    TaskType task();

    /**
     * A binary classifier: the decision (predicted positive, the favourable outcome), the truth, and the score
     * the decision was taken on (probability of the positive class).
     */
    record Binary(boolean[] predicted, boolean[] actual, double[] score) implements Outcomes {
        public Binary {
            if (predicted.length != actual.length || predicted.length != score.length) {
                throw new IllegalArgumentException("predicted, actual and score differ in length");
            }
        }

        @Override
        public int rows() {
            return predicted.length;
        }

        @Override
        public TaskType task() {
            return TaskType.BINARY;
        }
    }

    /** A multiclass classifier: the predicted and the true class index. */
    record Multiclass(int[] predicted, int[] actual) implements Outcomes {
        public Multiclass {
            if (predicted.length != actual.length) {
                throw new IllegalArgumentException("predicted and actual differ in length");
            }
        }

        @Override
        public int rows() {
            return predicted.length;
        }

        @Override
        public TaskType task() {
            return TaskType.MULTICLASS;
        }
    }

    /** A regression model: the prediction and the true value. */
    record Regression(double[] predicted, double[] actual) implements Outcomes {
        public Regression {
            if (predicted.length != actual.length) {
                throw new IllegalArgumentException("predicted and actual differ in length");
            }
        }

        @Override
        public int rows() {
            return predicted.length;
        }

        @Override
        public TaskType task() {
            return TaskType.REGRESSION;
        }
    }
}
