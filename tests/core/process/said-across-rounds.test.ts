import { describe, expect, it } from "vitest";
import { DEFAULT_SAID_TOPICS, groupProcesses, parsePrepNote, personView, processSaid, processView, roundOf, SaidCheck, type Round } from "../../../src/core";
import { readSeed, seedPresent, SEED_SKIP_REASON } from "../../seed";

const OPTIONS = { companyKey: "company", saidHeading: "What I said", discrepanciesHeading: "Discrepancies", storiesHeading: "Stories" };

function round(path: string, frontmatter: string, body: string): Round {
	const text = `---\n${frontmatter}\n---\n${body}`;
	const read = roundOf(path, text, parsePrepNote(text), OPTIONS);
	if (!read) throw new Error(`${path} names no company`);
	return read;
}

const said = (...lines: string[]) => `# Call\n\n# Notes\n\n## What I said\n\n${lines.map((line) => `- ${line}`).join("\n")}\n`;
const recruiter = round("Acme/2026-12-01 Recruiter call.md", 'company: Acme\nround: Recruiter call\nwith: "[[People/Dana Lee|Dana]]"\nmeeting: 2026-12-01T10:00', said("[+03:00] Looking for a platform role", "[+05:10] my range is 120–140k"));
const manager = round("Acme/2026-12-08 Hiring manager.md", 'company: Acme\nround: Hiring manager\nwith: "[[Sam Park]]"\nmeeting: 2026-12-08T10:00', said("[+02:00] I'd want 150k"));

/** What the sidebar shows under Said before, seen from `current`: each topic's heading and each row in words. */
function saidBefore(rounds: Round[], current: Round): [string, string[]][] {
	const [process] = groupProcesses(rounds);
	if (!process) throw new Error("no process");
	return processView(process, current, "2026-12-05").said.map((group) => [
		group.topic === null ? "Other" : group.figures === null ? group.topic : `${group.topic}: ${group.figures}`,
		group.rows.map((row) => [row.text, row.source, ...row.differs].join(" | ")),
	]);
}

describe("what a process said, by topic", () => {
	it("flags a later figure that differs on both lines, in words that name who heard the other, and groups by topic", () => {
		expect(saidBefore([recruiter, manager], manager)).toEqual([
			[
				"pay: 120–140k (said once), 150k (said once)",
				[
					"[+05:10] my range is 120–140k | Recruiter call, to Dana | differs from what you told Sam Park (this note)",
					"[+02:00] I'd want 150k | this note, to Sam Park | differs from what you told Dana (Recruiter call)",
				],
			],
			["Other", ["[+03:00] Looking for a platform role | Recruiter call, to Dana"]],
		]);
	});

	it("heads a topic with the figures already said and how often, and flags nothing that agrees", () => {
		const again = round("Acme/2026-12-08 Hiring manager.md", 'company: Acme\nround: Hiring manager\nmeeting: 2026-12-08', said("salary: 130k would work", "Still 120–140k as a range"));
		expect(saidBefore([recruiter, again], again)[0]).toEqual([
			"pay: 120–140k (said twice), 130k (said once)",
			["[+05:10] my range is 120–140k | Recruiter call, to Dana", "salary: 130k would work | this note", "Still 120–140k as a range | this note"],
		]);
	});

	it("never shows or compares a round after the one in view", () => {
		expect(saidBefore([recruiter, manager], recruiter)).toEqual([["pay: 120–140k (said once)", ["[+05:10] my range is 120–140k | this note, to Dana"]]]);
	});

	it("compares what is said with the note's Concerns, what the candidate means to say, read with the lines nested under a bullet", () => {
		const planned = round(
			"Acme/2026-12-01 Recruiter call.md",
			"company: Acme\nround: Recruiter call\nmeeting: 2026-12-01",
			"# Call\n\n## Concerns\n\n* [x] Salary range\n\t* $120k - $140k like Fly.io would be huge.\n\t* Not mentioned in the job post.\n\n# Notes\n\n## What I said\n\n- [+04:00] I'd want 150k\n",
		);
		expect(saidBefore([planned], planned)).toEqual([
			[
				"pay: 150k (said once)",
				[
					"Salary range: $120k - $140k like Fly.io would be huge. | your Concerns in this note | differs from what you said in this note",
					"[+04:00] I'd want 150k | this note | differs from your Concerns in this note",
				],
			],
		]);
		expect(processSaid([planned], DEFAULT_SAID_TOPICS, "2026-12-01").map((line) => [line.origin, line.line, line.topics, line.figures])).toEqual([
			["concerns", 10, ["pay"], [{ kind: "money", low: 120000, high: 140000, unit: "USD" }]],
			["said", 18, ["pay"], [{ kind: "money", low: 150000, high: 150000, unit: null }]],
		]);
	});

	it("flags a line that differs from what someone was told even when the note's Concerns say the same as before", () => {
		const planned = round(
			"Acme/2026-12-08 Hiring manager.md",
			'company: Acme\nround: Hiring manager\nwith: "[[Sam Park]]"\nmeeting: 2026-12-08',
			"# Call\n\n## Concerns\n\n* Salary range: $120k – $140k\n\n# Notes\n\n## What I said\n\n- I'd want 150k\n",
		);
		expect(saidBefore([recruiter, planned], planned)[0]).toEqual([
			"pay: 120–140k (said once), 150k (said once)",
			[
				"[+05:10] my range is 120–140k | Recruiter call, to Dana | differs from what you told Sam Park (this note)",
				"Salary range: $120k – $140k | your Concerns in this note | differs from what you told Sam Park (this note)",
				"I'd want 150k | this note, to Sam Park | differs from what you told Dana (Recruiter call) | differs from your Concerns in this note",
			],
		]);
		expect(new SaidCheck([recruiter, planned], planned, DEFAULT_SAID_TOPICS, "2026-12-05").check("I'd want 150k")).toBe("Earlier: 120–140k, to Dana (Recruiter call, 1 Dec)");
	});

	it.skipIf(!seedPresent)(`reads the seed note's salary range from its Concerns ${seedPresent ? "" : SEED_SKIP_REASON}`, () => {
		const text = readSeed().replace(/^/, "---\ncompany: Seed\n---\n");
		const seed = roundOf("seed.md", text, parsePrepNote(text), OPTIONS);
		if (!seed) throw new Error("no round");
		const [concern] = processSaid([seed], DEFAULT_SAID_TOPICS, "2026-12-01");
		expect(concern?.text).toBe("Salary range: $120k - $140k like Fly.io would be huge. I'm honestly worth $140k and I'll prove it.");
		expect(concern?.topics).toEqual(["pay"]);
		expect(concern?.figures.map((f) => [f.low, f.high, f.unit])).toEqual([[120000, 140000, "USD"], [140000, 140000, "USD"]]);
	});
});

describe("the check while capturing", () => {
	const check = (rounds: Round[], current: Round) => new SaidCheck(rounds, current, DEFAULT_SAID_TOPICS, "2026-12-05");

	it("shows the earlier figure, who heard it, the round and the day, for a line that differs; nothing for one that agrees", () => {
		const typing = check([recruiter, manager], manager);
		expect(typing.check("I'd want 150k")).toBe("Earlier: 120–140k, to Dana (Recruiter call, 1 Dec)");
		expect(typing.check("I'd want 1")).toBeNull();
		expect(typing.check("130k would be fine")).toBeNull();
		expect(typing.check("my notice is 4 weeks")).toBeNull();
		expect(typing.check("")).toBeNull();
	});

	it("names the round alone when nobody is named, and the note's Concerns when the line differs from them", () => {
		const anonymous = round("Acme/2026-12-01 Screen.md", "company: Acme\nround: Screen\nmeeting: 2026-12-01", said("salary 120k"));
		const next = round("Acme/2026-12-09 Next.md", "company: Acme\nround: Next\nmeeting: 2026-12-09", "# Next\n\n## Concerns\n\n* Notice: 4 weeks\n");
		const typing = check([anonymous, next], next);
		expect(typing.check("pay would be 125k")).toBe("Earlier: 120k, in Screen (1 Dec)");
		expect(typing.check("I can start in two months")).toBe("Earlier: 4 weeks, in your Concerns for this call");
	});
});

describe("a person's rounds", () => {
	const dana = round("Other/2026-11-20 Screen.md", 'company: Other Co\nround: Screen\nwith:\n  - "[[Dana Lee]]"\n  - "[[Max]]"\nmeeting: 2026-11-20', said("salary: 110k") + "\n## Stories\n\n* [x] Queue migration\n");

	it("lists the rounds that link the person's note, what was said there by topic, and the stories told", () => {
		const view = personView("People/Dana Lee.md", [manager, recruiter, dana], DEFAULT_SAID_TOPICS, "2026-12-05");
		expect(view?.name).toBe("Dana");
		expect(view?.rounds.map((r) => [r.company, r.round, r.date])).toEqual([
			["Acme", "Recruiter call", "2026-12-01"],
			["Other Co", "Screen", "2026-11-20"],
		]);
		expect(view?.said.map((group) => [group.topic, group.figures, group.rows.map((row) => row.source)])).toEqual([
			["pay", "120–140k (said once), 110k (said once)", ["Acme, Recruiter call", "Other Co, Screen"]],
			[null, null, ["Acme, Recruiter call"]],
		]);
		expect(view?.told).toEqual([{ text: "Queue migration", company: "Other Co", round: "Screen", path: "Other/2026-11-20 Screen.md" }]);
		expect(view?.asked).toEqual([]);
	});

	it("is nobody for a note no round links, or one a round names in plain text only", () => {
		expect(personView("People/Sam.md", [recruiter, manager], DEFAULT_SAID_TOPICS, "2026-12-05")).toBeNull();
		expect(personView("Dana.md", [round("A.md", "company: A\nwith: Dana", "# A\n")], DEFAULT_SAID_TOPICS, "2026-12-05")).toBeNull();
	});
});
