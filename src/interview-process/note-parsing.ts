import { sameContent, type ParseOptions, type Round } from "../core";
import type { NoteRound, NoteToRead } from "../parsing/parse-service";

/**
 * How the process index has notes read as rounds: in the plugin, by the parser's worker (`ParseService`),
 * many in one message, so the UI thread takes back only the rounds; in the Node benchmark, which has no
 * worker, by the core on its own thread.
 */
export interface NoteParsing {
	/** Each note's round, in order; null for a note that names no company. */
	rounds(notes: readonly NoteToRead[]): Promise<(Round | null)[]>;
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
		rounds: async (notes) => {
			const read = followed();
			const reused = notes.map((note) =>
				read !== null && read.file.path === note.round.path && read.text === note.text && sameContent(read.options, note.options) && sameContent(read.roundOptions, note.round.options),
			);
			const others = notes.filter((_, i) => !reused[i]);
			const parsed = others.length > 0 ? await parsing.rounds(others) : [];
			let next = 0;
			return notes.map((_, i) => (reused[i] ? (read?.round ?? null) : (parsed[next++] ?? null)));
		},
	};
}
