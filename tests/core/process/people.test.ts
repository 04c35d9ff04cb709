import { describe, expect, it } from "vitest";
import { linksTo, parsePrepNote, readFrontmatterList, readPeople, roundOf } from "../../../src/core";

const front = (...lines: string[]) => `---\n${lines.join("\n")}\n---\n# Call\n`;
const OPTIONS = { companyKey: "company", saidHeading: "What I said", discrepanciesHeading: "Discrepancies", storiesHeading: "Stories" };
const roundWith = (...lines: string[]) => {
	const text = front("company: Acme", ...lines);
	return roundOf("Acme call.md", text, parsePrepNote(text), OPTIONS);
};

describe("readFrontmatterList", () => {
	it("reads a list as Obsidian's Properties write it, a flow list, one value, and nothing", () => {
		const text = front("with:", '  - "[[Dana Lee]]"', "  - '[[People/Sam Park|Sam]]'", "  - Priya", "meeting: 2026-12-01", "tags: [a, \"b, c\", '[[x]]']", "one: \"[[Dana Lee]]\"", "none:");
		expect(readFrontmatterList(text, "with")).toEqual(["[[Dana Lee]]", "[[People/Sam Park|Sam]]", "Priya"]);
		expect(readFrontmatterList(text, "tags")).toEqual(["a", "b, c", "[[x]]"]);
		expect(readFrontmatterList(text, "one")).toEqual(["[[Dana Lee]]"]);
		expect(readFrontmatterList(text, "none")).toEqual([]);
		expect(readFrontmatterList(text, "missing")).toEqual([]);
	});

	it("takes an unquoted link as a link, not as a nested list", () => {
		expect(readFrontmatterList(front("with: [[Dana Lee]]"), "with")).toEqual(["[[Dana Lee]]"]);
	});
});

describe("the people a round was with", () => {
	it("names a linked person by the link's display text, or else by the note's name, and keeps the link", () => {
		expect(readPeople(["[[People/Dana Lee]]", "[[Sam Park|Sam]]", "[[Priya#Notes]]"])).toEqual([
			{ name: "Dana Lee", link: "People/Dana Lee" },
			{ name: "Sam", link: "Sam Park" },
			{ name: "Priya", link: "Priya" },
		]);
	});

	it("reads several links in one text, and plain text as one person, commas and all", () => {
		expect(readPeople(["[[Dana Lee]], [[Sam Park]]"]).map((p) => p.name)).toEqual(["Dana Lee", "Sam Park"]);
		expect(readPeople(["Priya Raman, engineering manager", "  "])).toEqual([{ name: "Priya Raman, engineering manager", link: null }]);
	});

	it("shows a round's people as a line, from a list of links, a link, plain text, or a field bullet", () => {
		expect(roundWith("with:", '  - "[[Dana Lee]]"', '  - "[[People/Sam Park|Sam]]"')?.with).toBe("Dana Lee, Sam");
		expect(roundWith('with: "[[Dana Lee|Dana]]"')?.people).toEqual([{ name: "Dana", link: "Dana Lee" }]);
		expect(roundWith("with: Dana from the talent team")?.people).toEqual([{ name: "Dana from the talent team", link: null }]);
		const text = "---\ncompany: Acme\n---\n# Call\n\n* Recruiter: [[Dana Lee]]\n\n## Preparation\n";
		expect(roundOf("Acme.md", text, parsePrepNote(text), OPTIONS)?.people).toEqual([{ name: "Dana Lee", link: "Dana Lee" }]);
	});

	it("matches a link to a note by its path or its name, ignoring case, and not by a name that only ends the same", () => {
		expect(linksTo("Dana Lee", "People/Dana Lee.md")).toBe(true);
		expect(linksTo("people/dana lee", "People/Dana Lee.md")).toBe(true);
		expect(linksTo("Dana Lee.md", "Dana Lee.md")).toBe(true);
		expect(linksTo("Lee", "People/Dana Lee.md")).toBe(false);
		expect(linksTo("Other/Dana Lee", "People/Dana Lee.md")).toBe(false);
	});
});
