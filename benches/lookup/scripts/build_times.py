#!/usr/bin/env python3
"""Clean release build times of a user's crate holding a generated registry, against a crate of
the same registry written by hand without errcodes (see BENCHMARKS.md).

usage: python3 benches/lookup/scripts/build_times.py [--sizes 1000,10000,100000] [--kinds int,str]
           [--skip N,...] [--repeat R] [--no-baseline] [--timeout S] [--out FILE]

Kinds: `int` integer codes with every optional key (`scale-crate N DIR --keys`), `str` string codes
with every optional key (`--str`), `plain` integer codes without optional keys (no flag).

For each kind and size it writes the crate with the scale-crate example (into target/scale/, the
target directory being $CARGO_TARGET_DIR or the workspace's target/), then, in one target directory
for every measured crate (target/scale/target):

1. once, before anything is timed: a release build of a 1-entry crate of the first kind, which
   builds the dependencies (`errcodes` without default features, `errcodes-build` and theirs);
2. `cargo clean --release -p CRATE`, then `/usr/bin/time -v cargo build --release --offline
   --timings`: the crate alone, its build script included, recording wall clock, user and system
   CPU, peak RSS (of the largest process: rustc), the size of the generated errors.rs, the build
   script's own times from cargo's --timings report, the crates cargo compiled (only the crate, as
   a check) and the load average before and after;
3. the same for the baseline crate of the same registry (the same codes, names and texts, read
   from the errors.toml scale-crate wrote): no dependency, no build script, one `src/lib.rs` with
   a fieldless enum of N variants (`#[derive(Clone, Copy, PartialEq, Eq)]`, no explicit
   discriminant) and three hand-written functions, each one `match`: `code(self)`, `text(self)`
   and `from_code(code) -> Option<Self>` (`u16`/`u32` codes, or `&str` for `str`). It has none of
   what else errcodes generates (names, descriptions, the optional keys, `from_name`, `Debug`,
   `Display`, `Error`, the tables and `phf` maps): it is the least a user would write to look
   codes up, so a lower bound of the build cost of doing without errcodes.

Sizes are measured from the smallest up, errcodes then the baseline at each size, so that both
see about the same load. The JSON file (default target/scale/build_times.json) is rewritten after
every build, so an interrupted run keeps what it measured. A failed or timed-out build is recorded
(`ok: false`, its exit code and stderr's tail) and the run goes on; the script exits 1 if any build
failed.
"""
import argparse
import glob
import os
import sys
import tomllib

from measure import environment, run, scale_dir, timed_build, write_json, write_scale_crate

KIND_FLAGS = {"int": ["--keys"], "str": ["--str"], "plain": []}
CRATE_PREFIX = {"int": "scale-keys", "str": "scale-str", "plain": "scale"}

BASELINE = ("a crate with no dependency and no build script: a fieldless enum of N variants "
            "(derive Clone, Copy, PartialEq, Eq; no explicit discriminant) and three hand-written "
            "`match`es, code(self), text(self) and from_code(code) -> Option<Self>, on the same "
            "codes, names and texts as the errcodes crate of that size and kind")


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ints = lambda s: [int(x) for x in s.split(",") if x.strip()]
    p.add_argument("--sizes", type=ints, default=[1000, 10000, 100000])
    p.add_argument("--kinds", type=lambda s: s.split(","), default=["int", "str"])
    p.add_argument("--skip", type=ints, action="extend", default=[],
                   help="sizes to leave out (comma list; may be repeated)")
    p.add_argument("--repeat", type=int, default=1, help="builds of each crate (default 1)")
    p.add_argument("--no-baseline", action="store_true", help="do not build the baseline crates")
    p.add_argument("--timeout", type=float, default=3600, help="seconds per build (default 3600)")
    p.add_argument("--out", default=os.path.join(scale_dir(), "build_times.json"))
    a = p.parse_args()
    bad = [k for k in a.kinds if k not in KIND_FLAGS]
    if bad:
        p.error(f"unknown kind {bad}: kinds are {', '.join(KIND_FLAGS)}")
    return a


def rust_str(s):
    """A Rust string literal."""
    out = []
    for ch in s:
        if ch in '\\"':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{{{ord(ch):x}}}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def baseline_source(registry_toml):
    """The baseline's src/lib.rs for a registry (the errors.toml scale-crate wrote)."""
    with open(registry_toml, "rb") as f:
        reg = tomllib.load(f)
    code_type = reg.get("registry", {}).get("code_type", "u16")
    entries = reg["error"]
    is_str = code_type == "str"
    ty, arg = ("&'static str", "&str") if is_str else (code_type, code_type)
    lit = (lambda c: rust_str(c)) if is_str else str
    o = [f"//! {len(entries)} error codes written by hand, without errcodes "
         "(benches/lookup/scripts/build_times.py).\n",
         "#[derive(Clone, Copy, PartialEq, Eq)]", "pub enum ErrorCode {"]
    o += [f"    {e['name']}," for e in entries]
    o += ["}\n", "impl ErrorCode {", f"    pub fn code(self) -> {ty} {{", "        match self {"]
    o += [f"            Self::{e['name']} => {lit(e['code'])}," for e in entries]
    o += ["        }", "    }\n", "    pub fn text(self) -> &'static str {", "        match self {"]
    o += [f"            Self::{e['name']} => {rust_str(e['text'])}," for e in entries]
    o += ["        }", "    }\n", f"    pub fn from_code(code: {arg}) -> Option<Self> {{",
          "        match code {"]
    o += [f"            {lit(e['code'])} => Some(Self::{e['name']})," for e in entries]
    o += ["            _ => None,", "        }", "    }", "}"]
    return "\n".join(o) + "\n"


def write_baseline(dir, name, registry_toml):
    """Writes the baseline crate NAME into DIR; returns the size of its lib.rs."""
    os.makedirs(os.path.join(dir, "src"), exist_ok=True)
    with open(os.path.join(dir, "Cargo.toml"), "w") as f:
        f.write(f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2024"\n'
                "publish = false\n\n# A workspace of its own.\n[workspace]\n")
    lib = os.path.join(dir, "src", "lib.rs")
    with open(lib, "w") as f:
        f.write(baseline_source(registry_toml))
    return os.path.getsize(lib)


def clean(dir, name, target):
    env = dict(os.environ, CARGO_TARGET_DIR=target)
    code, _, err, _ = run(["cargo", "clean", "--release", "--offline", "-q", "-p", name],
                          cwd=dir, env=env)
    if code != 0:
        raise RuntimeError(f"cargo clean -p {name} failed:\n{err[-2000:]}")


def errors_rs_size(target, name):
    """Size in bytes of the errors.rs the crate's build script generated (the newest one)."""
    found = glob.glob(os.path.join(target, "release", "build", f"{name}-*", "out", "errors.rs"))
    return os.path.getsize(max(found, key=os.path.getmtime)) if found else None


def own_units(build, name):
    """The crate's own units in a build's --timings report: build script compiled and run, lib."""
    keys = {"build-script": "build_script_compile_s", "build-script (run)": "build_script_run_s",
            "": "lib_s"}
    return {keys[u["target"]]: u["duration_s"] for u in build.get("units") or []
            if u["name"] == name and u["target"] in keys}


def measure(dir, name, target, timeout):
    """One clean build of crate NAME alone (its dependencies already built)."""
    clean(dir, name, target)
    print(f"  building {name} ...", end=" ", flush=True)
    b = timed_build(dir, target, timeout)
    b.update(own_units(b, name))
    status = "ok" if b["ok"] else f"FAILED ({b.get('error') or b['exit_code']})"
    print(f"{status}: {b['wall_s']} s wall, {b.get('cpu_s')} s CPU, "
          f"{b.get('max_rss_kib', 0) // 1024} MiB, load {b['load_before'][0]} -> "
          f"{b['load_after'][0]}", flush=True)
    # Only the crate should compile; anything else would be in the figure too.
    b["others_compiled"] = [c for c in b["compiled"] if c != f"{name} v0.0.0"]
    if b["others_compiled"]:
        print(f"  warning: this build compiled {b['others_compiled']} too", flush=True)
    return b


def build_dependencies(kind, target, timeout):
    """Builds the errcodes crates' dependencies once, through a crate of one entry."""
    dir = os.path.join(scale_dir(), f"deps-{kind}")
    write_scale_crate([1, dir, *KIND_FLAGS[kind]])
    print(f"dependencies (through {dir}) ...", flush=True)
    b = timed_build(dir, target, timeout)
    print(f"  {'ok' if b['ok'] else 'FAILED'}: {b['wall_s']} s wall", flush=True)
    return b


def measure_size(kind, n, args, target):
    """The errcodes crate and the baseline of one kind and size: a list of result records."""
    name = f"{CRATE_PREFIX[kind]}-{n}"
    dir = os.path.join(scale_dir(), name)
    write_scale_crate([n, dir, *KIND_FLAGS[kind]])
    base_name = f"baseline-{kind}-{n}"
    base_dir = os.path.join(scale_dir(), base_name)
    base_bytes = None if args.no_baseline else write_baseline(
        base_dir, base_name, os.path.join(dir, "errors.toml"))
    results = []
    for rep in range(args.repeat):
        r = {"kind": kind, "impl": "errcodes", "entries": n, "run": rep + 1, "crate": name,
             "dir": dir}
        r.update(measure(dir, name, target, args.timeout))
        r["errors_rs_bytes"] = errors_rs_size(target, name) if r["ok"] else None
        results.append(r)
        if not args.no_baseline:
            b = {"kind": kind, "impl": "baseline", "entries": n, "run": rep + 1,
                 "crate": base_name, "dir": base_dir, "lib_rs_bytes": base_bytes}
            b.update(measure(base_dir, base_name, target, args.timeout))
            results.append(b)
    return results


def main():
    args = parse_args()
    target = os.path.join(scale_dir(), "target")
    sizes = sorted(set(args.sizes) - set(args.skip))
    data = {"script": "benches/lookup/scripts/build_times.py", "argv": sys.argv[1:],
            **environment(), "target_dir": target, "sizes": sizes, "kinds": args.kinds,
            "skipped_sizes": sorted(set(args.skip) & set(args.sizes)),
            "kind_flags": {k: KIND_FLAGS[k] for k in args.kinds},
            "baseline": None if args.no_baseline else BASELINE, "results": []}
    data["dependencies"] = build_dependencies(args.kinds[0], target, args.timeout)
    write_json(args.out, data)
    for n in sizes:
        for kind in args.kinds:
            print(f"{kind}, {n} entries", flush=True)
            try:
                data["results"] += measure_size(kind, n, args, target)
            except RuntimeError as e:  # the crate could not be written or cleaned
                print(f"  FAILED: {e}", flush=True)
                data["results"].append({"kind": kind, "impl": "errcodes", "entries": n,
                                        "ok": False, "error": str(e)})
            write_json(args.out, data)
    failed = [r for r in data["results"] if not r["ok"]]
    if not data["dependencies"]["ok"]:
        failed.append(data["dependencies"])
    print(f"wrote {args.out}" + (f"; {len(failed)} build(s) FAILED" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
