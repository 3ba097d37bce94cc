"""The SciPy side of scripts/drift-vs-scipy: writes the benchmark data and times SciPy's drift statistics on it.

python3 src/test/python/drift_scipy_benchmark.py DIR FEATURES ROWS
Each feature f: reference ~ N(0, 1), current ~ N(0.01 f, 1 + 0.01 f), ROWS values each, written as little-endian
float64 to DIR/reference-f.f64 and DIR/current-f.f64. Times, per feature, the statistics Steward computes: ks_2samp
(statistic and p-value), wasserstein_distance, and PSI and jensenshannon on the reference's decile bins.
"""
import sys
import time

import numpy as np
import scipy
from scipy.spatial.distance import jensenshannon
from scipy.stats import ks_2samp, wasserstein_distance

directory, features, rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = np.random.default_rng(7)
data = []
for f in range(features):
    reference = rng.normal(0, 1, rows)
    current = rng.normal(0.01 * f, 1 + 0.01 * f, rows)
    reference.astype("<f8").tofile(f"{directory}/reference-{f}.f64")
    current.astype("<f8").tofile(f"{directory}/current-{f}.f64")
    data.append((reference, current))


def drift(reference, current):
    d = ks_2samp(reference, current)
    w = wasserstein_distance(reference, current)
    edges = np.unique(np.quantile(reference, np.arange(1, 10) / 10))
    r = np.bincount(np.searchsorted(edges, reference, side="left"), minlength=len(edges) + 1) / len(reference)
    c = np.bincount(np.searchsorted(edges, current, side="left"), minlength=len(edges) + 1) / len(current)
    r0, c0 = np.where(r == 0, 1e-4, r), np.where(c == 0, 1e-4, c)
    psi = float(np.sum((c0 - r0) * np.log(c0 / r0)))
    return psi, d.statistic, d.pvalue, w, jensenshannon(r, c)


times = []
for repeat in range(3):
    start = time.perf_counter()
    results = [drift(reference, current) for reference, current in data]
    times.append(time.perf_counter() - start)
for f, (psi, ks, p, w, js) in enumerate(results):
    print(f"scipy feature {f:2d}  psi {psi:.6f} ks {ks:.6f} w {w:.6f} js {js:.6f}")
print(f"SciPy {scipy.__version__}: {features} features x {rows} "
      f"rows: best of 3 {min(times) * 1000:.0f} ms, all {', '.join(f'{t * 1000:.0f}' for t in times)} ms")
