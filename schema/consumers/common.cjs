// What the Node checks (ajv.cjs, typescript.cjs) need to know about an export, read from the
// schema and the data alone. python_check.py follows the same rules.
"use strict";

// The code definition (the one with a `oneOf`: one branch per code) and the entry definition.
function codeDefinition(schema) {
  return Object.values(schema.$defs).find((d) => Array.isArray(d.oneOf));
}
function entryDefinition(schema) {
  return Object.values(schema.$defs).find((d) => d.type === "object");
}

// "integer" or "string": the `type` every branch of the code definition has.
function codeType(schema) {
  const types = new Set(codeDefinition(schema).oneOf.map((branch) => branch.type));
  if (types.size !== 1 || !(types.has("integer") || types.has("string"))) {
    throw new Error(`the code branches' types are ${JSON.stringify([...types])}, not one of integer, string`);
  }
  return [...types][0];
}

// A code that is neither a live nor a retired code: 418 or the next free integer, or
// "NOT_A_CODE" (with as many trailing "_" as it takes) for a registry of string codes.
function unknownCode(schema, data) {
  const taken = new Set([...data.errors, ...(data.retired || [])].map((e) => e.code));
  let code = codeType(schema) === "integer" ? 418 : "NOT_A_CODE";
  while (taken.has(code)) code = typeof code === "number" ? code + 1 : `${code}_`;
  return code;
}

module.exports = { codeDefinition, entryDefinition, codeType, unknownCode };
