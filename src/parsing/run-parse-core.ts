import type { ParseScope } from "./protocol";
import { serveParses } from "./serve-parses";

/**
 * What `parse-worker:core` exports, as source. The build replaces that module with this function bundled on
 * its own (scripts/bundled-parse-core.mjs); type checks, unit tests and Node scripts resolve it to this file.
 */
export default function runParseCore(scope: ParseScope): void {
	serveParses(scope);
}
