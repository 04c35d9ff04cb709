/**
 * The parser bundle's stand-in for the `vfile` package (scripts/bundled-parse-core.mjs). unified's
 * `parse()`, the only entry the parser calls, wraps the text in a VFile and reads it back with
 * `String(file)`; paths, messages and URLs, most of vfile's weight, never run in a parse from memory.
 */
export class VFile {
	constructor(private readonly value: string) {}

	toString(): string {
		return this.value;
	}
}
