// Deterministic prep-shaped notes of a given size, for benchmarks: the same seed gives the same note.

function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS = (
	"team queue webhook salary range role growth process interview recruiter manager remote office product " +
	"customer deploy incident review pipeline budget timeline handbook equity benefits mentor roadmap quarter"
).split(" ");

export function generateNote(targetBytes: number, seed = 1): string {
	const next = random(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
	const sentence = (min: number, max: number) => {
		const words = Array.from({ length: min + Math.floor(next() * (max - min)) }, () => pick(WORDS));
		const text = words.join(" ");
		return text.charAt(0).toUpperCase() + text.slice(1) + ".";
	};
	const out: string[] = ["---", "company: Example", "duration: 45m", "---", "# Recruiter meeting", "", "* Time: ", "* Recruiter: ", ""];
	let size = out.join("\n").length;
	let round = 0;
	const push = (lines: string[]) => {
		out.push(...lines);
		size += lines.join("\n").length + 1;
	};
	push(["## Preparation", "", "* General", ...Array.from({ length: 8 }, (_, i) => `\t* [${i === 3 ? "x" : " "}] ${sentence(8, 20)}`), ""]);
	push(["## Questions", "", "### Chosen", "", ...Array.from({ length: 4 }, () => `* ${sentence(6, 12)}`), "", "### Extra", "", ...Array.from({ length: 3 }, () => `* ${sentence(6, 12)}`), ""]);
	push(["## Stories", "", "### Work-related", ""]);
	while (size < targetBytes * 0.35) {
		push([`* Story ${++round}: ${sentence(3, 6)}`, ...Array.from({ length: 3 + Math.floor(next() * 3) }, () => `\t* ${sentence(10, 25)}`), ""]);
		if (round % 8 === 0) push([`### Group ${round / 8}`, ""]);
	}
	push(["# Notes", "", "## Agenda", "", "## Discrepancies", ""]);
	while (size < targetBytes) {
		round++;
		push([
			`## Call ${round}`,
			"",
			sentence(20, 60),
			"",
			...Array.from({ length: 3 }, () => `- [${next() < 0.3 ? "x" : " "}] ${sentence(5, 12)}`),
			"",
			`> ${sentence(15, 40)}`,
			`> - ${sentence(5, 10)}`,
			"",
			...Array.from({ length: 4 }, () => `* ${sentence(8, 20)}\n\t* ${sentence(6, 14)}`),
			"",
		]);
	}
	return out.join("\n");
}

/** A 6 KB prep note of one of `companies` companies, a round of its process: the benchmarks' vault of 300 has 60. */
export function generatePrepNote(i: number, companies: number): string {
	const day = String(1 + (i % 28)).padStart(2, "0");
	return `---\ncompany: Company ${i % companies}\nround: Round ${Math.floor(i / companies) + 1}\nmeeting: 2026-03-${day}\n---\n${generateNote(6_000, i)}`;
}

/** Five questions they asked, for the prep note `i`: drawn from a pool of 600, so the same question recurs across notes, rated in turn and some answered with a story. */
export function theirQuestionsSection(i: number): string {
	const markers = [" 🔴", " 🟡", " 🟢", ""];
	const lines = ["", "## Their questions", ""];
	for (let k = 0; k < 5; k++) {
		const n = (i * 5 + k * 37) % 600;
		lines.push(`- [+${String(5 + k * 7).padStart(2, "0")}:${String((i * 13) % 60).padStart(2, "0")}] Question ${n}: tell me about a time the ${WORDS[n % WORDS.length] ?? "team"} changed course.${markers[(i + k) % 4] ?? ""}`);
		if ((i + k) % 3 === 0) lines.push(`  - Answered with: Story ${1 + (k % 3)}: a project`);
	}
	return lines.join("\n") + "\n";
}
