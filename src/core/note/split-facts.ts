import type { BlockFacts } from "./block-facts";

/**
 * The facts of pieces read together, in one parse, split back into each piece's own, with lines counted from
 * each piece's start. `starts` are the pieces' first lines in the text read, 1-based and rising. Pieces are
 * chunks (chunks.ts), which parse the same alone as together, so no fact spans two of them.
 */
export function splitFacts(facts: BlockFacts, starts: readonly number[]): BlockFacts[] {
	const pieces: BlockFacts[] = starts.map(() => ({ headings: [], tasks: [], rootItems: [], tables: [] }));
	const pieceOf = (line: number): number => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if ((starts[middle] as number) <= line) low = middle;
			else high = middle - 1;
		}
		return low;
	};
	for (const kind of ["headings", "tasks", "rootItems", "tables"] as const) {
		for (const fact of facts[kind]) {
			const piece = pieceOf(fact.line);
			const by = (starts[piece] as number) - 1;
			const moved: Record<string, unknown> = { ...fact, line: fact.line - by };
			if ("endLine" in fact) moved.endLine = fact.endLine - by;
			if ("rows" in fact) moved.rows = fact.rows.map((row) => ({ ...row, line: row.line - by }));
			(pieces[piece]?.[kind] as unknown[]).push(moved);
		}
	}
	return pieces;
}
