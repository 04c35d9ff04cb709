import { moment, Notice, TFile, type App } from "obsidian";
import { applyChanges, sortRounds, fillVariables, nextRoundBaseName, nextRoundName, NEW_NOTE_TEMPLATE, withNoteHeadings, type Question, type Round } from "../core";
import type { ActiveNote } from "../followed-note/active-note";
import type { NoteActions } from "../followed-note/note-actions";
import { findEditor, revealLine } from "../platform/open-note";
import { writeProperties } from "../platform/write-properties";
import type { ProcessActions } from "./process-panel";
import { loadTemplate } from "../templates/template-source";
import { templateVars } from "../templates/template-vars";
import type { ProcessIndex } from "./process-index";
import type { Settings } from "../settings/prep-settings";
import { ChoiceSuggestModal } from "../ui/choice-suggest-modal";
import { NamePromptModal } from "../ui/name-prompt-modal";
import type { TemplateCommands } from "../templates/template-commands";
import type { ParseService } from "../parsing/parse-service";

/** The parser's document for next rounds' frames, which share no chunks with a note being edited. */
const NEXT_ROUND_DOC = "next-round";

/** The commands that work across a company's rounds: the next round, and questions moving between Chosen and Extra. */
export class ProcessCommands implements ProcessActions {
	constructor(
		private readonly app: App,
		private readonly parsing: ParseService,
		private readonly activeNote: ActiveNote,
		private readonly processes: ProcessIndex,
		private readonly actions: NoteActions,
		private readonly templates: TemplateCommands,
		private readonly settings: () => Settings,
	) {}


	/** The followed note's process, the note as it reads in the editor; null when the note names no company. */
	rounds(): Round[] | null {
		const state = this.activeNote.state;
		if (!state) return null;
		const current = state.round;
		if (!current) return null;
		const indexed = this.processes.processOf(current.company)?.rounds ?? [];
		return sortRounds([...indexed.filter((round) => round.path !== current.path), current]);
	}

	openRound(path: string): void {
		const file = this.app.vault.getFileByPath(path);
		if (file) void revealLine(this.app, file, 1);
	}

	askForNextRound(): void {
		const rounds = this.rounds();
		const state = this.activeNote.state;
		if (!rounds && state) {
			// A note without a company is the first round of one: ask which, write it, then ask for the round.
			const prompt = { title: "Start next round", label: "Company of this note", placeholder: "Northwind", button: "Next" };
			new NamePromptModal(this.app, prompt, (company) => {
				void writeProperties(this.app, state.file, { company }).then(async (ok) => {
					if (!ok) return;
					await this.activeNote.refresh(true);
					if (this.rounds()) this.askForNextRound();
				});
			}).open();
			return;
		}
		if (!rounds) return;
		const latest = rounds[rounds.length - 1];
		// From an older round, the next one still follows the latest, and the prompt says which that is.
		const after = latest && state && latest.path !== state.file.path ? `Round, after ${latest.round}, the latest` : "Round";
		const prompt = { title: "Start next round", label: after, placeholder: "Hiring manager", suggestion: nextRoundName(rounds), button: "Create" };
		new NamePromptModal(this.app, prompt, (name) => void this.startNextRound(name)).open();
	}

	/** Creates the next round's note, or opens it when it exists, and opens it so the sidebar follows. */
	async startNextRound(roundName: string): Promise<TFile | null> {
		const rounds = this.rounds();
		const latest = rounds?.[rounds.length - 1];
		if (!rounds || !latest) {
			new Notice("Open a prep note with a company in its frontmatter to start its next round.");
			return null;
		}
		const settings = this.settings();
		const baseName = nextRoundBaseName(moment().format(settings.dateFormat), latest.company, roundName);
		return this.templates.createOrOpen(baseName, async () => {
			const template = await loadTemplate(this.app, settings.newNoteTemplatePath, withNoteHeadings(NEW_NOTE_TEMPLATE, settings.headings));
			if (template === null) return null;
			const name = `${latest.company} ${roundName}`;
			const input = {
				rounds,
				roundName,
				template: fillVariables(template, { ...templateVars(name, {}, settings, template), name }),
				headings: settings.headings,
				doneChars: settings.doneChars,
				plainStoryLines: latest.stories.filter((story) => story.told && this.actions.wasPlainBullet(latest.path, story.line, story.raw)).map((story) => story.line),
			};
			// Planned and checked by the one parser, off the UI thread, as every write is: carried text that would hide the rest is refused.
			const plan = await this.parsing.document(NEXT_ROUND_DOC).plan("next-round", "", { input });
			if (plan.kind === "refuse") {
				new Notice(`The next round's note was not created: ${plan.reason}`);
				return null;
			}
			return plan.kind === "change" ? applyChanges("", plan.changes) : null;
		});
	}

	/** The question at the cursor, or one picked from the note's questions. */
	moveQuestion(): void {
		const state = this.activeNote.state;
		if (!state) return;
		const atCursor = this.questionAtCursor(state.file, state.note.questions);
		if (atCursor) return void this.actions.moveQuestionNow(atCursor);
		const choices = state.note.questions.map((q) => ({ label: q.text, group: q.group, value: q }));
		new ChoiceSuggestModal(this.app, choices, "Move a question to the other group", (q) => void this.actions.moveQuestionNow(q)).open();
	}

	private questionAtCursor(file: TFile, questions: readonly Question[]): Question | null {
		const editor = findEditor(this.app, file);
		if (!editor) return null;
		const line = editor.getCursor().line;
		// The editor's lines are 0-based, the model's 1-based; a question spans its nested and continuation lines.
		return questions.find((q) => line >= q.line - 1 && line <= q.endLine - 1) ?? null;
	}
}
