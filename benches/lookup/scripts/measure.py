"""Helpers shared by build_times.py and user_cost.py: where things are, writing a crate with the
scale-crate example, running a timed cargo build under `/usr/bin/time -v`, and reading cargo's
`--timings` report. Not a script of its own.
"""
import datetime
import json
import os
import platform
import re
import signal
import subprocess
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def target_dir():
    """The workspace's target directory: $CARGO_TARGET_DIR if set, else ROOT/target."""
    return os.path.abspath(os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target"))


def scale_dir():
    """Where the measured crates, their target directory and the JSON files go."""
    return os.path.join(target_dir(), "scale")


def run(cmd, cwd=None, env=None, timeout=None):
    """Runs cmd in a process group of its own; returns (exit code, stdout, stderr, seconds), the
    exit code None if it ran past `timeout` seconds, in which case its whole group is killed (cargo
    and the rustc processes under it, not only the first process)."""
    start = time.monotonic()
    p = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
        return p.returncode, out, err, time.monotonic() - start
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        out, err = p.communicate()
        return None, out, err, time.monotonic() - start


def write_scale_crate(args):
    """Writes a crate with `cargo run --release -p errcodes-bench --example scale-crate -- ARGS`.

    The example is built in its own target directory (target/scale/writer) with no synthetic
    registry in errcodes-bench (`ERRCODES_BENCH_SIZES` and `ERRCODES_BENCH_STR_SIZES` empty): the
    crate it writes does not depend on them, and the workspace's own target directory, with the
    benchmarks' registries built in it, is left as it is. Raises RuntimeError if it fails.
    """
    env = dict(os.environ, CARGO_TARGET_DIR=os.path.join(scale_dir(), "writer"),
               ERRCODES_BENCH_SIZES="", ERRCODES_BENCH_STR_SIZES="")
    cmd = ["cargo", "run", "--release", "--offline", "-q", "-p", "errcodes-bench",
           "--example", "scale-crate", "--", *map(str, args)]
    code, out, err, _ = run(cmd, cwd=ROOT, env=env)
    if code != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({code}):\n{err[-3000:]}")
    return out.strip()


def load():
    """The 1, 5 and 15 minute load averages."""
    return [round(x, 2) for x in os.getloadavg()]


TIME_FIELDS = {
    "Elapsed (wall clock) time (h:mm:ss or m:ss)": "wall",
    "User time (seconds)": "user_s",
    "System time (seconds)": "sys_s",
    "Maximum resident set size (kbytes)": "max_rss_kib",
    "Exit status": "exit_status",
}


def parse_time_v(stderr):
    """The fields of `/usr/bin/time -v` that we keep, from the end of stderr."""
    found = {}
    for line in stderr.splitlines():
        key, sep, value = line.strip().rpartition(": ")
        if sep and key in TIME_FIELDS:
            found[TIME_FIELDS[key]] = value.strip()
    if "wall" not in found:
        return None
    parts = [float(p) for p in found.pop("wall").split(":")]
    wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    r = {"wall_s": round(wall, 2)}
    for k in ("user_s", "sys_s"):
        r[k] = float(found.get(k, "nan"))
    r["cpu_s"] = round(r["user_s"] + r["sys_s"], 2)
    r["max_rss_kib"] = int(found.get("max_rss_kib", 0))
    return r


def compiled_units(stderr):
    """The `Compiling NAME vVERSION` lines of a cargo build, as 'NAME vVERSION'."""
    return re.findall(r"^\s*Compiling (\S+ v\S+)", stderr, re.M)


def timed_build(cwd, target, timeout, extra=()):
    """A release build under `/usr/bin/time -v`, with `--timings`.

    Returns a dict: ok, exit_code, wall/user/sys/cpu seconds, peak RSS, load averages before and
    after, the crates cargo compiled, the units of the --timings report, and stderr's tail when the
    build failed or timed out.
    """
    env = dict(os.environ, CARGO_TARGET_DIR=target)
    cmd = ["/usr/bin/time", "-v", "cargo", "build", "--release", "--offline", "--timings", *extra]
    timings = os.path.join(target, "cargo-timings", "cargo-timing.html")
    if os.path.exists(timings):
        os.remove(timings)
    before = load()
    code, _, err, seconds = run(cmd, cwd=cwd, env=env, timeout=timeout)
    r = {"command": " ".join(cmd[2:]), "load_before": before, "load_after": load(),
         "exit_code": code, "ok": code == 0}
    r.update(parse_time_v(err) or {"wall_s": round(seconds, 2)})
    r["compiled"] = compiled_units(err)
    r["units"] = timing_units(timings) if code == 0 else None
    if code is None:
        r["error"] = f"timed out after {timeout} s"
    if code != 0:
        # cargo's own output: what comes before `/usr/bin/time -v`'s report.
        cargo_err = re.split(r"^(?:Command exited with|\tCommand being timed:)", err, maxsplit=1,
                             flags=re.M)[0]
        r["stderr_tail"] = cargo_err[-4000:]
    return r


def timing_units(path):
    """The units of a `cargo build --timings` report (cargo-timing.html): its UNIT_DATA table, as
    [{name, version, target, duration_s}], slowest first, the units of 0.0 s left out. `target` is '' for a library,
    'build-script' for compiling a build script and 'build-script (run)' for running it. None if
    the report is missing or its format is not the one read here."""
    try:
        html = open(path, encoding="utf-8").read()
        m = re.search(r"const UNIT_DATA = (\[.*?\]);\s*\n\s*const ", html, re.S)
        data = json.loads(m.group(1))
    except (OSError, AttributeError, ValueError):
        return None
    # Units cargo found fresh (not rebuilt) are listed with a duration of 0.0: left out.
    units = [{"name": u["name"], "version": u["version"], "target": u["target"].strip(),
              "duration_s": u["duration"]} for u in data if u["duration"] > 0]
    return sorted(units, key=lambda u: -u["duration_s"])


def environment():
    """What the figures were measured with: rustc, cargo, the machine, the commit, the time."""
    def out(cmd):
        code, o, _, _ = run(cmd, cwd=ROOT)
        return o.strip() if code == 0 else None

    cpu = None
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    status = out(["git", "status", "--porcelain", "--untracked-files=no"])
    return {
        "timestamp": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "rustc": out(["rustc", "-vV"]),
        "cargo": out(["cargo", "-V"]),
        "machine": {"cpu": cpu, "cores": os.cpu_count(), "kernel": platform.release()},
        "git": {"commit": out(["git", "rev-parse", "HEAD"]), "dirty": bool(status)},
    }


def write_json(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")
