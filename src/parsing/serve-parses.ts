// From the modules themselves, not the core's index: the parser's bundle takes only what it runs.
import { planCapture } from "../core/capture";
import { refuse, type EditPlan, type Planner } from "../core/edit-plan";
import { sectionsPlanner } from "../core/insert-sections";
import { planInsertStory } from "../core/insert-story";
import { planMoveQuestion } from "../core/move-question";
import { checkChanges, checkPlan } from "../core/plan-check";
import { PrepNoteParser } from "../core/prep-note-parser";
import { learnReferences } from "./decode-reference";
import type { ParseRequest, ParseScope } from "./protocol";

/**
 * The parser's side of the messages: one chunked parser per document, so each keeps its own chunk cache,
 * the edit planners that need the parser, run on that document's parser, and the check before every write. It runs in the worker, or
 * in-thread in the same shape; a request that throws is answered as failed, and the next still runs.
 */
/** A plan made here, checked here before the UI thread writes it: the one place with both the planner and the parser. */
function checked<R>(text: string, planner: Planner<R>): EditPlan<R> {
	const plan = planner(text);
	if (plan.kind !== "change") return plan;
	const problem = checkPlan(text, plan, planner);
	return problem === null ? plan : refuse(problem);
}

export function serveParses(scope: ParseScope): void {
	const parsers = new Map<string, PrepNoteParser>();
	const parserOf = (doc: string): PrepNoteParser => {
		let parser = parsers.get(doc);
		if (!parser) parsers.set(doc, (parser = new PrepNoteParser()));
		return parser;
	};
	const now = () => performance.now();
	const run = (request: Exclude<ParseRequest, { kind: "forget" }>): unknown => {
		if (request.references) learnReferences(request.references);
		switch (request.kind) {
			case "parse":
				if (!request.progress) return parserOf(request.doc).parse(request.text, request.options);
				return parserOf(request.doc).parseAsync(request.text, request.options, {
					now,
					yieldToUI: scope.yieldToUI ?? (() => Promise.resolve()),
					onProgress: (done, total) => scope.postMessage({ id: request.id, kind: "progress", share: done / total }),
				});
			case "capture": {
				const options = { ...request.options, parser: parserOf(request.doc) };
				return checked(request.text, (text) => planCapture(text, request.target, request.entry, options));
			}
			case "sections":
				return checked(request.text, sectionsPlanner(request.template, { ...request.options, parser: parserOf(request.doc) }));
			case "move-question": {
				const options = { ...request.options, parser: parserOf(request.doc) };
				return checked(request.text, (text) => planMoveQuestion(text, request.question, options));
			}
			case "insert-story": {
				const options = { ...request.options, parser: parserOf(request.doc) };
				return checked(request.text, (text) => planInsertStory(text, request.story, request.group, options));
			}
			case "check":
				return checkChanges(request.text, request.changes);
		}
	};
	const answer = async (request: Exclude<ParseRequest, { kind: "forget" }>): Promise<void> => {
		const start = now();
		try {
			const value = await run(request);
			scope.postMessage({ id: request.id, kind: "done", value, ms: now() - start });
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
