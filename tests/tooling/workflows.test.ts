import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { manifestVersion, RELEASE_ASSETS, releaseNotes, tagProblem } from "../../scripts/release.mjs";

/**
 * The workflows cannot run here, so they are read as GitHub reads them: YAML, then the steps.
 * The tag step itself is run, with the tags a person might push.
 */
interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, string>;
	env?: Record<string, string>;
}
interface Workflow {
	on: Record<string, { tags?: string[]; branches?: string[] } | null>;
	permissions?: Record<string, string>;
	jobs: Record<string, { "runs-on": string; steps: Step[] }>;
}

const WORKFLOWS = ".github/workflows";

function readWorkflow(file: string): Workflow {
	const document = parseDocument(readFileSync(`${WORKFLOWS}/${file}`, "utf8"));
	expect(document.errors, `${file} is not valid YAML`).toEqual([]);
	return document.toJS() as Workflow;
}

const stepsOf = (workflow: Workflow): Step[] => Object.values(workflow.jobs).flatMap((job) => job.steps);
/** The index of the one step whose command matches, failing when there is none or several. */
function indexOfRun(steps: Step[], pattern: RegExp): number {
	const found = steps.flatMap((step, index) => (step.run !== undefined && pattern.test(step.run) ? [index] : []));
	expect(found, `one step runs ${pattern}`).toHaveLength(1);
	return found[0]!;
}
/** `gh release create <tag> [flags] <files>`, split into words as the shell splits these plain arguments. */
function parseReleaseCreate(run: string) {
	const [gh, verb, create, tag, ...rest] = run.trim().split(/\s+/);
	expect([gh, verb, create]).toEqual(["gh", "release", "create"]);
	const flags = new Map<string, string | true>();
	const files: string[] = [];
	for (let i = 0; i < rest.length; i++) {
		const word = rest[i]!;
		if (!word.startsWith("-")) files.push(word);
		else flags.set(word, ["--title", "--notes-file"].includes(word) ? rest[++i]! : true);
	}
	return { tag, flags, files };
}

const release = readWorkflow("release.yml");
const releaseSteps = stepsOf(release);
const version = manifestVersion();

describe("the release workflow", () => {
	it("runs on every pushed tag, so that a wrong tag fails with a message rather than being ignored", () => {
		expect(release.on.push?.tags).toEqual(["*"]);
		expect(Object.keys(release.on)).toEqual(["push"]);
	});

	it("checks the tag first, then installs, lints, runs the whole suite and builds, and only then drafts the release", () => {
		const order = [/release\.mjs check-tag "\$GITHUB_REF_NAME"/, /^npm ci\b/, /^npm run lint$/, /^npm test$/, /^npm run build$/, /^gh release create\b/].map((pattern) =>
			indexOfRun(releaseSteps, pattern),
		);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	it("drafts a release with the three plugin files and the notices as separate assets, and CHANGELOG.md's notes", () => {
		const create = parseReleaseCreate(releaseSteps[indexOfRun(releaseSteps, /^gh release create\b/)]!.run!);
		expect(create.tag).toBe('"$GITHUB_REF_NAME"');
		expect(create.flags).toEqual(new Map<string, string | true>([["--draft", true], ["--verify-tag", true], ["--title", '"$GITHUB_REF_NAME"'], ["--notes-file", "release-notes.md"]]));
		expect(create.files).toEqual(RELEASE_ASSETS);
		expect(RELEASE_ASSETS).toEqual(["main.js", "manifest.json", "styles.css", "THIRD_PARTY_NOTICES"]);

		const notes = releaseSteps[indexOfRun(releaseSteps, /release\.mjs notes/)]!.run!;
		expect(notes).toBe(`node scripts/release.mjs notes "$GITHUB_REF_NAME" > release-notes.md`);
		expect(release.permissions?.contents).toBe("write");
	});

	it("attests the same files it uploads", () => {
		const attest = releaseSteps.find((step) => step.uses?.startsWith("actions/attest@"));
		expect(attest?.with?.["subject-path"]?.trim().split("\n")).toEqual(RELEASE_ASSETS);
		expect(release.permissions).toMatchObject({ "id-token": "write", attestations: "write" });
	});

	describe("refuses a tag that is not manifest.json's version", () => {
		const tagStep = releaseSteps[indexOfRun(releaseSteps, /check-tag/)]!.run!;
		const runTagStep = (tag: string) =>
			spawnSync("bash", ["-e", "-c", tagStep], { encoding: "utf8", env: { ...process.env, GITHUB_REF_NAME: tag, GITHUB_ACTIONS: "true" } });

		it(`passes ${version}, the version itself`, () => {
			const result = runTagStep(version);
			expect(result.stderr).toBe("");
			expect(result.status).toBe(0);
		});

		it.each([
			[`v${version}`, /::error::The tag "v[\d.]+" is not manifest\.json's version "[\d.]+"\. Obsidian looks for the tag [\d.]+ exactly, with no "v" prefix\./],
			["9.9.9", /::error::The tag "9\.9\.9" is not manifest\.json's version/],
			[version.split(".").slice(0, 2).join("."), /is not manifest\.json's version/],
		])("fails %s, saying why", (tag, message) => {
			const result = runTagStep(tag);
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(message);
		});
	});
});

describe("the CI workflow for pull requests", () => {
	const ci = readWorkflow("ci.yml");
	const steps = stepsOf(ci);

	it("runs on pull requests, with read-only access", () => {
		expect(Object.keys(ci.on)).toContain("pull_request");
		expect(ci.permissions).toEqual({ contents: "read" });
	});

	it("installs from the lock file, lints, typechecks, runs the unit tests, then the browser tests", () => {
		const order = [/^npm ci\b/, /^npm run lint$/, /^npm run typecheck$/, /^npm run test:unit$/, /^npm run test:e2e$/].map((pattern) => indexOfRun(steps, pattern));
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	it("finds or installs the browser the way `npm test` does on a fresh machine", () => {
		const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
		expect(scripts["test:e2e"]).toMatch(/^node scripts\/find-browser\.mjs && /);
		expect(scripts.test).toMatch(/^node scripts\/find-browser\.mjs && /);
	});
});

describe("every workflow", () => {
	const files = readdirSync(WORKFLOWS).filter((file) => /\.ya?ml$/.test(file));

	it("is one of the two this project has", () => {
		expect(files.sort()).toEqual(["ci.yml", "release.yml"]);
	});

	it.each(files)("%s pins each action to a full commit SHA and runs on Node 20, as the suite is checked", (file) => {
		const steps = stepsOf(readWorkflow(file));
		const actions = steps.flatMap((step) => (step.uses ? [step.uses] : []));
		expect(actions.length).toBeGreaterThan(0);
		for (const action of actions) expect(action).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
		expect(steps.find((step) => step.uses?.startsWith("actions/setup-node@"))?.with).toMatchObject({ "node-version": "20" });
	});
});

describe("the release's rules", () => {
	it("accepts only the version itself as the tag", () => {
		expect(tagProblem("1.2.3", "1.2.3")).toBeNull();
		expect(tagProblem("v1.2.3", "1.2.3")).toMatch(/no "v" prefix/);
		expect(tagProblem("1.2.4", "1.2.3")).toMatch(/is not manifest\.json's version "1\.2\.3"/);
		expect(tagProblem("1.2.4", "1.2.3")).not.toMatch(/prefix/);
	});

	it("takes the notes from the version's section, up to the next section or the link definitions", () => {
		const changelog = [
			"# Changelog",
			"## [Unreleased]",
			"- later",
			"## [1.1.0] - 2026-01-02",
			"### Added",
			"- the one.",
			"## [1.0.0] - 2026-01-01",
			"- the first.",
			"",
			"[1.1.0]: https://example.org/1.1.0",
		].join("\n");
		expect(releaseNotes(changelog, "1.1.0")).toBe("### Added\n- the one.");
		expect(releaseNotes(changelog, "1.0.0")).toBe("- the first.");
		expect(() => releaseNotes(changelog, "1.0")).toThrow(/no section "## \[1\.0\]"/);
		expect(() => releaseNotes("## [2.0.0]\n\n## [1.0.0]\n- x", "2.0.0")).toThrow(/is empty/);
	});

	it(`finds notes for ${version} in CHANGELOG.md`, () => {
		const notes = releaseNotes(readFileSync("CHANGELOG.md", "utf8"), version);
		expect(notes).toMatch(/^### Added$/m);
		expect(notes.split("\n").length).toBeGreaterThan(10);
	});
});
