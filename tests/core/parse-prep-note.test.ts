import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePrepNote } from "../../src/core";
import { FIXTURE_PATH, readSeed, SEED_SHAPED_NOTES, SEED_SKIP_REASON, seedPresent } from "../seed";

const md = (lines: string[]) => lines.join("\n") + "\n";

for (const source of SEED_SHAPED_NOTES) {
	describe.skipIf(!source.present)(source.label, () => {
		// Read in the tests, not while collecting them, so a missing seed only skips.
		let note: ReturnType<typeof parsePrepNote>;
		beforeAll(() => {
			note = parsePrepNote(source.read());
		});

		it("reads 9 tasks with 1 done, as Obsidian does, and counts 8 as prep: the empty box under Recruiter is none yet", () => {
			expect(note.tasks).toEqual({ done: 1, open: 8, cancelled: 0, total: 9 });
			expect(note.taskItems.some((t) => t.text === "" && t.status === "open")).toBe(true);
			expect(note.prep).toEqual({ done: 1, open: 7, cancelled: 0, total: 8 });
		});

		it("shows Preparation at 0/7 and Concerns at 1/1", () => {
			const section = (name: string) => note.sections.find((s) => s.heading === name);
			expect(section("Preparation")).toMatchObject({ done: 0, total: 7 });
			expect(section("Concerns")).toMatchObject({ done: 1, total: 1 });
		});

		it("finds 6 stories in 2 groups, 4 work-related and 2 standard, each with its short versions", () => {
			expect(note.stories).toHaveLength(6);
			expect([...new Set(note.stories.map((s) => s.group))]).toEqual(["Work-related", "Standard"]);
			expect(note.stories.filter((s) => s.group === "Work-related")).toHaveLength(4);
			expect(note.stories.filter((s) => s.group === "Standard")).toHaveLength(2);
			for (const story of note.stories) expect(story.details.length).toBeGreaterThan(0);
		});

		it("finds 4 chosen and 3 extra questions", () => {
			expect(note.questions.filter((q) => q.group === "Chosen")).toHaveLength(4);
			expect(note.questions.filter((q) => q.group === "Extra")).toHaveLength(3);
		});

		it("takes the title from the indented depth-1 heading", () => {
			expect(note.title).toBe(source.title);
		});
	});
}

describe("the seed-shaped fixture's own wording", () => {
	const note = parsePrepNote(readFileSync(FIXTURE_PATH, "utf8"));

	it("keeps a story's four-space details and leaves third-level lines out of the short versions", () => {
		expect(note.stories[2]).toMatchObject({ title: "Incident review", details: ["Led the review after a payment outage.", "Wrote the runbook the on-call team still uses."] });
		expect(note.stories[0]?.details).toEqual(["Moved invoices to a new provider without downtime.", "Ran both systems side by side for a month."]);
		expect(note.questions[0]?.text).toBe("How does the career path for this role look?");
	});
});

describe.skipIf(!seedPresent)(`the real seed note's own wording (${seedPresent ? "present" : SEED_SKIP_REASON})`, () => {
	it("reads the second story and the first question as written", () => {
		const note = parsePrepNote(readSeed());
		expect(note.stories[1]).toMatchObject({ title: "Stripe subscriptions", group: "Work-related" });
		expect(note.stories[1]?.details).toHaveLength(5);
		expect(note.questions[0]?.text).toBe("What does the career path for my role look like?");
	});
});

describe("parsePrepNote", () => {
	it("skips frontmatter, even when it looks like headings and tasks", () => {
		const note = parsePrepNote(md(["---", "title: x", "# not a heading", "- [ ] not a task", "---", "# Real", "- [ ] task"]));
		expect(note.headings).toEqual([{ depth: 1, text: "Real", line: 6 }]);
		expect(note.taskItems.map((t) => t.line)).toEqual([7]);
	});

	it("reads nothing inside a fenced code block", () => {
		const note = parsePrepNote(md(["# Prep", "```", "## Heading", "- [x] done", "```", "- [ ] real"]));
		expect(note.headings.map((h) => h.text)).toEqual(["Prep"]);
		expect(note.tasks).toEqual({ done: 0, open: 1, cancelled: 0, total: 1 });
	});

	it("gives the same model for CRLF line endings, with no carriage returns in text", () => {
		const lf = md(["# Title", "", "## Stories", "", "- Story one", "  - detail", "- [x] Story two"]);
		const crlf = lf.replace(/\n/g, "\r\n");
		expect(parsePrepNote(crlf)).toEqual(parsePrepNote(lf));
		expect(JSON.stringify(parsePrepNote(crlf))).not.toContain("\\r");
	});

	it("reads setext and closed ATX headings", () => {
		const note = parsePrepNote(md(["Title", "=====", "", "Sub", "---", "", "## Closed ##"]));
		expect(note.headings).toEqual([
			{ depth: 1, text: "Title", line: 1 },
			{ depth: 2, text: "Sub", line: 4 },
			{ depth: 2, text: "Closed", line: 7 },
		]);
		expect(note.title).toBe("Title");
	});

	it("classifies custom task characters with the settings", () => {
		const text = md(["- [x] a", "- [-] b", "- [/] c", "- [>] d", "- [ ] e", "- [X] f"]);
		expect(parsePrepNote(text).tasks).toEqual({ done: 2, open: 3, cancelled: 1, total: 5 });
		expect(parsePrepNote(text, { doneChars: "x/", cancelledChars: "->" }).tasks).toEqual({ done: 2, open: 2, cancelled: 2, total: 4 });
	});

	it("counts tasks nested in tasks, each once", () => {
		const note = parsePrepNote(md(["- [ ] parent", "  - [x] child", "    - [ ] grandchild"]));
		expect(note.taskItems.map((t) => [t.line, t.status, t.text])).toEqual([
			[1, "open", "parent"],
			[2, "done", "child"],
			[3, "open", "grandchild"],
		]);
	});

	it("counts a task in a quote, but never takes a quoted item for a story", () => {
		const note = parsePrepNote(md(["## Stories", "> - [ ] quoted task", "- Real story"]));
		expect(note.tasks.total).toBe(1);
		expect(note.stories.map((s) => s.title)).toEqual(["Real story"]);
	});

	it("counts an ordered-list task", () => {
		expect(parsePrepNote(md(["1. [x] first", "2) [ ] second"])).tasks).toEqual({ done: 1, open: 1, cancelled: 0, total: 2 });
	});

	it("requires a space, a tab or the end of the line after the box", () => {
		const note = parsePrepNote(md(["- [x]done", "- [x]\tdone", "- [ ]", "- [x]"]));
		expect(note.taskItems.map((t) => t.line)).toEqual([2, 3, 4]);
	});

	it("gives an empty note no headings and 0/0 tasks", () => {
		const note = parsePrepNote("", { fallbackTitle: "Empty" });
		expect(note).toMatchObject({ title: "Empty", headings: [], sections: [], stories: [], questions: [] });
		expect(note.tasks).toEqual({ done: 0, open: 0, cancelled: 0, total: 0 });
	});

	it("falls back to the file name when the note has no headings", () => {
		const note = parsePrepNote(md(["- [ ] call back", "Just text."]), { fallbackTitle: "2026-11-29 Acme" });
		expect(note.title).toBe("2026-11-29 Acme");
		expect(note.tasks.total).toBe(1);
		expect(note.sections).toEqual([]);
	});

	it("counts sub-heading tasks in the parent section, and ends a section at the next same-depth heading", () => {
		const note = parsePrepNote(md(["# Prep", "- [ ] a", "## Sub", "- [x] b", "# Other", "- [ ] c"]));
		expect(note.sections.map((s) => [s.heading, s.done, s.total, s.line, s.endLine])).toEqual([
			["Prep", 1, 2, 1, 4],
			["Sub", 1, 1, 3, 4],
			["Other", 0, 1, 5, 6],
		]);
	});

	it("ignores headings inside lists and quotes", () => {
		const note = parsePrepNote(md(["- # in a list", "> # in a quote", "# Real"]));
		expect(note.headings.map((h) => h.text)).toEqual(["Real"]);
	});

	it("matches section names ignoring case, with custom names", () => {
		const text = md(["## my STORIES", "- One", "## asks", "- Why?"]);
		const note = parsePrepNote(text, { headings: { stories: "My stories", questions: "Asks" } });
		expect(note.stories.map((s) => s.title)).toEqual(["One"]);
		expect(note.questions.map((q) => q.text)).toEqual(["Why?"]);
	});

	it("strips a story's checkbox from its title and details, and keeps its state", () => {
		const note = parsePrepNote(md(["## Stories", "- [x] Told one", "  - [ ] S: detail"]));
		expect(note.stories[0]).toMatchObject({ title: "Told one", task: "done", details: ["S: detail"] });
	});
});
