/**
 * The messages between the plugin and its parser, which runs in a worker or, where no worker runs, in-thread
 * behind the same messages. Everything in them is plain data, as a worker's messages must be.
 */
import type { ParseOptions, PlannerKind, RoundOptions, TextChange } from "../core";

/**
 * What each request asks of the document's parser; `doc` names the document, whose chunk cache it uses.
 * `references` are the named character references in its texts, decoded on the UI thread (named-references.ts).
 */
export type ParseRequest = { id: number; doc: string; references?: Record<string, string | false> } & (
	| {
			kind: "parse";
			text: string;
			options: ParseOptions;
			/** A long note: parsed chunk by chunk with progress reports and, in-thread, turns for the UI between chunks. */
			progress: boolean;
			/**
			 * The note read as a round of its company's process too, with its properties, here rather than on the
			 * UI thread: the answer is then a `NoteRead`.
			 */
			round?: { path: string; options: RoundOptions };
	  }
	/** Many notes read as rounds of their processes, for the process index: one message, and one answer, a round or null for each. */
	| { kind: "rounds"; notes: { text: string; options: ParseOptions; round: { path: string; options: RoundOptions } }[] }
	/** An edit from the planner table (`PLANNERS`), planned on the document's parser and checked there before the UI thread writes it. */
	| { kind: "plan"; planner: PlannerKind; text: string; args: unknown }
	/** The check before a write planned on the UI thread: its answer is the reason to refuse, or null. */
	| { kind: "check"; text: string; changes: TextChange[] }
	/** Drops the document's chunk cache; it has no answer. */
	| { kind: "forget" }
);

export type ParseAnswer =
	| { id: number; kind: "progress"; share: number }
	/** Items of a long list in a long note's answer, sent ahead of it: they go at the end of the list at `at` in the value that is `done`. */
	| { id: number; kind: "part"; at: string[]; items: unknown[] }
	/** `ms` is the parser's own time for the request, without the trip. */
	| { id: number; kind: "done"; value: unknown; ms: number }
	| { id: number; kind: "failed"; reason: string };

/** Where the parser listens and answers: a worker's global scope, or the in-thread stand-in for one. */
export interface ParseScope {
	onmessage: ((event: { data: ParseRequest }) => void) | null;
	postMessage(answer: ParseAnswer): void;
	/** In-thread only: gives the UI a turn between the chunks of a long note. A worker never needs to. */
	yieldToUI?: () => Promise<void>;
}
