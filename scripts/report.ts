// `npm run --silent report -- NOTE.md [--json]`: prints the prep-note model of a markdown file.
// `npm run --silent report -- --vault FOLDER [--json]`: prints the interview processes of a folder of notes.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join, relative, sep } from "node:path";
import { DEFAULT_HEADING_NAMES, DEFAULT_SAID_TOPICS, formatCallsReport, formatProcessReport, formatReport, parsePrepNote, processReport, processSaid, roundOf, saidReport, saidSectionsOf, splitLines, type Round } from "../src/core";

const args = process.argv.slice(2);
const json = args.includes("--json");
const vaultAt = args.indexOf("--vault");
/** Today in UTC, `YYYY-MM-DD`: places a date said without a year in an undated round. */
const today = new Date().toISOString().slice(0, 10);

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(2);
}

function reason(error: unknown): string {
	return error instanceof Error && "code" in error ? String(error.code) : "unreadable";
}

if (vaultAt >= 0) {
	const folder = args[vaultAt + 1];
	const rest = args.filter((a, i) => !a.startsWith("--") && i !== vaultAt + 1);
	if (folder === undefined || folder.startsWith("--") || rest.length > 0) fail("usage: npm run --silent report -- --vault FOLDER [--json]");
	try {
		if (!statSync(folder).isDirectory()) fail(`report: ${folder} is not a folder`);
	} catch (error) {
		fail(`report: cannot read folder ${folder} (${reason(error)})`);
	}
	const rounds: Round[] = [];
	const files = markdownFiles(folder);
	for (const path of files) {
		const text = readFileSync(path, "utf8");
		const note = parsePrepNote(text, { fallbackTitle: basename(path, extname(path)) });
		const round = roundOf(relative(folder, path).split(sep).join("/"), text, note, {
			companyKey: "company",
			saidHeading: DEFAULT_HEADING_NAMES.said,
			discrepanciesHeading: "Discrepancies",
			storiesHeading: DEFAULT_HEADING_NAMES.stories,
		});
		if (round) rounds.push(round);
	}
	const report = processReport(rounds, { today, notePaths: files.map((path) => relative(folder, path).split(sep).join("/")) });
	process.stdout.write(json ? JSON.stringify(report, null, 2) + "\n" : formatProcessReport(report) + formatCallsReport(rounds, Date.now()));
} else {
	const files = args.filter((a) => !a.startsWith("--"));
	const file = files[0];
	if (files.length !== 1 || file === undefined) fail("usage: npm run --silent report -- NOTE.md [--json] | --vault FOLDER [--json]");
	let markdown = "";
	try {
		markdown = readFileSync(file, "utf8");
	} catch (error) {
		fail(`report: cannot read ${file} (${reason(error)})`);
	}
	const note = parsePrepNote(markdown, { fallbackTitle: basename(file, extname(file)) });
	// What the note said and means to say, on each topic, for the JSON; its lines as the sidebar reads them.
	const sections = saidSectionsOf(splitLines(markdown), note, { saidHeading: DEFAULT_HEADING_NAMES.said });
	const said = processSaid([{ path: file, with: null, round: note.title, date: null, ...sections }], DEFAULT_SAID_TOPICS, today);
	const noteSaid = saidReport(said).map(({ topic, figures, text, line, origin }) => ({ topic, figures, text, line, origin }));
	process.stdout.write(json ? JSON.stringify({ ...note, said: noteSaid }, null, 2) + "\n" : formatReport(note));
}

/** The folder's markdown files, in its subfolders too, leaving out hidden folders such as `.obsidian`. */
function markdownFiles(folder: string): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
		if (entry.name.startsWith(".")) continue;
		const path = join(folder, entry.name);
		if (entry.isDirectory()) found.push(...markdownFiles(path));
		else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) found.push(path);
	}
	return found;
}
