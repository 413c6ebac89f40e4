// Checks the TypeScript that json-schema-to-typescript made from the schema, through the
// TypeScript compiler's own API, and writes its declaration file (d/errors.d.ts); then writes the
// files that `tsc --strict` must compile (usage.ts) and must refuse (unknown.ts), and the names of
// the deprecated codes (deprecated-names, one a line, for run.sh's check of the declaration file)
// and the codes' type (code-type: integer or string). Everything expected comes from the schema and
// the data.
// Usage: node typescript.cjs SCHEMA.json DATA.json GENERATED.ts OUT_DIR
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");
const { codeDefinition, codeType, entryDefinition, unknownCode } = require("./common.cjs");

const [schemaPath, dataPath, generatedPath, outDir] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
const data = JSON.parse(fs.readFileSync(dataPath, "utf8"));

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} typescript: ${what}`);
  if (!ok) failures += 1;
}

// The code definition (the one with a `oneOf`) and the entry definition, by their schema titles.
const codeDef = codeDefinition(schema);
const infoDef = entryDefinition(schema);
const type = codeType(schema);
const codeName = codeDef.title;
const infoName = infoDef.title;

// Type-checked on its own, and its declaration file written (OUT_DIR/d/errors.d.ts, what a
// package would ship: run.sh looks for the `@deprecated` tags there).
const program = ts.createProgram([generatedPath], {
  strict: true,
  declaration: true,
  emitDeclarationOnly: true,
  outDir: path.join(outDir, "d"),
});
const diagnostics = ts.getPreEmitDiagnostics(program);
check(diagnostics.length === 0, `${path.basename(generatedPath)} type-checks on its own`);
const emitted = program.emit();
check(
  !emitted.emitSkipped && emitted.diagnostics.length === 0,
  `its declaration file is written (${path.join(outDir, "d", path.basename(generatedPath, ".ts"))}.d.ts)`,
);
const checker = program.getTypeChecker();
const source = program.getSourceFile(generatedPath);
const exported = new Map(
  checker.getExportsOfModule(checker.getSymbolAtLocation(source)).map((s) => [s.name, s]),
);
const doc = (symbol) => ts.displayPartsToString(symbol.getDocumentationComment(checker));

// `export type ErrorCode = ErrorCode1 & ErrorCode2;`, documented: json-schema-to-typescript
// makes the `oneOf` a union of the named codes (`ErrorCode1 = BadRequest | AccessDenied | …`)
// and the `enum` beside it a union of the same literals (`ErrorCode2 = 400 | 401 | …`), and
// intersects them: the same codes.
const codeSymbol = exported.get(codeName);
const codeDecl = codeSymbol && codeSymbol.declarations[0];
const aliasOf = (node) => {
  const symbol = ts.isTypeReferenceNode(node) && exported.get(node.typeName.getText(source));
  const decl = symbol && symbol.declarations[0];
  return decl && ts.isTypeAliasDeclaration(decl) && ts.isUnionTypeNode(decl.type) ? decl.type : undefined;
};
const parts =
  codeDecl && ts.isTypeAliasDeclaration(codeDecl) && ts.isIntersectionTypeNode(codeDecl.type)
    ? codeDecl.type.types.map(aliasOf)
    : [];
const namedUnion = parts.find((u) => u && u.types.every((t) => ts.isTypeReferenceNode(t)));
const literalUnion = parts.find((u) => u && u.types.every((t) => ts.isLiteralTypeNode(t)));
check(
  parts.length === 2 && namedUnion !== undefined && literalUnion !== undefined,
  `${codeName} is the intersection of a union of named codes and a union of literals`,
);
check(
  JSON.stringify(literalUnion.types.map((t) => t.getText(source))) ===
    JSON.stringify(data.errors.map((e) => JSON.stringify(e.code))),
  `the union of literals is the registry's codes, in order`,
);
const members = namedUnion.types.map((t) => t.getText(source));
const names = data.errors.map((e) => e.name);
check(
  JSON.stringify(members) === JSON.stringify(names),
  `${codeName} = ${members.length > 6 ? [...members.slice(0, 3), "…", ...members.slice(-2)].join(" | ") : members.join(" | ")}: the registry's ${members.length} names, in order`,
);
check(doc(codeSymbol) === codeDef.description, `${codeName} carries its description`);

// `/** text: description */ export type NotFound = 404;` (or `= "42P01"`) for each entry.
const literalKind = type === "integer" ? ts.SyntaxKind.NumericLiteral : ts.SyntaxKind.StringLiteral;
data.errors.forEach((entry, i) => {
  const symbol = exported.get(entry.name);
  const decl = symbol && symbol.declarations[0];
  const literal =
    decl && ts.isTypeAliasDeclaration(decl) && ts.isLiteralTypeNode(decl.type)
      ? decl.type.literal
      : undefined;
  check(
    literal !== undefined && literal.kind === literalKind && literal.text === String(entry.code),
    `type ${entry.name} = ${literal && literal.getText(source)}`,
  );
  const comment = symbol ? doc(symbol) : "";
  check(
    comment === codeDef.oneOf[i].description && comment.includes(entry.description),
    `${entry.name}'s doc comment is its text and description`,
  );
});

// The entry interface types `code` as the union, and the root interface holds the entries.
const infoSymbol = exported.get(infoName);
const codeProperty = infoSymbol && checker.getDeclaredTypeOfSymbol(infoSymbol).getProperty("code");
check(
  // As written in the declaration (the checker prints the intersection reduced to its codes).
  codeProperty && codeProperty.declarations[0].type.getText(source) === codeName,
  `${infoName}.code is ${codeName}`,
);
const root = [...exported.values()].find((s) => {
  const decl = s.declarations[0];
  return ts.isInterfaceDeclaration(decl) && s.members.has("errors");
});
check(root !== undefined, `the document interface is ${root && root.name}`);
const rootName = root.name;

// Every property of the entry and of the document, optional exactly when the schema does not
// require it (`status?: number`, `aliases?: string[]`, `retired?: {…}[]`, …).
for (const [symbol, def] of [[infoSymbol, infoDef], [root, schema]]) {
  const declared = checker.getDeclaredTypeOfSymbol(symbol);
  const shape = declared
    .getProperties()
    .map((p) => {
      const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
      const t = checker.typeToString(checker.getNonNullableType(checker.getTypeOfSymbol(p)));
      return `${p.name}${optional ? "?" : ""}: ${t}`;
    });
  const expected = Object.keys(def.properties)
    .sort()
    .map((key) => `${key}${def.required.includes(key) ? "" : "?"}`);
  check(
    JSON.stringify(shape.map((p) => p.split(":")[0])) === JSON.stringify(expected),
    `${symbol.name} { ${shape.join("; ")} }: the schema's properties, optional where the schema does not require them`,
  );
}

// usage.ts: the committed data, typed with the generated types; each code is its named type; a
// switch over the codes is exhaustive (ErrorCode has no member beyond the registry's).
const imports = [codeName, infoName, rootName, ...names].join(", ");
// A code as TypeScript writes it: 404, "42P01".
const codeLiteral = (code) => JSON.stringify(code);
const cases = data.errors
  .map((e) => `    case ${codeLiteral(e.code)}:\n      return ${JSON.stringify(e.name)};`)
  .join("\n");
fs.writeFileSync(
  path.join(outDir, "usage.ts"),
  `// Written by schema/consumers/typescript.cjs from ${dataPath}; must compile with tsc --strict.
import type { ${imports} } from "./errors";

export const registry: ${rootName} = ${JSON.stringify(data, null, 2)};

export const entries: ${infoName}[] = registry.errors;

export const named: [${names.join(", ")}] = [${data.errors.map((e) => codeLiteral(e.code)).join(", ")}];

export function nameOf(code: ${codeName}): string {
  switch (code) {
${cases}
    default: {
      const unreachable: never = code;
      return unreachable;
    }
  }
}
`,
);

// unknown.ts: a code outside the registry, alone and in an entry; tsc must refuse both lines.
const unknown = unknownCode(schema, data);
const entry = { ...data.errors[0], code: unknown };
fs.writeFileSync(
  path.join(outDir, "unknown.ts"),
  `// Written by schema/consumers/typescript.cjs; tsc --strict must refuse both assignments.
import type { ${codeName}, ${infoName} } from "./errors";

export const code: ${codeName} = ${codeLiteral(unknown)};
export const entry: ${infoName} = ${JSON.stringify(entry)};
`,
);
// As tsc writes the literal type in its message: 418, "NOT_A_CODE".
fs.writeFileSync(path.join(outDir, "unknown-code"), `${codeLiteral(unknown)}\n`);
fs.writeFileSync(path.join(outDir, "code-type"), `${type}\n`);
fs.writeFileSync(
  path.join(outDir, "deprecated-names"),
  codeDef.oneOf.filter((b) => b.deprecated === true).map((b) => `${b.title}\n`).join(""),
);

if (failures > 0) {
  console.error(`typescript: ${failures} check(s) failed`);
  process.exit(1);
}
