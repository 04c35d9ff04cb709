import { sameContent, type ParseOptions, type Round } from "../core";
import type { NoteRound } from "../parsing/parse-service";

/**
 * How the process index has a note read as a round: in the plugin, by the parser's worker (`ParseService`),
 * so the UI thread takes only the round; in the Node benchmark, which has no worker, by the core on its own thread.
 */
export interface NoteParsing {
	round(text: string, options: ParseOptions, round: NoteRound): Promise<Round | null>;
}

/** A note read already: where it is, its text, what it was read with, and its round. */
export interface ReadNote {
	file: { path: string };
	text: string;
	options: ParseOptions;
	roundOptions: NoteRound["options"];
	round: Round | null;
}

/**
 * The index's parsing, taking the round of the note the sidebar follows when it is the same note and text read
 * with the same options: an autosave of the note being typed in is then not parsed a second time.
 */
export function reusingFollowedNote(followed: () => ReadNote | null, parsing: NoteParsing): NoteParsing {
	return {
		round: (text, options, round) => {
			const read = followed();
			const same = read && read.file.path === round.path && read.text === text && sameContent(read.options, options) && sameContent(read.roundOptions, round.options);
			return same ? Promise.resolve(read.round) : parsing.round(text, options, round);
		},
	};
}
