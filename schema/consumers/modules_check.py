"""Compares what the clients of errcodes' own modules printed (client.ts on errors.ts, client.py on
errors.py) with the registry's data (errors.json): each code of the registry gives its entry with
every value exactly as the registry writes it, in table order, and every other code is kept as it
came (unknown). Python members are named in UPPER_SNAKE_CASE after the variant names.

Usage: python modules_check.py DATA.json CODES.json TS_OUTPUT PY_OUTPUT
"""

import json
import sys

data_path, codes_path, ts_path, py_path = sys.argv[1:5]
with open(data_path, encoding="utf-8") as f:
    data = json.load(f)
with open(codes_path, encoding="utf-8") as f:
    codes = json.load(f)
failures = 0


def check(ok, what):
    global failures
    print(f"{'ok  ' if ok else 'FAIL'} modules: {what}")
    if not ok:
        failures += 1


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


entries = data["errors"]
# The HTTP status the Rust enum gives: the entry's own, else the code when every code is an
# integer from 100 to 599 (a table of HTTP statuses), else none.
statuses = all(isinstance(e["code"], int) and 100 <= e["code"] <= 599 for e in entries)


def expected(entry):
    status = entry.get("status", entry["code"] if statuses else None)
    return {
        "code": entry["code"],
        "text": entry["text"],
        "description": entry["description"],
        "status": status,
        "url": entry.get("url"),
        "retryable": entry.get("retryable", False),
        "category": entry.get("category"),
        "deprecated": entry.get("deprecated"),
        "aliases": entry.get("aliases", []),
    }


unknown = codes[len(entries):]
ts_out, py_out = lines(ts_path), lines(py_path)
check(len(ts_out) == len(py_out) == len(codes), f"both clients answered for the {len(codes)} codes")

ts_bad = []
py_bad = []
for entry, ts_line, py_line in zip(entries, ts_out, py_out):
    want = expected(entry)
    ts_entry = ts_line.get("entry", {})
    # TypeScript leaves the optional properties out when absent; the rest must be the same.
    ts_got = {key: ts_entry.get(key) for key in want}
    if ts_line.get("code") != entry["code"] or ts_entry.get("name") != entry["name"] or ts_got != want:
        ts_bad.append((entry["name"], ts_line))
    member = py_line.get("member", "")
    py_got = {key: py_line.get(key) for key in want}
    names_ok = member.replace("_", "") == entry["name"].upper() and member == member.upper()
    if not names_ok or py_got != want or type(py_line.get("code")) is not type(entry["code"]):
        py_bad.append((entry["name"], py_line))
check(not ts_bad, f"TypeScript: every code's entry is the registry's, value for value {ts_bad[:1]}")
check(not py_bad, f"Python: every code's member and properties are the registry's, value for value {py_bad[:1]}")
members = [line.get("member") for line in py_out[: len(entries)]]
check(len(set(members)) == len(entries), "Python: the members are distinct, one per entry, in table order")
for raw, ts_line, py_line in zip(unknown, ts_out[len(entries):], py_out[len(entries):]):
    kept = {"code": raw, "unknown": True}
    check(
        ts_line == kept and py_line == kept and type(py_line["code"]) is type(raw),
        f"an unknown code ({json.dumps(raw)}) is kept as it came by both clients",
    )
if failures:
    print(f"modules: {failures} check(s) failed", file=sys.stderr)
    sys.exit(1)
