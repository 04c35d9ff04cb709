import type { ParseOptions, PrepNote } from "../core";

/**
 * How the process index has a note parsed: in the plugin, the parser's worker (`ParseService`); in the
 * Node benchmark, which has no worker, the core's parser on its own thread.
 */
export interface NoteParsing {
	parse(text: string, options: ParseOptions): Promise<PrepNote>;
}
