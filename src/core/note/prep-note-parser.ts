import { assemble, type PlacedFacts } from "./assemble";
import { readBlockFacts, type BlockFacts } from "./block-facts";
import { splitBody, type Chunk } from "./chunks";
import { splitFrontmatter } from "./frontmatter";
import { splitLines } from "./lines";
import type { ParseOptions, PrepNote } from "./prep-note";

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
		const pieces = chunks.map((chunk) => this.place(chunk, next));
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
		for (const chunk of chunks) {
			placed.push(this.place(chunk, next));
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

	private place(chunk: Chunk, next: Map<string, BlockFacts>): PlacedFacts {
		const facts = next.get(chunk.text) ?? this.cache.get(chunk.text) ?? readBlockFacts(chunk.text);
		next.set(chunk.text, facts);
		return { facts, lineOffset: chunk.lineOffset };
	}
}

