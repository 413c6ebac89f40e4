#!/usr/bin/env python3
"""Stop-gap checker for registries/*.toml (the richer errors.toml format).

Usage: python3 registries/check.py [FILE ...]   (default: every registries/*.toml)
Exit status 0 when every file passes; otherwise prints one line per problem.
The project's real validator (`errcodes check`) supersedes this script.
"""
import pathlib
import re
import sys
import tomllib

TOP_KEYS = {"registry", "error", "retired"}
REGISTRY_KEYS = ["name", "description", "code_type", "version", "url"]
ERROR_KEYS = ["code", "name", "text", "description",
              "status", "retryable", "category", "url", "aliases", "deprecated"]
ERROR_REQUIRED = ERROR_KEYS[:4]
RETIRED_KEYS = ["code", "name", "note"]
CODE_RANGES = {"u16": (0, 0xFFFF), "u32": (0, 0xFFFF_FFFF)}
NAME_RE = re.compile(r"^[A-Z][A-Za-z0-9]*$")
SEMVER_RE = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?"
    r"(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$")
URL_RE = re.compile(r"^https?://[^\s/?#]+[^\s]*$")
RUST_KEYWORDS = set(
    "as break const continue crate else enum extern false fn for if impl in let loop match mod "
    "move mut pub ref return self Self static struct super trait true type unsafe use where while "
    "async await dyn abstract become box do final macro override priv typeof unsized virtual yield "
    "try gen".split())
RESERVED_NAMES = {"ALL", "COUNT", "VARIANTS", "RETIRED"}


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def nonempty_str(v):
    return isinstance(v, str) and v.strip() != ""


def check_url(v, template):
    if not isinstance(v, str) or not URL_RE.match(v):
        return "must be an absolute http(s) URL"
    holes = re.findall(r"\{[^{}]*\}", v)
    if not template and holes:
        return "an entry url takes no placeholders"
    bad = [h for h in holes if h not in ("{code}", "{name}")]
    if bad or v.replace("{code}", "").replace("{name}", "").count("{") or \
            v.replace("{code}", "").replace("{name}", "").count("}"):
        return "only {code} and {name} placeholders are allowed"
    return None


def check_keys(where, table, allowed, errs):
    for k in table:
        if k not in allowed:
            errs.append(f"{where}: unknown key `{k}`")
    present = [k for k in table if k in allowed]
    if present != sorted(present, key=allowed.index):
        errs.append(f"{where}: keys out of order (expected order {', '.join(allowed)})")


def check_code(where, code, code_type, errs):
    if code_type == "str":
        if not isinstance(code, str):
            errs.append(f"{where}: code must be a string (code_type = \"str\")")
        elif not code or len(code.encode()) > 64 or not all(0x21 <= ord(c) <= 0x7E for c in code):
            errs.append(f"{where}: string code must be 1-64 bytes of printable ASCII without spaces")
    else:
        lo, hi = CODE_RANGES[code_type]
        if not is_int(code) or not lo <= code <= hi:
            errs.append(f"{where}: code must be an integer in {lo}..={hi} ({code_type})")


def check_name(where, name, errs):
    if not isinstance(name, str) or not NAME_RE.match(name):
        errs.append(f"{where}: name {name!r} is not an UpperCamelCase ASCII identifier")
    elif name in RUST_KEYWORDS or name in RESERVED_NAMES:
        errs.append(f"{where}: name {name!r} is reserved")


def check_file(path):
    errs = []
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        return [f"{path}: cannot parse: {e}"]
    for k in doc:
        if k not in TOP_KEYS:
            errs.append(f"{path}: unknown top-level key `{k}`")
    reg = doc.get("registry")
    if not isinstance(reg, dict):
        return errs + [f"{path}: missing [registry] table"]
    check_keys(f"{path} [registry]", reg, REGISTRY_KEYS, errs)
    if not nonempty_str(reg.get("name")):
        errs.append(f"{path} [registry]: `name` is required and must be a non-empty string")
    if "description" in reg and not nonempty_str(reg["description"]):
        errs.append(f"{path} [registry]: `description` must be a non-empty string")
    code_type = reg.get("code_type", "u16")
    if code_type not in ("u16", "u32", "str"):
        errs.append(f"{path} [registry]: code_type must be \"u16\", \"u32\" or \"str\"")
        code_type = "u16"
    if "version" in reg and not (isinstance(reg["version"], str) and SEMVER_RE.match(reg["version"])):
        errs.append(f"{path} [registry]: version {reg['version']!r} is not semver")
    if "url" in reg and (msg := check_url(reg["url"], True)):
        errs.append(f"{path} [registry]: url {msg}")

    entries = doc.get("error", [])
    retired = doc.get("retired", [])
    if not isinstance(entries, list) or not isinstance(retired, list):
        return errs + [f"{path}: `error` and `retired` must be arrays of tables"]
    codes, names, aliases = {}, {}, {}
    for i, e in enumerate(entries):
        where = f"{path} [[error]] #{i + 1} ({e.get('name', '?')})"
        check_keys(where, e, ERROR_KEYS, errs)
        for k in ERROR_REQUIRED:
            if k not in e:
                errs.append(f"{where}: missing `{k}`")
        if "code" in e:
            check_code(where, e["code"], code_type, errs)
            if e["code"] in codes:
                errs.append(f"{where}: code {e['code']!r} already used by {codes[e['code']]}")
            codes[e["code"]] = e.get("name")
        if "name" in e:
            check_name(where, e["name"], errs)
            if isinstance(e["name"], str):
                low = e["name"].lower()
                if low in names:
                    errs.append(f"{where}: name equals {names[low]!r} ignoring case")
                names[low] = e["name"]
        for k in ("text", "description"):
            if k in e and not nonempty_str(e[k]):
                errs.append(f"{where}: `{k}` must be a non-empty string")
        if "status" in e and not (is_int(e["status"]) and 100 <= e["status"] <= 599):
            errs.append(f"{where}: status must be an integer in 100..=599")
        if "retryable" in e and not isinstance(e["retryable"], bool):
            errs.append(f"{where}: retryable must be a boolean")
        for k in ("category", "deprecated"):
            if k in e and not nonempty_str(e[k]):
                errs.append(f"{where}: `{k}` must be a non-empty string")
        if "url" in e and (msg := check_url(e["url"], False)):
            errs.append(f"{where}: url {msg}")
        if "aliases" in e:
            if not isinstance(e["aliases"], list) or not e["aliases"]:
                errs.append(f"{where}: aliases must be a non-empty array of strings")
                continue
            for a in e["aliases"]:
                if not isinstance(a, str) or not a or not all(0x21 <= ord(c) <= 0x7E for c in a):
                    errs.append(f"{where}: alias {a!r} must be printable ASCII without spaces")
                    continue
                if a == e.get("name"):
                    errs.append(f"{where}: alias {a!r} is its own name")
                if a.lower() in aliases:
                    errs.append(f"{where}: alias {a!r} already given to {aliases[a.lower()]}")
                aliases[a.lower()] = e.get("name")
    for low, owner in aliases.items():
        # An alias may be its own entry's name in another case (gRPC's UNAVAILABLE).
        if low in names and names[low] != owner:
            errs.append(f"{path}: alias {low!r} (of {owner}) equals the name {names[low]!r} ignoring case")
    seen_retired = set()
    for i, r in enumerate(retired):
        where = f"{path} [[retired]] #{i + 1}"
        check_keys(where, r, RETIRED_KEYS, errs)
        if "code" not in r:
            errs.append(f"{where}: missing `code`")
        else:
            check_code(where, r["code"], code_type, errs)
            if r["code"] in codes:
                errs.append(f"{where}: retired code {r['code']!r} is used by entry {codes[r['code']]}")
            if r["code"] in seen_retired:
                errs.append(f"{where}: code {r['code']!r} retired twice")
            seen_retired.add(r["code"])
        if "name" in r:
            check_name(where, r["name"], errs)
            if isinstance(r["name"], str) and r["name"].lower() in names:
                errs.append(f"{where}: retired name {r['name']!r} clashes with an entry name")
        if not nonempty_str(r.get("note")):
            errs.append(f"{where}: `note` is required and must be a non-empty string")
    # The status default: the code itself when every code is an integer in 100..=599.
    all_http = bool(entries) and all(is_int(e.get("code")) and 100 <= e["code"] <= 599 for e in entries)
    n_status = sum(1 for e in entries if "status" in e or all_http)
    print(f"{path}: {len(entries)} entries, {len(retired)} retired, "
          f"{len(aliases)} aliases, {n_status} with an HTTP status"
          f"{' (default: the code)' if all_http else ''}, "
          f"{sum(1 for e in entries if e.get('retryable'))} retryable, "
          f"{sum(1 for e in entries if 'deprecated' in e)} deprecated")
    return errs


def main(argv):
    here = pathlib.Path(__file__).resolve().parent
    files = [pathlib.Path(a) for a in argv] or sorted(here.glob("*.toml"))
    if not files:
        print("no registries/*.toml files found")
        return 1
    errs = [m for f in files for m in check_file(f)]
    for m in errs:
        print("error:", m)
    print(f"{len(files)} file(s), {len(errs)} problem(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
