#!/usr/bin/env python3
"""Build cost against the peer: the same errors.toml compiled by a user's crate with errcodes and by
a crate that compiles it the peer's way (rust-postgres's: an enum, one static array per field,
phf maps), each crate timed alone in release (see BENCHMARKS.md).

usage: python3 benches/lookup/scripts/build_cost.py [--sizes 300,3000,10000] [--kinds int,str]
           [--repeat R] [--work DIR] [--timeout S] [--out FILE]
       python3 benches/lookup/scripts/build_cost.py --print [--out FILE]

For each size and kind (`int`: integer codes, `str`: string codes; every optional key and retired
codes either way), the `write-crates` example writes both crates with the same errors.toml
(`cargo run -p errcodes-bench --example write-crates`, built with the caller's CARGO_TARGET_DIR).
They are built in one target directory of their own (WORK/target, default
target/build-cost/target of this checkout), so that cargo builds each dependency once:

1. once, untimed: a 1-entry pair of crates, which builds every dependency of both sides;
2. per crate: `cargo clean --release -p CRATE`, then `/usr/bin/time -v cargo build --release
   --offline --timings`: the crate alone, its build script compiled and run, then rustc on it.
   Recorded: wall clock, user + system CPU, peak RSS (of the largest process: rustc or the build
   script), the load average before and after, cargo's --timings split of the crate's own units
   (build script compiled, build script run, library) and the size of the generated errors.rs.

At each size the errcodes crate is built and then the peer's, R times over, so that both see the
same load. The JSON file (default WORK/build_cost.json) is rewritten after every build, so an
interrupted run keeps what it measured; the Markdown table printed at the end gives, per kind and
size, the medians over the R builds and the ratios errcodes / peer of wall clock, CPU time and
peak RSS (at or below 1: errcodes builds no slower, or in no more memory). A failed build is recorded (`ok: false`, stderr's tail) and the
run goes on; the script then exits 1.
"""
import argparse
import datetime
import glob
import json
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SIDES = ("errcodes", "peer")


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ints = lambda s: [int(x) for x in s.split(",") if x.strip()]
    p.add_argument("--sizes", type=ints, default=[300, 3000, 10000])
    p.add_argument("--kinds", type=lambda s: s.split(","), default=["int", "str"])
    p.add_argument("--repeat", type=int, default=1, help="builds of each crate (default 1)")
    p.add_argument("--work", default=os.path.join(ROOT, "target", "build-cost"),
                   help="where the crates, their target directory and the JSON go")
    p.add_argument("--timeout", type=float, default=1800, help="seconds per build (default 1800)")
    p.add_argument("--out", help="the JSON file (default WORK/build_cost.json)")
    p.add_argument("--print", action="store_true",
                   help="build nothing: print the table of the builds already in --out")
    a = p.parse_args()
    bad = [k for k in a.kinds if k not in ("int", "str")]
    if bad:
        p.error(f"unknown kind {bad}: kinds are int and str")
    a.work = os.path.abspath(a.work)
    a.out = a.out or os.path.join(a.work, "build_cost.json")
    return a


def run(cmd, cwd, env=None, timeout=None):
    """Runs cmd in a process group of its own: (exit code, stderr, seconds); the exit code is None
    if it ran past `timeout`, and then the whole group (cargo and its rustc) is killed."""
    start = time.monotonic()
    p = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, start_new_session=True)
    try:
        _, err = p.communicate(timeout=timeout)
        return p.returncode, err, time.monotonic() - start
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        _, err = p.communicate()
        return None, err, time.monotonic() - start


def write_crates(kind, n, work):
    """The crate pair of one kind and size, written by the write-crates example: their dirs."""
    cmd = ["cargo", "run", "-q", "--offline", "-p", "errcodes-bench", "--example", "write-crates",
           "--", kind, str(n), os.path.join(work, "crates")]
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"error: {' '.join(cmd)} failed:\n{p.stderr[-3000:]}")
    return p.stdout.split()


TIME_V = {"Elapsed (wall clock) time (h:mm:ss or m:ss)": "wall", "User time (seconds)": "user_s",
          "System time (seconds)": "sys_s", "Maximum resident set size (kbytes)": "max_rss_kib"}


def parse_time_v(stderr):
    """The fields of `/usr/bin/time -v` kept, from stderr."""
    found = {}
    for line in stderr.splitlines():
        key, sep, value = line.strip().rpartition(": ")
        if sep and key in TIME_V:
            found[TIME_V[key]] = value.strip()
    if "wall" not in found:
        return {}
    parts = [float(x) for x in found["wall"].split(":")]
    user, system = float(found.get("user_s", "nan")), float(found.get("sys_s", "nan"))
    return {"wall_s": round(sum(x * 60 ** i for i, x in enumerate(reversed(parts))), 2),
            "cpu_s": round(user + system, 2), "max_rss_mib": int(found.get("max_rss_kib", 0)) // 1024}


def own_units(target, name):
    """The crate's own units in cargo's --timings report: build script compiled and run, library
    (seconds); {} if the report is missing or not in the format read here."""
    keys = {"build-script": "build_script_compile_s", "build-script (run)": "build_script_run_s",
            "": "lib_s"}
    try:
        html = open(os.path.join(target, "cargo-timings", "cargo-timing.html")).read()
        units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);\s*\n", html, re.S).group(1))
    except (OSError, AttributeError, ValueError):
        return {}
    return {keys[u["target"].strip()]: u["duration"] for u in units
            if u["name"] == name and u["target"].strip() in keys}


def build(crate, target, timeout, name=None):
    """A release build of `crate` under /usr/bin/time -v; with `name`, cleaned first so that it is
    the crate alone (its dependencies being built already)."""
    env = dict(os.environ, CARGO_TARGET_DIR=target)
    if name:
        code, err, _ = run(["cargo", "clean", "--release", "--offline", "-q", "-p", name], crate, env)
        if code != 0:
            return {"ok": False, "error": f"cargo clean failed: {err[-2000:]}"}
    timings = os.path.join(target, "cargo-timings", "cargo-timing.html")
    if os.path.exists(timings):
        os.remove(timings)
    before = [round(x, 2) for x in os.getloadavg()]
    cmd = ["/usr/bin/time", "-v", "cargo", "build", "--release", "--offline", "--timings"]
    code, err, seconds = run(cmd, crate, env, timeout)
    r = {"ok": code == 0, "load_before": before, "load_after": [round(x, 2) for x in os.getloadavg()]}
    r.update(parse_time_v(err) or {"wall_s": round(seconds, 2)})
    r["compiled"] = re.findall(r"^\s*Compiling (\S+) v", err, re.M)
    if name and r["ok"]:
        r.update(own_units(target, name))
        out = glob.glob(os.path.join(target, "release", "build", f"{name}-*", "out", "errors.rs"))
        r["errors_rs_bytes"] = os.path.getsize(max(out, key=os.path.getmtime)) if out else None
    if not r["ok"]:
        # cargo's own output: what comes before /usr/bin/time's report.
        cargo = re.split(r"^(?:Command exited with|\tCommand being timed)", err, maxsplit=1, flags=re.M)[0]
        r["error"] = f"timed out after {timeout} s" if code is None else cargo[-4000:]
    return r


def environment():
    """What the figures were measured with."""
    def out(cmd):
        p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        return p.stdout.strip() if p.returncode == 0 else None
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
                if l.startswith("model name")), None)
    return {"timestamp": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "rustc": out(["rustc", "-V"]), "cargo": out(["cargo", "-V"]),
            "machine": {"cpu": cpu, "cores": os.cpu_count(), "kernel": platform.release()},
            "commit": out(["git", "rev-parse", "HEAD"]),
            "dirty": bool(out(["git", "status", "--porcelain", "--untracked-files=no"]))}


def save(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")


def table(results):
    """The Markdown table: per kind and size, medians of each side and errcodes / peer (wall
    clock, CPU time: user + system, and peak RSS)."""
    rows = ["| kind | entries | errcodes wall | peer wall | wall ratio | CPU ratio "
            "| errcodes peak RSS | peer peak RSS | memory ratio | builds | load (1 min) |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    keys = sorted({(r["kind"], r["entries"]) for r in results}, key=lambda k: (k[1], k[0]))
    for kind, n in keys:
        med, loads = {}, []
        for side in SIDES:
            ok = [r for r in results if (r["kind"], r["entries"], r["side"]) == (kind, n, side)
                  and r["ok"]]
            loads += [x for r in ok for x in (r["load_before"][0], r["load_after"][0])]
            med[side] = {k: statistics.median(r[k] for r in ok) for k in
                         ("wall_s", "cpu_s", "max_rss_mib")} | {"n": len(ok)} if ok else None
        if not all(med.values()):
            rows.append(f"| {kind} | {n:,} | failed | | | | | | | | |")
            continue
        e, p = med["errcodes"], med["peer"]
        rows.append(f"| {kind} | {n:,} | {e['wall_s']:.2f} s | {p['wall_s']:.2f} s "
                    f"| {e['wall_s'] / p['wall_s']:.2f} | {e['cpu_s'] / p['cpu_s']:.2f} "
                    f"| {e['max_rss_mib']:,.0f} MiB | {p['max_rss_mib']:,.0f} MiB "
                    f"| {e['max_rss_mib'] / p['max_rss_mib']:.2f} | {min(e['n'], p['n'])} "
                    f"| {min(loads):.1f}–{max(loads):.1f} |")
    return "\n".join(rows)


def main():
    args = parse_args()
    if args.print:
        print(table(json.load(open(args.out))["results"]))
        return 0
    target = os.path.join(args.work, "target")
    data = {"script": "benches/lookup/scripts/build_cost.py", "argv": sys.argv[1:],
            **environment(), "target_dir": target, "results": []}
    print("dependencies (a 1-entry pair of crates, untimed) ...", flush=True)
    data["dependencies"] = [build(d, target, args.timeout) for d in write_crates("int", 1, args.work)]
    if not all(b["ok"] for b in data["dependencies"]):
        save(args.out, data)
        sys.exit("error: the dependencies did not build:\n"
                 + "\n".join(b.get("error", "") for b in data["dependencies"]))
    for n in sorted(set(args.sizes)):
        for kind in args.kinds:
            crates = write_crates(kind, n, args.work)
            for rep in range(args.repeat):
                for side, crate in zip(SIDES, crates):
                    name = os.path.basename(crate)
                    r = {"kind": kind, "entries": n, "side": side, "run": rep + 1, "crate": name}
                    r.update(build(crate, target, args.timeout, name))
                    others = [c for c in r["compiled"] if c != name]
                    if others:
                        print(f"  warning: {name}'s build compiled {others} too", flush=True)
                    print(f"{kind} {n:>6} {side:<8} run {rep + 1}: "
                          + (f"{r['wall_s']:.2f} s, {r.get('max_rss_mib')} MiB" if r["ok"]
                             else "FAILED") + f", load {r['load_before'][0]}", flush=True)
                    data["results"].append(r)
                    save(args.out, data)
    print(f"\nwrote {args.out}\n\n{table(data['results'])}")
    return 0 if all(r["ok"] for r in data["results"]) else 1


if __name__ == "__main__":
    sys.exit(main())
