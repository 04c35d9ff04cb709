/** Someone a round was with, as `with:` names them: a link to their note, or plain text. */
export interface Person {
	/** The name shown: a link's display text (`[[Dana Lee|Dana]]` is Dana), else its target's file name, else the text as written. */
	name: string;
	/** The link's target as written, without `#heading` or `|display`; null for plain text. */
	link: string | null;
}

const LINK = /\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]/g;

/**
 * The people a round's `with:` values name. Each value is a link, some links (`[[Dana Lee]], [[Sam]]`), or
 * plain text, as Obsidian's Properties write a text or a list property; plain text is one person, commas
 * and all (`Priya Raman, engineering manager`).
 */
export function readPeople(values: readonly string[]): Person[] {
	const people: Person[] = [];
	for (const value of values) {
		const links = [...value.matchAll(LINK)];
		if (links.length === 0) {
			const name = value.trim();
			if (name !== "") people.push({ name, link: null });
			continue;
		}
		for (const [, target = "", display] of links) {
			const link = target.trim();
			if (link === "") continue;
			people.push({ name: display?.trim() || (link.slice(link.lastIndexOf("/") + 1).replace(/\.md$/i, "")), link });
		}
	}
	return people;
}

/** The people as one line: `Dana Lee, Sam Park`; null for none. */
export function peopleText(people: readonly Person[]): string | null {
	return people.length === 0 ? null : people.map((person) => person.name).join(", ");
}

/**
 * Whether a link names the note at `path`, as Obsidian resolves a link in the usual case: the same path
 * without `.md`, or a path ending in `/` and the link, ignoring case. Two notes of the same name in
 * different folders both match a bare name; Obsidian would pick the one nearest the linking note.
 */
export function linksTo(link: string, path: string): boolean {
	const target = link.trim().replace(/^\/+/, "").replace(/\.md$/i, "").toLowerCase();
	const note = path.replace(/\.md$/i, "").toLowerCase();
	return target !== "" && (note === target || note.endsWith(`/${target}`));
}
