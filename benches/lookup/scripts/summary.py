#!/usr/bin/env python3
"""Prints criterion's medians from target/criterion as Markdown tables, one per benchmark group,
with each function's time per lookup and its ratio to the group's errcodes line.

usage: python3 benches/lookup/scripts/summary.py [DIR...] [GROUP_PREFIX...]

Each DIR is a target directory or a criterion directory (a copy of target/criterion kept from one
run); without one, `target`. With several DIRs (one per run of the same benchmarks), each row has
the median and the ratio of every run, then the median of the ratios.
"""
import json, os, statistics, sys

args = sys.argv[1:]
dirs = [a for a in args if os.path.isdir(a)] or ["target"]
prefixes = [a for a in args if not os.path.isdir(a)]
LOOKUPS = 1024


def fmt(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3), ("ns", 1)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}" if unit != "ns" else f"{ns:.3g} ns"
    return f"{ns:.3g} ns"


def read(target):
    """{group: {function: median per element}} of one run."""
    root = os.path.join(target, "criterion") if os.path.isdir(os.path.join(target, "criterion")) else target
    rows = {}
    for dirpath, _, files in os.walk(root):
        if "benchmark.json" in files and os.path.basename(dirpath) == "new":
            bench = json.load(open(os.path.join(dirpath, "benchmark.json")))
            est = json.load(open(os.path.join(dirpath, "estimates.json")))
            group, func = bench["group_id"], bench["function_id"] or bench["value_str"]
            if prefixes and not any(group.startswith(p) for p in prefixes):
                continue
            per = est["median"]["point_estimate"]
            if bench.get("throughput") and "Elements" in bench["throughput"]:
                per /= bench["throughput"]["Elements"]
            rows.setdefault(group, {})[func] = per
    return rows


def key(group):
    name, _, size = group.rpartition("/")
    return (name, int(size) if size.isdigit() else 0)


def reference(funcs):
    """The group's errcodes line (the fastest of them), else its fastest line."""
    ours = sorted(t for f, t in funcs.items() if f.startswith("errcodes"))
    return ours[0] if ours else min(funcs.values())


runs = [read(d) for d in dirs]
groups = sorted({g for run in runs for g in run}, key=key)
for group in groups:
    present = [run.get(group, {}) for run in runs]
    funcs = sorted({f for p in present for f in p}, key=lambda f: present[0].get(f, float("inf")))
    refs = [reference(p) if p else None for p in present]
    print(f"\n**{group}** (median per lookup; ratio to the errcodes line)\n")
    if len(runs) == 1:
        print("| | median | ratio |\n|---|---:|---:|")
    else:
        head = " | ".join(f"run {i + 1}" for i in range(len(runs)))
        ratio_head = " | ".join(f"ratio {i + 1}" for i in range(len(runs)))
        print(f"| | {head} | {ratio_head} | median ratio |")
        print("|---|" + "---:|" * (2 * len(runs) + 1))
    for func in funcs:
        times = [p.get(func) for p in present]
        ratios = [t / r for t, r in zip(times, refs) if t is not None and r]
        cells = [fmt(t) if t is not None else "" for t in times]
        if len(runs) == 1:
            print(f"| {func} | {cells[0]} | {ratios[0]:.2f}x |")
        else:
            rc = [f"{t / r:.2f}x" if t is not None and r else "" for t, r in zip(times, refs)]
            med = f"{statistics.median(ratios):.2f}x" if ratios else ""
            print(f"| {func} | {' | '.join(cells)} | {' | '.join(rc)} | {med} |")
