import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadPlugin, sidebarOf, type Harness } from "../harness";
import { MarkdownView, shownNotices } from "../obsidian";
import { writeProperties } from "../../src/platform/write-properties";

/**
 * A job seeker's week as random sequences of their actions, over three companies and two weeks of clock,
 * driven through the plugin and the stand-in for Obsidian, and checked against a small model of what the
 * person did. `SCENARIO_SCALE` runs more sequences.
 */
const SCALE = Math.max(1, Number(process.env.SCENARIO_SCALE ?? "1") || 1);
const RUNS = 200 * SCALE;
const ACTIONS = 30;
const COMPANIES = ["Acme", "Globex", "Initech"] as const;
const ROUNDS = ["Screen", "Tech call", "Hiring manager", "Panel", "Final"] as const;
const START = new Date(2026, 11, 7, 8, 0).getTime();

interface RoundModel {
	path: string;
	company: string;
	round: string;
	/** The lines the person captured under What I said, as typed. */
	said: string[];
	/** The call's time, once set, with when it was set. */
	meeting: { at: number; setAt: number; noticesBefore: number } | null;
}

interface World {
	h: Harness;
	/** Each company's rounds in the order the person made them. */
	rounds: Map<string, RoundModel[]>;
	current: RoundModel | null;
	/** Reminders that must have been shown once by now: the calls whose ten-minute mark the clock passed with the app running. */
	reminded: Set<RoundModel>;
}

type Command = fc.AsyncCommand<{ rounds: Map<string, RoundModel[]> }, World>;

const pad = (n: number) => String(n).padStart(2, "0");
const local = (at: number) => {
	const d = new Date(at);
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
const who = (round: RoundModel) => `${round.company} (${round.round})`;
const all = (world: { rounds: Map<string, RoundModel[]> }) => [...world.rounds.values()].flat();

/** Lets the app's timers and promises run, as a second of the person's time. */
async function pause(ms = 300): Promise<void> {
	await vi.advanceTimersByTimeAsync(ms);
}

/** What the note holds now: its open editor's text, or its file's. */
async function textOf(world: World, path: string): Promise<string> {
	const file = world.h.app.vault.getFileByPath(path);
	if (!file) throw new Error(`${path} is gone`);
	const open = world.h.app.workspace.getLeavesOfType("markdown").map((leaf) => leaf.view).find((view): view is MarkdownView => view instanceof MarkdownView && view.file === file);
	return open ? open.editor.getValue() : world.h.app.vault.read(file);
}

async function open(world: World, round: RoundModel): Promise<void> {
	const file = world.h.app.vault.getFileByPath(round.path);
	if (!file) throw new Error(`${round.path} is gone`);
	await world.h.app.workspace.getLeaf(false).openFile(file);
	await pause();
	world.current = round;
}

class NewPrepNote implements Command {
	constructor(readonly company: string) {}
	check(m: { rounds: Map<string, RoundModel[]> }): boolean {
		// A second first round of a company has no link to the first: its order is a guess, so the person starts the next round instead.
		return !m.rounds.has(this.company);
	}
	async run(m: { rounds: Map<string, RoundModel[]> }, world: World): Promise<void> {
		const file = await world.h.plugin.templates.createNote(this.company, "Screen");
		expect(file).not.toBeNull();
		const round: RoundModel = { path: file?.path ?? "", company: this.company, round: "Screen", said: [], meeting: null };
		m.rounds.set(this.company, [round]);
		world.rounds = m.rounds;
		await pause();
		world.current = round;
	}
	toString(): string {
		return `new prep note ${this.company}`;
	}
}

class StartNextRound implements Command {
	constructor(readonly name: string) {}
	check(m: { rounds: Map<string, RoundModel[]> }): boolean {
		return all(m).length > 0;
	}
	async run(m: { rounds: Map<string, RoundModel[]> }, world: World): Promise<void> {
		const current = world.current;
		if (!current) return;
		const rounds = m.rounds.get(current.company) ?? [];
		// Made from the latest round, as the person would; the same name on the same day opens the note there is.
		const latest = rounds.at(-1);
		if (!latest) return;
		if (latest !== current) await open(world, latest);
		const file = await world.h.plugin.processCommands.startNextRound(this.name);
		expect(file, "the next round's note").not.toBeNull();
		const existing = rounds.find((r) => r.path === file?.path);
		const round = existing ?? { path: file?.path ?? "", company: current.company, round: this.name, said: [], meeting: null };
		if (!existing) rounds.push(round);
		await pause();
		world.current = round;
		// Each question no round asked is carried once: the template's own are not written twice.
		const text = await textOf(world, round.path);
		for (const question of ["What does a typical day look like for the role?", "How does the team grow people into senior roles?"]) expect(text.split(question).length - 1, question).toBe(1);
		// What every earlier round heard is said before, in the sidebar, without its stamps.
		const shown = Array.from(sidebarOf(world.h.app).querySelectorAll(".interview-prep-said-before li > span:first-child")).map((el) => el.textContent);
		for (const earlier of rounds.slice(0, rounds.indexOf(round))) for (const line of earlier.said) expect(shown, `said in ${earlier.path}`).toContain(line);
	}
	toString(): string {
		return `start next round ${this.name}`;
	}
}

class SetMeeting implements Command {
	constructor(readonly minutesAhead: number) {}
	check(m: { rounds: Map<string, RoundModel[]> }): boolean {
		return all(m).length > 0;
	}
	async run(m: { rounds: Map<string, RoundModel[]> }, world: World): Promise<void> {
		const current = world.current;
		if (!current) return;
		const rounds = m.rounds.get(current.company) ?? [];
		const at = Date.now() + this.minutesAhead * 60_000;
		// A round is booked after the ones before it, and before the ones after it.
		const index = rounds.indexOf(current);
		const before = rounds.slice(0, index).flatMap((r) => (r.meeting ? [r.meeting.at] : []));
		const after = rounds.slice(index + 1).flatMap((r) => (r.meeting ? [r.meeting.at] : []));
		if (before.some((t) => t >= at) || after.some((t) => t <= at) || rounds.slice(index + 1).length > 0) return;
		const file = world.h.app.vault.getFileByPath(current.path);
		if (!file) throw new Error(`${current.path} is gone`);
		// As Set meeting time… writes it.
		expect(await writeProperties(world.h.app, file, { meeting: local(at) })).toBe(true);
		// A call booked again is reminded of again: its reminders count from here.
		current.meeting = { at: Math.floor(at / 60_000) * 60_000, setAt: Date.now(), noticesBefore: shownNotices.length };
		world.reminded.delete(current);
		await pause();
	}
	toString(): string {
		return `set meeting in ${this.minutesAhead} min`;
	}
}

class CaptureSaid implements Command {
	constructor(readonly line: string) {}
	check(m: { rounds: Map<string, RoundModel[]> }): boolean {
		return all(m).length > 0;
	}
	async run(_m: { rounds: Map<string, RoundModel[]> }, world: World): Promise<void> {
		const current = world.current;
		if (!current) return;
		const before = await textOf(world, current.path);
		const ok = await world.h.plugin.liveCall.capture("What I said", this.line);
		expect(ok).toBe(true);
		const view = world.h.app.workspace.getActiveFile()?.path === current.path ? findEditorText(world) : null;
		// One undo takes the capture back, and the redo puts it there again.
		if (view) {
			view.undo();
			expect(view.getValue()).toBe(before.replace(/\r\n/g, "\n"));
			view.redo();
		}
		current.said.push(this.line);
		await pause();
	}
	toString(): string {
		return `capture said "${this.line}"`;
	}
}

function findEditorText(world: World) {
	const leaf = world.h.app.workspace.getMostRecentLeaf();
	const view = leaf?.view as { editor?: { getValue(): string; undo(): void; redo(): void } } | undefined;
	return view?.editor ?? null;
}

class InsertDebrief implements Command {
	check(m: { rounds: Map<string, RoundModel[]> }): boolean {
		return all(m).length > 0;
	}
	async run(_m: { rounds: Map<string, RoundModel[]> }, world: World): Promise<void> {
		await world.h.plugin.templates.insertDebrief();
		await pause();
	}
	toString(): string {
		return "insert debrief";
	}
}

class SwitchNote implements Command {
	constructor(readonly pick: number) {}
	check(m: { rounds: Map<string, RoundModel[]> }): boolean {
		return all(m).length > 1;
	}
	async run(m: { rounds: Map<string, RoundModel[]> }, world: World): Promise<void> {
		const rounds = all(m);
		const round = rounds[this.pick % rounds.length];
		if (round) await open(world, round);
	}
	toString(): string {
		return `switch to note ${this.pick}`;
	}
}

class TimePasses implements Command {
	constructor(readonly minutes: number) {}
	check(): boolean {
		return true;
	}
	async run(m: { rounds: Map<string, RoundModel[]> }, world: World): Promise<void> {
		const from = Date.now();
		await vi.advanceTimersByTimeAsync(this.minutes * 60_000);
		const to = Date.now();
		for (const round of all(m)) {
			// Set more than thirteen minutes ahead, its ten-minute mark passed now: that reminder is due. (One set closer
			// gets a single reminder when it is set, which stands for the ten-minute one too.)
			const mark = round.meeting ? round.meeting.at - 10 * 60_000 : null;
			if (round.meeting && mark !== null && round.meeting.setAt < mark - 3 * 60_000 && mark > from && mark <= to - 30_000) world.reminded.add(round);
		}
	}
	toString(): string {
		return `${this.minutes} min pass`;
	}
}

class Reload implements Command {
	check(): boolean {
		return true;
	}
	async run(m: { rounds: Map<string, RoundModel[]> }, world: World): Promise<void> {
		await world.h.plugin.processes.rebuild();
		await pause();
		void m;
	}
	toString(): string {
		return "reload the vault";
	}
}

/** What holds after every action: the rounds in the order they happened, no line lost, each due reminder shown once. */
async function checkWorld(m: { rounds: Map<string, RoundModel[]> }, world: World): Promise<void> {
	await pause(700);
	for (const [company, rounds] of m.rounds) {
		const indexed = world.h.plugin.processes.processOf(company)?.rounds.map((r) => r.path) ?? [];
		expect(indexed, `${company}'s rounds`).toEqual(rounds.map((r) => r.path));
		for (const round of rounds) {
			const text = await textOf(world, round.path);
			for (const line of round.said) expect(text, `${round.path} keeps what was said`).toContain(line);
		}
	}
	// The template's story is a prompt with nothing written: it counts nowhere.
	if (world.current) expect(sidebarOf(world.h.app).querySelector(".interview-prep-ready"), "stories ready, with none written").toBeNull();
	for (const call of world.reminded) {
		const shown = shownNotices.slice(call.meeting?.noticesBefore ?? 0).filter((n) => n.startsWith(`Call with ${who(call)} in 10 min`));
		expect(shown, `the ten-minute reminder of ${who(call)}, among ${JSON.stringify(shownNotices.slice(call.meeting?.noticesBefore ?? 0))}`).toHaveLength(1);
	}
}

const commands = [
	fc.constantFrom(...COMPANIES).map((c) => new NewPrepNote(c)),
	fc.constantFrom(...ROUNDS).map((r) => new StartNextRound(r)),
	fc.integer({ min: 5, max: 3 * 24 * 60 }).map((n) => new SetMeeting(n)),
	fc.constantFrom("My range is 120-140k", "I can start in four weeks", "Notice is one month", "Looking for a platform team").map((l) => new CaptureSaid(l)),
	fc.constant(new InsertDebrief()),
	fc.nat().map((n) => new SwitchNote(n)),
	fc.integer({ min: 1, max: 6 * 60 }).map((n) => new TimePasses(n)),
	fc.constant(new Reload()),
];

let h: Harness | null = null;
beforeEach(() => {
	vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
});
afterEach(() => {
	h?.plugin.unload();
	h = null;
	activeDocument.body.empty();
	vi.useRealTimers();
});

describe("a week of use", () => {
	it(`keeps the rounds in order, every said line, and one reminder per call, over ${RUNS} weeks of ${ACTIONS} actions`, async () => {
		await fc.assert(
			// Exactly ACTIONS of them, each run when the person could do it then: a command's check skips it otherwise.
			fc.asyncProperty(fc.array(fc.oneof(...commands), { minLength: ACTIONS, maxLength: ACTIONS }), async (cmds) => {
				h?.plugin.unload();
				activeDocument.body.empty();
				vi.setSystemTime(START);
				shownNotices.length = 0;
				h = await loadPlugin();
				await h.app.vault.createFolder("Interviews");
				await h.plugin.openSidebar();
				const model = { rounds: new Map<string, RoundModel[]>() };
				const world: World = { h, rounds: model.rounds, current: null, reminded: new Set() };
				await fc.asyncModelRun(() => ({ model, real: world }), [...cmds].map((cmd) => wrapChecked(cmd)));
			}),
			{ numRuns: RUNS },
		);
		// Most actions run: a check skips what the person could not do yet, such as a second first round of a company.
		expect(ran.count).toBeGreaterThan(RUNS * ACTIONS * 0.7);
	}, 600_000 * SCALE);
});

/** How many actions ran, over every sequence: the test says so, so a run that skipped most of them is seen. */
const ran = { count: 0 };

/** Each action followed by the world's check, so a failure names the action after which it broke. */
function wrapChecked(cmd: Command): Command {
	return {
		check: (m) => cmd.check(m),
		run: async (m, world) => {
			ran.count++;
			await cmd.run(m, world);
			await checkWorld(m, world);
		},
		toString: () => cmd.toString(),
	};
}
