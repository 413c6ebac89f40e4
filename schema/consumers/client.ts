// A client of the TypeScript module errcodes writes (errors.ts), as an application uses it: it
// looks up each code of codes.ts (the registry's codes, then codes it does not list) and prints
// one JSON line per code: the entry, or the code kept as it came. run.sh compiles it with the
// module under `tsc --strict`, runs it, and modules_check.py compares its output with the
// registry's data.
import { ERRORS, ErrorCodes, isErrorCode, lookup } from "./errors";
import type { ErrorCode, ErrorEntry } from "./errors";
import { CODES } from "./codes";

// Each named constant is its entry's code, typed ErrorCode.
const named: { readonly [name: string]: ErrorCode } = ErrorCodes;
for (const entry of ERRORS) {
  if (named[entry.name] !== entry.code) {
    throw new Error(`ErrorCodes.${entry.name} is not ${JSON.stringify(entry.code)}`);
  }
}

// Nothing a client may pass makes lookup or isErrorCode throw, and none of these is a code.
const odd: unknown[] = [null, undefined, {}, [], NaN, Infinity, 1e21, true, "", "hasOwnProperty"];
for (const x of odd) {
  if (isErrorCode(x) || lookup(x as number) !== undefined) {
    throw new Error(`${String(x)} taken for a code`);
  }
}

for (const raw of CODES) {
  // A code read off the wire: its entry when the module knows it, else the raw value, kept.
  const entry: ErrorEntry | undefined =
    typeof raw === "number" || typeof raw === "string" ? lookup(raw) : undefined;
  if (isErrorCode(raw) !== (entry !== undefined)) {
    throw new Error(`isErrorCode(${JSON.stringify(raw)}) disagrees with lookup`);
  }
  if (isErrorCode(raw)) {
    // Narrowed: a code of the table.
    const code: ErrorCode = raw;
    console.log(JSON.stringify({ code, entry }));
  } else {
    console.log(JSON.stringify({ code: raw, unknown: true }));
  }
}
