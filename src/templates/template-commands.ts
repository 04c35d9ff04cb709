import { moment, normalizePath, Notice, TFile, type App } from "obsidian";
import { NEW_NOTE_TEMPLATE, NOTES_TEMPLATE, PREP_SECTIONS_TEMPLATE, debriefTemplate, debriefVars, fillVariables, withNoteHeadings } from "../core";
import { noteName, type ActiveNote } from "../followed-note/active-note";
import type { EditPath } from "../platform/edit-path";
import { describePlan } from "./describe-plan";
import { loadTemplate } from "./template-source";
import { templateVars } from "./template-vars";
import type { Settings } from "../settings/prep-settings";
import { NewPrepNoteModal } from "./new-prep-note-modal";

/** Section templates applied to the followed note, and new prep notes made from a template. */
export class TemplateCommands {
	constructor(
		private readonly app: App,
		private readonly edits: EditPath,
		private readonly activeNote: ActiveNote,
		private readonly settings: () => Settings,
	) {}


	insertNotesSections(): Promise<void> {
		const { notesTemplatePath, headings } = this.settings();
		return this.apply(notesTemplatePath, withNoteHeadings(NOTES_TEMPLATE, headings), headings.notes);
	}

	insertPrepSections(): Promise<void> {
		// Under the note's first-level heading; the title is that heading's text, or the file name without one.
		const title = this.activeNote.state?.note.title ?? "";
		return this.apply(this.settings().prepTemplatePath, PREP_SECTIONS_TEMPLATE, title);
	}

	/** The debrief under Notes, with `{{with}}` and `{{round}}` from the note as a round; a second run adds nothing. */
	insertDebrief(): Promise<void> {
		const state = this.activeNote.state;
		if (!state) return Promise.resolve();
		const settings = this.settings();
		const round = state.round ?? { with: state.frontmatter.with?.trim() || null, round: noteName(state) };
		return this.apply(settings.debriefTemplatePath, debriefTemplate(settings.headings.debrief), settings.headings.notes, debriefVars(round));
	}

	/**
	 * Asks for the company, offering those of the vault's processes, and the round, whose default suits the
	 * company: its first call, or the round after those it has. A company typed in another case or spacing
	 * is the vault's company, so its rounds stay one process.
	 */
	askForNewNote(processes: readonly { company: string; rounds: readonly unknown[] }[]): void {
		new NewPrepNoteModal(this.app, processes, (company, round) => void this.createNote(company, round)).open();
	}

	/**
	 * Creates `<folder>/<date> <company> <round>.md`, or opens it when it exists: never overwrites. The date
	 * format may hold `/`, so every missing folder on the way is made. A note that differs only in case is the
	 * same file on a disk that ignores case, so it is opened too. Any failure says so in a notice.
	 */
	async createNote(company: string, round = ""): Promise<TFile | null> {
		const settings = this.settings();
		const safe = (text: string) => text.replace(/[\\/:*?"<>|#^[\]]/g, " ").replace(/\s+/g, " ").trim().replace(/^[-?&*!|>'%@`{},]+\s*/, "");
		const safeCompany = safe(company);
		const safeRound = safe(round);
		if (safeCompany === "") {
			new Notice("A prep note needs a company.");
			return null;
		}
		const name = safeRound === "" ? safeCompany : `${safeCompany} ${safeRound}`;
		return this.createOrOpen(`${moment().format(settings.dateFormat)} ${name}`, async () => {
			const template = await loadTemplate(this.app, settings.newNoteTemplatePath, withNoteHeadings(NEW_NOTE_TEMPLATE, settings.headings));
			return template === null ? null : fillVariables(template, { ...templateVars(name, {}, settings, template), name, company: safeCompany, round: safeRound });
		});
	}

	/**
	 * Creates `<folder>/<name>.md` in the prep folder with the text `makeText` gives, and opens it; a note
	 * that is there already, or differs only in case, is opened as it is, never overwritten. Null when
	 * nothing was made or opened; a notice says why.
	 */
	async createOrOpen(name: string, makeText: () => Promise<string | null>): Promise<TFile | null> {
		const folder = normalizePath(this.settings().newNoteFolder || "/");
		const path = normalizePath(`${folder === "/" ? "" : `${folder}/`}${name}.md`);
		const existing = this.sameFile(path);
		if (existing) {
			new Notice(`"${existing.path}" already exists, so it was opened as it is.`);
			await this.app.workspace.getLeaf(false).openFile(existing);
			return existing;
		}
		const text = await makeText();
		if (text === null) return null;
		try {
			await this.ensureFolder(path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
			const file = await this.app.vault.create(path, text);
			await this.app.workspace.getLeaf(false).openFile(file);
			return file;
		} catch (error) {
			new Notice(`Could not create "${path}": ${error instanceof Error ? error.message : String(error)}. Check the folder and date format in settings.`);
			return null;
		}
	}

	/** The file at `path`, or one whose path differs only in case. */
	private sameFile(path: string): TFile | null {
		const exact = this.app.vault.getFileByPath(path);
		if (exact) return exact;
		const lower = path.toLowerCase();
		return this.app.vault.getMarkdownFiles().find((file) => file.path.toLowerCase() === lower) ?? null;
	}

	/** Makes `folder` and its missing parents. */
	private async ensureFolder(folder: string): Promise<void> {
		if (folder === "" || this.app.vault.getFolderByPath(folder)) return;
		const parent = folder.includes("/") ? folder.slice(0, folder.lastIndexOf("/")) : "";
		await this.ensureFolder(parent);
		if (this.app.vault.getAbstractFileByPath(folder)) throw new Error(`"${folder}" is a file, not a folder`);
		await this.app.vault.createFolder(folder);
	}

	private async apply(templatePath: string, builtIn: string, parent: string, extraVars: Record<string, string> = {}): Promise<void> {
		const state = this.activeNote.state;
		if (!state) return;
		const file = state.file;
		const template = await loadTemplate(this.app, templatePath, builtIn);
		if (template === null) return;
		const vars = { ...templateVars(noteName(state), state.frontmatter, this.settings(), template), ...extraVars };
		const written = await this.activeNote.edit("sections", { template, options: { parent, vars } }, file);
		if (written) new Notice(describePlan(written.result));
	}
}
