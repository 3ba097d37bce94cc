"""Reference values for the validation metrics of org.steward.statistics, computed independently with numpy/scipy.

Run:  python3 src/test/python/validation_reference.py
and paste what it prints into the Java tests (org.steward.statistics.*Test), which assert to 1e-9.

Definitions used here (they are what Steward documents):
- ROC AUC: Mann-Whitney U of the positives' scores against the negatives' (ties count 1/2), divided by n1*n0
  (scipy.stats.mannwhitneyu).
- PR AUC: average precision, step-wise: sum over distinct thresholds t (descending) of (R_t - R_prev) * P_t,
  where a row is predicted positive when score >= t (like sklearn's average_precision_score).
- log loss: natural log, probabilities clipped to [1e-15, 1 - 1e-15].
- reliability: 10 equal-width bins [0, .1), [.1, .2), ... [.9, 1]; bin edges are the doubles k/10.
- ECE: sum over non-empty bins of n_b / N * |observed rate_b - mean predicted_b|.
- F1 = 2 TP / (2 TP + FP + FN); multiclass F1 per class over the labels present in truth or prediction.
- Weighted rows (bootstrap counts) are checked by repeating each row as often as its weight (np.repeat).
- Percentile intervals: numpy.percentile with linear interpolation.
"""
import numpy as np
from scipy.stats import mannwhitneyu

EPS = 1e-15


def auc(p, y):
    return mannwhitneyu(p[y == 1], p[y == 0]).statistic / (np.sum(y == 1) * np.sum(y == 0))


def average_precision(p, y):
    positives = np.sum(y == 1)
    ap, previous_recall = 0.0, 0.0
    for t in np.unique(p)[::-1]:
        chosen = p >= t
        tp = np.sum(y[chosen] == 1)
        precision = tp / np.sum(chosen)
        recall = tp / positives
        ap += (recall - previous_recall) * precision
        previous_recall = recall
    return ap


def roc_points(p, y):
    points = [(0.0, 0.0)]
    for t in np.unique(p)[::-1]:
        chosen = p >= t
        points.append((np.sum(chosen & (y == 0)) / np.sum(y == 0), np.sum(chosen & (y == 1)) / np.sum(y == 1)))
    return points


def reliability(p, y):
    bins = np.searchsorted(np.arange(1, 10) / 10, p, side="right")
    rows = []
    for b in range(10):
        inside = bins == b
        if inside.any():
            rows.append((b, float(np.mean(p[inside])), float(np.mean(y[inside])), int(np.sum(inside))))
    ece = sum(n / len(p) * abs(obs - pred) for _, pred, obs, n in rows)
    return rows, ece


def binary(name, p, y, threshold, weights=None):
    p, y = np.asarray(p, dtype=float), np.asarray(y, dtype=int)
    if weights is not None:
        p, y = np.repeat(p, weights), np.repeat(y, weights)
    predicted = (p >= threshold).astype(int)
    tp = int(np.sum((predicted == 1) & (y == 1)))
    fp = int(np.sum((predicted == 1) & (y == 0)))
    tn = int(np.sum((predicted == 0) & (y == 0)))
    fn = int(np.sum((predicted == 0) & (y == 1)))
    clipped = np.clip(p, EPS, 1 - EPS)
    bins, ece = reliability(p, y)
    print(f"== binary {name} (n={len(p)}, threshold={threshold})")
    print(f"rocAuc    = {float(auc(p, y))!r}")
    print(f"prAuc     = {float(average_precision(p, y))!r}")
    print(f"accuracy  = {float(np.mean(predicted == y))!r}")
    print(f"precision = {float(tp / (tp + fp))!r}")
    print(f"recall    = {float(tp / (tp + fn))!r}")
    print(f"f1        = {float(2 * tp / (2 * tp + fp + fn))!r}")
    print(f"logLoss   = {float(-np.mean(y * np.log(clipped) + (1 - y) * np.log(1 - clipped)))!r}")
    print(f"brier     = {float(np.mean((p - y) ** 2))!r}")
    print(f"ece       = {float(ece)!r}")
    print(f"confusion tp={tp} fp={fp} tn={tn} fn={fn}")
    print(f"reliability (bin, meanPredicted, observedRate, count) = {bins}")
    if len(p) <= 20:
        print(f"roc points (fpr, tpr) = {[(float(a), float(b)) for a, b in roc_points(p, y)]}")


def multiclass(name, predicted, actual, k):
    predicted, actual = np.asarray(predicted), np.asarray(actual)
    confusion = np.zeros((k, k), dtype=int)
    for a, b in zip(actual, predicted):
        confusion[a, b] += 1
    f1 = {}
    for c in range(k):
        tp = confusion[c, c]
        fp = confusion[:, c].sum() - tp
        fn = confusion[c, :].sum() - tp
        if tp + fp + fn > 0:
            f1[c] = 2 * tp / (2 * tp + fp + fn)
    support = confusion.sum(axis=1)
    print(f"== multiclass {name} (n={len(actual)}, k={k})")
    print(f"accuracy   = {float(np.mean(predicted == actual))!r}")
    print(f"macroF1    = {float(np.mean(list(f1.values())))!r}")
    print(f"weightedF1 = {float(sum(support[c] * f for c, f in f1.items()) / len(actual))!r}")
    print(f"confusion (rows actual, columns predicted) = {confusion.tolist()}")


def regression(name, predicted, actual):
    predicted, actual = np.asarray(predicted, dtype=float), np.asarray(actual, dtype=float)
    residual = actual - predicted
    print(f"== regression {name} (n={len(actual)})")
    print(f"rmse = {float(np.sqrt(np.mean(residual ** 2)))!r}")
    print(f"mae  = {float(np.mean(np.abs(residual)))!r}")
    print(f"r2   = {float(1 - np.sum(residual ** 2) / np.sum((actual - actual.mean()) ** 2))!r}")


# --- worked examples, small enough to check by hand ------------------------------------------------------------
WORKED_P = [0.9, 0.8, 0.7, 0.6, 0.55, 0.4, 0.3, 0.2]
WORKED_Y = [1, 0, 1, 1, 0, 0, 1, 0]
binary("worked", WORKED_P, WORKED_Y, 0.5)

# ties across classes, scores on bin edges (0.0, 0.3, 0.7, 1.0) and at the threshold
TIES_P = [1.0, 0.9, 0.8, 0.8, 0.7, 0.7, 0.7, 0.5, 0.3, 0.3, 0.1, 0.0]
TIES_Y = [1, 1, 1, 0, 1, 0, 0, 1, 0, 1, 0, 0]
binary("ties", TIES_P, TIES_Y, 0.5)
TIES_W = [(i * 7) % 4 for i in range(len(TIES_P))]
print(f"weights = {TIES_W}")
binary("ties, weighted", TIES_P, TIES_Y, 0.5, TIES_W)
binary("ties, threshold 0.7", TIES_P, TIES_Y, 0.7)

# confident mistakes: log loss needs the clip
binary("clipped", [1.0, 0.0, 0.3, 0.7], [0, 1, 0, 1], 0.5)

# --- generated datasets: the same formulas are in the Java tests ----------------------------------------------
n = 1000
gen_p = np.array([((i * 37) % 101) / 100 for i in range(n)])
gen_u = np.array([((i * 61 + 17) % 97) / 97 for i in range(n)])
gen_y = (gen_u < gen_p).astype(int)
binary("generated", gen_p, gen_y, 0.5)
gen_w = [(i * 13) % 3 for i in range(n)]
binary("generated, weighted", gen_p, gen_y, 0.5, gen_w)

multiclass("worked", [0, 2, 2, 2, 1, 0, 1, 1, 1, 0], [0, 1, 2, 2, 1, 0, 2, 1, 0, 2], 3)
# class 3 is declared but never seen: it does not count towards the macro average
multiclass("unseen class", [0, 1, 1, 0], [0, 1, 0, 0], 4)
m_actual = [(i * i + 2 * i) % 7 % 4 for i in range(500)]
m_pred = [a if (i * 7) % 10 < 6 else (i * i + 1) % 4 for i, a in enumerate(m_actual)]
multiclass("generated", m_pred, m_actual, 4)

regression("worked", [2.5, 0.0, 2.0, 8.0], [3.0, -0.5, 2.0, 7.0])
r_actual = [((i * 17) % 23) / 4 for i in range(300)]
r_pred = [a + (((i * 29) % 11) - 5) / 10 for i, a in enumerate(r_actual)]
regression("generated", r_pred, r_actual)
r_w = [(i * 5) % 3 for i in range(300)]
regression("generated, weighted", np.repeat(r_pred, r_w), np.repeat(r_actual, r_w))

values = [((i * 7919) % 1000) / 1000 for i in range(1000)] + [0.5]
print("== percentile of ((i*7919) % 1000)/1000, i < 1000, plus 0.5")
print(f"95%: {np.percentile(values, [2.5, 97.5]).tolist()}  90%: {np.percentile(values, [5, 95]).tolist()}")
small = [3.0, 1.0, 4.0, 1.5, 9.0, 2.6]
print(f"== percentile of {small}: 95%: {np.percentile(small, [2.5, 97.5]).tolist()}")
