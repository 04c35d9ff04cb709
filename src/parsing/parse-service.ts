import type { EditPlan, GlanceSection, ParseOptions, PlannerArgs, PlannerKind, PlannerResult, PrepNote, Round, RoundOptions, TextChange } from "../core";
import type { ChannelListener, ParseChannel } from "./channel";
import { inThreadChannel } from "./in-thread-channel";
import { namedReferencesIn } from "./named-references";
import type { ParseAnswer, ParseRequest } from "./protocol";
import { workerChannel } from "./worker-channel";

/** Notes longer than this are parsed chunk by chunk with progress reports, and in-thread with turns for the UI between chunks. */
export const LONG_NOTE_CHARS = 50_000;

/** How long the worker may stay silent while requests wait, before the UI thread parses them itself. */
export const WORKER_TIMEOUT_MS = 10_000;

/** The document name of write checks, which keep no chunk cache of their own. */
const WRITE_CHECK = "";

/** One document's parser: its chunk cache stays warm from one request to the next. */
export interface DocumentParser {
	parse(text: string, options: ParseOptions, onProgress?: (share: number) => void): Promise<PrepNote>;
	/** The model, the note as a round of its process and its properties, all read off the UI thread. */
	parseWithRound(text: string, options: ParseOptions, round: NoteRound, onProgress?: (share: number) => void): Promise<NoteRead>;
	/** Notes read as rounds of their processes, in one message: the models stay with the parser, only the rounds come back. */
	rounds(notes: readonly NoteToRead[]): Promise<(Round | null)[]>;
	/** Plans and checks an edit from the planner table (`PLANNERS`) on this document's warm parser. */
	plan<K extends PlannerKind>(kind: K, text: string, args: PlannerArgs<K>): Promise<EditPlan<PlannerResult<K>>>;
	/** Drops the document's chunk cache. */
	forget(): void;
}

/** Where a note is and how its round is read: `roundOf`'s arguments besides the text and the model. */
export interface NoteRound {
	path: string;
	options: RoundOptions;
}

/** A note to read as a round: its text, the options to parse it with, and where it is. */
export interface NoteToRead {
	text: string;
	options: ParseOptions;
	round: NoteRound;
}

/** A followed note as the parser reads it. */
export interface NoteRead {
	note: PrepNote;
	round: Round | null;
	/** Its frontmatter keys, such as `meeting` and `duration`. */
	frontmatter: Record<string, string>;
	/** The frontmatter line Obsidian cannot read, and why; null when it reads them all. */
	yamlProblem: { line: number; text: string; reason: string } | null;
	/** Its ice breakers, highlights and concerns, as the sidebar shows them at a glance. */
	glance: GlanceSection[];
}

type Request = ParseRequest extends infer R ? (R extends ParseRequest ? Omit<R, "id"> : never) : never;

interface Pending {
	request: ParseRequest;
	resolve(value: unknown): void;
	reject(error: Error): void;
	onProgress?: (share: number) => void;
	/** Long lists of a long note's answer, sent ahead of it. */
	parts?: Extract<ParseAnswer, { kind: "part" }>[];
}

/**
 * The plugin's one parser, for every note it reads: it runs in a Web Worker, so the UI thread pays only
 * to send the text and take the model. Where no worker exists, the same parser runs in-thread; when the
 * worker fails, cannot be started or stays silent too long, the service says so once in the console, parses in-thread from then
 * on and sends again what the worker left unanswered. The worker starts with the first request; `close`,
 * registered on the plugin, ends it.
 */
export class ParseService {
	private channel: ParseChannel | null = null;
	private readonly pending = new Map<number, Pending>();
	private nextId = 1;
	private closed = false;
	private parserMs = 0;
	private worker = false;
	/** Runs out when the worker has said nothing for `WORKER_TIMEOUT_MS` while requests wait. */
	private watchdog: number | null = null;

	/** `in-thread` never starts a worker; the benchmark and the tests compare the two. */
	constructor(private readonly mode: "worker" | "in-thread" = "worker") {}

	/** Whether a worker parses now, rather than the UI thread. */
	get inWorker(): boolean {
		return this.worker;
	}

	/** The parser's own time for every request answered so far, in ms: the work kept off the UI thread when in a worker. */
	get parserTimeMs(): number {
		return this.parserMs;
	}

	/** The parser of the document named `key`, such as a note's path: each document keeps its own chunk cache. */
	document(key: string): DocumentParser {
		const parse = <T>(text: string, options: ParseOptions, round?: NoteRound, onProgress?: (share: number) => void) =>
			this.request<T>({ kind: "parse", doc: key, text, options, round, progress: text.length > LONG_NOTE_CHARS, references: namedReferencesIn(text) }, onProgress);
		return {
			parse: (text, options, onProgress) => parse(text, options, undefined, onProgress),
			parseWithRound: (text, options, round, onProgress) => parse(text, options, round, onProgress),
			rounds: (notes) => this.request({ kind: "rounds", doc: key, notes: [...notes], references: namedReferencesIn(...notes.map((note) => note.text)) }),
			// Every string in the arguments may hold a named reference that the worker cannot decode itself.
			plan: (kind, text, args) => this.request({ kind: "plan", planner: kind, doc: key, text, args, references: namedReferencesIn(text, JSON.stringify(args)) }),
			forget: () => {
				if (!this.closed) this.open().post({ kind: "forget", doc: key, id: this.nextId++ });
			},
		};
	}

	/** The check before a write that the UI thread planned: the reason to refuse it, or null (see `checkChanges`). */
	checkWrite(text: string, changes: TextChange[]): Promise<string | null> {
		return this.request({ kind: "check", doc: WRITE_CHECK, text, changes, references: namedReferencesIn(text, ...changes.map((c) => c.text)) });
	}

	/** Ends the worker. Requests not answered yet, and any made later, never settle. */
	close(): void {
		this.closed = true;
		this.channel?.close();
		this.channel = null;
		this.worker = false;
		this.pending.clear();
		this.stopWatchdog();
	}

	private request<T>(body: Request, onProgress?: (share: number) => void): Promise<T> {
		if (this.closed) return new Promise<T>(() => undefined);
		const request: ParseRequest = { ...body, id: this.nextId++ };
		return new Promise<T>((resolve, reject) => {
			this.pending.set(request.id, { request, resolve, reject, onProgress });
			this.open().post(request);
			if (this.watchdog === null) this.watch();
		});
	}

	/** While the worker has requests to answer, falls back when it stays silent too long, as a worker stuck in a loop does. */
	private watch(): void {
		this.stopWatchdog();
		if (!this.worker || this.pending.size === 0) return;
		this.watchdog = window.setTimeout(() => {
			this.watchdog = null;
			this.fallBack(`it did not answer for ${WORKER_TIMEOUT_MS / 1000} s`);
		}, WORKER_TIMEOUT_MS);
	}

	private stopWatchdog(): void {
		if (this.watchdog !== null) window.clearTimeout(this.watchdog);
		this.watchdog = null;
	}

	private open(): ParseChannel {
		if (this.channel) return this.channel;
		if (this.mode === "worker" && typeof Worker !== "undefined") {
			try {
				this.channel = this.connect(workerChannel);
				this.worker = true;
				return this.channel;
			} catch (error) {
				return this.fallBack(error instanceof Error ? error.message : String(error));
			}
		}
		return this.fallBack(null);
	}

	/** Parses in-thread from now on; `reason`, when the worker failed, is said once in the console. */
	private fallBack(reason: string | null): ParseChannel {
		if (reason !== null) console.warn(`Interview Prep: the background parser failed (${reason}), so notes are parsed on the main thread from now on.`);
		this.channel?.close();
		this.worker = false;
		this.stopWatchdog();
		const channel = (this.channel = this.connect(inThreadChannel));
		for (const pending of this.pending.values()) {
			// The in-thread parser sends its own parts.
			pending.parts = [];
			channel.post(pending.request);
		}
		return channel;
	}

	/** Opens a channel whose events count only while it is the one in use: a failed worker's late events are ignored. */
	private connect(open: (listener: ChannelListener) => ParseChannel): ParseChannel {
		const live = () => !this.closed && channel === this.channel;
		const channel: ParseChannel = open({
			answer: (answer) => live() && this.settle(answer),
			fail: (reason) => live() && void this.fallBack(reason),
		});
		return channel;
	}

	private settle(answer: ParseAnswer): void {
		const pending = this.pending.get(answer.id);
		if (answer.kind === "done" || answer.kind === "failed") this.pending.delete(answer.id);
		// Any word from the worker shows it is working: the wait starts again, or ends with nothing left to answer.
		if (this.worker) this.watch();
		if (!pending) return;
		if (answer.kind === "progress") return pending.onProgress?.(answer.share);
		// Each part is read in a task of its own, so no one task reads the whole of a long note's model.
		if (answer.kind === "part") return void (pending.parts ??= []).push(answer);
		if (answer.kind === "done") {
			this.parserMs += answer.ms;
			for (const { at, items } of pending.parts ?? []) (at.reduce<unknown>((list, key) => (list as Record<string, unknown>)[key], answer.value) as unknown[]).push(...items);
			pending.resolve(answer.value);
		} else {
			pending.reject(new Error(answer.reason));
		}
	}
}
