// The parser's own bundle (scripts/bundled-parse-core.mjs), which becomes the body of `runParseCore(parseScope)`.
import type { ParseScope } from "./protocol";
import runParseCore from "./run-parse-core";

declare const parseScope: ParseScope;

runParseCore(parseScope);
