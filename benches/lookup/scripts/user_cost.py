#!/usr/bin/env python3
"""What a user compiles to depend on errcodes, against http (see BENCHMARKS.md).

usage: python3 benches/lookup/scripts/user_cost.py [--runs 3] [--deps errcodes,errcodes-no-default,http]
           [--timeout S] [--out FILE] [--print]

For each dependency it writes a one-function crate with `scale-crate 0 DIR --dep DEP` (into
target/scale/cost-DEP): `errcodes` with its default features, `errcodes` with
`default-features = false`, or `http` 1, each looking a code up. Each is then built --runs times
from an empty target directory of its own (target/scale/cost-target/DEP, removed before every
build), `/usr/bin/time -v cargo build --release --offline --timings`; the builds go round the
crates in turn (all three once, then again), so that a change of load falls on all of them.

Recorded for every build: wall clock, user + system CPU, peak RSS (of the largest process), the
load average before and after, the crates cargo compiled, and every compilation unit of cargo's
--timings report (cargo-timing.html) with its duration. Units run two at a time on two cores, so
their durations add up to more than the wall clock. The JSON file (default
target/scale/user_cost.json) has every build and, per crate, the medians; the table printed at the
end has the medians and, for errcodes (default features) and http, the units, slowest first (each
unit's median over the builds). With --print nothing is built: the builds already in the JSON file
are summarised again and the tables printed.
"""
import argparse
import json
import os
import shutil
import statistics
import sys

from measure import environment, scale_dir, timed_build, write_json, write_scale_crate

DEPS = ["errcodes", "errcodes-no-default", "http"]
LABEL = {"errcodes": "`errcodes` (default features)",
         "errcodes-no-default": "`errcodes`, `default-features = false`", "http": "`http` 1"}


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--runs", type=int, default=3, help="builds of each crate (default 3)")
    p.add_argument("--deps", type=lambda s: s.split(","), default=DEPS)
    p.add_argument("--timeout", type=float, default=1800, help="seconds per build (default 1800)")
    p.add_argument("--out", default=os.path.join(scale_dir(), "user_cost.json"))
    p.add_argument("--print", action="store_true",
                   help="build nothing: summarise the builds already in --out and print the tables")
    a = p.parse_args()
    bad = [d for d in a.deps if d not in DEPS]
    if bad:
        p.error(f"unknown dependency {bad}: one of {', '.join(DEPS)}")
    return a


def unit_key(u):
    return f"{u['name']} v{u['version']}" + (f" {u['target']}" if u["target"] else "")


def twice(units, unit):
    return sum(unit_key(u) == unit_key(unit) for u in units) > 1


def summarise(builds):
    """Medians over a crate's successful builds, and each unit's median duration."""
    ok = [b for b in builds if b["ok"]]
    if not ok:
        return {"ok_builds": 0}
    med = lambda k: round(statistics.median(b[k] for b in ok), 2)
    durations = {}
    for b in ok:
        seen = {}
        # A crate compiled twice (for a build script and for the library: serde_core) gives two
        # units of the same name, told apart here as "#1" (the slower of the build) and "#2".
        for u in b["units"] or []:
            key = unit_key(u)
            seen[key] = seen.get(key, 0) + 1
            key += f" #{seen[key]}" if seen[key] > 1 or twice(b["units"], u) else ""
            durations.setdefault(key, []).append(u["duration_s"])
    units = sorted(((k, round(statistics.median(v), 2)) for k, v in durations.items()),
                   key=lambda kv: -kv[1])
    return {"ok_builds": len(ok), "wall_s_median": med("wall_s"),
            "wall_s_min": min(b["wall_s"] for b in ok), "wall_s_max": max(b["wall_s"] for b in ok),
            "cpu_s_median": med("cpu_s"), "max_rss_mib_median": round(med("max_rss_kib") / 1024),
            "crates_compiled": len(set(ok[0]["compiled"])),
            "units_median_s": [{"unit": k, "duration_s": d} for k, d in units],
            "units_sum_s": round(sum(d for _, d in units), 2)}


def print_tables(summary, runs):
    print(f"\n| crate depends on | clean release build, wall (median of {runs}; min-max) "
          "| CPU (user + system) | peak RSS | crates compiled (itself included) |")
    print("|---|---:|---:|---:|---:|")
    for dep, s in summary.items():
        if not s["ok_builds"]:
            print(f"| {LABEL[dep]} | FAILED | | | |")
            continue
        print(f"| {LABEL[dep]} | {s['wall_s_median']:.2f} s ({s['wall_s_min']:.2f}-"
              f"{s['wall_s_max']:.2f}) | {s['cpu_s_median']:.2f} s | {s['max_rss_mib_median']} MiB"
              f" | {s['crates_compiled']} |")
    for dep in ("errcodes", "http"):
        s = summary.get(dep)
        if not s or not s["ok_builds"]:
            continue
        print(f"\nunits of the crate depending on {LABEL[dep]} (cargo --timings, median of "
              f"{s['ok_builds']}; sum {s['units_sum_s']:.2f} s against {s['wall_s_median']:.2f} s "
              "wall):\n\n| unit | duration |\n|---|---:|")
        for u in s["units_median_s"]:
            print(f"| {u['unit']} | {u['duration_s']:.2f} s |")


def main():
    args = parse_args()
    if args.print:
        data = json.load(open(args.out))
        deps = list(dict.fromkeys(b["dep"] for b in data["builds"]))
        data["summary"] = {d: summarise([b for b in data["builds"] if b["dep"] == d]) for d in deps}
        write_json(args.out, data)
        print_tables(data["summary"], data["runs"])
        return 0
    data = {"script": "benches/lookup/scripts/user_cost.py", "argv": sys.argv[1:],
            **environment(), "runs": args.runs, "builds": []}
    dirs = {}
    for dep in args.deps:
        dirs[dep] = os.path.join(scale_dir(), f"cost-{dep}")
        write_scale_crate([0, dirs[dep], "--dep", dep])
    for run in range(1, args.runs + 1):
        for dep in args.deps:
            target = os.path.join(scale_dir(), "cost-target", dep)
            shutil.rmtree(target, ignore_errors=True)
            print(f"run {run}, {dep} ...", end=" ", flush=True)
            b = {"dep": dep, "run": run, "dir": dirs[dep]}
            b.update(timed_build(dirs[dep], target, args.timeout))
            print(("ok" if b["ok"] else f"FAILED ({b.get('error') or b['exit_code']})") +
                  f": {b['wall_s']} s wall, {b.get('cpu_s')} s CPU, load "
                  f"{b['load_before'][0]} -> {b['load_after'][0]}", flush=True)
            data["builds"].append(b)
            write_json(args.out, data)
    data["summary"] = {dep: summarise([b for b in data["builds"] if b["dep"] == dep])
                       for dep in args.deps}
    write_json(args.out, data)
    print_tables(data["summary"], args.runs)
    print(f"\nwrote {args.out}")
    return 0 if all(b["ok"] for b in data["builds"]) else 1


if __name__ == "__main__":
    sys.exit(main())
