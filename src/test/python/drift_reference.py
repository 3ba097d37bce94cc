"""Reference values for the drift statistics of org.steward.drift, computed independently with numpy/scipy.

Run:  python3 src/test/python/drift_reference.py
and paste what it prints into org.steward.drift.*Test, which assert to 1e-12 (p-values to 1e-9).

Definitions (what docs/monitoring.md documents):
- Bins: the distinct values among the reference's k/10 quantiles (numpy.quantile, method 'linear'), a value in bin
  i when it is above i edges (numpy.searchsorted(edges, x, side='left')).
- PSI: sum over bins of (c - r) * ln(c / r); a share of 0 counts as 1e-4.
- Jensen-Shannon distance: scipy.spatial.distance.jensenshannon on the bin shares (natural log).
- Kolmogorov-Smirnov: scipy.stats.ks_2samp statistic; p-value exact (method='exact') when n*m < 10000, otherwise
  the asymptotic Kolmogorov distribution scipy.stats.kstwobign.sf(sqrt(n*m/(n+m)) * D).
- Wasserstein-1: scipy.stats.wasserstein_distance, normalised by numpy.std (ddof=0) of the reference.
- Categorical: chi2_contingency(correction=False) on the 2 x k table of counts over the union of categories.
"""
import numpy as np
from scipy.spatial.distance import jensenshannon
from scipy.stats import chi2_contingency, ks_2samp, kstwobign, wasserstein_distance

EMPTY = 1e-4


def grid_a(n):
    return np.array([((i * 7919) % 1000) / 100.0 for i in range(n)])


def grid_b(n):
    return np.array([((i * 104729) % 1200) / 100.0 + 0.5 for i in range(n)])


def small_1():
    return np.array([((i * 37) % 101) / 10.0 for i in range(30)])


def small_2():
    return np.array([((i * 53) % 103) / 10.0 + 1.05 for i in range(40)])


def ties_1():
    return np.array([float(i % 7) for i in range(60)])


def ties_2():
    return np.array([float(i % 5 + 1) for i in range(50)])


def shares(edges, x):
    bins = np.searchsorted(edges, x, side="left")
    return np.bincount(bins, minlength=len(edges) + 1) / len(x)


def psi(r, c):
    r = np.where(r == 0, EMPTY, r)
    c = np.where(c == 0, EMPTY, c)
    return float(np.sum((c - r) * np.log(c / r)))


def numeric(name, ref, cur):
    edges = np.unique(np.quantile(ref, np.arange(1, 10) / 10))
    r, c = shares(edges, ref), shares(edges, cur)
    n, m = len(ref), len(cur)
    d = ks_2samp(ref, cur).statistic
    if n * m < 10000:
        p, method = ks_2samp(ref, cur, method="exact").pvalue, "EXACT"
    else:
        p, method = kstwobign.sf(np.sqrt(n * m / (n + m)) * d), "ASYMPTOTIC"
    w = wasserstein_distance(ref, cur)
    std = np.std(ref)
    print(f"// {name}: n={n} m={m} edges={len(edges)}")
    print(f"//   edges {edges.tolist()}")
    print(f"//   psi={psi(r, c)!r} js={float(jensenshannon(r, c))!r}")
    print(f"//   ks={float(d)!r} p={float(p)!r} ({method}) w={float(w)!r} wNorm={float(w / std) if std > 0 else float('nan')!r}")
    print(f"//   std={float(std)!r} mean={float(np.mean(ref))!r}")


def categorical(name, ref, cur):
    cats = sorted(set(ref) | set(cur))
    table = np.array([[ref.get(k, 0) for k in cats], [cur.get(k, 0) for k in cats]])
    r, c = table[0] / table[0].sum(), table[1] / table[1].sum()
    chi = chi2_contingency(table, correction=False)
    print(f"// {name}: psi={psi(r, c)!r} js={float(jensenshannon(r, c))!r} "
          f"chi2={float(chi.statistic)!r} dof={chi.dof} p={float(chi.pvalue)!r}")


numeric("identical", grid_a(500), grid_a(500))
numeric("shifted", grid_a(500), grid_b(400))
numeric("grid 3000 vs 2000", grid_a(3000), grid_b(2000))
numeric("disjoint", grid_a(200), grid_a(200) + 20)
numeric("small", small_1(), small_2())
numeric("ties", ties_1(), ties_2())
for lam in (0.3, 0.8, 1.0, 1.17, 1.19, 1.5, 2.5):
    print(f"// kstwobign.sf({lam}) = {float(kstwobign.sf(lam))!r}")
categorical("categories", {"a": 50, "b": 30, "c": 20}, {"a": 30, "b": 30, "c": 25, "d": 15})
categorical("two categories", {"yes": 120, "no": 80}, {"yes": 90, "no": 110})
categorical("same shares", {"x": 10, "y": 30}, {"x": 20, "y": 60})
