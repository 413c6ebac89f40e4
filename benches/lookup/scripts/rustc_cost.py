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
  plain          the enum alone as errcodes writes it: no explicit discriminant, no repr, derives
                 Clone, Copy, PartialEq, Eq (cargo build --release)
  from-index     `plain` and a `from_index` as errcodes writes it above 16,384 entries: a `match`
                 on index / 256 calling #[inline(never)] functions of one `Some(match index {..})`
                 of 256 arms each, every variant named once (cargo build --release)

The cost of a table is its time less that of the enum alone (`enum` or `enum-runs`).
"""
import os, random, shutil, subprocess, sys, time

n, case = int(sys.argv[1]), sys.argv[2]
out = sys.argv[3] if len(sys.argv) > 3 else "target/rustc-cost"
CASES = ("enum", "enum-runs", "table-explicit", "table-runs", "match", "plain", "from-index")
if case not in CASES:
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
plain = case in ("plain", "from-index")
if plain:
    lines = ["#![allow(dead_code)]", "#[derive(Clone, Copy, PartialEq, Eq)]", "pub enum E {"]
    lines += [f"    V{i}," for i in range(n)]
else:
    lines = ["#![allow(dead_code)]", "#[derive(Clone, Copy)]", "#[repr(u32)]", "pub enum E {"]
    prev = None
    for i, code in enumerate(codes):
        lines.append(f"    V{i}," if runs and prev is not None and code == prev + 1 else f"    V{i} = {code},")
        prev = code
lines.append("}")
if case == "from-index":
    chunks = (n + 255) // 256
    lines.append("impl E {\n    pub const fn from_index(index: usize) -> Option<E> {\n        match index / 256 {")
    lines += [f"            {k} => Self::from_index_{k}(index)," for k in range(chunks)]
    lines.append("            _ => None,\n        }\n    }")
    for k in range(chunks):
        lines.append(f"    #[inline(never)]\n    const fn from_index_{k}(index: usize) -> Option<E> {{\n        Some(match index {{")
        lines += [f"            {i} => E::V{i}," for i in range(256 * k, min(n, 256 * (k + 1)))]
        lines.append("            _ => return None,\n        })\n    }")
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
release = case in ("match", "plain", "from-index")
cmd = ["cargo", "build", "--release", "-q"] if release else ["cargo", "check", "-q"]
start = time.monotonic()
subprocess.run(cmd, cwd=out, check=True)
print(f"{n} {case}: {time.monotonic() - start:.2f} s ({' '.join(cmd)})")
