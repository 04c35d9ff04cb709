import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlaceholderStory, NEW_NOTE_TEMPLATE, parsePrepNote, PREP_SECTIONS_TEMPLATE, roundOf, storiesReady, storyReadiness, writtenStories } from "../../src/core";

describe("STAR markers light only when the story says something", () => {
	it("leaves a blank template's labels dark", () => {
		expect(storyReadiness(["Situation:", "Task: ", "Action: -", "Result:"]).markers).toEqual([false, false, false, false]);
		expect(storyReadiness(["S:", "T: ", "A:", "R:   "]).markers).toEqual([false, false, false, false]);
	});

	it("lights a label once text follows it", () => {
		expect(storyReadiness(["Situation: the queue overran", "T: own it", "Action - rewrote it", "Result: 3 hours earlier"]).ready).toBe(true);
	});

	it("reads Results (plural) as Result", () => {
		const r = storyReadiness(["Results: 40% fewer pages"]);
		expect(r.markers).toEqual([false, false, false, true]);
		expect(r.resultWithoutNumber).toBe(false);
	});

	it("does not light two words with one shared letter", () => {
		const german = ["Situation", "Aufgabe", "Aktion", "Ergebnis"];
		expect(storyReadiness(["A: did it"], german).markers).toEqual([false, false, false, false]);
		expect(storyReadiness(["Aufgabe: x", "Aktion: y"], german).markers).toEqual([false, true, true, false]);
		expect(storyReadiness(["S: x", "E: 2x"], german).markers).toEqual([true, false, false, true]);
	});

	it.each([
		["New prep note", NEW_NOTE_TEMPLATE],
		["Insert prep sections", PREP_SECTIONS_TEMPLATE],
	])("counts no story of the %s template as ready", (_name, template) => {
		const note = parsePrepNote(template.replaceAll(/\{\{\w+\}\}/g, "x"));
		expect(note.stories.length).toBeGreaterThan(0);
		expect(storiesReady(note.stories, ["Situation", "Task", "Action", "Result"])).toBe(0);
	});
});

describe("a story that is still the template's prompt", () => {
	it("counts nowhere: not in the round's stories, not as told, and not in stories ready's total", () => {
		const text = "---\ncompany: Acme\n---\n# Call\n\n## Stories\n\n- [x] Tell me about a challenge you handled at work.\n\t- Situation:\n\t- Task:\n\t- Action:\n\t- Result:\n- Outage\n- Migration\n\t- Situation: the old queue dropped jobs\n";
		const note = parsePrepNote(text);
		expect(isPlaceholderStory(note.stories[0] ?? { details: [] })).toBe(true);
		expect(writtenStories(note.stories).map((s) => s.title)).toEqual(["Outage", "Migration"]);
		const round = roundOf("a.md", text, note, { companyKey: "company", saidHeading: "What I said", discrepanciesHeading: "Discrepancies", storiesHeading: "Stories" });
		expect(round?.stories.map((s) => s.title)).toEqual(["Outage", "Migration"]);
		expect(round?.told).toEqual([]);
	});
});

describe("stories ready, counted on every edit", () => {
	const ENGLISH = ["Situation", "Task", "Action", "Result"];
	const GERMAN = ["Situation", "Aufgabe", "Aktion", "Ergebnis"];
	const judged = (stories: { details: string[] }[], words: string[]) => stories.filter((story) => storyReadiness(story.details, words).ready).length;

	it("counts as judging each story afresh would, as the stories and the words change from one count to the next", () => {
		const detail = fc.constantFrom("Situation: the queue", "Task: own it", "Action: rewrote it", "Result: 40% faster", "Result: faster", "S: x", "Aufgabe: y", "Aktion: z", "Ergebnis: 2x", "Situation:", "notes");
		const stories = fc.array(fc.record({ details: fc.array(detail, { maxLength: 5 }) }), { maxLength: 8 });
		fc.assert(
			fc.property(fc.array(fc.tuple(stories, fc.constantFrom(ENGLISH, GERMAN)), { maxLength: 6 }), (counts) => {
				for (const [list, words] of counts) expect(storiesReady(list, words)).toBe(judged(list, words));
			}),
		);
	});

	it("judges the same stories again when the words change", () => {
		const english = { details: ["Situation: a", "Task: b", "Action: c", "Result: 1"] };
		const german = { details: ["Situation: a", "Aufgabe: b", "Aktion: c", "Ergebnis: 1"] };
		expect(storiesReady([english, german], ENGLISH)).toBe(1);
		expect(storiesReady([english, german, german], GERMAN)).toBe(2);
		expect(storiesReady([english], ENGLISH)).toBe(1);
	});

	it("tells a detail that runs over two lines from two details", () => {
		const ready = { details: ["Situation: a", "Task: b", "Action: c", "Result: 1"] };
		const oneDetail = { details: ["Situation: a\nTask: b", "Action: c", "Result: 1"] };
		expect(storiesReady([ready], ENGLISH)).toBe(1);
		expect(storiesReady([oneDetail, ready], ENGLISH)).toBe(1);
		expect(storiesReady([oneDetail], ENGLISH)).toBe(0);
	});
});
