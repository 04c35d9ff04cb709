import { Notice, Platform, type App, type Plugin, type TFile, type WorkspaceLeaf } from "obsidian";
import { identityKey, sameHeadingName, storyBank, storyToCopy, theirQuestionsBank, type BankQuestion, type BankStory } from "../core";
import type { EditPath } from "../platform/edit-path";
import { revealLine } from "../platform/open-note";
import type { ActiveNote } from "../followed-note/active-note";
import type { NoteActions } from "../followed-note/note-actions";
import { BankSource } from "./bank-source";
import type { ProcessIndex } from "../interview-process/process-index";
import type { SettingsSource } from "../settings/settings-owner";
import type { Settings } from "../settings/prep-settings";
import { CALLS_VIEW_TYPE, CallsView } from "./calls-view";
import { BankSuggestModal } from "./bank-suggest-modal";
import { ChoiceSuggestModal } from "../ui/choice-suggest-modal";
import { STORY_BANK_VIEW_TYPE, StoryBankView } from "./story-bank-view";
import { THEIR_QUESTIONS_VIEW_TYPE, TheirQuestionsView } from "./their-questions-view";

/** The whole job search at a glance: the story bank, their questions and the calls, as views, and inserting a story from the bank. */
export class JobSearchCommands {
	private readonly source: BankSource<BankStory>;
	private readonly theirQuestions: BankSource<BankQuestion>;

	constructor(
		private readonly app: App,
		private readonly edits: EditPath,
		private readonly activeNote: ActiveNote,
		processes: ProcessIndex,
		owner: SettingsSource,
		private readonly actions: NoteActions,
		private readonly settings: () => Settings,
	) {
		this.source = new BankSource(processes, owner, (rounds, current) => storyBank(rounds, current.starWords), ["starWords"]);
		this.theirQuestions = new BankSource(processes, owner, (rounds) => theirQuestionsBank(rounds));
	}

	/** The story bank and the upcoming calls, as views that can be dragged anywhere. */
	registerViews(plugin: Plugin): void {
		const open = (path: string, line: number) => this.open(path, line);
		plugin.registerView(
			STORY_BANK_VIEW_TYPE,
			(leaf) =>
				new StoryBankView(leaf, {
					source: this.source,
					followedCompany: () => this.followedCompany(),
					onFollowedChange: (callback) => this.activeNote.onChange(callback),
					open,
				}),
		);
		plugin.registerView(THEIR_QUESTIONS_VIEW_TYPE, (leaf) => new TheirQuestionsView(leaf, { source: this.theirQuestions, open }));
		plugin.registerView(CALLS_VIEW_TYPE, (leaf) => new CallsView(leaf, { source: this.source, now: () => Date.now(), open }));
	}

	/** Opens the bank with the cursor in its filter; on a phone, without bringing up the keyboard, as the user may only want to read. */
	async openStoryBank(): Promise<void> {
		const leaf = await this.openView(STORY_BANK_VIEW_TYPE, "main");
		if (leaf?.view instanceof StoryBankView && !Platform.isMobile) leaf.view.focusFilter();
	}

	/** Opens the bank of their questions as the story bank opens: the cursor in its filter, but not on a phone. */
	async openTheirQuestionsBank(): Promise<void> {
		const leaf = await this.openView(THEIR_QUESTIONS_VIEW_TYPE, "main");
		if (leaf?.view instanceof TheirQuestionsView && !Platform.isMobile) leaf.view.focusFilter();
	}

	/** Shows the view where it is, wherever the user dragged it; a new one opens in a tab, or in the right sidebar. */
	async openView(type: string, where: "main" | "right"): Promise<WorkspaceLeaf | null> {
		const { workspace } = this.app;
		const existing = workspace.getLeavesOfType(type)[0];
		if (existing) {
			await workspace.revealLeaf(existing);
			return existing;
		}
		if (where === "right") return workspace.ensureSideLeaf(type, "right", { active: true, reveal: true });
		const leaf = workspace.getLeaf("tab");
		await leaf.setViewState({ type, active: true });
		await workspace.revealLeaf(leaf);
		return leaf;
	}

	/** The bank as a picker over the followed note; a story it has already is marked, and refused when chosen. */
	pickStory(): void {
		const state = this.activeNote.state;
		if (!state) return;
		const inNote = new Set(state.note.stories.map((s) => identityKey(s.title)));
		new BankSuggestModal(this.app, this.source.bank(), inNote, (story) => {
			if (inNote.has(story.key)) return void new Notice(`"${story.title}" is already in this note.`);
			const groups = this.groupsOfFollowedNote();
			if (groups.length === 0) return void this.insertStory(state.file, story, "");
			const choices = groups.map((group) => ({ label: group, group: "", value: group }));
			new ChoiceSuggestModal(this.app, choices, `Add "${story.title}" under which group?`, (group) => void this.insertStory(state.file, story, group)).open();
		}).open();
	}

	/** Copies the story, nested details and all, its told mark cleared, into a group of the note's Stories: one undo step. */
	async insertStory(file: TFile, story: BankStory, group: string): Promise<boolean> {
		const settings = this.settings();
		const mark = {
			doneChar: settings.doneChars.charAt(0) || "x",
			isDone: (c: string) => settings.doneChars.includes(c),
			wasPlain: this.actions.wasPlainBullet(story.path, story.line, story.block[0] ?? ""),
		};
		const toInsert = { title: story.title, lines: storyToCopy(story, mark) };
		const written = await this.activeNote.edit("insert-story", { story: toInsert, group, options: { stories: settings.headings.stories } }, file);
		if (written && !written.result.inserted) new Notice(`"${story.title}" is already in this note.`);
		return written?.changed ?? false;
	}

	/** The headings under the followed note's Stories heading, in note order. */
	private groupsOfFollowedNote(): string[] {
		const note = this.activeNote.state?.note;
		const stories = this.settings().headings.stories;
		const section = note?.sections.find((s) => sameHeadingName(s.heading, stories));
		if (!note || !section) return [];
		return note.headings.filter((h) => h.line > section.line && h.line <= section.endLine && h.depth > section.depth).map((h) => h.text);
	}

	private followedCompany(): string | null {
		const company = this.activeNote.state?.frontmatter[this.settings().companyKey]?.trim() ?? "";
		return company === "" ? null : company;
	}

	private open(path: string, line: number): void {
		const file = this.app.vault.getFileByPath(path);
		if (file) void revealLine(this.app, file, line);
	}
}
