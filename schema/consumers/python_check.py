"""Checks the pydantic v2 models datamodel-code-generator made from the schema: the code is an
IntEnum (integer codes) or a StrEnum (string codes) whose members are the registry's variant names,
each with its description as a docstring; the data loads with the models and dumps back to the
same JSON (optional keys and retired codes included); an unknown code and other bad data are
rejected. Everything expected comes from the schema and the data (the same rules as common.cjs).

Usage: python python_check.py MODELS.py SCHEMA.json DATA.json
"""

import ast
import inspect
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
entry_def = next(d for d in schema["$defs"].values() if d.get("type") == "object")
code_types = {branch["type"] for branch in code_def["oneOf"]}
if code_types not in ({"integer"}, {"string"}):
    sys.exit(f"python: the code branches' types are {sorted(code_types)}, not one of integer, string")
code_type = code_types.pop()
ErrorCode = getattr(models, code_def["title"])
base = enum.IntEnum if code_type == "integer" else enum.StrEnum
check(issubclass(ErrorCode, base), f"{ErrorCode.__name__} is a {base.__name__} ({code_type} codes)")
check(
    [(m.name, m.value) for m in ErrorCode] == [(e["name"], e["code"]) for e in data["errors"]],
    f"{ErrorCode.__name__}'s members are the registry's names and codes, in order",
)
check(
    all(ErrorCode(e["code"]) is ErrorCode[e["name"]] for e in data["errors"]),
    f"{ErrorCode.__name__}(code) is the member of that code, for every code "
    f"(e.g. {ErrorCode.__name__}({data['errors'][-1]['code']!r}))",
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
        # A multi-line docstring is indented like the class body: read it as Python's help does.
        docstrings[stmt.targets[0].id] = inspect.cleandoc(following.value.value)
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
    and set(m.model_fields) == set(schema["properties"])
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
# exclude_unset: an optional key the data leaves out stays out (not `null`).
check(
    document.model_dump(mode="json", exclude_unset=True) == data,
    "the document round-trips to the same JSON (optional keys and retired codes included)",
)

# A code that is neither live nor retired: 418 or the next free integer, or "NOT_A_CODE".
taken = {e["code"] for e in data["errors"] + data.get("retired", [])}
unknown = 418 if code_type == "integer" else "NOT_A_CODE"
while unknown in taken:
    unknown = unknown + 1 if code_type == "integer" else unknown + "_"


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


rejected(f"an unknown code ({unknown!r})", lambda d: d["errors"][0].update(code=unknown), ("errors", 0, "code"))
rejected("a missing text", lambda d: d["errors"][1].pop("text"), ("errors", 1, "text"))
rejected("a text of the wrong type", lambda d: d["errors"][2].update(text=1), ("errors", 2, "text"))
rejected("an unknown field in an entry", lambda d: d["errors"][0].update(http=True), ("errors", 0, "http"))
# The optional keys the registry uses, with values pydantic does not coerce.
optional = set(entry_def["properties"]) - set(entry_def["required"])
bad_values = {"status": 600, "retryable": "maybe", "deprecated": True, "aliases": "x", "category": 1, "url": 1}
for key in sorted(optional):
    value = bad_values.get(key, object())
    rejected(f"an entry's {key} = {value!r}", lambda d: d["errors"][0].update({key: value}), ("errors", 0, key))
for retired in data.get("retired", [])[:1]:
    rejected("a retired code without its note", lambda d: d["retired"][0].pop("note"), ("retired", 0, "note"))
    rejected(
        f"a retired code as an entry's code ({retired['code']!r})",
        lambda d: d["errors"][0].update(code=retired["code"]),
        ("errors", 0, "code"),
    )
try:
    ErrorCode(unknown)
    check(False, f"{ErrorCode.__name__}({unknown!r}) raises")
except ValueError:
    check(True, f"{ErrorCode.__name__}({unknown!r}) raises ValueError")

if failures:
    print(f"python: {failures} check(s) failed", file=sys.stderr)
    sys.exit(1)
