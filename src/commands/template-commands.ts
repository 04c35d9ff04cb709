import { moment, normalizePath, Notice, TFile, type App, type Plugin } from "obsidian";
import { NEW_NOTE_TEMPLATE, NOTES_TEMPLATE, PREP_SECTIONS_TEMPLATE, fillVariables } from "../core";
import { noteName, type ActiveNote } from "../active-note";
import { addCheckedCommand } from "./checked-command";
import { describePlan, writeSections } from "../adapters/section-writer";
import { loadTemplate } from "../adapters/template-source";
import { templateVars } from "../adapters/template-vars";
import type { PrepSettings } from "../settings/prep-settings";
import { NewPrepNoteModal } from "./new-prep-note-modal";

/** Section templates applied to the followed note, and new prep notes made from a template. */
export class TemplateCommands {
	constructor(
		private readonly app: App,
		private readonly activeNote: ActiveNote,
		private readonly settings: () => PrepSettings,
	) {}

	register(plugin: Plugin): void {
		const hasNote = () => this.activeNote.state !== null;
		addCheckedCommand(plugin, "insert-agenda-and-discrepancies", "Insert agenda and discrepancies", hasNote, () => this.insertNotesSections());
		addCheckedCommand(plugin, "insert-prep-sections", "Insert prep sections", hasNote, () => this.insertPrepSections());
		plugin.addCommand({ id: "new-prep-note", name: "New prep note", callback: () => this.askForNewNote() });
	}

	insertNotesSections(): Promise<void> {
		const { notesTemplatePath, headings } = this.settings();
		return this.apply(notesTemplatePath, NOTES_TEMPLATE, headings.notes);
	}

	insertPrepSections(): Promise<void> {
		// Under the note's first-level heading; the title is that heading's text, or the file name without one.
		const title = this.activeNote.state?.note.title ?? "";
		return this.apply(this.settings().prepTemplatePath, PREP_SECTIONS_TEMPLATE, title);
	}

	askForNewNote(): void {
		new NewPrepNoteModal(this.app, (name) => void this.createNote(name)).open();
	}

	/** Creates `<folder>/<date> <name>.md`, or opens it when it exists: never overwrites. */
	async createNote(name: string): Promise<TFile | null> {
		const settings = this.settings();
		const safeName = name.replace(/[\\/:*?"<>|#^[\]]/g, " ").replace(/\s+/g, " ").trim();
		if (safeName === "") {
			new Notice("A prep note needs a name.");
			return null;
		}
		const folder = normalizePath(settings.newNoteFolder || "/");
		const path = normalizePath(`${folder === "/" ? "" : `${folder}/`}${moment().format(settings.dateFormat)} ${safeName}.md`);
		const existing = this.app.vault.getAbstractFileByPath(path);
		if (existing instanceof TFile) {
			new Notice(`"${path}" already exists, so it was opened as it is.`);
			await this.app.workspace.getLeaf(false).openFile(existing);
			return existing;
		}
		const template = await loadTemplate(this.app, settings.newNoteTemplatePath, NEW_NOTE_TEMPLATE);
		if (template === null) return null;
		if (folder !== "/" && !this.app.vault.getAbstractFileByPath(folder)) await this.app.vault.createFolder(folder);
		const file = await this.app.vault.create(path, fillVariables(template, { ...templateVars(safeName, {}, settings), name: safeName }));
		await this.app.workspace.getLeaf(false).openFile(file);
		return file;
	}

	private async apply(templatePath: string, builtIn: string, parent: string): Promise<void> {
		const state = this.activeNote.state;
		if (!state) return;
		const file = state.file;
		const template = await loadTemplate(this.app, templatePath, builtIn);
		if (template === null) return;
		const vars = templateVars(noteName(state), state.frontmatter, this.settings());
		const plan = await writeSections(this.app, file, template, { parent, vars, parser: this.activeNote.parser });
		if (plan) new Notice(describePlan(plan));
		await this.activeNote.refresh();
	}
}
