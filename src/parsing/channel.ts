import type { ParseAnswer, ParseRequest } from "./protocol";

/** A way to reach the parser: a worker, or the same parser in-thread. */
export interface ParseChannel {
	post(request: ParseRequest): void;
	/** Stops the parser; no answer arrives after this. */
	close(): void;
}

export interface ChannelListener {
	answer(answer: ParseAnswer): void;
	/** The parser stopped, and requests sent and not answered get no answer from it. */
	fail(reason: string): void;
}
