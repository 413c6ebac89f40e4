// The TypeScript side of the check of errcodes' own modules (errors.ts, errors.py), for run.sh.
// Usage: node modules.cjs codes SCHEMA.json DATA.json OUT_DIR
//   writes OUT_DIR/codes.ts and OUT_DIR/codes.json: the registry's codes in table order, then
//   codes it does not list (a free code, the first code as the other JSON type, and for string
//   codes the first one in another case), which the clients must keep as they came; and
//   OUT_DIR/unknown.ts, which assigns the free code to an ErrorCode (tsc must refuse it);
// Usage: node modules.cjs deprecated MODULE.ts DATA.json
//   checks, with the TypeScript compiler's own JSDoc reader, that the declarations tagged
//   `@deprecated` in the module are exactly the named constants (ErrorCodes.Name) of the
//   deprecated entries: nothing else, however the registry's text is written.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");
const { unknownCode } = require("./common.cjs");

const [mode, ...args] = process.argv.slice(2);

if (mode === "codes") {
  const [schemaPath, dataPath, outDir] = args;
  const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
  const data = JSON.parse(fs.readFileSync(dataPath, "utf8"));
  const codes = data.errors.map((e) => e.code);
  const first = codes[0];
  const unknown = [unknownCode(schema, data)];
  unknown.push(typeof first === "number" ? String(first) : 404);
  if (typeof first === "string" && first.toLowerCase() !== first) {
    unknown.push(first.toLowerCase());
  }
  const all = [...codes, ...unknown.filter((c) => !codes.includes(c))];
  fs.writeFileSync(path.join(outDir, "codes.json"), `${JSON.stringify(all)}\n`);
  fs.writeFileSync(
    path.join(outDir, "codes.ts"),
    `// Written by schema/consumers/modules.cjs from ${dataPath}.\nexport const CODES: readonly unknown[] = ${JSON.stringify(all)};\n`,
  );
  // The first unknown code must not type-check as an ErrorCode.
  fs.writeFileSync(
    path.join(outDir, "unknown.ts"),
    `// Written by schema/consumers/modules.cjs; tsc --strict must refuse it.\nimport type { ErrorCode } from "./errors";\n\nexport const code: ErrorCode = ${JSON.stringify(unknown[0])};\n`,
  );
  fs.writeFileSync(path.join(outDir, "unknown-code"), `${JSON.stringify(unknown[0])}\n`);
  console.log(`ok   codes: the registry's ${codes.length}, and ${all.length - codes.length} it does not list (${JSON.stringify(all.slice(codes.length))})`);
} else if (mode === "deprecated") {
  const [modulePath, dataPath] = args;
  const data = JSON.parse(fs.readFileSync(dataPath, "utf8"));
  const source = ts.createSourceFile(modulePath, fs.readFileSync(modulePath, "utf8"), ts.ScriptTarget.Latest, true);
  const tagged = [];
  const visit = (node) => {
    // The declarations whose own doc comments hold the tag (an identifier shares its
    // declaration's, and is not counted again).
    const tags = (node.jsDoc || []).flatMap((doc) => [...(doc.tags || [])]);
    if (tags.some((tag) => tag.tagName.text === "deprecated")) {
      const parent = node.parent && node.parent.parent;
      const inCodes =
        ts.isPropertyAssignment(node) &&
        parent &&
        ts.isAsExpression(parent) &&
        ts.isVariableDeclaration(parent.parent) &&
        parent.parent.name.getText(source) === "ErrorCodes";
      tagged.push(inCodes ? `ErrorCodes.${node.name.getText(source)}` : `${ts.SyntaxKind[node.kind]} at ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const expected = data.errors.filter((e) => e.deprecated !== undefined).map((e) => `ErrorCodes.${e.name}`);
  if (JSON.stringify(tagged) !== JSON.stringify(expected)) {
    console.error(`FAIL modules: @deprecated in ${modulePath} on [${tagged.join(", ")}], expected on [${expected.join(", ")}]`);
    process.exit(1);
  }
  console.log(`ok   modules: @deprecated in ${path.basename(modulePath)} exactly on the deprecated codes' constants: [${expected.join(", ")}]`);
} else {
  console.error("usage: node modules.cjs codes SCHEMA DATA OUT_DIR | deprecated MODULE.ts DATA");
  process.exit(2);
}
