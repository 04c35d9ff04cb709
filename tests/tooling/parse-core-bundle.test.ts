import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { runInThisContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseOptions } from "../../esbuild.config.mjs";
import { PrepNoteParser } from "../../src/core/note/prep-note-parser";
import extend from "../../src/parsing/deep-extend";
import type { ParseAnswer, ParseScope } from "../../src/parsing/protocol";
import { FIXTURE_PATH, readSeed, seedPresent } from "../seed";

/** The seed note where it is beside the repository, else the repository's note of its shape, which every clone has. */
const seed = seedPresent ? readSeed() : readFileSync(FIXTURE_PATH, "utf8");

/** The parser's function as the release build bundles it, with its stand-ins for vfile and the entity table. */
async function releaseParseCore(): Promise<(scope: ParseScope) => void> {
	const result = await build({
		...releaseOptions,
		entryPoints: undefined,
		stdin: { contents: `export { default } from "parse-worker:core";`, resolveDir: process.cwd(), loader: "ts" },
		format: "iife",
		globalName: "parseCoreBundle",
		outfile: undefined,
		write: false,
		logLevel: "silent",
	});
	const code = result.outputFiles[0]?.text ?? "";
	const bundle = runInThisContext(`${code};parseCoreBundle`) as { default: (scope: ParseScope) => void };
	return bundle.default;
}

describe("the parser's function in the release build", () => {
	it("reads the seed note, CRLF and a named reference as the source parser does", async () => {
		const runParseCore = await releaseParseCore();
		const answers: ParseAnswer[] = [];
		const scope: ParseScope = { onmessage: null, postMessage: (answer) => answers.push(answer) };
		runParseCore(scope);
		const texts = [seed, seed.replace(/\n/g, "\r\n"), "# T\n\n## Stories\n- Caf&eacute; &amp; co\n  - short\n"];
		for (const [id, text] of texts.entries()) {
			scope.onmessage?.({ data: { id, doc: `d${id}`, kind: "parse", text, options: { fallbackTitle: "Seed" }, progress: false, references: { eacute: "é", amp: "&" } } });
		}
		await expect.poll(() => answers.length).toBe(texts.length);
		for (const [id, text] of texts.entries()) {
			const answer = answers.find((a) => a.id === id);
			expect(answer?.kind).toBe("done");
			const expected = new PrepNoteParser().parse(text, { fallbackTitle: "Seed" });
			expect(answer?.kind === "done" && answer.value).toEqual(JSON.parse(JSON.stringify(expected)));
		}
		// What a user sees: the seed's stories and the decoded title.
		const seedNote = answers.find((a) => a.id === 0);
		expect(seedNote?.kind === "done" && (seedNote.value as { stories: unknown[] }).stories.length).toBeGreaterThan(0);
		const decoded = answers.find((a) => a.id === 2);
		expect(JSON.stringify(decoded?.kind === "done" && decoded.value)).toContain("Café & co");
		// A round, its properties and what cannot be read in them, read by the parser too.
		const round = { path: "Acme/Screen.md", options: { companyKey: "company", saidHeading: "What I said", discrepanciesHeading: "Discrepancies", storiesHeading: "Stories" } };
		const text = "---\ncompany: Acme\nwith: Sam (CTO): hiring manager\n---\n# Screen\n## Stories\n- Outage\n";
		scope.onmessage?.({ data: { id: 3, doc: "d3", kind: "parse", text, options: {}, progress: false, round } });
		scope.onmessage?.({ data: { id: 4, doc: "d4", kind: "rounds", notes: [{ text, options: {}, round }, { text: "# No company\n", options: {}, round }] } });
		await expect.poll(() => answers.length).toBe(5);
		const read = answers.find((a) => a.id === 3);
		expect(read?.kind === "done" && read.value).toMatchObject({ round: { company: "Acme", path: "Acme/Screen.md" }, frontmatter: { company: "Acme" }, yamlProblem: { line: 3 } });
		// The index's batch: a round for each note, in order, and null for a note that names no company.
		const rounds = answers.find((a) => a.id === 4);
		expect(rounds?.kind === "done" && rounds.value).toMatchObject([{ company: "Acme" }, null]);
	});
});

describe("the stand-in for extend", () => {
	it("copies a processor's data deeply, so a plugin's extension added to a copy leaves the original as it was", () => {
		const tokenize = () => undefined;
		const original = { micromarkExtensions: [{ flow: { 124: tokenize } }], settings: { bullet: "-" }, nothing: undefined };
		const copy = extend(true, {}, original);
		(copy.micromarkExtensions as unknown[]).push({ text: {} });
		(copy.settings as Record<string, unknown>).bullet = "*";
		expect(original.micromarkExtensions).toHaveLength(1);
		expect(original.settings.bullet).toBe("-");
		expect((copy.micromarkExtensions as { flow: Record<number, unknown> }[])[0]?.flow[124]).toBe(tokenize);
		expect("nothing" in copy).toBe(false);
		// Settings merge into what is there, key by key.
		expect(extend(true, { a: { b: 1, c: [1, 2] } }, { a: { c: [3] } })).toEqual({ a: { b: 1, c: [3, 2] } });
	});
});
