// Ajv 8 in strict mode, JSON Schema 2020-12: the schema compiles (no unknown keyword or format but
// the one vendor keyword `x-enum-varnames`, declared as a strict Ajv user declares it),
// is valid against its metaschema, agrees with the data on the codes and their deprecation, the
// data is valid, and bad data is rejected (also in the optional keys and retired codes the
// registry uses).
// Usage: node ajv.cjs SCHEMA.json DATA.json
"use strict";

const fs = require("node:fs");
const Ajv2020 = require("ajv/dist/2020");
const { codeDefinition, codeType, entryDefinition, unknownCode } = require("./common.cjs");

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
  // strictTypes, strictTuples, strictRequired); unknown formats are errors too. The code
  // schema's `x-enum-varnames` (the names of its `enum`, for OpenAPI generators) is an unknown
  // keyword to Ajv: declared as a vocabulary, as schema/README.md tells Ajv users to.
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addVocabulary(["x-enum-varnames"]);
  return ajv;
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

// The schema and the data agree on the codes: one branch per entry, in order, with the entry's
// code, its name as title, and `deprecated: true` exactly when the entry carries a deprecation note.
const codeDef = codeDefinition(schema);
const type = codeType(schema);
check(
  JSON.stringify(codeDef.oneOf.map((b) => [b.const, b.title])) ===
    JSON.stringify(data.errors.map((e) => [e.code, e.name])),
  `one ${type} branch per entry, in order (${codeDef.oneOf.length} codes)`,
);
// The same codes as an `enum` beside the `oneOf`, named in the same order by `x-enum-varnames`.
check(
  JSON.stringify(codeDef.enum) === JSON.stringify(data.errors.map((e) => e.code)) &&
    JSON.stringify(codeDef["x-enum-varnames"]) === JSON.stringify(data.errors.map((e) => e.name)),
  "the enum beside the oneOf is the codes in order, x-enum-varnames their names",
);
// No description holds an `@deprecated` tag: quicktype joins all of them into one doc comment,
// where it would mark every code.
check(
  codeDef.oneOf.every((b) => !/(^|\s)@deprecated/.test(b.description)),
  "no branch's description holds an @deprecated tag",
);
const deprecated = data.errors.filter((e) => e.deprecated !== undefined).map((e) => e.name);
const marked = codeDef.oneOf.filter((b) => b.deprecated === true).map((b) => b.title);
check(
  JSON.stringify(marked) === JSON.stringify(deprecated) &&
    codeDef.oneOf.every((b) => b.deprecated === undefined || b.deprecated === true),
  `the branches marked deprecated are the deprecated entries ([${marked.join(", ")}])`,
);

// Bad data, each rejected with an error at the expected place.
const unknown = unknownCode(schema, data);
// A code of the other JSON type: the first code as a string, or a string code as a number (one
// made of digits when there is one: "22012" is not 22012).
const retyped = type === "integer"
  ? [0, String(data.errors[0].code)]
  : (() => {
      const i = data.errors.findIndex((e) => /^[0-9]+$/.test(e.code));
      return i < 0 ? [0, 0] : [i, Number(data.errors[i].code)];
    })();
const cases = [
  [`an unknown code (${JSON.stringify(unknown)})`, "/errors/0/code", (d) => { d.errors[0].code = unknown; }],
  [`a code as ${type === "integer" ? "a string" : "a number"} (${JSON.stringify(retyped[1])})`,
    `/errors/${retyped[0]}/code`, (d) => { d.errors[retyped[0]].code = retyped[1]; }],
  ["a missing text", "/errors/1", (d) => { delete d.errors[1].text; }],
  ["a missing code", "/errors/2", (d) => { delete d.errors[2].code; }],
  ["a text of the wrong type", "/errors/0/text", (d) => { d.errors[0].text = 1; }],
  ["an unknown field in an entry", "/errors/0", (d) => { d.errors[0].http = true; }],
  ["a missing header field", "", (d) => { delete d.name; }],
];
// A string code is matched exactly: the same letters in another case are not the code.
const cased = data.errors.findIndex((e) => typeof e.code === "string" && e.code.toLowerCase() !== e.code);
if (cased >= 0) {
  const lower = data.errors[cased].code.toLowerCase();
  if (!data.errors.some((e) => e.code === lower)) {
    cases.push([`a code in lower case (${JSON.stringify(lower)})`, `/errors/${cased}/code`,
      (d) => { d.errors[cased].code = lower; }]);
  }
}
// A retired code is no live code.
for (const retired of (data.retired || []).slice(0, 1)) {
  cases.push([`a retired code as an entry's code (${JSON.stringify(retired.code)})`, "/errors/0/code",
    (d) => { d.errors[0].code = retired.code; }]);
  cases.push(["a retired code without its note", "/retired/0", (d) => { delete d.retired[0].note; }]);
  cases.push(["a retired code of the wrong type", "/retired/0/code",
    (d) => { d.retired[0].code = type === "integer" ? String(retired.code) : 1; }]);
}
// Each optional key of an entry the registry uses, with a value of the wrong type (a deprecation
// is a note, not the schema's `true`), and a status out of range.
const wrong = { string: 1, boolean: "yes", integer: "404", array: "a" };
const optional = Object.entries(entryDefinition(schema).properties)
  .filter(([key]) => !entryDefinition(schema).required.includes(key));
for (const [key, property] of optional) {
  const value = key === "deprecated" ? true : wrong[property.type];
  cases.push([`an entry's ${key} of the wrong type (${JSON.stringify(value)})`, `/errors/0/${key}`,
    (d) => { d.errors[0][key] = value; }]);
}
if (entryDefinition(schema).properties.status) {
  cases.push(["a status out of range (600)", "/errors/0/status", (d) => { d.errors[0].status = 600; }]);
}
if (schema.properties.version) {
  cases.push(["a version of the wrong type", "/version", (d) => { d.version = 1; }]);
}
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
  // On a code's branch, `{"type": …, "const": …}`, where schemars would put them.
  Object.assign(codeDefinition(variant).oneOf[0], extra);
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
