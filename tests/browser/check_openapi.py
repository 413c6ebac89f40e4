#!/usr/bin/env python3
"""Validates OpenAPI 3.1 documents (`errcodes export --format openapi`).

Usage: check_openapi.py FILE.json...

For each file:
  - it is JSON and says `"openapi": "3.1.x"`;
  - openapi-spec-validator (pinned in tests/browser/requirements.txt) finds no error against the
    OpenAPI 3.1 specification;
  - every `$ref` is a local reference (`#/...`, the export is one self-contained file) that
    leads to something (openapi-spec-validator misses a dangling one in a response's schema);
  - every example of components.responses (a media type's `example` or `examples.*.value`) is
    valid against that media type's schema, read as JSON Schema 2020-12 with references into the
    document resolved (the check that a code member holds a code the schema knows);
  - components.schemas is not empty (components.responses may be: a registry without HTTP
    statuses has no response to describe).
Prints `ok`/`FAIL` per check, then `N passed, N failed`; exits 1 when a check failed.
"""

from __future__ import annotations

import json
import sys
import urllib.parse
from pathlib import Path


def pointer(*parts: str) -> str:
    return "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


MISSING = object()


def refs_in(node, where: str):
    """Every `$ref` string in the document, with where it is (a JSON pointer)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield where, value
            else:
                yield from refs_in(value, f"{where}/{pointer(key)}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from refs_in(value, f"{where}/{i}")


def resolve(doc, pointer_text: str):
    node = doc
    for part in pointer_text.split("/") if pointer_text else []:
        part = urllib.parse.unquote(part).replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return MISSING
    return node


def check_file(path: Path, check) -> None:
    from jsonschema import Draft202012Validator
    from openapi_spec_validator import OpenAPIV31SpecValidator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    name = path.name
    try:
        doc = json.loads(path.read_text())
    except (OSError, ValueError) as e:
        check(f"{name}: JSON", False, str(e))
        return
    version = doc.get("openapi") if isinstance(doc, dict) else None
    if not check(f"{name}: OpenAPI 3.1", isinstance(version, str) and version.startswith("3.1."), f"openapi is {version!r}",
                 how=f"openapi {version}"):
        return
    try:
        errors = [
            f"{'/'.join(map(str, getattr(e, 'path', [])))}: {getattr(e, 'message', e)}"[:300]
            for e in OpenAPIV31SpecValidator(doc, base_uri=path.resolve().as_uri()).iter_errors()
        ]
    except Exception as e:  # noqa: BLE001 - the validator raises on a reference it cannot resolve
        errors = [f"{type(e).__name__}: {str(e).splitlines()[0][:300] if str(e) else ''}"]
    check(f"{name}: openapi-spec-validator", not errors, "; ".join(errors[:5]), how="no error")
    refs, dangling = 0, []
    for where, ref in refs_in(doc, "#"):
        refs += 1
        if not ref.startswith("#/") or resolve(doc, ref[2:]) is MISSING:
            dangling.append(f"{where}: {ref}")
    check(f"{name}: every $ref leads into the document", not dangling, "; ".join(dangling[:5]), how=f"{refs} references")
    components = doc.get("components") or {}
    schemas, responses = components.get("schemas") or {}, components.get("responses") or {}
    # A registry without HTTP statuses (SQLSTATE, errno) has no response to describe: only the
    # schemas are required.
    check(f"{name}: components.schemas", bool(schemas), "no schema in components",
          how=f"{len(schemas)} schemas, {len(responses)} responses")

    base = "urn:errcodes-openapi-document"
    registry = Registry().with_resource(base, Resource.from_contents(doc, default_specification=DRAFT202012))
    bad, examples = [], 0
    for rname, response in responses.items():
        for media, content in ((response or {}).get("content") or {}).items():
            if "schema" not in content:
                continue
            schema_ref = {"$ref": f"{base}#/{pointer('components', 'responses', rname, 'content', media, 'schema')}"}
            validator = Draft202012Validator(schema_ref, registry=registry)
            values = []
            if "example" in content:
                values.append(("example", content["example"]))
            for ename, example in (content.get("examples") or {}).items():
                if isinstance(example, dict) and "value" in example:
                    values.append((f"examples/{ename}", example["value"]))
            for where, value in values:
                examples += 1
                try:
                    bad += [f"responses/{rname} {media} {where}: {e.message}"[:300] for e in validator.iter_errors(value)]
                except Exception as e:  # noqa: BLE001 - e.g. a reference that leads nowhere
                    bad.append(f"responses/{rname} {media} {where}: {type(e).__name__}: {str(e).splitlines()[0][:200]}")
    check(f"{name}: response examples match their schemas", not bad, "; ".join(bad[:5]), how=f"{examples} examples")


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    passed, failed = 0, 0

    def check(name: str, ok: bool, why: str = "", how: str = "") -> bool:
        nonlocal passed, failed
        if ok:
            passed += 1
            print(f"ok   {name}" + (f" ({how})" if how else ""), flush=True)
        else:
            failed += 1
            print(f"FAIL {name}: {why}", flush=True)
        return ok

    for arg in sys.argv[1:]:
        check_file(Path(arg), check)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
