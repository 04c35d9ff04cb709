import { assemble, type PlacedFacts } from "./assemble";
import { readBlockFacts, type BlockFacts } from "./block-facts";
import { splitBody, type Chunk } from "./chunks";
import { splitFrontmatter } from "./frontmatter";
import { splitLines } from "./lines";
import { splitFacts } from "./split-facts";
import type { ParseOptions, PrepNote } from "./prep-note";

/** The most characters of chunks not kept from the last parse that are read in one parse. */
const RUN_CHARS = 4_000;

export interface AsyncParseOptions {
	/** Gives the UI thread a turn; the glue passes a timer-based one. */
	yieldToUI(): Promise<void>;
	/** The clock, for the time budget between yields. */
	now(): number;
	/** Longest run of parsing between yields, in ms. */
	budgetMs?: number;
	/** Chunks parsed so far of all; called at each yield, and last with `done === total`. */
	onProgress?(done: number, total: number): void;
}

/** Parses a whole prep note in one pass. The reference that the chunked parser below must equal. */
export function parsePrepNote(markdown: string, options: ParseOptions = {}): PrepNote {
	const { skip, body } = splitFrontmatter(markdown);
	return assemble([{ facts: readBlockFacts(body), lineOffset: skip }], splitLines(markdown).length, options);
}

/**
 * Parses a note by chunks and keeps each chunk's facts by its text, so an
 * edit re-parses only the chunks it touched. Its model equals `parsePrepNote`'s.
 */
export class PrepNoteParser {
	private cache = new Map<string, BlockFacts>();

	parse(markdown: string, options: ParseOptions = {}): PrepNote {
		const { pieces, lineCount } = this.placedFacts(markdown);
		return assemble(pieces, lineCount, options);
	}

	/** The facts of each chunk, placed in the note, and the note's line count: what the model is assembled from. */
	placedFacts(markdown: string): { pieces: PlacedFacts[]; lineCount: number } {
		const { chunks, lineCount } = this.split(markdown);
		const next = new Map<string, BlockFacts>();
		const pieces: PlacedFacts[] = [];
		for (let i = 0; i < chunks.length; ) i = this.placeFrom(chunks, i, next, pieces);
		this.cache = next;
		return { pieces, lineCount };
	}

	/** The same model, yielding to the UI between chunks so no task runs long on a large cold note. */
	async parseAsync(markdown: string, options: ParseOptions, run: AsyncParseOptions): Promise<PrepNote> {
		const { chunks, lineCount } = this.split(markdown);
		const next = new Map<string, BlockFacts>();
		const placed: PlacedFacts[] = [];
		const budget = run.budgetMs ?? 12;
		let since = run.now();
		let reported = 0;
		for (let i = 0; i < chunks.length; ) {
			i = this.placeFrom(chunks, i, next, placed);
			if (run.now() - since >= budget) {
				run.onProgress?.(placed.length, chunks.length);
				reported = placed.length;
				await run.yieldToUI();
				since = run.now();
			}
		}
		// The last report is always the whole note, so a progress line never stays short of 100%.
		if (reported < chunks.length) run.onProgress?.(chunks.length, chunks.length);
		this.cache = next;
		return assemble(placed, lineCount, options);
	}

	private split(markdown: string): { chunks: Chunk[]; lineCount: number } {
		const { skip, body } = splitFrontmatter(markdown);
		const { chunks, lines } = splitBody(body, skip);
		return { chunks, lineCount: skip + lines };
	}

	/**
	 * Places the chunk at `i`, kept from the last parse or read now. Chunks read now are read together with the
	 * ones after them that are not kept either, up to `RUN_CHARS`, in one parse: a parse costs about as much to
	 * start as a few lines cost to read, and a note splits between all its top-level items. Returns the next index.
	 */
	private placeFrom(chunks: readonly Chunk[], i: number, next: Map<string, BlockFacts>, into: PlacedFacts[]): number {
		const kept = (chunk: Chunk) => next.get(chunk.text) ?? this.cache.get(chunk.text);
		let end = i;
		for (let chars = 0; end < chunks.length; end++) {
			const chunk = chunks[end] as Chunk;
			chars += chunk.text.length;
			if (kept(chunk) || (end > i && chars > RUN_CHARS)) break;
		}
		const run = chunks.slice(i, Math.max(end, i + 1));
		const first = (run[0] as Chunk).lineOffset;
		const read = end > i ? splitFacts(readBlockFacts(run.map((chunk) => chunk.text).join("")), run.map((chunk) => chunk.lineOffset - first + 1)) : [];
		for (const [k, chunk] of run.entries()) {
			const facts = read[k] ?? kept(chunk) ?? readBlockFacts(chunk.text);
			next.set(chunk.text, facts);
			into.push({ facts, lineOffset: chunk.lineOffset });
		}
		return i + run.length;
	}
}

