// The check of a said line as it is typed, for `npm run bench:browser`: `said_check_keystroke_ms`.
import type { Page } from "playwright-core";

interface SaidBenchWindow {
	prepDemo: {
		openNote(name: string, markdown: string): Promise<void>;
		addNotes(notes: [string, string][]): Promise<void>;
		runCommand(id: string): boolean;
	};
}

/** Rounds before the one in view, and said lines in each. */
export const SAID_ROUNDS = 10;
export const SAID_LINES_PER_ROUND = 20;

const SAID = ["my range is 120-140k", "notice is 4 weeks", "I could start early January", "remote, 2 office days a week", "why I left: the team was dissolved", "I like the product", "base 130k and equity", "available from March 1"];
const TYPED = "I'd want 150k base, starting mid-February with 6 weeks notice";

/** A round of the benchmark's company: its date, and its said section. */
function roundNote(round: number, lines: number): string {
	const said = Array.from({ length: lines }, (_, i) => `- [+${String(i % 60).padStart(2, "0")}:00] ${SAID[(i + round) % SAID.length] ?? ""}`);
	return `---\ncompany: Saidco\nround: Round ${round}\nwith: Dana\nmeeting: 2026-11-${String(round).padStart(2, "0")}T10:00\n---\n# Saidco round ${round}\n\n## Preparation\n\n- [ ] Read what I said\n\n# Notes\n\n## What I said\n\n${said.join("\n")}\n`;
}

/**
 * Opens the eleventh round of a company whose ten earlier rounds said twenty lines each, opens Capture what
 * I said, and types a line into it key by key: each keystroke's time in the page, from the input event to
 * the warning drawn under the field, which the capture's check does before the event returns.
 */
export async function saidCheckKeystroke(page: Page): Promise<{ longest: number; median: number; longestAt: string; warned: string }> {
	const notes = Array.from({ length: SAID_ROUNDS }, (_, i): [string, string] => [`Saidco/Round ${i + 1}.md`, roundNote(i + 1, SAID_LINES_PER_ROUND)]);
	await page.evaluate((list) => (window as unknown as SaidBenchWindow).prepDemo.addNotes(list), notes);
	await page.evaluate((note) => (window as unknown as SaidBenchWindow).prepDemo.openNote("Saidco/Round 11.md", note), roundNote(SAID_ROUNDS + 1, 0));
	return page.evaluate((typed) => {
		const demo = (window as unknown as SaidBenchWindow).prepDemo;
		demo.runCommand("capture-said");
		const input = document.querySelector<HTMLInputElement>(".interview-prep-capture-input");
		if (!input) throw new Error("no capture field");
		const times: { ms: number; text: string }[] = [];
		for (let i = 1; i <= typed.length; i++) {
			const start = performance.now();
			input.value = typed.slice(0, i);
			input.dispatchEvent(new Event("input"));
			times.push({ ms: performance.now() - start, text: input.value });
		}
		const warned = document.querySelector(".interview-prep-capture-warning")?.textContent ?? "";
		document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
		times.sort((a, b) => a.ms - b.ms);
		const longest = times[times.length - 1];
		return { longest: Number((longest?.ms ?? 0).toFixed(2)), median: Number((times[times.length >> 1]?.ms ?? 0).toFixed(3)), longestAt: longest?.text ?? "", warned };
	}, TYPED);
}
