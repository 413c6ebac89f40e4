#!/usr/bin/env bash
# Real consumers of the committed exports (schema/errors.schema.json, schema/errors.json), with
# pinned tools installed into target/consumers (nothing global):
#   - Ajv 8 (JSON Schema 2020-12, strict mode): the schema compiles, the data is valid, bad data
#     is rejected;
#   - json-schema-to-typescript: ErrorCode is a union of the named codes with doc comments, the data
#     type-checks under `tsc --strict`, and an unknown code does not compile;
#   - datamodel-code-generator (pydantic v2): ErrorCode is an IntEnum of the variant names with
#     docstrings, the data loads with the models, and an unknown code is rejected;
#   - schema/README.md shows exactly the TypeScript and Python generated now.
# Any tool that cannot be installed or run is an error: nothing is skipped.
#
# ERRCODES_BLESS=1 rewrites the generated blocks in schema/README.md instead of failing on them.
set -euo pipefail
cd "$(dirname "$0")/../.."

OUT=$PWD/target/consumers
NPM=$OUT/npm
VENV=$OUT/venv
WORK=$OUT/work
HERE=schema/consumers
SCHEMA=schema/errors.schema.json
DATA=schema/errors.json

fail() {
    echo "schema/consumers/run.sh: error: $*" >&2
    exit 1
}
step() { echo "== consumers: $*"; }

command -v node >/dev/null || fail "node not found: install Node.js 18 or newer (with npm)"
command -v npm >/dev/null || fail "npm not found: install npm"
command -v python3 >/dev/null || fail "python3 not found: install Python 3.11 or newer (with venv)"
python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' ||
    fail "python3 is $(python3 --version 2>&1); 3.11 or newer is needed"

step "install json-schema-to-typescript, typescript, ajv (npm ci, $HERE/package-lock.json)"
mkdir -p "$NPM"
cp "$HERE/package.json" "$HERE/package-lock.json" "$NPM/"
npm ci --prefix "$NPM" --no-audit --no-fund --loglevel=error ||
    fail "npm ci failed: cannot install the pinned npm tools"
BIN=$NPM/node_modules/.bin
export NODE_PATH=$NPM/node_modules

step "install datamodel-code-generator, pydantic ($HERE/requirements.txt)"
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV" || fail "python3 -m venv failed (on Debian: apt-get install python3-venv)"
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
    --requirement "$HERE/requirements.txt" ||
    fail "pip install failed: cannot install the pinned Python tools"
"$VENV/bin/python" -m pip check --disable-pip-version-check >/dev/null ||
    fail "pip check: the Python tools' dependencies are broken"

rm -rf "$WORK"
mkdir -p "$WORK"

step "ajv $(node -p 'require("ajv/package.json").version') (strict, 2020-12)"
node "$HERE/ajv.cjs" "$SCHEMA" "$DATA"

step "json-schema-to-typescript $(node -p 'require("json-schema-to-typescript/package.json").version'), tsc $("$BIN/tsc" --version)"
"$BIN/json2ts" --input "$SCHEMA" --output "$WORK/errors.ts"
node "$HERE/typescript.cjs" "$SCHEMA" "$DATA" "$WORK/errors.ts" "$WORK"
(cd "$WORK" && "$BIN/tsc" --strict --noEmit usage.ts) ||
    fail "tsc --strict does not compile $WORK/usage.ts (the data typed with the generated types)"
echo "ok   tsc --strict compiles usage.ts: the data, each named code, an exhaustive switch"
UNKNOWN=$(cat "$WORK/unknown-code")
if (cd "$WORK" && "$BIN/tsc" --strict --noEmit unknown.ts) >"$WORK/unknown.log" 2>&1; then
    fail "tsc --strict compiled $WORK/unknown.ts, which assigns the unknown code $UNKNOWN"
fi
cat "$WORK/unknown.log"
refused=$(grep -c "error TS2322: Type '$UNKNOWN' is not assignable to type 'ErrorCode'" "$WORK/unknown.log" || true)
[ "$refused" = 2 ] ||
    fail "tsc refused unknown.ts, but not with TS2322 on both uses of $UNKNOWN (see above)"
echo "ok   tsc --strict refuses the unknown code $UNKNOWN, alone and in an entry"

step "$("$VENV/bin/datamodel-codegen" --version) (pydantic $("$VENV/bin/python" -c 'import pydantic; print(pydantic.VERSION)'))"
"$VENV/bin/datamodel-codegen" --input "$SCHEMA" --input-file-type jsonschema \
    --output-model-type pydantic_v2.BaseModel --target-python-version 3.11 \
    --use-specialized-enum --use-schema-description --use-field-description \
    --formatters builtin --disable-timestamp --output "$WORK/errors_models.py"
"$VENV/bin/python" "$HERE/python_check.py" "$WORK/errors_models.py" "$SCHEMA" "$DATA"

step "schema/README.md shows the generated code"
"$VENV/bin/python" "$HERE/readme.py" schema/README.md \
    typescript="$WORK/errors.ts" python="$WORK/errors_models.py"

echo "== consumers: all checks passed"
