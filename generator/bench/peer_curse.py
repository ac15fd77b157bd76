#!/usr/bin/env python3
"""Benchmark peer: the nine computed figures of the curse-of-dimensionality article, written the
way a scientific-Python author would write them (numpy + matplotlib), with the generator's
parameters and seeds (numpy's generator, so the samples differ from ND4J's; the statistics agree).

Each figure becomes OUT/<id>.svg, OUT/<id>.csv (its series or grid) and OUT/<id>-values.csv (the
numbers the prose quotes).  Used by generator/bin/bench-peer; not part of the build or the tests.

usage: peer_curse.py OUT_DIR
"""
import csv
import math
import os
import sys

import numpy as np
import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else "target/peer"
os.makedirs(OUT, exist_ok=True)
plt.rcParams.update({"svg.hashsalt": "peer", "font.size": 9, "figure.dpi": 72})


def save(fig_id, fig, series=None, grid=None, values=None):
    """SVG of the figure, CSV of its series (name, x, y rows) or grid, and its values."""
    fig.savefig(os.path.join(OUT, fig_id + ".svg"), format="svg", metadata={"Date": None})
    plt.close(fig)
    with open(os.path.join(OUT, fig_id + ".csv"), "w", newline="") as f:
        w = csv.writer(f)
        if grid is not None:
            w.writerows(np.asarray(grid))
        else:
            w.writerow(["series", "x", "y"])
            for name, (xs, ys) in (series or {}).items():
                for x, y in zip(np.ravel(xs), np.ravel(ys)):
                    w.writerow([name, repr(float(x)), repr(float(y))])
    with open(os.path.join(OUT, fig_id + "-values.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["name", "value"])
        for k, v in (values or {}).items():
            w.writerow([k, v])


# ---- A1, A2: three classes of 12-dimensional data (seed 2021), and the 6 x 6 grid classifier ----
def three_class(seed=2021, dims=12, per_class=100, mean_sd=1.5, test_from=1):
    rng = np.random.default_rng(seed)
    means = rng.standard_normal((3, dims)) * mean_sd
    x = rng.standard_normal((3 * per_class, dims)) + np.repeat(means, per_class, axis=0)
    label = np.repeat(np.arange(1, 4), per_class)
    test = rng.standard_normal(dims) + means[test_from - 1]
    return x, label, test


MARKERS = {1: ("o", "#1f77b4"), 2: ("s", "#ff7f0e"), 3: ("^", "#2ca02c")}


def scatter_classes(ax, x, label, test):
    for c, (m, col) in MARKERS.items():
        ax.scatter(x[label == c, 0], x[label == c, 1], marker=m, s=14, c=col, label=f"class {c}")
    ax.scatter([test[0]], [test[1]], marker="x", s=60, c="black", label="test point")
    ax.set_xlabel("feature 1")
    ax.set_ylabel("feature 2")
    ax.legend(loc="upper right")


def oil_flow_scatter():
    x, label, test = three_class()
    fig, ax = plt.subplots(figsize=(10, 6.67))
    scatter_classes(ax, x, label, test)
    ax.set_title("Three classes of 12-dimensional data, seen through two of the twelve features")
    series = {f"class {c}": (x[label == c, 0], x[label == c, 1]) for c in (1, 2, 3)}
    series["test point"] = ([test[0]], [test[1]])
    save("oil-flow-scatter", fig, series, values={"dims": 12, "points": len(x), "classes": 3, "per-class": 100})


def grid_classifier(bins=6):
    x, label, test = three_class()
    lo, hi = x[:, :2].min(axis=0), x[:, :2].max(axis=0)
    width = (hi - lo) / bins
    cell = np.clip(np.floor((x[:, :2] - lo) / width).astype(int), 0, bins - 1)
    counts = np.zeros((bins, bins, 4), dtype=int)
    np.add.at(counts, (cell[:, 1], cell[:, 0], label), 1)
    counts[:, :, 0] = 0
    majority = np.where(counts.max(axis=2) > 0, counts.argmax(axis=2), 0)
    tc = np.clip(np.floor((test[:2] - lo) / width).astype(int), 0, bins - 1)
    test_class = int(majority[tc[1], tc[0]])
    fig, ax = plt.subplots(figsize=(10, 6.67))
    xs, ys = lo[0] + width[0] * np.arange(bins + 1), lo[1] + width[1] * np.arange(bins + 1)
    tints = matplotlib.colors.ListedColormap(["white", "#c6dbef", "#fdd0a2", "#c7e9c0"])
    ax.pcolormesh(xs, ys, majority, cmap=tints, vmin=0, vmax=3, shading="flat")
    scatter_classes(ax, x, label, test)
    ax.set_title("A naive classifier: cut the plane into a 6 by 6 grid and let each cell vote")
    save("grid-classifier", fig, grid=majority, values={"test-class": test_class,
         "empty-cells-d2": int((majority == 0).sum()), "cells-d2": bins * bins, "bins": bins})


# ---- A4: empty cells (seed 314) ----
def empty_cells_grids(points=1000, bins=10, max_dim=6):
    rng = np.random.default_rng(314)
    x = rng.random((points, max_dim))
    idx = np.floor(x * bins).astype(np.int64)
    values, occupied = {}, {}
    for d in range(1, max_dim + 1):
        cells = bins ** d
        number = (idx[:, :d] * (bins ** np.arange(d))).sum(axis=1)
        occ = np.zeros(cells, dtype=bool)
        occ[number] = True
        occupied[d] = occ
        values[f"empty-d{d}"] = 100.0 * (cells - occ.sum()) / cells
        values[f"theory-d{d}"] = 100.0 * (1 - bins ** -d) ** points
        if d <= 3:
            values[f"occupied-d{d}"] = int(occ.sum())
    fig = plt.figure(figsize=(13.6, 6.5))
    ax1 = fig.add_axes([0.03, 0.75, 0.3, 0.1])
    ax1.imshow(occupied[1].reshape(1, bins), cmap="Blues", vmin=0, vmax=1.5)
    ax1.scatter(x[:, 0] * bins - 0.5, np.zeros(points), s=2, c="black")
    ax2 = fig.add_axes([0.03, 0.08, 0.3, 0.55])
    ax2.imshow(occupied[2].reshape(bins, bins), cmap="Blues", vmin=0, vmax=1.5, origin="lower")
    ax2.scatter(x[:, 0] * bins - 0.5, x[:, 1] * bins - 0.5, s=2, c="black")
    cube = occupied[3].reshape(bins, bins, bins)
    for s in range(bins):
        ax = fig.add_axes([0.38 + (s % 5) * 0.12, 0.55 - (s // 5) * 0.42, 0.11, 0.35])
        ax.imshow(cube[s], cmap="Blues", vmin=0, vmax=1.5, origin="lower")
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_title(f"slice {s + 1}", fontsize=7)
    fig.suptitle("The same 1,000 points in grids of 10, 100 and 1,000 cells")
    save("empty-cells-grids", fig, grid=cube.reshape(bins * bins, bins).astype(int), values=values)


# ---- A6: the ball in the middle of the stacked cubes ----
def centre_ball_diameter(max_dim=16):
    d = np.arange(1, max_dim + 1)
    diameter = np.empty(max_dim)
    for k in d:
        corners = (np.arange(1 << k)[:, None] >> np.arange(k)) & 1
        centres = np.where(corners == 0, -0.5, 0.5)
        diameter[k - 1] = 2 * (np.sqrt((centres ** 2).sum(axis=1)).min() - 0.5)
    claim = np.sqrt(d)
    fig, ax = plt.subplots(figsize=(10, 6.1))
    ax.plot(d, diameter, "o-", label="centre ball diameter")
    ax.plot(d, claim, "--", label="source's claim")
    ax.axhline(2, color="grey", label="stack width")
    ax.set_xlabel("D")
    ax.legend()
    ax.set_title("The ball in the middle of the stacked cubes outgrows the stack")
    first = lambda v, t: int(np.argmax(t(v))) + 1  # noqa: E731
    save("centre-ball-diameter", fig, {"centre ball diameter": (d, diameter), "source's claim": (d, claim)},
         values={"reach-dim": first(diameter, lambda v: v >= 2 - 1e-9),
                 "leave-dim": first(diameter, lambda v: v > 2 + 1e-9),
                 "claim-leave-dim": first(claim, lambda v: v > 2 + 1e-9), "diameter-d10": diameter[9]})


# ---- A10: angles between random vectors (seed 42) ----
def angles(a, b):
    cos = (a * b).sum(axis=1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))
    return np.degrees(np.arccos(np.clip(cos, -1, 1)))


def in_unit_ball(rng, n, d):
    g = rng.standard_normal((n, d))
    return g / np.linalg.norm(g, axis=1)[:, None] * rng.random((n, 1)) ** (1.0 / d)


def sphere_density(d, deg):
    th = np.pi * (np.arange(3600) + 0.5) / 3600
    z = (np.sin(th) ** (d - 2)).sum() * 180 / 3600
    return np.sin(np.radians(deg)) ** (d - 2) / z


def sphere_sd(d):
    th = np.pi * (np.arange(20000) + 0.5) / 20000
    w = np.sin(th) ** (d - 2)
    mean = (w * th).sum() / w.sum()
    return np.degrees(math.sqrt((w * th * th).sum() / w.sum() - mean * mean))


def square_density(deg):
    m = 3600
    h = 2 * np.pi / m
    phi = (np.arange(m) + 0.5) * h
    r = 1 / np.maximum(np.abs(np.cos(phi)), np.abs(np.sin(phi)))
    p = r * r / 8
    shift = np.radians(deg) / h
    lo = np.floor(shift).astype(int)
    w = shift - lo
    i = np.arange(m)
    a = p[(i[None, :] + lo[:, None]) % m]
    b = p[(i[None, :] + lo[:, None] + 1) % m]
    return 2 * (p[None, :] * ((1 - w[:, None]) * a + w[:, None] * b) * h).sum(axis=1) * np.pi / 180


def angle_histograms(pairs=10_000, dims=(2, 3, 50, 100), bin_deg=3.0):
    rng = np.random.default_rng(42)
    bins = int(round(180 / bin_deg))
    fine = np.arange(181.0)
    fig, axes = plt.subplots(2, 2, figsize=(10.6, 7.8))
    values, series = {}, {}
    for ax, d in zip(axes.ravel(), dims):
        a = angles(rng.uniform(-1, 1, (pairs, d)), rng.uniform(-1, 1, (pairs, d)))
        dens, edges = np.histogram(a, bins=bins, range=(0, 180), density=True)
        centres = 0.5 * (edges[1:] + edges[:-1])
        ax.bar(centres, 100 * dens, width=bin_deg, color="#9ecae1")
        ax.plot(fine, 100 * sphere_density(d, fine), "k--")
        ax.set_title(f"D = {d}")
        series[f"D = {d}"] = (centres, 100 * dens)
        values[f"mean-d{d}"], values[f"sd-d{d}"] = a.mean(), a.std(ddof=1)
        values[f"sphere-sd-d{d}"] = sphere_sd(d)
        if d >= 10:
            values[f"theory-sd-d{d}"] = np.degrees(1.0) / math.sqrt(d)
    disc = angles(in_unit_ball(rng, pairs, 2), in_unit_ball(rng, pairs, 2))
    square = square_density(fine)
    axes[0, 0].plot(fine, 100 * square, "r:")
    values["square-ripple-d2"] = 100 * np.abs(square * 180 - 1).max()
    values["mean-d2-disc"], values["sd-d2-disc"] = disc.mean(), disc.std(ddof=1)
    fig.suptitle("Angles between random vectors in 2, 3, 50 and 100 dimensions")
    save("angle-histograms", fig, series, values=values)


# ---- A11: share of the ball in its outer 1% shell (seed 7) ----
def shell_share(eps=0.01, max_dim=1000, mc_dims=(10, 50, 100, 200, 300, 400, 600, 800, 1000), samples=3000):
    rng = np.random.default_rng(7)
    d = np.arange(1, max_dim + 1)
    share = 100 * (1 - (1 - eps) ** d)
    mc = np.array([100 * (np.linalg.norm(in_unit_ball(rng, samples, k), axis=1) > 1 - eps).mean() for k in mc_dims])
    fig, ax = plt.subplots(figsize=(10, 6.1))
    ax.plot(d, share, label="share of volume in the outer shell (%)")
    ax.plot(mc_dims, mc, "D", label="Monte Carlo (%)")
    ax.plot([400], [90], "x", c="red", label="source's claim (%)")
    ax.set_xlabel("D")
    ax.legend()
    ax.set_title("How much of a ball lies in its outer 1% shell")
    first = lambda t: int(np.argmax(share >= 100 * t)) + 1  # noqa: E731
    save("shell-share", fig, {"share": (d, share), "Monte Carlo (%)": (mc_dims, mc)},
         values={"d90": first(0.9), "d99": first(0.99), "share-d400": share[399]})


# ---- A13: distance from the centre of points in a ball (seed 11) ----
def ball_radius_histograms(samples=20_000, dims=(2, 10, 100), bins=100):
    rng = np.random.default_rng(11)
    fine = np.arange(201) / 200
    fig, axes = plt.subplots(1, 3, figsize=(12.5, 4.7))
    values, series = {}, {}
    for ax, d in zip(axes, dims):
        r = np.minimum(np.linalg.norm(in_unit_ball(rng, samples, d), axis=1), 1.0)
        dens, edges = np.histogram(r, bins=bins, range=(0, 1), density=True)
        centres = 0.5 * (edges[1:] + edges[:-1])
        ax.bar(centres, dens, width=1 / bins, color="#9ecae1")
        ax.plot(fine, d * fine ** (d - 1), "k--")
        ax.set_title(f"D = {d}")
        series[f"D = {d}"] = (centres, dens)
        values[f"median-r-d{d}"], values[f"theory-median-r-d{d}"] = np.median(r), 0.5 ** (1 / d)
    fig.suptitle("Where the points of a ball are: distance from the centre in 2, 10 and 100 dimensions")
    save("ball-radius-histograms", fig, series, values=values)


# ---- A14: volume of the unit ball (seed 5) ----
def ball_volume(max_dim=30, mc_max=10, samples=200_000):
    rng = np.random.default_rng(5)
    v = np.empty(max_dim + 1)
    v[0], v[1] = 1, 2
    for k in range(2, max_dim + 1):
        v[k] = 2 * np.pi / k * v[k - 2]
    d = np.arange(1, max_dim + 1)
    ratio = 100 * v[1:] / 2.0 ** d
    mc = np.array([100 * (np.linalg.norm(rng.uniform(-1, 1, (samples, k)), axis=1) <= 1).mean()
                   for k in range(1, mc_max + 1)])
    mcd = np.arange(1, mc_max + 1)
    fig, (a, b) = plt.subplots(1, 2, figsize=(12.5, 5.6))
    a.plot(d, v[1:], "o-")
    a.plot(mcd, mc / 100 * 2.0 ** mcd, "D")
    b.semilogy(d, ratio, "o-")
    b.semilogy(mcd, mc, "D")
    fig.suptitle("Volume of the unit ball, and the share of its cube it fills, against dimension")
    best = int(np.argmax(v[1:])) + 1
    save("ball-volume", fig, {"volume": (d, v[1:]), "ball / cube (%)": (d, ratio), "Monte Carlo (%)": (mcd, mc)},
         values={"max-volume-dim": best, "max-volume": v[best], "ratio-d10": ratio[9]})


# ---- A15: distance contrast (seed 99) ----
def expected_max_of_normals(n):
    h = 1e-3
    x = -9 + h * np.arange(int(round(18 / h)) + 1)
    pdf = np.exp(-0.5 * x * x) / math.sqrt(2 * math.pi)
    cdf = np.concatenate([[0], np.cumsum(0.5 * h * (pdf[1:] + pdf[:-1]))])
    return (x * n * pdf * np.minimum(1, cdf) ** (n - 1) * h).sum()


def distance_contrast(points=1000, queries=11, dims=(1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000)):
    rng = np.random.default_rng(99)
    per_query = np.empty((len(dims), queries))
    for i, d in enumerate(dims):
        x = rng.random((points, d))
        q = rng.random((queries, d))
        dist = np.sqrt(((x[None, :, :] - q[:, None, :]) ** 2).sum(axis=2))
        per_query[i] = (dist.max(axis=1) - dist.min(axis=1)) / dist.min(axis=1)
    median = np.median(per_query, axis=1)
    c = 2 * expected_max_of_normals(points) * 3 / math.sqrt(30)
    big = np.array([d for d in dims if d >= 10], dtype=float)
    fig, ax = plt.subplots(figsize=(10, 6.1))
    ax.loglog(np.repeat(dims, queries), per_query.ravel(), ".", c="grey", label="single queries")
    ax.loglog(dims, median, "o-", label="median over queries")
    ax.loglog(big, c / np.sqrt(big), "--", label="normal approximation")
    ax.set_xlabel("D")
    ax.legend()
    ax.set_title("Nearest and farthest neighbours become alike as dimensions grow")
    save("distance-contrast", fig, {"median over queries": (dims, median), "normal approximation": (big, c / np.sqrt(big))},
         values={"approx-constant": c, **{f"contrast-d{d}": m for d, m in zip(dims, median)}})


if __name__ == "__main__":
    for figure in (oil_flow_scatter, grid_classifier, empty_cells_grids, centre_ball_diameter, angle_histograms,
                   shell_share, ball_radius_histograms, ball_volume, distance_contrast):
        figure()
