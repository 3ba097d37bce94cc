"""Reference values for the explanation statistics (org.steward.explain.method.Fit), computed with NumPy/SciPy.

Run: python3 src/test/python/explanation_reference.py
The printed values are asserted by FitTest.
"""
import numpy as np
from scipy import stats

# a model's output and a surrogate's predictions, with ties in both
y = np.array([0.12, 0.5, 0.5, 0.9, 0.33, 0.71, 0.05, 0.5, 0.64, 0.88])
p = np.array([0.2, 0.45, 0.55, 0.8, 0.3, 0.7, 0.1, 0.45, 0.6, 0.95])

r2 = 1 - np.sum((y - p) ** 2) / np.sum((y - y.mean()) ** 2)
agreement = np.mean((y >= 0.5) == (p >= 0.5))
spearman = stats.spearmanr(y, p).statistic

print(f"r2        = {r2!r}")
print(f"agreement = {agreement!r}")
print(f"spearman  = {spearman!r}")
