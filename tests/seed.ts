import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The real prep note beside the repository, when it is there. */
export const SEED_PATH = resolve(process.cwd(), "../shared/seed/recruiter-meeting.md");
export const seedPresent = existsSync(SEED_PATH);
export const SEED_SKIP_REASON = `seed note not found at ${SEED_PATH}; skipping seed tests`;

export function readSeed(): string {
	return readFileSync(SEED_PATH, "utf8");
}

if (!seedPresent) console.warn(SEED_SKIP_REASON);

/**
 * The repository's own note of the seed's shape: an indented title, tab and
 * four-space nesting, the same sections, and the same headline numbers
 * (1/9 tasks done, Preparation 0/8, 6 stories in 2 groups, 4 chosen and 3
 * extra questions). It is in every clone, so those numbers are always checked.
 */
export const FIXTURE_PATH = resolve(process.cwd(), "tests/fixtures/seed-shaped.md");

export interface SeedShapedNote {
	/** For test names: which note, and for the real seed whether it is there. */
	label: string;
	present: boolean;
	path: string;
	/** The note's depth-1 heading, which is indented by a space in both. */
	title: string;
	read(): string;
}

/** The notes that must give the headline numbers: the fixture always, the real seed where it is present. */
export const SEED_SHAPED_NOTES: readonly SeedShapedNote[] = [
	{ label: "the seed-shaped fixture", present: true, path: FIXTURE_PATH, title: "Screening call with Globex", read: () => readFileSync(FIXTURE_PATH, "utf8") },
	{
		label: `the real seed note (${seedPresent ? "present" : SEED_SKIP_REASON})`,
		present: seedPresent,
		path: SEED_PATH,
		title: "Recruiter Meeting",
		read: readSeed,
	},
];
