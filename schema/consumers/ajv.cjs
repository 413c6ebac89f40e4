// Ajv 8 in strict mode, JSON Schema 2020-12: the schema compiles (no unknown keyword or format),
// is valid against its metaschema, the committed data is valid, and bad data is rejected.
// Usage: node ajv.cjs SCHEMA.json DATA.json
"use strict";

const fs = require("node:fs");
const Ajv2020 = require("ajv/dist/2020");

const [schemaPath, dataPath] = process.argv.slice(2);
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
const data = JSON.parse(fs.readFileSync(dataPath, "utf8"));

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ajv: ${what}`);
  if (!ok) failures += 1;
}

function strictAjv() {
  // strict: true turns every strict option to an error (strictSchema, strictNumbers,
  // strictTypes, strictTuples, strictRequired); unknown formats are errors too.
  return new Ajv2020({ strict: true, allErrors: true });
}

const ajv = strictAjv();
check(ajv.validateSchema(schema) === true, "the schema is valid against the 2020-12 metaschema");
if (ajv.errors) console.log(ajv.errors);

let validate;
try {
  validate = ajv.compile(schema);
  check(true, `the schema compiles in strict mode ($id ${schema.$id})`);
} catch (e) {
  check(false, `the schema compiles in strict mode: ${e.message}`);
  process.exit(1);
}

check(validate(data) === true, `${dataPath} is valid`);
if (validate.errors) console.log(validate.errors);

// Bad data, each rejected with an error at the expected place.
const codes = new Set(data.errors.map((e) => e.code));
let unknown = 418;
while (codes.has(unknown)) unknown += 1;
const cases = [
  [`an unknown code (${unknown})`, "/errors/0/code", (d) => { d.errors[0].code = unknown; }],
  ["a code as a string", "/errors/0/code", (d) => { d.errors[0].code = String(d.errors[0].code); }],
  ["a missing text", "/errors/1", (d) => { delete d.errors[1].text; }],
  ["a missing code", "/errors/2", (d) => { delete d.errors[2].code; }],
  ["a text of the wrong type", "/errors/0/text", (d) => { d.errors[0].text = 1; }],
  ["an unknown field in an entry", "/errors/0", (d) => { d.errors[0].http = true; }],
  ["a missing header field", "", (d) => { delete d.name; }],
];
for (const [what, path, edit] of cases) {
  const bad = structuredClone(data);
  edit(bad);
  const valid = validate(bad);
  const paths = [...new Set((validate.errors || []).map((e) => e.instancePath))];
  check(!valid && paths.includes(path), `rejects ${what} (errors at ${JSON.stringify(paths)})`);
}

// Strict mode is really on: the keywords this schema avoids would stop it.
for (const [what, extra, word] of [
  ["a vendor keyword", { "x-rust-type": "u16" }, "x-rust-type"],
  ['format "uint16"', { format: "uint16" }, "uint16"],
]) {
  const variant = structuredClone(schema);
  // On a code's branch, `{"type": "integer", "const": …}`, where schemars would put them.
  const code = Object.values(variant.$defs).find((d) => Array.isArray(d.oneOf));
  Object.assign(code.oneOf[0], extra);
  let message = "compiled";
  try {
    strictAjv().compile(variant);
  } catch (e) {
    message = e.message;
  }
  check(message.includes(word), `strict mode refuses a schema with ${what}: ${message}`);
}

if (failures > 0) {
  console.error(`ajv: ${failures} check(s) failed`);
  process.exit(1);
}
