#!/usr/bin/env python3
"""Prints criterion's medians of the benchmarks as a Markdown table: per group, errcodes' time (per
lookup where the group counts lookups), each baseline's, and the ratio errcodes / baseline (see
BENCHMARKS.md).

usage: python3 benches/lookup/scripts/summary.py [DIR...]

Each DIR is a target directory or a criterion directory (a copy of target/criterion kept from one
run); without one, $CARGO_TARGET_DIR or target. With several DIRs (one per run of the same
benchmarks), a cell holds the median over the runs of criterion's median, and the ratio is the
median of the runs' ratios.
"""
import json
import os
import statistics
import sys


def read(target):
    """{group: {function: median time per element, ns}} of one run."""
    root = os.path.join(target, "criterion")
    root = root if os.path.isdir(root) else target
    rows = {}
    for dirpath, _, files in os.walk(root):
        if os.path.basename(dirpath) != "new" or "benchmark.json" not in files:
            continue
        bench = json.load(open(os.path.join(dirpath, "benchmark.json")))
        median = json.load(open(os.path.join(dirpath, "estimates.json")))["median"]["point_estimate"]
        elements = (bench.get("throughput") or {}).get("Elements") or 1
        rows.setdefault(bench["group_id"], {})[bench["function_id"]] = median / elements
    return rows


def fmt(ns):
    """A time in ns, µs, ms or s, three significant digits."""
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


def order(group):
    name, _, size = group.rpartition("/")
    return (name, int(size) if size.isdigit() else 0)


def main():
    dirs = sys.argv[1:] or [os.environ.get("CARGO_TARGET_DIR") or "target"]
    runs = [read(d) for d in dirs]
    print("| group | errcodes | baseline | baseline time | errcodes / baseline |")
    print("|---|---:|---|---:|---:|")
    for group in sorted({g for run in runs for g in run}, key=order):
        present = [run[group] for run in runs if group in run]
        # errcodes' line is the one whose name starts with `errcodes`; the others are baselines.
        ours = next((f for p in present for f in p if f.startswith("errcodes")), None)
        if ours is None:
            continue
        present = [p for p in present if ours in p]
        for base in sorted({f for p in present for f in p} - {ours}):
            pairs = [(p[ours], p[base]) for p in present if base in p]
            mine = statistics.median(e for e, _ in pairs)
            theirs = statistics.median(b for _, b in pairs)
            ratio = statistics.median(e / b for e, b in pairs)
            print(f"| `{group}` | {fmt(mine)} | {base} | {fmt(theirs)} | {ratio:.2f} |")

if __name__ == "__main__":
    main()
