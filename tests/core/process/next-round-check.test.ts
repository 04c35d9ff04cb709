import { describe, expect, it } from "vitest";
import { parsePrepNote, planCheckedEdit, roundOf, type NextRoundInput } from "../../../src/core";

const OPTIONS = { companyKey: "company", saidHeading: "What I said", discrepanciesHeading: "Discrepancies", storiesHeading: "Stories" };
const HEADINGS = { questions: "Questions", stories: "Stories", notes: "Notes" };

function inputFor(body: string): NextRoundInput {
	const text = `---\ncompany: Acme\n---\n${body}`;
	const round = roundOf("r1.md", text, parsePrepNote(text), OPTIONS);
	if (!round) throw new Error("no round");
	return { rounds: [round], roundName: "Round 2", template: "# Round 2\n\n## Questions\n\n# Notes\n", headings: HEADINGS, doneChars: "x" };
}

describe("the next round's note, checked as every write is", () => {
	it("is written when what it carries reads as it did", () => {
		const plan = planCheckedEdit("next-round", "", { input: inputFor("# Call\n## Questions\n### Chosen\n- Who decides?\n") });
		expect(plan.kind).toBe("change");
	});

	it("is refused, naming the cause, when a carried question opens a %% comment that would hide Earlier rounds and Notes", () => {
		// The comment closes at the end of the first round's note, so there it hides nothing that round needs.
		const plan = planCheckedEdit("next-round", "", { input: inputFor("# Call\n## Questions\n### Chosen\n- Who decides? %% ask last\n") });
		expect(plan).toMatchObject({ kind: "refuse" });
		expect(plan.kind === "refuse" ? plan.reason : "").toMatch(/%% comment/);
	});

	it("keeps a question whose nested code block closes with the item", () => {
		const plan = planCheckedEdit("next-round", "", { input: inputFor("# Call\n## Questions\n### Chosen\n- Who decides?\n  ```\n  code\n") });
		expect(plan.kind).toBe("change");
	});

	it("leaves a file that already has text alone", () => {
		expect(planCheckedEdit("next-round", "# Mine\n", { input: inputFor("# Call\n") }).kind).toBe("none");
	});
});
