#!/usr/bin/env python3
"""Prints criterion's medians from target/criterion as Markdown tables, one per benchmark group,
with each function's time per lookup and its ratio to the group's errcodes line.

usage: python3 benches/lookup/scripts/summary.py [TARGET_DIR or CRITERION_HOME] [GROUP_PREFIX...]
"""
import json, os, sys

target = sys.argv[1] if len(sys.argv) > 1 else "target"
prefixes = sys.argv[2:]
root = os.path.join(target, "criterion") if os.path.isdir(os.path.join(target, "criterion")) else target
LOOKUPS = 1024


def fmt(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3), ("ns", 1)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}" if unit != "ns" else f"{ns:.3g} ns"
    return f"{ns:.3g} ns"


rows = {}
for dirpath, dirs, files in os.walk(root):
    if "benchmark.json" in files and os.path.basename(dirpath) == "new":
        bench = json.load(open(os.path.join(dirpath, "benchmark.json")))
        est = json.load(open(os.path.join(dirpath, "estimates.json")))
        group, func = bench["group_id"], bench["function_id"] or bench["value_str"]
        if prefixes and not any(group.startswith(p) for p in prefixes):
            continue
        per = est["median"]["point_estimate"]
        if bench.get("throughput") and "Elements" in bench["throughput"]:
            per /= bench["throughput"]["Elements"]
        rows.setdefault(group, []).append((func, per))


def key(group):
    name, _, size = group.rpartition("/")
    return (name, int(size) if size.isdigit() else 0)


for group in sorted(rows, key=key):
    funcs = sorted(rows[group], key=lambda r: r[1])
    ours = [t for f, t in funcs if f.startswith("errcodes")]
    ref = ours[0] if ours else funcs[0][1]
    print(f"\n**{group}** (median per lookup; ratio to the errcodes line)\n")
    print("| | median | ratio |\n|---|---:|---:|")
    for func, t in funcs:
        print(f"| {func} | {fmt(t)} | {t / ref:.2f}x |")
