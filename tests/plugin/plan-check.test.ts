import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { insertAt, type Planner } from "../../src/core";
import { loadPlugin, openNote, settle, type Harness } from "../harness";
import { shownNotices } from "../obsidian";

const NOTE = "# Acme call\n\n## Notes\n\n```\ncode left open\n";
/** A faulty plan, as a planner with a bug would make: a heading written into the open code block. */
const intoCode: Planner<null> = (text) => ({ kind: "change", changes: [insertAt(text.length, "## Agenda\n")], result: null, repeats: true });

let h: Harness;
beforeEach(async () => {
	h = await loadPlugin();
});
afterEach(() => {
	h.plugin.unload();
	activeDocument.body.empty();
});

describe("the check before every write, in the one edit path", () => {
	it("refuses a plan that fails it on an open note: a notice says why, and the editor is untouched", async () => {
		const { file, editor } = await openNote(h.app, "Acme.md", NOTE);
		const outcome = await h.plugin.edits.apply(file, intoCode);
		expect(outcome).toBeNull();
		expect(editor.getValue()).toBe(NOTE);
		expect(shownNotices.at(-1)).toBe('Nothing was changed in "Acme": the new line 7 would read as code, not as a heading. Check the note for an unclosed code block, HTML block or %% comment.');
	});

	it("refuses it through Vault.process too, and the file keeps its text", async () => {
		const { file, leaf } = await openNote(h.app, "Acme.md", NOTE);
		leaf.detach();
		await settle();
		expect(await h.plugin.edits.apply(file, intoCode)).toBeNull();
		expect(h.app.vault.peek(file.path)).toBe(NOTE);
		expect(shownNotices.at(-1)).toMatch(/would read as code/);
	});
});
