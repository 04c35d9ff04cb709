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
