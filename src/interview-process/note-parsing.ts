import { sameContent, type ParseOptions, type PrepNote } from "../core";

/**
 * How the process index has a note parsed: in the plugin, the parser's worker (`ParseService`); in the
 * Node benchmark, which has no worker, the core's parser on its own thread.
 */
export interface NoteParsing {
	parse(text: string, options: ParseOptions): Promise<PrepNote>;
}

/** A note read already: its text, the options it was read with, and the model. */
export interface ReadNote {
	text: string;
	options: ParseOptions;
	note: PrepNote;
}

/**
 * The index's parsing, taking the model of the note the sidebar follows when it is the same text read with the
 * same options: an autosave of the note being typed in is then not parsed a second time.
 */
export function reusingFollowedNote(followed: () => ReadNote | null, parsing: NoteParsing): NoteParsing {
	return {
		parse: (text, options) => {
			const read = followed();
			return read && read.text === text && sameContent(read.options, options) ? Promise.resolve(read.note) : parsing.parse(text, options);
		},
	};
}
