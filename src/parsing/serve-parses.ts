// From the modules themselves, not the core's index: the parser's bundle takes only what it runs.
import { planCheckedEdit, type PlannerArgs, type PlannerKind } from "../core/edits/planners";
import { checkChanges } from "../core/edits/plan-check";
import { PrepNoteParser } from "../core/note/prep-note-parser";
import { roundOf } from "../core/process/round";
import { frontmatterProblem, readFrontmatter } from "../core/note/frontmatter";
import { glanceOf } from "../core/note/glance";
import { learnReferences } from "./decode-reference";
import type { ParseRequest, ParseScope } from "./protocol";

/**
 * The parser's side of the messages: one chunked parser per document, so each keeps its own chunk cache,
 * the planner table's edits, run on that document's parser, and the check before every write. It runs in the worker, or
 * in-thread in the same shape; a request that throws is answered as failed, and the next still runs.
 */
export function serveParses(scope: ParseScope): void {
	const parsers = new Map<string, PrepNoteParser>();
	const parserOf = (doc: string): PrepNoteParser => {
		let parser = parsers.get(doc);
		if (!parser) parsers.set(doc, (parser = new PrepNoteParser()));
		return parser;
	};
	const now = () => performance.now();
	const parse = async (request: Extract<ParseRequest, { kind: "parse" }>): Promise<unknown> => {
		const note = !request.progress
			? parserOf(request.doc).parse(request.text, request.options)
			: await parserOf(request.doc).parseAsync(request.text, request.options, {
					now,
					yieldToUI: scope.yieldToUI ?? (() => Promise.resolve()),
					onProgress: (done, total) => scope.postMessage({ id: request.id, kind: "progress", share: done / total }),
				});
		if (!request.round) return note;
		// The followed note's round, its properties and what Obsidian cannot read in them, and its parts at a
		// glance come along: nothing of the note's text is read on the UI thread.
		const { text } = request;
		return { note, round: roundOf(request.round.path, text, note, request.round.options), frontmatter: readFrontmatter(text), yamlProblem: frontmatterProblem(text), glance: glanceOf(note, text) };
	};
	// The index's notes, each read once, so no chunk cache is worth keeping; in-thread, the UI gets a turn between them.
	const readRounds = async (notes: Extract<ParseRequest, { kind: "rounds" }>["notes"]): Promise<unknown[]> => {
		const rounds = [];
		for (const { text, options, round } of notes) {
			if (rounds.length > 0) await scope.yieldToUI?.();
			rounds.push(roundOf(round.path, text, new PrepNoteParser().parse(text, options), round.options));
		}
		return rounds;
	};
	const run = (request: Exclude<ParseRequest, { kind: "forget" }>): unknown => {
		if (request.references) learnReferences(request.references);
		switch (request.kind) {
			case "parse":
				return parse(request);
			case "rounds":
				return readRounds(request.notes);
			case "plan": {
				// Planned here and checked here before the UI thread writes it: the one place with both the planner and the parser.
				return planCheckedEdit(request.planner, request.text, request.args as PlannerArgs<PlannerKind>, parserOf(request.doc));
			}
			case "check":
				return checkChanges(request.text, request.changes);
		}
	};
	const answer = async (request: Exclude<ParseRequest, { kind: "forget" }>): Promise<void> => {
		const start = now();
		try {
			const value = await run(request);
			const { id } = request;
			// A long note's model would take the UI thread longer than a frame to read in one message; any answer from that much text is sent so.
			if (("notes" in request ? request.notes : [request]).reduce((chars, note) => chars + note.text.length, 0) > PART_CHARS) {
				for (const part of partsOf(value, [])) scope.postMessage({ id, kind: "part", ...part });
			}
			scope.postMessage({ id, kind: "done", value, ms: now() - start });
		} catch (error) {
			scope.postMessage({ id: request.id, kind: "failed", reason: error instanceof Error ? error.message : String(error) });
		}
	};
	scope.onmessage = ({ data }) => {
		// Forgetting needs no answer: one message less for the UI thread, for each note an index reads.
		if (data.kind === "forget") parsers.delete(data.doc);
		else void answer(data);
	};
}

/** Notes of more characters than this are answered in parts. */
const PART_CHARS = 200_000;
/** Items of a list that stay in the answer, and that go in each part sent ahead of it. */
const PART_ITEMS = 100;

/** Takes the items of long lists out of an answer, down to three levels, in parts of `PART_ITEMS` after the first. */
function* partsOf(value: unknown, at: string[]): Generator<{ at: string[]; items: unknown[] }> {
	if (at.length > 3 || typeof value !== "object" || value === null) return;
	if (Array.isArray(value)) while (value.length > PART_ITEMS) yield { at, items: value.splice(PART_ITEMS, PART_ITEMS) };
	for (const [key, item] of Object.entries(value)) yield* partsOf(item, [...at, key]);
}
