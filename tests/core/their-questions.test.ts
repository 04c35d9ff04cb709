import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChanges, NOTES_TEMPLATE, parsePrepNote, planLineEdit, PrepNoteParser, ratingOf, withNoteHeadings, withRating } from "../../src/core";

const ISSUE_EXAMPLE = [
	"# Call",
	"",
	"## Their questions",
	"- [+12:40] Tell me about a time you disagreed with your manager. 🔴",
	"  - Answered with: Materials debate over SPA versus MPA",
	"  - Rambled; lead with the result next time.",
	"- Why are you leaving your current role? 🟢",
	"",
].join("\n");

describe("their questions in the note model", () => {
	it("reads each top-level bullet as a question, with its stamp, rating, story and notes", () => {
		expect(parsePrepNote(ISSUE_EXAMPLE).theirQuestions).toEqual([
			{
				text: "Tell me about a time you disagreed with your manager.",
				line: 4,
				endLine: 6,
				stamp: "[+12:40]",
				rating: "weak",
				answeredWith: "Materials debate over SPA versus MPA",
				notes: ["Rambled; lead with the result next time."],
				raw: "- [+12:40] Tell me about a time you disagreed with your manager. 🔴",
			},
			{ text: "Why are you leaving your current role?", line: 7, endLine: 7, stamp: null, rating: "strong", answeredWith: null, notes: [], raw: "- Why are you leaving your current role? 🟢" },
		]);
	});

	it("reads 🟡 as so-so, a clock stamp as a stamp, and no marker as not rated", () => {
		const note = "## Their questions\n- [15:05] What are your salary expectations? 🟡\n- [+1:02:03] Why us?\n";
		expect(parsePrepNote(note).theirQuestions.map((q) => [q.stamp, q.text, q.rating])).toEqual([
			["[15:05]", "What are your salary expectations?", "ok"],
			["[+1:02:03]", "Why us?", null],
		]);
	});

	it("counts no placeholder: a bullet with nothing written, or only a stamp or a marker, and an empty Answered with", () => {
		const note = "## Their questions\n- \n- [+00:10]\n- 🔴\n- Real question\n  - Answered with:\n  -\n";
		const [only, ...rest] = parsePrepNote(note).theirQuestions;
		expect(rest).toEqual([]);
		expect(only).toMatchObject({ text: "Real question", answeredWith: null, notes: [] });
	});

	it("reads the section under the name the settings give it, and nothing under other headings", () => {
		const note = "## Questions\n- Mine? 🔴\n## Asked by them\n- Theirs? 🔴\n";
		expect(parsePrepNote(note).theirQuestions).toEqual([]);
		expect(parsePrepNote(note, { headings: { theirQuestions: "asked by THEM" } }).theirQuestions.map((q) => q.text)).toEqual(["Theirs?"]);
	});

	it("reads the same by chunks as in one pass, as the sidebar's parser does", () => {
		const note = `---\ncompany: Acme\n---\n${ISSUE_EXAMPLE}\n# Notes\n## Their questions\n- Another? 🟡\n`;
		expect(new PrepNoteParser().parse(note)).toEqual(parsePrepNote(note));
		expect(parsePrepNote(note).theirQuestions.map((q) => q.text)).toEqual(["Tell me about a time you disagreed with your manager.", "Why are you leaving your current role?", "Another?"]);
	});

	it("is in the built-in templates, under the name the settings give it", () => {
		expect(parsePrepNote(NOTES_TEMPLATE).sections.map((s) => s.heading)).toContain("Their questions");
		expect(withNoteHeadings(NOTES_TEMPLATE, { said: "Said", theirQuestions: "Asked" })).toMatch(/^## Said\n\n## Asked\n$/m);
	});
});

describe("a rating edit", () => {
	it("adds, replaces and clears only the marker, keeping the stamp, the text and trailing blanks", () => {
		expect(withRating("- [+12:40] Why us?", "weak")).toBe("- [+12:40] Why us? 🔴");
		expect(withRating("- [+12:40] Why us? 🔴", "strong")).toBe("- [+12:40] Why us? 🟢");
		expect(withRating("- [+12:40] Why us? 🔴", null)).toBe("- [+12:40] Why us?");
		expect(withRating("\t* Why us?  ", "ok")).toBe("\t* Why us? 🟡  ");
		expect(withRating("* Why us? 🔴\uFE0F", "ok")).toBe("* Why us? 🟡\uFE0F");
		expect(withRating("- [ ] Why us?", "weak")).toBe("- [ ] Why us? 🔴");
		expect(withRating("Not a list item", "weak")).toBeNull();
	});

	it("reads the rating from the end of the line only", () => {
		expect(ratingOf("- 🔴 is how I felt, then fine")).toBeNull();
		expect(ratingOf("- fine 🟢 🔴")).toBe("weak");
		expect(withRating("- fine 🟢 🔴", null)).toBe("- fine");
	});

	it("writes only the line, keeping its CRLF ending and the rest of the note byte for byte", () => {
		const note = "---\r\ncompany: Acme\r\n---\r\n## Their questions\r\n- Why us?\r\n- Why now?\r\n";
		const raw = "- Why us?";
		const rated = applyChanges(note, changesOf(planLineEdit({ line: 5, expected: raw, replacement: withRating(raw, "weak") ?? raw })(note)));
		expect(rated).toBe(note.replace("- Why us?\r\n", "- Why us? 🔴\r\n"));
		// The same click again, planned on the text before it, has nothing to do.
		expect(planLineEdit({ line: 5, expected: raw, replacement: withRating(raw, "weak") ?? raw })(rated).kind).toBe("none");
		const cleared = applyChanges(rated, changesOf(planLineEdit({ line: 5, expected: "- Why us? 🔴", replacement: "- Why us?" })(rated)));
		expect(cleared).toBe(note);
	});

	it("set and cleared gives any unrated line back, set twice is set once, and reads back as set (property)", () => {
		const lineText = fc.string({ unit: fc.constantFrom("a", " ", "\t", "?", "[", "]", "+", "1", ":", "🟢", "🟡", "🔴", "\uFE0F", "*", "-"), maxLength: 14 });
		const rating = fc.constantFrom("strong" as const, "ok" as const, "weak" as const);
		fc.assert(
			fc.property(fc.constantFrom("- ", "* ", "\t- ", "1. ", "- [ ] "), lineText, rating, rating, (prefix, text, first, second) => {
				const line = prefix + text;
				const rated = withRating(line, first);
				if (rated === null) return;
				expect(ratingOf(rated)).toBe(first);
				expect(withRating(rated, first)).toBe(rated);
				if (ratingOf(line) === null) expect(withRating(rated, null)).toBe(line);
				// Another rating and back is the same line.
				expect(withRating(withRating(rated, second) ?? "", first)).toBe(rated);
				expect(ratingOf(withRating(rated, null) ?? "")).toBeNull();
			}),
			{ numRuns: 2000 },
		);
	});
});

function changesOf(plan: ReturnType<ReturnType<typeof planLineEdit>>) {
	if (plan.kind !== "change") throw new Error(`planned ${plan.kind}`);
	return plan.changes;
}
