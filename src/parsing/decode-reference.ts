/**
 * The worker's stand-in for the `decode-named-character-reference` package (scripts/bundled-parse-core.mjs):
 * a worker has no HTML parser to decode `&copy;` with, so it uses the values the UI thread decoded for the
 * texts it sent (named-references.ts). A name never sent reads as text, as an unknown name does.
 */

const known = new Map<string, string | false>();

/** Remembers decoded names; a name's value never changes, so they serve every later request too. */
export function learnReferences(references: Record<string, string | false>): void {
	for (const name of Object.keys(references)) known.set(name, references[name] ?? false);
}

export function decodeNamedCharacterReference(value: string): string | false {
	return known.get(value) ?? false;
}
