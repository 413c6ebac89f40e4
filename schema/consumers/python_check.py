"""Checks the pydantic v2 models datamodel-code-generator made from the schema: the code is an
IntEnum whose members are the registry's variant names, each with its description as a docstring;
the committed data loads with the models; an unknown code and other bad data are rejected.
Everything expected comes from the schema and the data.

Usage: python python_check.py MODELS.py SCHEMA.json DATA.json
"""

import ast
import copy
import enum
import importlib.util
import json
import sys

import pydantic

models_path, schema_path, data_path = sys.argv[1:4]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
with open(data_path, encoding="utf-8") as f:
    data_text = f.read()
data = json.loads(data_text)

failures = 0


def check(ok, what):
    global failures
    print(f"{'ok  ' if ok else 'FAIL'} python: {what}")
    if not ok:
        failures += 1


spec = importlib.util.spec_from_file_location("errors_models", models_path)
models = importlib.util.module_from_spec(spec)
sys.modules["errors_models"] = models
spec.loader.exec_module(models)

code_def = next(d for d in schema["$defs"].values() if "oneOf" in d)
ErrorCode = getattr(models, code_def["title"])
check(issubclass(ErrorCode, enum.IntEnum), f"{ErrorCode.__name__} is an IntEnum")
check(
    [(m.name, m.value) for m in ErrorCode] == [(e["name"], e["code"]) for e in data["errors"]],
    f"{ErrorCode.__name__}'s members are the registry's names and codes, in order",
)
check(ErrorCode.__doc__.strip() == code_def["description"], f"{ErrorCode.__name__} has its docstring")

# Member docstrings are attribute docstrings: the string literal right after each assignment.
with open(models_path, encoding="utf-8") as f:
    tree = ast.parse(f.read())
enum_class = next(
    n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == ErrorCode.__name__
)
docstrings = {}
for stmt, following in zip(enum_class.body, enum_class.body[1:]):
    if (
        isinstance(stmt, ast.Assign)
        and isinstance(following, ast.Expr)
        and isinstance(following.value, ast.Constant)
        and isinstance(following.value.value, str)
    ):
        docstrings[stmt.targets[0].id] = following.value.value.strip()
for entry, branch in zip(data["errors"], code_def["oneOf"]):
    doc = docstrings.get(entry["name"], "")
    check(
        doc == branch["description"] and entry["description"] in doc,
        f"{entry['name']} has its text and description as its docstring",
    )

# The document model: the one whose fields are the document's.
Document = next(
    m
    for m in vars(models).values()
    if isinstance(m, type)
    and issubclass(m, pydantic.BaseModel)
    and set(m.model_fields) == set(data)
)
document = Document.model_validate_json(data_text)
check(True, f"{data_path} loads as {Document.__name__}")
check(
    [(e.code, type(e.code)) for e in document.errors]
    == [(ErrorCode[e["name"]], ErrorCode) for e in data["errors"]],
    "every entry's code is the enum member of its name",
)
check(
    [(e.name, e.text, e.description) for e in document.errors]
    == [(e["name"], e["text"], e["description"]) for e in data["errors"]],
    "names, texts and descriptions are intact",
)
check(document.model_dump(mode="json") == data, "the document round-trips to the same JSON")

codes = {e["code"] for e in data["errors"]}
unknown = 418
while unknown in codes:
    unknown += 1


def rejected(what, edit, location):
    bad = copy.deepcopy(data)
    edit(bad)
    try:
        Document.model_validate_json(json.dumps(bad))
    except pydantic.ValidationError as e:
        locations = [tuple(err["loc"]) for err in e.errors()]
        check(location in locations, f"rejects {what} (errors at {locations})")
        return
    check(False, f"rejects {what}: accepted")


rejected(f"an unknown code ({unknown})", lambda d: d["errors"][0].update(code=unknown), ("errors", 0, "code"))
rejected("a missing text", lambda d: d["errors"][1].pop("text"), ("errors", 1, "text"))
rejected("a text of the wrong type", lambda d: d["errors"][2].update(text=1), ("errors", 2, "text"))
rejected("an unknown field in an entry", lambda d: d["errors"][0].update(http=True), ("errors", 0, "http"))
try:
    ErrorCode(unknown)
    check(False, f"{ErrorCode.__name__}({unknown}) raises")
except ValueError:
    check(True, f"{ErrorCode.__name__}({unknown}) raises ValueError")

if failures:
    print(f"python: {failures} check(s) failed", file=sys.stderr)
    sys.exit(1)
