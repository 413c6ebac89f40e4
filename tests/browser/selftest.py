#!/usr/bin/env python3
"""Self-test of check_page.py and check_openapi.py: proves each of their checks can fail.

fixtures/sample.html (a hand-written page honouring the contract) must pass every check, with
--xss too, and so must a copy whose filter applies 5 s late (a busy machine). Then each case
below breaks it in one way, writes the broken copy to
target/browser/selftest/, and runs check_page.py on it: the run must exit 1 with a FAIL line of
the check that case is about. A case that passes, or fails for another reason only, fails the
self-test. No broken page sends anything off the machine: check_page.py's browser resolves no
host name and sends every non-loopback request to a closed loopback port.

fixtures/openapi-sample.json, of the shape `errcodes export --format openapi` makes, must pass
check_openapi.py, and each broken copy of it (OPENAPI_CASES) must fail it.

Usage: selftest.py [CASE...] (default: every case). Prints `ok`/`FAIL` per case and a last line `N passed, N failed`; exits 1 on any failure.
"""

from __future__ import annotations

import concurrent.futures
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SAMPLE = HERE / "fixtures" / "sample.html"
OUT = ROOT / "target" / "browser" / "selftest"

# A sanitized image of sample.html, and a script-free anchor: the usual places to break.
IMG = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="x">'
LINK = "This <a>link</a> had"
HEAD_END = "</head>"
HEADER_END = "</header>"
FILTER_LISTEN = 'filter.addEventListener("input", apply);'
TOC_FOLLOWS = "    syncToc();\n  }"

# name, (old, new) replacements, extra arguments, the check that must fail (None: the copy must
# pass every check).
CASES = [
    # A busy machine: the filter applies 5 s after each keystroke. The checks wait for it.
    ("filter-slow-on-a-busy-machine", [(FILTER_LISTEN, 'filter.addEventListener("input", function () { setTimeout(apply, 5000); });')],
     [], None),
    ("network-remote-image", [(HEADER_END, '<img src="https://cdn.example.com/logo.png" alt="">' + HEADER_END)],
     [], "network: nothing fetched"),
    ("network-loopback-style", [(HEAD_END, '<link rel="stylesheet" href="http://127.0.0.1:9/style.css">' + HEAD_END)],
     [], "network: nothing fetched"),
    ("network-fetch-from-script", [(FILTER_LISTEN, FILTER_LISTEN + ' fetch("https://api.example.com/errors").catch(function () {});')],
     [], "network: nothing fetched"),
    ("network-sibling-script", [(HEAD_END, '<script src="filter.js"></script>' + HEAD_END)],
     [], "network: nothing fetched"),
    ("console-error", [(FILTER_LISTEN, FILTER_LISTEN + " undefinedFunction();")],
     [], "console: no errors"),
    ("xss-onerror-runs", [(IMG, '<img src="data:," onerror="window.__pwned=\'img\'">')],
     ["--xss"], "xss: no payload ran on load"),
    ("xss-script-runs", [(IMG, "<script>document.title = 'PWNED script';</script>")],
     ["--xss"], "xss: no payload ran on load"),
    ("xss-alert-runs", [(IMG, '<img src="data:," onerror="alert(\'PWNED\')">')],
     ["--xss"], "xss: no payload ran on load"),
    ("xss-javascript-link-runs-on-click", [(LINK, "This <a href=\"javascript:window.__pwned='link'\">link</a> had")],
     ["--xss"], "xss: no payload ran after clicking every link"),
    ("xss-javascript-void-link-runs-on-click", [(LINK, "This <a href=\"javascript:void(window.__pwned='link')\">link</a> had")],
     ["--xss"], "xss: no payload ran after clicking every link"),
    ("xss-javascript-link-left", [(LINK, 'This <a href=" JaVaScRiPt:void(0)">link</a> had')],
     ["--xss"], "xss: no script, handler or script link survives"),
    ("xss-link-target-lost", [('<a href="https://www.rfc-editor.org/rfc/rfc9110#status.400">', "<a>")],
     ["--xss", "--expect-link", "https://www.rfc-editor.org/rfc/rfc9110#status.400"], "xss: the link to"),
    ("filter-does-nothing", [(FILTER_LISTEN, "")],
     [], "filter: typing"),
    ("filter-hidden-overridden-by-css", [(HEAD_END, "<style>section.entry { display: block; }</style>" + HEAD_END)],
     [], "filter: typing"),
    ("filter-never-shows-again", [('entries[i].hidden = q !== "" && hay.indexOf(q) < 0;',
                                   'if (q !== "" && hay.indexOf(q) < 0) entries[i].hidden = true;')],
     [], "filter: clearing it shows every entry again"),
    ("filter-not-search-input", [('<input type="search" id="filter"', '<input type="text" id="filter"')],
     [], "filter: <input type=search id=filter>"),
    ("filter-first-match-far-down", [(FILTER_LISTEN, FILTER_LISTEN + ' filter.addEventListener("input", function () {'
                                      ' document.querySelector("main").style.paddingTop = filter.value ? "4000px" : ""; });')],
     [], "filter: typing '400', the first match starts within"),
    ("filter-keeps-a-linked-entry-hidden", [('window.addEventListener("hashchange", ', 'window.addEventListener("no-such-event", ')],
     [], "filter: following a link to an entry it hides"),
    ("toc-does-not-follow-filter", [(TOC_FOLLOWS, "  }")],
     [], "toc: the contents follow the filter (typing"),
    ("layout-first-entry-far-down", [("<main>", '<div style="height: 4000px"></div><main>')],
     [], "layout: the first entry starts within"),
    ("alias-anchor-missing", [(' id="NOT_FOUND"', "")],
     ["--data", "DATA"], "anchors: #ALIAS scrolls to its entry"),
    ("alias-anchor-elsewhere", [(' id="NOT_FOUND"', ""), ("<footer>", '<footer><span id="NOT_FOUND"></span>')],
     ["--data", "DATA"], "anchors: #ALIAS scrolls to its entry"),
    ("retryable-no-when-none-is", [("Status 404 · Category Client", "Status 404 · Category Client · Retryable: no")],
     ["--data", "DATA_NEVER"], 'entries: none says "Retryable: no"'),
    ("retryable-yes-missing", [("Status 429 · Category Client · Retryable: yes", "Status 429 · Category Client")],
     ["--data", "DATA"], "entries: each entry the registry marks retryable"),
    ("anchor-scroll-locked", [(FILTER_LISTEN, FILTER_LISTEN + ' window.addEventListener("scroll", function () { if (window.scrollY > 0) window.scrollTo(0, 0); });')],
     [], "anchors: following #CODE in the page scrolls"),
    ("anchor-entry-not-rendered", [(HEAD_END, "<style>section.entry:target { display: none; }</style>" + HEAD_END)],
     [], "anchors: opening PAGE#CODE shows the entry"),
    ("no-js-entries-hidden", [('<html lang="en">', '<html lang="en" class="no-js">'),
                              (HEAD_END, "<style>.no-js section.entry { display: none; }</style>" + HEAD_END),
                              (FILTER_LISTEN, FILTER_LISTEN + ' document.documentElement.className = "";')],
     [], "no JavaScript: every entry is shown"),
    ("toc-missing", [('<nav id="toc">', "<nav>")],
     [], "toc: nav#toc"),
    ("toc-misses-an-entry", [('<li><a href="#409">409 Conflict</a></li>', "")],
     [], "toc: links to every entry"),
    ("toc-broken-link", [('<a href="#404">', '<a href="#4040">')],
     [], "toc: every in-page link has its target"),
    ("entries-duplicate-id", [('id="409"', 'id="404"')],
     [], "entries: ids are unique"),
    ("entries-not-the-codes", [('id="BLOB_UNKNOWN"', 'id="blob-unknown"'), ('href="#BLOB_UNKNOWN"', 'href="#blob-unknown"')],
     ["--data", "DATA"], "entries: one per registry code"),
]

OPENAPI_SAMPLE = HERE / "fixtures" / "openapi-sample.json"
TIMEOUT = 1800  # seconds one run of a checker may take: far more than a busy machine needs
PROBLEM_404 = ("components", "responses", "404", "content", "application/problem+json")


def edit(doc: dict, path: tuple, change) -> None:
    for key in path:
        doc = doc[key]
    change(doc)


# name, a change to the parsed fixtures/openapi-sample.json, the check of check_openapi.py that must fail.
OPENAPI_CASES = [
    ("openapi-3.0", lambda d: d.update(openapi="3.0.3"), "OpenAPI 3.1"),
    ("openapi-no-title", lambda d: d["info"].pop("title"), "openapi-spec-validator"),
    ("openapi-dangling-ref", lambda d: edit(d, PROBLEM_404 + ("schema",), lambda s: s.update({"$ref": "#/components/schemas/Nope"})),
     "every $ref leads into the document"),
    ("openapi-dangling-schema-ref", lambda d: edit(d, ("components", "schemas", "ErrorEntry", "properties", "code"),
                                                    lambda s: s.update({"$ref": "#/components/schemas/Nope"})),
     "openapi-spec-validator"),
    ("openapi-response-without-description", lambda d: d["components"]["responses"]["404"].pop("description"), "openapi-spec-validator"),
    ("openapi-example-unknown-code", lambda d: edit(d, PROBLEM_404 + ("examples", "NotFound", "value"), lambda v: v.update(code=405)),
     "response examples match their schemas"),
    ("openapi-no-schemas", lambda d: d["components"].pop("schemas"), "components.schemas"),
]

CODES = ["400", "401", "403", "404", "409", "429", "500", "502", "503", "BLOB_UNKNOWN", '"><b>odd']
ALIASES = {"400": ["BAD_REQUEST"], "404": ["NOT_FOUND"]}
RETRYABLE = {"429", "502", "503"}


def sample_data(retryable: set[str]) -> dict:
    """The registry document of sample.html, as `errcodes export --format json` writes one."""
    errors = []
    for code in CODES:
        entry = {"code": code, "name": f"E{len(errors)}", "text": "t", "description": "d"}
        if code in ALIASES:
            entry["aliases"] = ALIASES[code]
        if code in retryable:
            entry["retryable"] = True
        errors.append(entry)
    return {"name": "Sample API", "description": "", "errors": errors}


def run(page: Path, name: str, extra: list[str] | None) -> tuple[int, str]:
    """check_page.py on an HTML page, or (extra is None) check_openapi.py on a JSON file."""
    if extra is None:
        cmd = [sys.executable, str(HERE / "check_openapi.py"), str(page)]
    else:
        cmd = [sys.executable, str(HERE / "check_page.py"), str(page), "--name", f"selftest-{name}",
               "--screenshots", str(OUT / "screenshots")] + extra
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode() if isinstance(e.stdout, bytes) else (e.stdout or "")
        return -1, out + f"\nFAIL selftest: {' '.join(cmd[1:3])} did not end within {TIMEOUT} s"
    return done.returncode, done.stdout + done.stderr


def main() -> int:
    only = sys.argv[1:]  # case names to run (default: all)
    OUT.mkdir(parents=True, exist_ok=True)
    files = {"DATA": OUT / "data.json", "DATA_NEVER": OUT / "data-never-retryable.json"}
    files["DATA"].write_text(json.dumps(sample_data(RETRYABLE)))
    files["DATA_NEVER"].write_text(json.dumps(sample_data(set())))
    sample = SAMPLE.read_text()
    jobs = []  # (title, page, name, extra, the check that must fail or None)
    for extra in ([], ["--xss", "--data", str(files["DATA"]), "--expect-link", "https://www.rfc-editor.org/rfc/rfc9110#status.400"]):
        name = "sample" + ("-xss" if extra else "")
        if not only or name in only:
            jobs.append((f"the sample page passes{' with --xss' if extra else ''}", SAMPLE, name, extra, None))
    for name, edits, extra, must_fail in CASES:
        if only and name not in only:
            continue
        page = sample
        for old, new in edits:
            if page.count(old) != 1:
                raise SystemExit(f"selftest.py: case {name}: {old!r} is not in {SAMPLE} exactly once")
            page = page.replace(old, new, 1)
        path = OUT / f"{name}.html"
        path.write_text(page)
        extra = [str(files[a]) if a in files else a for a in extra]
        title = f'{name} fails "{must_fail}"' if must_fail else f"{name} passes"
        jobs.append((title, path, name, extra, must_fail))

    openapi = json.loads(OPENAPI_SAMPLE.read_text())
    if not only or "openapi-sample" in only:
        jobs.append(("the OpenAPI sample passes", OPENAPI_SAMPLE, "openapi-sample", None, None))
    for name, change, must_fail in OPENAPI_CASES:
        if only and name not in only:
            continue
        doc = json.loads(json.dumps(openapi))
        change(doc)
        path = OUT / f"{name}.json"
        path.write_text(json.dumps(doc, indent=2))
        jobs.append((f'{name} fails "{must_fail}"', path, name, None, f"{path.name}: {must_fail}"))

    passed = failed = 0
    # Two browsers at a time (the machine has two cores); results are printed in order.
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = pool.map(lambda job: run(job[1], job[2], job[3]), jobs)
        for (title, _, _, _, must_fail), (code, output) in zip(jobs, results):
            fails = [line for line in output.splitlines() if line.startswith("FAIL ")]
            if must_fail is None:
                ok, why = code == 0, f"exit {code}"
            else:
                hit = any(line.startswith(f"FAIL {must_fail}") for line in fails)
                ok = code == 1 and hit
                why = f"exit {code}, failed checks: {[line.split(':')[0][5:] for line in fails]}"
            if ok:
                passed += 1
                print(f"ok   {title}", flush=True)
            else:
                failed += 1
                print(f"FAIL {title}: {why}\n" + "".join(f"  | {line}\n" for line in output.splitlines()), flush=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
