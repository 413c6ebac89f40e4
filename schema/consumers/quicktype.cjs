// Checks what quicktype made from the schema, in TypeScript (compiled and read with the
// TypeScript compiler's API) and in Python (read as text), against the schema and the data, and
// prints what it keeps of the codes: the measurements schema/README.md reports. It fails when
// anything is `@deprecated` (quicktype writes one doc comment for the whole code type, from every
// code's description, so a tag there would mark every code deprecated), when the TypeScript does
// not compile, and when what quicktype keeps of the codes changes (so that the README is updated).
// Usage: node quicktype.cjs SCHEMA.json DATA.json QUICKTYPE.ts QUICKTYPE.py
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");
const { codeType } = require("./common.cjs");

const [schemaPath, dataPath, tsPath, pyPath] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
const data = JSON.parse(fs.readFileSync(dataPath, "utf8"));
const type = codeType(schema);
const codes = data.errors.map((e) => e.code);

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} quicktype: ${what}`);
  if (!ok) failures += 1;
}

// TypeScript: compiles under --strict, nothing @deprecated, and what `code` is.
const program = ts.createProgram([tsPath], { strict: true, noEmit: true });
const diagnostics = ts.getPreEmitDiagnostics(program);
check(diagnostics.length === 0, `${path.basename(tsPath)} compiles under tsc --strict`);
const source = program.getSourceFile(tsPath);
const tagged = [];
const aliases = new Map();
let codeProperty;
const visit = (node) => {
  const tags = (node.jsDoc || []).flatMap((doc) => [...(doc.tags || [])]);
  if (tags.some((tag) => tag.tagName.text === "deprecated")) tagged.push(ts.SyntaxKind[node.kind]);
  if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, node.type);
  if (ts.isPropertySignature(node) && node.name.getText(source) === "code" && ts.isInterfaceDeclaration(node.parent) && node.parent.members.some((m) => m.name && m.name.getText(source) === "text")) {
    codeProperty = node.type;
  }
  ts.forEachChild(node, visit);
};
visit(source);
check(tagged.length === 0, `TypeScript: nothing is @deprecated (no code is marked deprecated that is not) [${tagged.join(", ")}]`);
let tsCodes;
if (codeProperty && codeProperty.kind === ts.SyntaxKind.NumberKeyword) {
  tsCodes = "number";
} else if (codeProperty && ts.isTypeReferenceNode(codeProperty) && aliases.has(codeProperty.typeName.getText(source))) {
  const union = aliases.get(codeProperty.typeName.getText(source));
  const literals = ts.isUnionTypeNode(union) ? union.types.map((t) => (ts.isLiteralTypeNode(t) ? t.literal.text : undefined)) : [];
  tsCodes = JSON.stringify(literals) === JSON.stringify(codes) ? "union of the codes" : `union of ${JSON.stringify(literals.slice(0, 3))}…`;
} else {
  tsCodes = codeProperty ? codeProperty.getText(source) : "missing";
}
// quicktype 26 makes integer codes a bare `number` (its issue #2814): the enum is lost.
const tsExpected = type === "integer" ? "number" : "union of the codes";
check(tsCodes === tsExpected, `TypeScript: an entry's code is ${tsCodes} (${type} codes)`);

// Python: no @deprecated, and what `code` is.
const py = fs.readFileSync(pyPath, "utf8");
check(!/(^|\s)@deprecated/.test(py), "Python: no @deprecated in any docstring");
const enumBlock = /^class ErrorCode\(Enum\):\n((?:(?: {4}.*)?\n)*)/m.exec(py);
let pyCodes;
const members = [];
if (enumBlock) {
  for (const m of enumBlock[1].matchAll(/^ {4}([A-Z_0-9]+) = "((?:[^"\\]|\\.)*)"$/gm)) members.push([m[1], m[2]]);
  const values = members.map(([, value]) => value);
  pyCodes = JSON.stringify([...values].sort()) === JSON.stringify([...codes].map(String).sort()) ? "Enum of the codes" : "Enum of other values";
} else if (/^ {4}code: int$/m.test(py)) {
  pyCodes = "int";
} else {
  pyCodes = "something else";
}
const pyExpected = type === "integer" ? "int" : "Enum of the codes";
check(pyCodes === pyExpected, `Python: an entry's code is ${pyCodes} (${type} codes)`);
if (members.length > 0) {
  // Members are named from the values, not from the variant names (`THE_42_P01` for "42P01").
  const byValue = new Map(members.map(([name, value]) => [value, name]));
  const sample = data.errors.slice(0, 3).map((e) => `${byValue.get(String(e.code))} (${e.name})`);
  console.log(`note quicktype: Python members are named from the codes: ${sample.join(", ")}…`);
}

if (failures > 0) {
  console.error(`quicktype: ${failures} check(s) failed`);
  process.exit(1);
}
