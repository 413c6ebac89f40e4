"""Checks that a README shows generated files verbatim, each in the fenced block that follows a
`<!-- generated: NAME -->` marker. With ERRCODES_BLESS=1, rewrites those blocks instead.

Usage: python readme.py README.md NAME=PATH...
"""

import os
import re
import sys

readme_path, *pairs = sys.argv[1:]
with open(readme_path, encoding="utf-8") as f:
    readme = f.read()
bless = os.environ.get("ERRCODES_BLESS") == "1"
failures = 0
for pair in pairs:
    name, path = pair.split("=", 1)
    with open(path, encoding="utf-8") as f:
        generated = f.read()
    if not generated.endswith("\n"):
        generated += "\n"
    block = re.compile(
        r"(<!-- generated: " + re.escape(name) + r" -->\n```[a-z]*\n)(.*?)(^```$)",
        re.DOTALL | re.MULTILINE,
    )
    match = block.search(readme)
    if match is None:
        print(f"FAIL readme: no `<!-- generated: {name} -->` block in {readme_path}")
        failures += 1
    elif match.group(2) == generated:
        print(f"ok   readme: {readme_path} shows the {name} generated now")
    elif bless:
        readme = readme[: match.start(2)] + generated + readme[match.end(2) :]
        print(f"ERRCODES_BLESS=1: rewrote the {name} block of {readme_path}")
    else:
        print(
            f"FAIL readme: the {name} block of {readme_path} differs from {path}; "
            "rerun with ERRCODES_BLESS=1 to rewrite it"
        )
        failures += 1
if bless:
    with open(readme_path, "w", encoding="utf-8") as f:
        f.write(readme)
if failures:
    sys.exit(1)
