import { PrepNoteParser, type ParseOptions, type PrepNote } from "../core";

/**
 * How the process index has a note parsed. Today the core's parser on this thread; the parser in a
 * worker offers the same method, so moving the index onto it is a change of wiring only.
 */
export interface NoteParsing {
	parse(text: string, options: ParseOptions): Promise<PrepNote>;
}

/** The core's parser behind the async interface. One parser: each parse replaces its chunk cache, so notes never share chunks. */
export function parseOnThisThread(parser = new PrepNoteParser()): NoteParsing {
	return { parse: (text, options) => Promise.resolve(parser.parse(text, options)) };
}
