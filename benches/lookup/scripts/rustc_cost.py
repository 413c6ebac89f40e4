#!/usr/bin/env python3
"""Times what rustc pays for a large fieldless enum, outside errcodes (see BENCHMARKS.md, "rustc's
const evaluation is quadratic in tables of enum values").

usage: python3 benches/lookup/scripts/rustc_cost.py N CASE [DIR]

Writes a one-file crate to DIR (default target/rustc-cost) with an enum of N variants whose codes
are made as synth.rs makes them (runs of 1-24 consecutive codes with gaps of 0-24, from 1000), then
times a clean build of it. CASE is one of:

  enum           the enum alone, every discriminant explicit             (cargo check)
  enum-runs      the enum alone, explicit only where a code does not follow the previous (cargo check)
  table-explicit the enum and one `static [E; N]`, every discriminant explicit (cargo check)
  table-runs     the same, explicit only where a code does not follow the previous (cargo check)
  match          the enum (runs) and an #[inline(never)] `match` code -> Option<E> (cargo build --release)

The cost of a table is its time less that of the enum alone (`enum` or `enum-runs`).
"""
import os, random, shutil, subprocess, sys, time

n, case = int(sys.argv[1]), sys.argv[2]
out = sys.argv[3] if len(sys.argv) > 3 else "target/rustc-cost"
if case not in ("enum", "enum-runs", "table-explicit", "table-runs", "match"):
    sys.exit(__doc__)

random.seed(1)
codes, c = [], 1000
while len(codes) < n:
    for _ in range(random.randint(1, 24)):
        if len(codes) < n:
            codes.append(c)
            c += 1
    c += random.randint(0, 24)

runs = case in ("enum-runs", "table-runs", "match")
lines = ["#![allow(dead_code)]", "#[derive(Clone, Copy)]", "#[repr(u32)]", "pub enum E {"]
prev = None
for i, code in enumerate(codes):
    lines.append(f"    V{i}," if runs and prev is not None and code == prev + 1 else f"    V{i} = {code},")
    prev = code
lines.append("}")
if case.startswith("table"):
    lines.append(f"pub static ALL: [E; {n}] = [" + ", ".join(f"E::V{i}" for i in range(n)) + "];")
if case == "match":
    lines.append("#[inline(never)]\npub fn from_code(c: u32) -> Option<E> {\n    match c {")
    lines += [f"        {code} => Some(E::V{i})," for i, code in enumerate(codes)]
    lines.append("        _ => None,\n    }\n}")

shutil.rmtree(out, ignore_errors=True)
os.makedirs(os.path.join(out, "src"))
with open(os.path.join(out, "Cargo.toml"), "w") as f:
    f.write('[package]\nname = "rustc-cost"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n[workspace]\n')
with open(os.path.join(out, "src", "lib.rs"), "w") as f:
    f.write("\n".join(lines) + "\n")
cmd = ["cargo", "build", "--release", "-q"] if case == "match" else ["cargo", "check", "-q"]
start = time.monotonic()
subprocess.run(cmd, cwd=out, check=True)
print(f"{n} {case}: {time.monotonic() - start:.2f} s ({' '.join(cmd)})")
