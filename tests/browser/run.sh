#!/usr/bin/env bash
# The HTML error index and the OpenAPI export, checked for real (issue 14):
#   1. tests/browser/install.sh: Debian's Chromium and chromedriver, and a venv with the pinned
#      Selenium and openapi-spec-validator (target/browser/venv);
#   2. the self-test: check_page.py passes the hand-written fixtures/sample.html and fails each
#      broken copy of it for the reason it was broken; check_openapi.py likewise with
#      fixtures/openapi-sample.json (selftest.py);
#   3. `errcodes export --format html` of the embedded registry, of every registries/*.toml, of
#      tests/browser/xss.toml and of a 3,000-entry registry shaped like the Win32 error table
#      (written by large_registry.py into target/browser/pages/large.toml), each opened in
#      headless Chromium by check_page.py with the registry's `export --format json` document
#      (anchors of codes and aliases, filter and contents, layout, no network, no console error;
#      no XSS payload runs on the xss.toml page);
#   4. `errcodes export --format openapi` of the same registries, validated by check_openapi.py.
# Pages, OpenAPI files and logs go to target/browser/, screenshots to target/browser/screenshots/
# (kept as CI artifacts). ERRCODES_BIN=PATH checks that errcodes binary instead of building this
# tree's; ERRCODES_BROWSER_TIMEOUT=SECONDS is the longest a check waits for the page (default 30,
# and a wait ends as soon as its condition holds). Every check runs even after a failure. The
# last lines repeat every failure, each with the page (or step) it is of, the check and what was
# seen; the very last line is `browser: N passed, N failed`, and the exit code is 1 when anything
# failed.
set -euo pipefail
cd "$(dirname "$0")/../.."

HERE=tests/browser
OUT=$PWD/target/browser
PAGES=$OUT/pages
PY=$OUT/venv/bin/python

bash "$HERE/install.sh"

passed=0
failed=0
# Every failure, as `FAIL [PAGE] CHECK: what was seen`, repeated at the end.
FAILURES=$(mktemp)
trap 'rm -f "$FAILURES"' EXIT
# LABEL COMMAND...: runs a command whose output ends with `N passed, N failed`, adds its counts to
# the totals and its FAIL lines (labelled) to the failures, and counts one more failure when it
# exits non-zero without saying so.
tally() {
    local label=$1 log status counts p f
    shift
    log=$(mktemp)
    set +e
    "$@" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    set -e
    counts=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -1 || true)
    grep '^FAIL ' "$log" | sed "s|^FAIL |FAIL [$label] |" >>"$FAILURES" || true
    rm -f "$log"
    p=0 f=0
    [ -z "$counts" ] || read -r p _ f _ <<<"${counts//,/}"
    passed=$((passed + p))
    failed=$((failed + f))
    if [ "$status" != 0 ] && [ "$f" = 0 ]; then
        echo "FAIL $*: exit $status" | tee -a "$FAILURES"
        failed=$((failed + 1))
    fi
}
fail() { # MESSAGE: one failure of run.sh itself
    echo "FAIL $*" | tee -a "$FAILURES"
    failed=$((failed + 1))
}
step() { echo "== browser: $*"; }

step "self-test of the checkers (fixtures/sample.html, fixtures/openapi-sample.json)"
tally selftest "$PY" "$HERE/selftest.py"

if [ -n "${ERRCODES_BIN:-}" ]; then
    # A given errcodes binary (a release build, or another checkout's) instead of this tree's.
    [ -x "$ERRCODES_BIN" ] || { echo "tests/browser/run.sh: error: ERRCODES_BIN=$ERRCODES_BIN is not an executable" >&2; exit 1; }
    step "errcodes: $ERRCODES_BIN"
    errcodes() { "$ERRCODES_BIN" "$@"; }
else
    step "build errcodes"
    cargo build --quiet -p errcodes-cli
    errcodes() { cargo run --quiet -p errcodes-cli -- "$@"; }
fi

tally_one() { # NAME COMMAND...: one check of run.sh itself
    local name=$1
    shift
    if "$@"; then
        echo "ok   $name"
        passed=$((passed + 1))
    else
        fail "$name"
    fi
}

rm -rf "$PAGES"
mkdir -p "$PAGES"
tally_one "tests/browser/xss.toml is a valid registry" errcodes check "$HERE/xss.toml"
"$PY" "$HERE/large_registry.py" "$PAGES/large.toml"
tally_one "the large registry (large_registry.py) is a valid registry" errcodes check "$PAGES/large.toml"

# name and --registry arguments (none: the embedded registry)
registries=("embedded:")
for file in registries/*.toml; do
    registries+=("$(basename "$file" .toml):--registry $file")
done
registries+=("xss:--registry $HERE/xss.toml")
registries+=("large:--registry $PAGES/large.toml")

openapi=()
for item in "${registries[@]}"; do
    name=${item%%:*}
    read -r -a args <<<"${item#*:}"
    page=$PAGES/$name.html
    step "errcodes${args[*]:+ ${args[*]}} export --format html > target/browser/pages/$name.html"
    if errcodes "${args[@]}" export --format html >"$page" &&
        errcodes "${args[@]}" export --format json >"$PAGES/$name.json"; then
        extra=()
        case $name in
        xss) extra=(--xss --expect-link https://www.rfc-editor.org/rfc/rfc9457) ;;
        # The issue's case: 2,694 entries, where "access" left the first match 32 screens down.
        large) extra=(--query access --anchor ERROR_ACCESS_DENIED) ;;
        esac
        tally "$name" "$PY" "$HERE/check_page.py" "$page" --name "$name" --data "$PAGES/$name.json" "${extra[@]}"
    else
        fail "errcodes${args[*]:+ ${args[*]}} export --format html or json: it failed (does this errcodes have the html format?)"
    fi

    step "errcodes${args[*]:+ ${args[*]}} export --format openapi > target/browser/pages/$name.openapi.json"
    if errcodes "${args[@]}" export --format openapi >"$PAGES/$name.openapi.json"; then
        openapi+=("$PAGES/$name.openapi.json")
    else
        fail "errcodes${args[*]:+ ${args[*]}} export --format openapi: it failed (does this errcodes have the openapi format?)"
    fi
done

if [ ${#openapi[@]} -gt 0 ]; then
    step "openapi-spec-validator $("$PY" -c 'from importlib.metadata import version; print(version("openapi-spec-validator"))'): ${#openapi[@]} files"
    tally openapi "$PY" "$HERE/check_openapi.py" "${openapi[@]}"
fi

echo "== browser: screenshots in target/browser/screenshots/, pages in target/browser/pages/"
if [ -s "$FAILURES" ]; then
    echo "== browser: what failed ([page or step] check: what was seen)"
    cat "$FAILURES"
fi
echo "browser: $passed passed, $failed failed"
[ "$failed" = 0 ]
