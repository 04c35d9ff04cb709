import { describe, expect, it } from "vitest";
import { parsePrepNote, processReport, roundOf, type Round } from "../../../src/core";

const OPTIONS = { companyKey: "company", saidHeading: "What I said", discrepanciesHeading: "Discrepancies", storiesHeading: "Stories" };

function round(path: string, meeting: string, said: string): Round {
	const text = `---\ncompany: Acme\nmeeting: ${meeting}\nwith: Dana\n---\n# Call\n\n# Notes\n\n## What I said\n\n${said}\n`;
	const result = roundOf(path, text, parsePrepNote(text), OPTIONS);
	if (!result) throw new Error("no round");
	return result;
}

describe("the report's said lines and conflicts", () => {
	it("lists each said line under its topic with its figures, dates as days, and a later figure that differs as a conflict", () => {
		const first = round("a.md", "2026-12-01T10:00", "- My range is $120k–$140k\n- I can start on 2027-01-05");
		const second = round("b.md", "2026-12-08T10:00", "- I'd want a salary of $150k");
		const [process] = processReport([first, second], { today: "2026-12-08" }).processes;
		expect(process?.said).toContainEqual(expect.objectContaining({ topic: "pay", text: "My range is $120k–$140k", figures: [{ kind: "money", low: 120000, high: 140000, unit: "USD" }] }));
		expect(process?.said).toContainEqual(expect.objectContaining({ topic: "notice", figures: [{ kind: "date", low: "2027-01-05", high: "2027-01-05", unit: "date" }] }));
		expect(process?.conflicts.map((c) => [c.topic, c.earlier.path, c.earlier.text, c.later.path, c.later.text, c.later.figures])).toEqual([
			["pay", "a.md", "My range is $120k–$140k", "b.md", "I'd want a salary of $150k", [{ kind: "money", low: 150000, high: 150000, unit: "USD" }]],
		]);
	});
});
