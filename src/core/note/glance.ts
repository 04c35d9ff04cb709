import { sectionItems, type SectionItem } from "../process/section-entries";
import { splitLines } from "./lines";
import { sectionNamed } from "./note-queries";
import type { PrepNote } from "./prep-note";

/** The sections a person glances at during the call: small talk to open with, points to make, and limits such as the salary range. */
export const GLANCE_HEADINGS = ["Ice breakers", "Highlights", "Concerns"] as const;

export interface GlanceSection {
	heading: string;
	line: number;
	items: SectionItem[];
}

/** What the note says under each glance heading it has, with nothing written left out; in the headings' order. */
export function glanceOf(note: PrepNote, text: string): GlanceSection[] {
	const sections = GLANCE_HEADINGS.map((name) => sectionNamed(note, name)).filter((s) => s !== undefined);
	// A note without them costs no split of its text.
	if (sections.length === 0) return [];
	const lines = splitLines(text);
	const found: GlanceSection[] = [];
	for (const section of sections) {
		const items = sectionItems(lines.slice(section.line, section.endLine), section.line + 1, note.tables);
		if (items.length > 0) found.push({ heading: section.heading, line: section.line, items });
	}
	return found;
}
