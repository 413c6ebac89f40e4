#!/usr/bin/env bash
# Installs what tests/browser/run.sh needs, once, and says which versions it uses:
#   - Chromium and its WebDriver (chromedriver) from Debian's packages `chromium` and
#     `chromium-driver` (apt-get, as root: CI runs as root). Debian serves one version at a time
#     (security updates replace it), so the version is not pinned but checked: chromium and
#     chromedriver must be the same build, and both versions are printed in the log.
#     ERRCODES_CHROMIUM_VERSION=VERSION installs exactly that Debian version instead.
#   - A Python venv in target/browser/venv with the pinned tests/browser/requirements.txt
#     (Selenium, openapi-spec-validator). It is reused while requirements.txt is unchanged.
# A tool that is missing or cannot be installed is an error, never a skip.
set -euo pipefail
cd "$(dirname "$0")/../.."

OUT=$PWD/target/browser
VENV=$OUT/venv
REQUIREMENTS=tests/browser/requirements.txt
CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver

fail() {
    echo "tests/browser/install.sh: error: $*" >&2
    exit 1
}
step() { echo "== browser install: $*"; }

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'
}
version_of() { dpkg-query -W -f='${Version}' "$1"; }

command -v dpkg-query >/dev/null || fail "dpkg-query not found: this script installs Debian's chromium and chromium-driver"
want=${ERRCODES_CHROMIUM_VERSION:-}
need=0
for package in chromium chromium-driver; do
    if ! installed "$package"; then
        need=1
    elif [ -n "$want" ] && [ "$(version_of "$package")" != "$want" ]; then
        need=1
    fi
done
if [ "$need" = 1 ]; then
    [ "$(id -u)" = 0 ] || fail "chromium and chromium-driver are not installed, and installing them needs root: sudo apt-get install chromium chromium-driver"
    command -v apt-get >/dev/null || fail "apt-get not found: install Debian's chromium and chromium-driver"
    step "apt-get install chromium chromium-driver${want:+ (version $want)}"
    apt-get update -qq || fail "apt-get update failed"
    packages=(chromium chromium-driver)
    [ -z "$want" ] || packages=("chromium=$want" "chromium-driver=$want")
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null ||
        fail "apt-get install ${packages[*]} failed"
else
    step "chromium and chromium-driver already installed"
fi
[ -x "$CHROMIUM" ] || fail "$CHROMIUM not found after installing the chromium package"
[ -x "$CHROMEDRIVER" ] || fail "$CHROMEDRIVER not found after installing the chromium-driver package"
chromium_package=$(version_of chromium)
driver_package=$(version_of chromium-driver)
[ "$chromium_package" = "$driver_package" ] ||
    fail "chromium $chromium_package and chromium-driver $driver_package differ: apt-get install chromium chromium-driver"
# The launcher script of Debian's chromium prints a harmless shell warning on some machines.
chromium_says=$("$CHROMIUM" --version 2>/dev/null) || fail "$CHROMIUM --version failed"
driver_says=$("$CHROMEDRIVER" --version 2>/dev/null) || fail "$CHROMEDRIVER --version failed"
echo "chromium package $chromium_package: $chromium_says"
echo "chromium-driver package $driver_package: $driver_says"
browser_build=$(grep -oE '[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+' <<<"$chromium_says" | head -1)
driver_build=$(grep -oE '[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+' <<<"$driver_says" | head -1)
[ -n "$browser_build" ] && [ "$browser_build" = "$driver_build" ] ||
    fail "Chromium $browser_build and ChromeDriver $driver_build are not the same build"

command -v python3 >/dev/null || fail "python3 not found: install Python 3.11 or newer (with venv)"
python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' ||
    fail "python3 is $(python3 --version 2>&1); 3.11 or newer is needed"
stamp=$VENV/.requirements.sha256
sum=$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)
if [ -x "$VENV/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$sum" ] &&
    "$VENV/bin/python" -m pip check --disable-pip-version-check >/dev/null 2>&1; then
    step "venv $VENV already has $REQUIREMENTS"
else
    step "pip install -r $REQUIREMENTS into $VENV"
    rm -rf "$VENV"
    python3 -m venv "$VENV" || fail "python3 -m venv failed (on Debian: apt-get install python3-venv)"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
        --requirement "$REQUIREMENTS" || fail "pip install failed: cannot install the pinned Python tools"
    "$VENV/bin/python" -m pip check --disable-pip-version-check >/dev/null ||
        fail "pip check: the pinned Python tools' dependencies are broken"
    echo "$sum" >"$stamp"
fi
"$VENV/bin/python" - <<'PY' || fail "the venv lacks the pinned tools: rm -rf target/browser/venv and run again"
from importlib.metadata import version
print("selenium", version("selenium"), "| openapi-spec-validator", version("openapi-spec-validator"),
      "| jsonschema", version("jsonschema"))
PY
