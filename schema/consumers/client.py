"""A client of the Python module errcodes writes (errors.py), as an application uses it: it looks
up each code given as a JSON array (the registry's codes, then codes it does not list) and prints
one JSON line per code: the member and its properties, or the code kept as it came. run.sh checks
it with the module under `mypy --strict`, runs it, and modules_check.py compares its output with
the registry's data.

Usage: python client.py CODES.json
"""

import json
import sys
from typing import Any

from errors import ErrorCode


def describe(member: ErrorCode) -> dict[str, Any]:
    return {
        "code": member.value,
        "member": member.name,
        "text": member.text,
        "description": member.description,
        "status": member.status,
        "url": member.url,
        "retryable": member.retryable,
        "category": member.category,
        "deprecated": member.deprecated,
        "aliases": list(member.aliases),
    }


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        codes: list[Any] = json.load(f)
    # Nothing a client may pass makes lookup raise, and none of these is a code.
    odd: list[object] = [None, True, 1.5, "", [], {}, object(), b"400", "__class__"]
    for x in odd:
        if ErrorCode.lookup(x) is not None:
            sys.exit(f"ErrorCode.lookup({x!r}) took it for a code")
    for raw in codes:
        # A code read off the wire: its member when the module knows it, else the raw value, kept.
        member = ErrorCode.lookup(raw)
        if member is None:
            try:
                ErrorCode(raw)
            except ValueError:
                pass
            else:
                sys.exit(f"ErrorCode({raw!r}) did not raise ValueError for an unknown code")
            print(json.dumps({"code": raw, "unknown": True}))
        else:
            if ErrorCode(raw) is not member or member != raw:
                sys.exit(f"ErrorCode({raw!r}) is not ErrorCode.lookup({raw!r})")
            print(json.dumps(describe(member)))


main()
