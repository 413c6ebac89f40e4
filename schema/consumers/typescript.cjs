// Checks the TypeScript that json-schema-to-typescript made from the schema, through the
// TypeScript compiler's own API, then writes the files that `tsc --strict` must compile (usage.ts)
// and must refuse (unknown.ts). Everything expected comes from the schema and the data.
// Usage: node typescript.cjs SCHEMA.json DATA.json GENERATED.ts OUT_DIR
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const [schemaPath, dataPath, generatedPath, outDir] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
const data = JSON.parse(fs.readFileSync(dataPath, "utf8"));

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} typescript: ${what}`);
  if (!ok) failures += 1;
}

// The code definition (the one with a `oneOf`) and the entry definition, by their schema titles.
const codeDef = Object.values(schema.$defs).find((d) => Array.isArray(d.oneOf));
const infoDef = Object.values(schema.$defs).find((d) => d.type === "object");
const codeName = codeDef.title;
const infoName = infoDef.title;

const program = ts.createProgram([generatedPath], { strict: true, noEmit: true });
const diagnostics = ts.getPreEmitDiagnostics(program);
check(diagnostics.length === 0, `${path.basename(generatedPath)} type-checks on its own`);
const checker = program.getTypeChecker();
const source = program.getSourceFile(generatedPath);
const exported = new Map(
  checker.getExportsOfModule(checker.getSymbolAtLocation(source)).map((s) => [s.name, s]),
);
const doc = (symbol) => ts.displayPartsToString(symbol.getDocumentationComment(checker));

// `export type ErrorCode = BadRequest | AccessDenied | …;`, documented.
const codeSymbol = exported.get(codeName);
const codeDecl = codeSymbol && codeSymbol.declarations[0];
check(
  codeDecl && ts.isTypeAliasDeclaration(codeDecl) && ts.isUnionTypeNode(codeDecl.type),
  `${codeName} is a type alias of a union`,
);
const members = codeDecl.type.types.map((t) => t.getText(source));
const names = data.errors.map((e) => e.name);
check(
  JSON.stringify(members) === JSON.stringify(names),
  `${codeName} = ${members.join(" | ")}: the registry's names, in order`,
);
check(doc(codeSymbol) === codeDef.description, `${codeName} carries its description`);

// `/** text: description */ export type NotFound = 404;` for each entry.
data.errors.forEach((entry, i) => {
  const symbol = exported.get(entry.name);
  const decl = symbol && symbol.declarations[0];
  const literal =
    decl && ts.isTypeAliasDeclaration(decl) && ts.isLiteralTypeNode(decl.type)
      ? decl.type.literal.getText(source)
      : undefined;
  check(literal === String(entry.code), `type ${entry.name} = ${literal}`);
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
  codeProperty && checker.typeToString(checker.getTypeOfSymbol(codeProperty)) === codeName,
  `${infoName}.code is ${codeName}`,
);
const root = [...exported.values()].find((s) => {
  const decl = s.declarations[0];
  return ts.isInterfaceDeclaration(decl) && s.members.has("errors");
});
check(root !== undefined, `the document interface is ${root && root.name}`);
const rootName = root.name;

// usage.ts: the committed data, typed with the generated types; each code is its named type; a
// switch over the codes is exhaustive (ErrorCode has no member beyond the registry's).
const imports = [codeName, infoName, rootName, ...names].join(", ");
const cases = data.errors
  .map((e) => `    case ${e.code}:\n      return ${JSON.stringify(e.name)};`)
  .join("\n");
fs.writeFileSync(
  path.join(outDir, "usage.ts"),
  `// Written by schema/consumers/typescript.cjs from ${dataPath}; must compile with tsc --strict.
import type { ${imports} } from "./errors";

export const registry: ${rootName} = ${JSON.stringify(data, null, 2)};

export const entries: ${infoName}[] = registry.errors;

export const named: [${names.join(", ")}] = [${data.errors.map((e) => e.code).join(", ")}];

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
const codes = new Set(data.errors.map((e) => e.code));
let unknown = 418;
while (codes.has(unknown)) unknown += 1;
const entry = { ...data.errors[0], code: unknown };
fs.writeFileSync(
  path.join(outDir, "unknown.ts"),
  `// Written by schema/consumers/typescript.cjs; tsc --strict must refuse both assignments.
import type { ${codeName}, ${infoName} } from "./errors";

export const code: ${codeName} = ${unknown};
export const entry: ${infoName} = ${JSON.stringify(entry)};
`,
);
fs.writeFileSync(path.join(outDir, "unknown-code"), `${unknown}\n`);

if (failures > 0) {
  console.error(`typescript: ${failures} check(s) failed`);
  process.exit(1);
}
