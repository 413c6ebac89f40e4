#!/usr/bin/env python3
"""Draws the benchmarks' two charts from their output alone (see BENCHMARKS.md):

- benches/lookup/figures/lookup.svg: time per lookup against the number of entries, errcodes and
  every baseline, one panel per lookup (`from_code/N`, `from_code_str/N`, `from_name/N`), from
  criterion's output (target/criterion, as summary.py reads it);
- benches/lookup/figures/build.svg: clean release build of the user's crate (wall clock, CPU, peak
  RSS) against the number of entries, errcodes and the hand-written baseline for each kind of
  registry, from target/scale/build_times.json (build_times.py).

usage: python3 benches/lookup/scripts/plot.py [--criterion DIR]... [--build-times FILE]
           [--out-dir DIR] [--png]

With several --criterion directories (copies of target/criterion from runs of the same
benchmarks), a point is the median over the runs of criterion's median; with a repeated build in
build_times.json, the median of its builds. --png writes a PNG beside each SVG (for looking at,
not for committing).

matplotlib is pinned (plot-requirements.txt beside this script) and installed by this script into
a virtual environment, target/plot-venv, the first time; it then runs itself again with that
environment's Python. Nothing is installed elsewhere. The SVGs are deterministic: the same data
gives the same bytes (fixed `svg.hashsalt`, no date in the metadata, glyphs drawn as paths with
matplotlib's own DejaVu Sans).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TARGET = os.path.abspath(os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target"))
VENV = os.path.join(TARGET, "plot-venv")
REQUIREMENTS = os.path.join(HERE, "plot-requirements.txt")
LOOKUPS = 1024

PANELS = [("from_code/", "from_code, integer codes"), ("from_code_str/", "from_code, string codes"),
          ("from_name/", "from_name")]
# One colour and marker per line, the same in every panel; errcodes is drawn thicker.
STYLE = {"errcodes": ("#d62728", "o"), "match": ("#1f77b4", "s"), "HashMap": ("#2ca02c", "^"),
         "binary search": ("#9467bd", "v"), "phf BY_CODE": ("#ff7f0e", "D"),
         "strum FromStr": ("#8c564b", "P")}


def ensure_venv():
    """Runs this script again in target/plot-venv, creating it first if need be."""
    python = os.path.join(VENV, "bin", "python")
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    stamp = os.path.join(VENV, "requirements.installed")
    wanted = open(REQUIREMENTS).read()
    if not (os.path.exists(stamp) and open(stamp).read() == wanted):
        print(f"installing {REQUIREMENTS} into {VENV} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", "--clear", VENV], check=True)
        p = subprocess.run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check",
                            "-r", REQUIREMENTS])
        if p.returncode != 0:
            sys.exit(f"error: could not install matplotlib into {VENV} (pip exited {p.returncode}; "
                     "is PyPI reachable?). Nothing was drawn.")
        with open(stamp, "w") as f:
            f.write(wanted)
    os.execv(python, [python, os.path.abspath(__file__), *sys.argv[1:]])


def parse_args():
    p = argparse.ArgumentParser(description="draws lookup.svg and build.svg")
    p.add_argument("--criterion", action="append", default=[],
                   help="criterion output directory (default target/criterion); may be repeated")
    p.add_argument("--build-times", default=os.path.join(TARGET, "scale", "build_times.json"))
    p.add_argument("--out-dir", default=os.path.join(ROOT, "benches", "lookup", "figures"))
    p.add_argument("--png", action="store_true", help="also write a PNG of each chart")
    a = p.parse_args()
    a.criterion = a.criterion or [os.path.join(TARGET, "criterion")]
    return a


# ---- data ----------------------------------------------------------------------------------------

def read_criterion(root):
    """{(group prefix, entries): {function: ns per lookup}} of one criterion directory."""
    rows = {}
    for dirpath, _, files in os.walk(root):
        if os.path.basename(dirpath) != "new" or "benchmark.json" not in files:
            continue
        bench = json.load(open(os.path.join(dirpath, "benchmark.json")))
        group = bench["group_id"]
        prefix, _, size = group.rpartition("/")
        if prefix + "/" not in [p for p, _ in PANELS] or not size.isdigit():
            continue
        est = json.load(open(os.path.join(dirpath, "estimates.json")))
        per = est["median"]["point_estimate"]
        elements = (bench.get("throughput") or {}).get("Elements")
        per /= elements or LOOKUPS
        rows.setdefault((prefix + "/", int(size)), {})[bench["function_id"]] = per
    return rows


def lookup_series(dirs):
    """{panel prefix: {line label: [(entries, ns)]}}, the median over the runs of each point."""
    runs = [read_criterion(d) for d in dirs]
    points = {}
    for run in runs:
        for (prefix, n), funcs in run.items():
            for func, ns in funcs.items():
                label = "errcodes" if func.startswith("errcodes") else func
                points.setdefault(prefix, {}).setdefault(label, {}).setdefault(n, []).append(ns)
    return {prefix: {label: sorted((n, statistics.median(v)) for n, v in by_n.items())
                     for label, by_n in lines.items()}
            for prefix, lines in points.items()}


def build_series(data):
    """{metric: {line label: [(entries, value)]}} from build_times.json, medians of repeats, and
    the list of builds that failed."""
    kind_label = {"int": "integer codes, every optional key",
                  "str": "string codes, every optional key",
                  "plain": "integer codes, no optional key"}
    base_label = {"int": "the same integer codes", "str": "the same string codes",
                  "plain": "the same integer codes (no key)"}
    points, failed = {}, []
    for r in data["results"]:
        kind = r["kind"]
        label = (f"errcodes, {kind_label.get(kind, kind)}" if r["impl"] == "errcodes"
                 else f"baseline (hand-written match), {base_label.get(kind, kind)}")
        if not r.get("ok"):
            failed.append(f"{label}, {r['entries']:,} entries")
            continue
        for metric, value in (("wall_s", r["wall_s"]), ("cpu_s", r["cpu_s"]),
                              ("rss_mib", r["max_rss_kib"] / 1024)):
            points.setdefault(metric, {}).setdefault(label, {}).setdefault(
                r["entries"], []).append(value)
    series = {m: {label: sorted((n, statistics.median(v)) for n, v in by_n.items())
                  for label, by_n in lines.items()} for m, lines in points.items()}
    return series, failed


# ---- drawing -------------------------------------------------------------------------------------

def setup():
    import matplotlib
    matplotlib.use("svg")
    matplotlib.rcParams.update({"svg.hashsalt": "errcodes-benchmarks", "svg.fonttype": "path",
                                "font.family": "DejaVu Sans", "font.size": 9,
                                "axes.titlesize": 10, "legend.fontsize": 8})
    import matplotlib.pyplot as plt
    return plt


def log_axes(ax, xs, ylabel):
    from matplotlib.ticker import FuncFormatter
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xticks(sorted(xs))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    ax.xaxis.set_minor_formatter(FuncFormatter(lambda v, _: ""))
    ax.set_xlabel("entries in the registry")
    ax.set_ylabel(ylabel)
    ax.grid(True, which="major", alpha=0.35)
    ax.grid(True, which="minor", alpha=0.12)


def plain_log_labels(ax):
    """Plain numbers on a log y axis; the minor ticks labelled too when it spans under a decade."""
    from matplotlib.ticker import FuncFormatter, NullFormatter
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    low, high = ax.get_ylim()
    if high / low < 10:
        ax.yaxis.set_minor_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    else:
        ax.yaxis.set_minor_formatter(NullFormatter())


def draw_line(ax, label, pts, color, marker, main):
    xs, ys = zip(*pts)
    ax.plot(xs, ys, label=label, color=color, marker=marker, markersize=5 if main else 4,
            linewidth=2.4 if main else 1.3, zorder=3 if main else 2)


def save(fig, path, png):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fig.savefig(path, format="svg", metadata={"Date": None})
    print(f"wrote {path}")
    if png:
        png_path = os.path.splitext(path)[0] + ".png"
        fig.savefig(png_path, format="png", dpi=110, metadata={"Software": None})
        print(f"wrote {png_path}")


def ns_label(v, _):
    return f"{v / 1000:g} µs" if v >= 1000 else f"{v:g} ns"


def plot_lookups(plt, series, runs, path, png):
    from matplotlib.ticker import FuncFormatter
    panels = [(p, title) for p, title in PANELS if p in series]
    if not panels:
        sys.exit("error: no from_code/, from_code_str/ or from_name/ group in the criterion output")
    fig, axes = plt.subplots(1, len(panels), figsize=(4.2 * len(panels), 4.4), sharey=True,
                             squeeze=False)
    for ax, (prefix, title) in zip(axes[0], panels):
        lines = series[prefix]
        log_axes(ax, {n for pts in lines.values() for n, _ in pts},
                 "time per lookup (log scale)" if ax is axes[0][0] else "")
        known = list(STYLE)
        order = sorted(lines, key=lambda l: (known.index(l) if l in known else len(known), l))
        for label in order:
            color, marker = STYLE.get(label, ("#7f7f7f", "x"))
            draw_line(ax, label, lines[label], color, marker, label == "errcodes")
        ax.set_title(title)
        ax.yaxis.set_major_formatter(FuncFormatter(ns_label))
        ax.legend(loc="upper left", frameon=True, framealpha=0.9)
    fig.suptitle("Lookups: errcodes against hand-written alternatives (lower is faster)",
                 fontsize=11)
    fig.text(0.01, 0.01, f"criterion median of 1,024 lookups (half hits, half misses), divided by "
             f"1,024; median over {runs} run(s). 6 entries: the embedded registry (integer codes), "
             f"a 6-code string registry.", fontsize=7, color="#555555")
    fig.tight_layout(rect=(0, 0.03, 1, 0.97))
    save(fig, path, png)


def build_style(label):
    """Colour, marker and line style of a build line: errcodes solid, the baseline dashed; integer
    codes round, string codes diamonds, integer codes without optional keys squares."""
    ours = label.startswith("errcodes")
    kind = "plain" if "no optional key" in label or "(no key)" in label else (
        "str" if "string" in label else "int")
    colors = {("int", True): "#d62728", ("str", True): "#ff7f0e", ("plain", True): "#e377c2",
              ("int", False): "#1f77b4", ("str", False): "#17becf", ("plain", False): "#7f7f7f"}
    return colors[kind, ours], {"int": "o", "str": "D", "plain": "s"}[kind], "-" if ours else "--"


def plot_builds(plt, series, failed, data, path, png):
    from matplotlib.ticker import FuncFormatter
    metrics = [("wall_s", "wall clock", "seconds (log scale)"),
               ("cpu_s", "CPU time (user + system)", "seconds (log scale)"),
               ("rss_mib", "peak memory (largest process's RSS)", "MiB (log scale)")]
    metrics = [m for m in metrics if m[0] in series]
    if not metrics:
        sys.exit("error: build_times.json has no successful build")
    fig, axes = plt.subplots(1, len(metrics), figsize=(4.3 * len(metrics), 4.6), squeeze=False)
    for ax, (metric, title, ylabel) in zip(axes[0], metrics):
        lines = series[metric]
        log_axes(ax, {n for pts in lines.values() for n, _ in pts}, ylabel)
        for label in sorted(lines, key=lambda l: (not l.startswith("errcodes"), l)):
            color, marker, ls = build_style(label)
            xs, ys = zip(*lines[label])
            ax.plot(xs, ys, label=label, color=color, marker=marker, linestyle=ls,
                    linewidth=2.2 if label.startswith("errcodes") else 1.4)
        plain_log_labels(ax)
        ax.set_title(title)
    handles, labels = axes[0][0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="lower center", bbox_to_anchor=(0.5, 0.045), ncol=2,
               frameon=False)
    fig.suptitle("Clean release build of a user's crate holding the registry (its dependencies "
                 "built before): errcodes against a hand-written match", fontsize=11)
    loads = [r["load_before"][0] for r in data["results"] if "load_before" in r]
    rustc = (data.get("rustc") or "").splitlines()[0] if data.get("rustc") else "rustc ?"
    note = ("baseline: an enum and three matches, code(), text(), from_code(), no dependency "
            "(build_times.py). ")
    note += (f"{rustc}; measured {data.get('timestamp', '?')[:10]}; 1-min load average before the "
            f"builds {min(loads):g}-{max(loads):g}" if loads else rustc)
    if failed:
        note += "; FAILED (not drawn): " + "; ".join(failed)
    fig.text(0.01, 0.01, note, fontsize=7, color="#555555")
    fig.tight_layout(rect=(0, 0.15, 1, 0.96))
    save(fig, path, png)


def main():
    args = parse_args()
    plt = setup()
    series = lookup_series(args.criterion)
    plot_lookups(plt, series, len(args.criterion), os.path.join(args.out_dir, "lookup.svg"),
                 args.png)
    data = json.load(open(args.build_times))
    bseries, failed = build_series(data)
    plot_builds(plt, bseries, failed, data, os.path.join(args.out_dir, "build.svg"), args.png)


if __name__ == "__main__":
    ensure_venv()
    main()
