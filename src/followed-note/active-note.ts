import { debounce, Events, MarkdownView, TFile, type App, type Component, type EventRef, type WorkspaceLeaf } from "obsidian";
import { planLineEdit, type LineEdit, type ParseOptions, type PlannerArgs, type PlannerKind, type PlannerResult, type PrepNote, type Round, type RoundOptions } from "../core";
import type { EditPath, WriteOutcome } from "../platform/edit-path";
import { findEditor } from "../platform/open-note";
import type { DocumentParser, NoteRead, ParseService } from "../parsing/parse-service";
import { parseOptionsOf, PROCESS_KEYS, roundOptionsOf } from "../settings/prep-settings";
import type { SettingsSource } from "../settings/settings-owner";

/** How long the user pauses typing before the sidebar follows. */
export const REFRESH_DELAY_MS = 250;

/** How long another note's read may take before the sidebar says it is reading: a short note comes sooner, without a flicker. */
const READING_SHOWN_MS = 150;

export interface ActiveNoteState {
	file: TFile;
	note: PrepNote;
	/** The note's frontmatter keys, such as `meeting` and `duration`. */
	frontmatter: Record<string, string>;
	/** The frontmatter line Obsidian cannot read, and why; null when it reads them all. */
	yamlProblem: NoteRead["yamlProblem"];
	glance: NoteRead["glance"];
	/** The text the model was read from: the editor's, as the user sees it. */
	text: string;
	/** The note as a round of its company's process, read once per parse; null when it names no company. */
	round: Round | null;
	/** What the note was read with, so that a reader of the same text with the same options can take `note` and `round` as they are. */
	options: ParseOptions;
	roundOptions: RoundOptions;
}

/** What to call the followed note: its title, or its file name when its first heading is empty. */
export function noteName(state: ActiveNoteState): string {
	return state.note.title || state.file.basename;
}

/**
 * Follows the prep note the user works in: the active markdown note, a note
 * whose card the user edits on a canvas, or the last one when focus moves to
 * the sidebar or another kind of leaf. It reads the open editor's text, not
 * the file, which the app saves later. It parses only after layout is ready,
 * again when the user pauses typing, and when a setting it reads with changes.
 */
export class ActiveNote extends Events {
	private current: ActiveNoteState | null = null;
	private file: TFile | null = null;
	private lastText: string | null = null;
	/** One document per followed note in the parser, so its chunk cache matches the text being edited. */
	private noteParser: DocumentParser;
	private followed = 0;
	/** Bumped by every refresh and sent with its parse, so an answer to an older one never overwrites a newer one. */
	private generation = 0;
	private readonly scheduleRefresh = debounce(() => void this.refresh(), REFRESH_DELAY_MS, true);
	/** The timer that says another note is being read, once its read takes a while. */
	private readingShown = 0;

	constructor(
		private readonly app: App,
		private readonly settings: SettingsSource,
		private readonly parsing: ParseService,
		private readonly edits: EditPath,
	) {
		super();
		this.noteParser = parsing.document("followed-0");
	}

	onChange(callback: (state: ActiveNoteState | null) => void): EventRef {
		return this.on("change", callback as (...data: unknown[]) => unknown);
	}

	/** Progress of a background parse, 0 to 1, for the sidebar's status line. */
	onProgress(callback: (share: number) => void): EventRef {
		return this.on("progress", callback as (...data: unknown[]) => unknown);
	}

	/** The followed note's parser, warm with its chunks, for edits that need the note's headings. */
	get parser(): DocumentParser {
		return this.noteParser;
	}

	get state(): ActiveNoteState | null {
		return this.current;
	}

	/** Starts following the workspace; every handler is released with `owner`. */
	start(owner: Component): void {
		const { workspace, vault } = this.app;
		owner.registerEvent(workspace.on("active-leaf-change", (leaf) => this.follow(leaf)));
		owner.registerEvent(workspace.on("file-open", (file) => file && this.track(file)));
		owner.registerEvent(
			workspace.on("editor-change", (_editor, info) => {
				if (info.file && info.file.path === this.file?.path) this.scheduleRefresh();
			}),
		);
		// A write from elsewhere (sync, another plugin, a background edit); an unchanged text costs no parse.
		owner.registerEvent(vault.on("modify", (file) => file.path === this.file?.path && this.scheduleRefresh()));
		owner.registerEvent(vault.on("rename", (file) => file.path === this.file?.path && void this.refresh(true)));
		owner.registerEvent(
			vault.on("delete", (file) => {
				if (file.path !== this.file?.path) return;
				this.file = null;
				this.publish(null);
			}),
		);
		owner.registerEvent(this.settings.onChange(({ keys }) => PROCESS_KEYS.some((key) => keys.has(key)) && void this.refresh(true)));
		owner.register(() => {
			this.scheduleRefresh.cancel();
			window.clearTimeout(this.readingShown);
		});
		this.follow(workspace.getMostRecentLeaf());
	}

	/** Parses the tracked note again now; `force` re-parses even when the text is unchanged. */
	async refresh(force = false): Promise<void> {
		const file = this.file;
		if (!file) return this.publish(null);
		// The open editor's text, a canvas card's too: the file on disk lags behind the typing.
		const text = findEditor(this.app, file)?.getValue() ?? (await this.app.vault.cachedRead(file));
		if (file !== this.file) return;
		if (!force && text === this.lastText && this.current?.file === file) return;
		this.lastText = text;
		const generation = ++this.generation;
		const options = parseOptionsOf(this.settings.current, file.basename);
		const roundOptions = roundOptionsOf(this.settings.current);
		// A note read after another, that takes a while (a long one, or one waiting behind a long one in the worker),
		// says so: the sidebar shows the other note's parts until it comes.
		const reading = () => generation === this.generation && this.file === file && this.current?.file !== file;
		if (reading()) this.readingShown = window.setTimeout(() => reading() && this.trigger("progress", 0), READING_SHOWN_MS);
		// Off the UI thread, the round too; a long note reports progress, and its last report, the whole note, hides the
		// progress line. A read a newer one replaced says nothing more.
		const read = await this.noteParser.parseWithRound(text, options, { path: file.path, options: roundOptions }, (share) => generation === this.generation && this.trigger("progress", share));
		if (generation !== this.generation || file !== this.file) return;
		this.publish({ file, ...read, text, options, roundOptions });
	}

	/**
	 * The one way to edit the followed note with a planner from the table: planned and checked on the note's
	 * warm parser, written by `EditPath` (one undo step in an open editor; a refusal says why in a notice),
	 * then read again so the sidebar shows the result. `file` pins the note a dialog was opened for.
	 */
	async edit<K extends PlannerKind>(kind: K, args: PlannerArgs<K>, file: TFile | null = this.file): Promise<WriteOutcome<PlannerResult<K>>> {
		// Every caller offers its edit only while a note is followed.
		if (!file) return null;
		const parser = this.noteParser;
		const outcome = await this.edits.applyPlanned(file, (text) => parser.plan(kind, text, args));
		await this.refresh();
		return outcome;
	}

	/** Replaces one line of the followed note, if it still reads as expected, as one undoable edit; false when nothing was written. */
	async editLine(edit: LineEdit): Promise<boolean> {
		const file = this.file;
		if (!file) return false;
		const outcome = await this.edits.apply(file, planLineEdit(edit));
		if (outcome === null) return false;
		await this.refresh();
		return outcome.changed;
	}

	/**
	 * Undoes (or redoes) the last step in the followed note's editor, for keys pressed while focus is in the
	 * sidebar, whose clicks wrote that step: Obsidian's undo belongs to the editor. False without an open editor.
	 */
	undo(redo = false): boolean {
		const editor = this.file ? findEditor(this.app, this.file) : null;
		if (!editor) return false;
		if (redo) editor.redo();
		else editor.undo();
		return true;
	}

	private follow(leaf: WorkspaceLeaf | null): void {
		// A markdown view's note, or the note of another editor in the leaf, such as a canvas card being edited.
		const file = leaf?.view instanceof MarkdownView ? leaf.view.file : leaf ? this.app.workspace.activeEditor?.file : null;
		if (file) this.track(file);
	}

	private track(file: TFile): void {
		if (file.extension !== "md") return;
		if (file === this.file) return;
		this.file = file;
		this.lastText = null;
		this.noteParser.forget();
		this.noteParser = this.parsing.document(`followed-${++this.followed}`);
		void this.refresh();
	}

	private publish(state: ActiveNoteState | null): void {
		window.clearTimeout(this.readingShown);
		this.current = state;
		this.trigger("change", state);
		// Whatever was being read, nothing is now: a read replaced by this one leaves no progress line behind.
		this.trigger("progress", 1);
	}
}
