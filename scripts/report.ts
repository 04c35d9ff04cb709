// `npm run --silent report -- NOTE.md [--json]`: prints the prep-note model of a markdown file.
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { formatReport, parsePrepNote } from "../src/core";

const args = process.argv.slice(2);
const json = args.includes("--json");
const files = args.filter((a) => !a.startsWith("--"));
const file = files[0];

if (files.length !== 1 || file === undefined) {
	process.stderr.write("usage: npm run --silent report -- NOTE.md [--json]\n");
	process.exit(2);
}

let markdown: string;
try {
	markdown = readFileSync(file, "utf8");
} catch (error) {
	const reason = error instanceof Error && "code" in error ? String(error.code) : "unreadable";
	process.stderr.write(`report: cannot read ${file} (${reason})\n`);
	process.exit(2);
}

const note = parsePrepNote(markdown, { fallbackTitle: basename(file, extname(file)) });
process.stdout.write(json ? JSON.stringify(note, null, 2) + "\n" : formatReport(note));
