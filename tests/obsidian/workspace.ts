import type * as Real from "obsidian/obsidian";
import type { App } from "./app";
import type { Assignable, Doubled, Doubles, Listens } from "./doubled";
import { Editor } from "./editor";
import { Component, Events, type Callback } from "./events";
import { debounce, type Scope } from "./ui";
import type { TFile } from "./vault";

/** Each view by its container, for the keymap to find the view focus is in. */
const viewOfContainer = new WeakMap<HTMLElement, View>();
const listening = new WeakSet<Document>();

/** The app's keymap asks the scope of the view that holds focus, as it does for a view with a `scope`. */
function listenForViewKeys(): void {
	const doc = activeDocument;
	if (listening.has(doc)) return;
	listening.add(doc);
	doc.addEventListener("keydown", (evt) => {
		const target = evt.target instanceof HTMLElement ? evt.target.closest<HTMLElement>(".workspace-leaf-content") : null;
		const view = target ? viewOfContainer.get(target) : undefined;
		view?.scope?.handle(evt);
	});
}

export abstract class View
	extends Component
	implements
		Doubled<
			Real.View,
			"app" | "icon" | "navigation" | "leaf" | "containerEl" | "scope" | "getViewType" | "getDisplayText" | "getIcon" | "getState" | "setState" | "setEphemeralState"
		>
{
	app: App;
	icon = "document";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	/** The view's keys, which the app's keymap asks while focus is in the view. */
	scope: Scope | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = createDiv({ cls: "workspace-leaf-content" });
		viewOfContainer.set(this.containerEl, this);
		listenForViewKeys();
	}

	abstract getViewType(): string;

	abstract getDisplayText(): string;

	getIcon(): string {
		return this.icon;
	}

	getState(): Record<string, unknown> {
		return {};
	}

	setState(_state: unknown, _result: Real.ViewStateResult): Promise<void> {
		return Promise.resolve();
	}

	/** State that is not saved with the layout, such as where to scroll; a view that has none ignores it. */
	setEphemeralState(_state: unknown): void {}

	protected onOpen(): Promise<void> {
		return Promise.resolve();
	}

	protected onClose(): Promise<void> {
		return Promise.resolve();
	}

	/** Opens the view as the app does: load, then onOpen. */
	async open(parent: HTMLElement): Promise<void> {
		parent.appendChild(this.containerEl);
		this.load();
		await this.onOpen();
	}

	async close(): Promise<void> {
		await this.onClose();
		this.unload();
		this.containerEl.detach();
	}
}

export abstract class ItemView extends View implements Doubled<Real.ItemView, "contentEl" | "addAction"> {
	contentEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.containerEl.createDiv({ cls: "view-header" });
		this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.containerEl.createEl("button", { cls: "view-action", attr: { "aria-label": title, "data-icon": icon } });
		el.addEventListener("click", callback);
		return el;
	}
}

/** How long the app lets an editor's changes sit before it saves them: `TextFileView.requestSave`, "in 2 seconds". */
export const SAVE_DELAY_MS = 2000;

/**
 * Saves an editor's text into its file as the app does: two seconds after a
 * change (Obsidian's `debounce`, which does not reset, so steady typing saves
 * every two seconds), and at once when the editor closes or opens another
 * file. Until then the file on disk holds the older text. A save is a
 * `Vault.modify`, so it fires `modify` as any write does.
 */
class EditorSave {
	private dirty = false;
	private readonly later: Real.Debouncer<[], void>;

	constructor(
		private readonly app: App,
		private readonly source: () => { file: TFile | null; text: string },
	) {
		this.later = debounce(() => void this.now(), SAVE_DELAY_MS);
	}

	/** The text changed: save it soon. */
	request = (): void => {
		this.dirty = true;
		this.later();
	};

	/** Whether the editor holds text not yet saved into the file. */
	get isDirty(): boolean {
		return this.dirty;
	}

	/** The text now matches the file, as after opening it. */
	clean(): void {
		this.dirty = false;
		this.later.cancel();
	}

	/** Saves now, if anything changed since the last save; an unchanged editor writes nothing. */
	async now(): Promise<void> {
		const dirty = this.dirty;
		this.clean();
		const { file, text } = this.source();
		// A file deleted meanwhile is not written back.
		if (!dirty || !file || this.app.vault.getFileByPath(file.path) !== file) return;
		await this.app.vault.modify(file, text);
	}
}

/** Reading view: the rendered note, scrolled by line. Its editor stays behind it, so moving the cursor there scrolls nothing the user sees. */
class PreviewMode implements Real.MarkdownSubView {
	/** Test aid: the line the preview was last scrolled to, or null. */
	scrolledTo: number | null = null;

	constructor(private readonly editor: Editor) {}

	getScroll(): number {
		return this.scrolledTo ?? 0;
	}

	applyScroll(scroll: number): void {
		this.scrolledTo = scroll;
	}

	get(): string {
		return this.editor.getValue();
	}

	set(data: string, _clear: boolean): void {
		this.editor.load(data);
	}
}

/** Editing view: the editor itself, scrolled in pixels. */
class SourceMode implements Real.MarkdownSubView {
	constructor(private readonly editor: Editor) {}

	getScroll(): number {
		return this.editor.getScrollInfo().top;
	}

	applyScroll(scroll: number): void {
		this.editor.scrollTo(null, scroll);
	}

	get(): string {
		return this.editor.getValue();
	}

	set(data: string, _clear: boolean): void {
		this.editor.load(data);
	}
}

export class MarkdownView
	extends ItemView
	implements
		Doubled<
			Real.MarkdownView,
			| "editor" | "file" | "getViewType" | "getMode" | "currentMode" | "getState" | "setState" | "setEphemeralState" | "requestSave" | "save"
			| "getViewData"
		>
{
	editor = new Editor();
	file: TFile | null = null;
	private readonly saver = new EditorSave(this.app, () => ({ file: this.file, text: this.editor.getValue() }));
	requestSave: () => void = this.saver.request;
	private mode: Real.MarkdownViewModeType = "source";
	private readonly sourceMode = new SourceMode(this.editor);
	private readonly previewMode = new PreviewMode(this.editor);

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.editor.onChange = () => {
			// The app saves the editor's text into the file a little later, and tells the workspace now.
			this.requestSave();
			this.app.workspace.trigger("editor-change", this.editor, this);
		};
		// A write to the open file from elsewhere (processFrontMatter, sync) shows in the editor when it holds nothing unsaved.
		this.registerEvent(
			this.app.vault.on("modify", (file) => {
				const open = this.file;
				if (file !== open || !open || this.saver.isDirty) return;
				void this.app.vault.read(open).then((text) => {
					if (open !== this.file || this.saver.isDirty || text.replace(/\r\n?/g, "\n") === this.editor.getValue()) return;
					this.editor.setValue(text);
					this.saver.clean();
				});
			}),
		);
	}

	save(_clear?: boolean): Promise<void> {
		return this.saver.now();
	}

	getViewData(): string {
		return this.editor.getValue();
	}

	/** Closing saves what is not saved yet. */
	protected override async onClose(): Promise<void> {
		await this.save();
	}

	getViewType(): string {
		return "markdown";
	}

	/** "source" in the editor (Live Preview or Source mode), "preview" in Reading view. */
	getMode(): Real.MarkdownViewModeType {
		return this.mode;
	}

	get currentMode(): Real.MarkdownSubView {
		return this.mode === "preview" ? this.previewMode : this.sourceMode;
	}

	/** Test aid: the line Reading view was last scrolled to, or null. */
	get previewScrolledTo(): number | null {
		return this.previewMode.scrolledTo;
	}

	override getState(): Record<string, unknown> {
		return { file: this.file?.path ?? null, mode: this.mode, source: false };
	}

	/** Takes `mode` ("source" or "preview") and `file` (a path), as `setViewState` passes them on. */
	override async setState(state: unknown, _result: Real.ViewStateResult): Promise<void> {
		const { file, mode } = (state ?? {}) as { file?: unknown; mode?: unknown };
		if (mode === "source" || mode === "preview") this.mode = mode;
		const target = typeof file === "string" ? this.app.vault.getFileByPath(file) : null;
		if (target && target !== this.file) await this.loadFile(target);
	}

	/**
	 * `{ line }`, 0-based, scrolls that line into view in either mode; in the
	 * editor the app also puts the cursor at its start.
	 */
	override setEphemeralState(state: unknown): void {
		const line = (state as { line?: unknown } | null)?.line;
		if (typeof line !== "number") return;
		const target = Math.max(0, Math.min(Math.floor(line), this.editor.lastLine()));
		if (this.mode === "preview") {
			this.previewMode.applyScroll(target);
			return;
		}
		const pos = { line: target, ch: 0 };
		this.editor.setCursor(pos);
		this.editor.scrollIntoView({ from: pos, to: pos }, true);
	}

	override getDisplayText(): string {
		return this.file?.basename ?? "";
	}

	/** Test aid: shows the file's text as it is on disk, unsaved typing dropped, as closing and opening the note again would. */
	async reloadFromFile(): Promise<void> {
		if (!this.file) return;
		this.editor.load(await this.app.vault.read(this.file));
		this.saver.clean();
	}

	async loadFile(file: TFile): Promise<void> {
		// Opening the note the view shows keeps it as it is, unsaved typing and all.
		if (this.file === file) return;
		// Opening another file saves the one that was open first.
		if (this.file && this.file !== file) await this.save();
		this.file = file;
		this.editor.load(await this.app.vault.read(file));
		this.saver.clean();
	}
}

/** An editor on a file, as the workspace hands it out in `activeEditor`: a markdown view, or an editor embedded elsewhere. */
export type MarkdownFileInfo = Doubled<Real.MarkdownFileInfo, "app" | "file" | "editor">;

/**
 * A note's card on a canvas while the user edits it: an editor embedded in
 * the canvas, which no MarkdownView shows. It saves as the app's editors do.
 */
export class CanvasCard implements MarkdownFileInfo {
	readonly editor = new Editor();
	private readonly saver: EditorSave;

	constructor(
		readonly app: App,
		readonly file: TFile,
	) {
		this.saver = new EditorSave(app, () => ({ file: this.file, text: this.editor.getValue() }));
		this.editor.onChange = () => {
			this.saver.request();
			app.workspace.trigger("editor-change", this.editor, this);
		};
	}

	async load(): Promise<void> {
		this.editor.load(await this.app.vault.read(this.file));
		this.saver.clean();
	}

	save(): Promise<void> {
		return this.saver.now();
	}
}

/**
 * A canvas, reduced to what the plugin meets: a note card whose editor takes
 * focus. Then the canvas's leaf is active, the card is the workspace's
 * `activeEditor`, and `file-open` fires with the card's note.
 */
export class CanvasView extends ItemView {
	file: TFile | null = null;
	/** The card being edited, if any. */
	editing: CanvasCard | null = null;

	getViewType(): string {
		return "canvas";
	}

	getDisplayText(): string {
		return this.file?.basename ?? "";
	}

	/** Test aid: the user clicks into the card of `file` and edits it. */
	async editCard(file: TFile): Promise<CanvasCard> {
		await this.stopEditing();
		const card = new CanvasCard(this.app, file);
		await card.load();
		this.editing = card;
		const workspace = this.app.workspace;
		workspace.setActiveLeaf(this.leaf);
		workspace.activeEditor = card;
		workspace.trigger("file-open", file);
		return card;
	}

	/** Test aid: the card stops being edited; its editor saves and goes. */
	async stopEditing(): Promise<void> {
		const card = this.editing;
		if (!card) return;
		this.editing = null;
		if (this.app.workspace.activeEditor === card) this.app.workspace.activeEditor = null;
		await card.save();
	}

	protected override async onClose(): Promise<void> {
		await this.stopEditing();
	}
}

/** A PDF in the app's own viewer: a file view with no editor, whose file is no note. */
export class PdfView extends ItemView {
	file: TFile | null = null;

	getViewType(): string {
		return "pdf";
	}

	getDisplayText(): string {
		return this.file?.basename ?? "";
	}
}

/** The editor a view gives the workspace when its leaf becomes active, or null for a view without one. */
function editorOf(view: View): MarkdownFileInfo | null {
	if (view instanceof MarkdownView) return view;
	if (view instanceof CanvasView) return view.editing;
	return null;
}

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

/**
 * What a tab restored at start-up holds until it is first shown, since Obsidian 1.7.2: a stand-in that
 * keeps the view state it will load (`getViewState()` gives it), has no file, no editor, and is no
 * MarkdownView. `revealLeaf` and `loadIfDeferred` load the real view in its place.
 */
class DeferredView extends View {
	constructor(
		leaf: WorkspaceLeaf,
		readonly deferredState: Real.ViewState,
	) {
		super(leaf);
	}

	/** The type it stands for, so `getLeavesOfType` finds it, as the docs' advice to check `instanceof` after it implies. */
	getViewType(): string {
		return this.deferredState.type;
	}

	getDisplayText(): string {
		const file = this.deferredState.state?.file;
		return typeof file === "string" ? (file.split("/").pop() ?? file).replace(/\.md$/, "") : "";
	}
}

export class WorkspaceLeaf
	extends Events
	implements Doubled<Real.WorkspaceLeaf, "view" | "setViewState" | "getViewState" | "openFile" | "getDisplayText" | "detach" | "getContainer" | "isDeferred" | "loadIfDeferred">
{
	app: App;
	view: View;
	side: "main" | "left" | "right";
	containerEl = createDiv({ cls: "workspace-leaf" });
	/** The window the leaf is in. */
	container: WorkspaceContainer;

	constructor(app: App, side: "main" | "left" | "right", container: WorkspaceContainer) {
		super();
		this.app = app;
		this.side = side;
		this.container = container;
		this.view = new EmptyView(this);
		// A click in a sidebar's leaf makes it the active leaf, before the clicked control acts, where the app is set to clear the editor then.
		this.containerEl.addEventListener("click", () => this.side !== "main" && app.workspace.sidebarClickClearsActiveEditor && app.workspace.setActiveLeaf(this), { capture: true });
	}

	getContainer(): WorkspaceContainer {
		return this.container;
	}

	/** A view of the same type stays and takes the new state, as in the app; another type replaces it. */
	async setViewState(viewState: Real.ViewState, eState?: unknown): Promise<void> {
		if (this.view.getViewType() !== viewState.type) {
			const creator = BUILT_IN_VIEWS.get(viewState.type) ?? this.app.viewRegistry.get(viewState.type);
			if (!creator) throw new Error(`No view registered for ${viewState.type}`);
			await this.replaceView(creator(this));
		}
		await this.view.setState(viewState.state ?? {}, { history: false });
		if (viewState.active) this.app.workspace.setActiveLeaf(this);
		if (eState !== undefined) this.view.setEphemeralState(eState);
	}

	getViewState(): Real.ViewState {
		if (this.view instanceof DeferredView) return this.view.deferredState;
		return { type: this.view.getViewType(), state: this.view.getState() };
	}

	/** Whether the leaf is a background tab not shown since start-up, holding a stand-in for its view. */
	get isDeferred(): boolean {
		return this.view instanceof DeferredView;
	}

	/** Loads the view a deferred leaf stands in for, from the state it kept. */
	async loadIfDeferred(): Promise<void> {
		if (!(this.view instanceof DeferredView)) return;
		const { type, state } = this.view.deferredState;
		await this.replaceView(new EmptyView(this));
		await this.setViewState({ type, state });
	}

	/** Test aid: the leaf as the app restores a background tab at start-up, deferred until shown. */
	defer(viewState: Real.ViewState): void {
		const old = this.view;
		this.view = new DeferredView(this, viewState);
		void old.close();
		void this.view.open(this.containerEl);
	}

	/** Opens (or reloads) `file` here; `openState.state` may set the view's mode, and `openState.eState` where it scrolls. */
	async openFile(file: TFile, openState: Real.OpenViewState = {}): Promise<void> {
		if (file.extension === "canvas") return this.openCanvas(file);
		if (file.extension === "pdf") return this.openPdf(file);
		const view = this.view instanceof MarkdownView ? this.view : new MarkdownView(this);
		if (view !== this.view) await this.replaceView(view);
		await view.loadFile(file);
		if (openState.state) await view.setState(openState.state, { history: false });
		this.app.workspace.setActiveLeaf(this);
		this.app.workspace.trigger("file-open", file);
		if (openState.eState) view.setEphemeralState(openState.eState);
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	private async openCanvas(file: TFile): Promise<void> {
		const view = this.view instanceof CanvasView ? this.view : new CanvasView(this);
		if (view !== this.view) await this.replaceView(view);
		await view.stopEditing();
		view.file = file;
		this.app.workspace.setActiveLeaf(this);
		this.app.workspace.trigger("file-open", file);
	}

	private async openPdf(file: TFile): Promise<void> {
		const view = this.view instanceof PdfView ? this.view : new PdfView(this);
		if (view !== this.view) await this.replaceView(view);
		view.file = file;
		this.app.workspace.setActiveLeaf(this);
		this.app.workspace.trigger("file-open", file);
	}

	detach(): void {
		void this.view.close();
		this.containerEl.detach();
		this.app.workspace.removeLeaf(this);
	}

	/** Closes a view whose plugin unloaded, leaving an empty leaf as the app does. */
	async emptyView(): Promise<void> {
		await this.replaceView(new EmptyView(this));
	}

	private async replaceView(view: View): Promise<void> {
		await this.view.close();
		this.view = view;
		// The active leaf's new view brings its own editor, or none: a note's editor does not outlive its view.
		const workspace = this.app.workspace;
		if (workspace.activeLeaf === this && this.side === "main") workspace.activeEditor = editorOf(view);
		await view.open(this.containerEl);
	}
}

class EmptyView extends View {
	getViewType(): string {
		return "empty";
	}

	getDisplayText(): string {
		return "New tab";
	}
}

/** The app's own view types, which no plugin registers. */
const BUILT_IN_VIEWS = new Map<string, ViewCreator>([
	["empty", (leaf) => new EmptyView(leaf)],
	["markdown", (leaf) => new MarkdownView(leaf)],
	["canvas", (leaf) => new CanvasView(leaf)],
	["pdf", (leaf) => new PdfView(leaf)],
]);

/** A window of the app, with its own document: the main window's root split, or a popout. */
export abstract class WorkspaceContainer implements Doubled<Real.WorkspaceContainer, "win" | "doc"> {
	constructor(
		readonly win: Window,
		readonly doc: Document,
	) {}

	/** Test aid: the window is minimised or covered (true) or shown again (false); its document says so and fires `visibilitychange`. */
	setHidden(hidden: boolean): void {
		this.showAs(hidden);
		this.doc.dispatchEvent(new Event("visibilitychange"));
	}

	protected showAs(hidden: boolean): void {
		Object.defineProperty(this.doc, "hidden", { configurable: true, get: () => hidden });
		Object.defineProperty(this.doc, "visibilityState", { configurable: true, get: () => (hidden ? "hidden" : "visible") });
	}
}

/**
 * How late a hidden window's timers run at the soonest: Chromium wakes a hidden page's timers at most once a
 * second (and, after five minutes hidden, chained ones once a minute, which the double does not play).
 */
export const HIDDEN_TIMER_MS = 1000;

type Timeout = (handler: () => void, timeout?: number) => number;

/** The own `setTimeout` of each window whose timers are slowed now, to put back when it shows again. */
const ownTimeouts = new WeakMap<Window, Timeout>();

/** The window's own `setTimeout`, as it runs while the window shows. */
export function unthrottledSetTimeout(win: Window): Timeout {
	return ownTimeouts.get(win) ?? ((handler, timeout) => win.setTimeout(handler, timeout));
}

/** While `hidden`, the window's `setTimeout` runs no sooner than `HIDDEN_TIMER_MS`; shown again, as asked. */
function throttleTimers(win: Window, hidden: boolean): void {
	const own = ownTimeouts.get(win);
	if (!hidden) {
		if (own) Reflect.set(win, "setTimeout", own);
		ownTimeouts.delete(win);
		return;
	}
	if (own) return;
	const original = Reflect.get(win, "setTimeout") as Timeout;
	ownTimeouts.set(win, original);
	const throttled: Timeout = (handler, timeout) => original.call(win, handler, Math.max(timeout ?? 0, HIDDEN_TIMER_MS));
	Reflect.set(win, "setTimeout", throttled);
}

/** The main window, whose timers Chromium slows down while it is hidden. */
export class WorkspaceRoot extends WorkspaceContainer {
	constructor() {
		super(window, document);
		// A new app starts with its window shown, whatever a test before it left.
		const doc = this.doc as unknown as Record<string, unknown>;
		delete doc.hidden;
		delete doc.visibilityState;
		throttleTimers(this.win, false);
	}

	override setHidden(hidden: boolean): void {
		throttleTimers(this.win, hidden);
		super.setHidden(hidden);
	}
}

/**
 * A popout window. Its document is a document of its own, so an element in it
 * has it as `doc` and its window as `win`. A document made here has no window
 * (`defaultView` is null), so a stand-in gives it one, with what code in the
 * main window uses of a popout's window: its document and its timers, which
 * run on the main window's clock (so fake timers drive them too) and end when
 * the popout closes.
 */
export class WorkspaceWindow extends WorkspaceContainer {
	/** Test aid: the intervals running on this window. */
	readonly intervals: Set<number>;

	constructor() {
		const doc = document.implementation.createHTMLDocument("Popout window");
		const intervals = new Set<number>();
		const win = {
			document: doc,
			// A popout's own timers: the main window's hiding does not slow them.
			setTimeout: (handler: () => void, timeout?: number) => unthrottledSetTimeout(window)(handler, timeout),
			clearTimeout: (id?: number) => window.clearTimeout(id),
			setInterval: (handler: () => void, timeout?: number) => {
				const id = window.setInterval(handler, timeout);
				intervals.add(id);
				return id;
			},
			clearInterval: (id?: number) => {
				if (id !== undefined) intervals.delete(id);
				window.clearInterval(id);
			},
		} as unknown as Window;
		super(win, doc);
		this.intervals = intervals;
		Object.defineProperty(doc, "defaultView", { configurable: true, get: () => win });
		// Shown when it opens, which a document made here would not say of itself.
		this.showAs(false);
	}

	/** The window closes: its timers end with it. */
	close(): void {
		for (const id of this.intervals) this.win.clearInterval(id);
	}
}

/**
 * A sidebar, the left or the right split, which the user collapses and
 * expands; on a phone it is a drawer over the note, with the same members.
 */
export class WorkspaceSidedock implements Doubled<Real.WorkspaceSidedock, "collapsed" | "collapse" | "expand" | "toggle"> {
	collapsed = false;

	collapse(): void {
		this.collapsed = true;
	}

	expand(): void {
		this.collapsed = false;
	}

	toggle(): void {
		this.collapsed = !this.collapsed;
	}
}

/** The workspace events the plugin listens to, with their callbacks as the real `on` declares them. */
interface WorkspaceEvents {
	"active-leaf-change": (leaf: Real.WorkspaceLeaf | null) => unknown;
	"file-open": (file: Real.TFile | null) => unknown;
	"editor-change": (editor: Real.Editor, info: Real.MarkdownView | Real.MarkdownFileInfo) => unknown;
	"window-open": (win: Real.WorkspaceWindow, window: Window) => unknown;
	"window-close": (win: Real.WorkspaceWindow, window: Window) => unknown;
}

/** Fails to compile unless the real `on` takes each of them, exactly. */
export type WorkspaceEventsAreReal = Assignable<Real.Workspace, Listens<WorkspaceEvents>>;

export class Workspace
	extends Events
	implements
		Doubled<
			Real.Workspace,
			| "layoutReady" | "activeLeaf" | "containerEl" | "onLayoutReady" | "getActiveFile" | "getActiveViewOfType" | "getLeavesOfType"
			| "getLeaf" | "getRightLeaf" | "getLeftLeaf" | "ensureSideLeaf" | "revealLeaf" | "getMostRecentLeaf" | "setActiveLeaf"
			| "detachLeavesOfType" | "iterateAllLeaves" | "activeEditor" | "leftSplit" | "rightSplit" | "rootSplit" | "openPopoutLeaf"
			| "moveLeafToPopout"
		>
{
	app: App;
	leftSplit = new WorkspaceSidedock();
	rightSplit = new WorkspaceSidedock();
	rootSplit = new WorkspaceRoot();
	layoutReady = false;
	activeLeaf: WorkspaceLeaf | null = null;
	/**
	 * The editor of the active view: a markdown view, or a canvas card being
	 * edited. A leaf of the main area without an editor makes it null. Focus in
	 * a sidebar leaves it on the main area's editor unless
	 * `sidebarClickClearsActiveEditor` is set: the declarations only say it
	 * "can be null if the active view has no editor".
	 */
	activeEditor: MarkdownFileInfo | null = null;
	/**
	 * Test aid: play the other reading of the declarations, where a click in a sidebar makes its leaf the
	 * active one and leaves `activeEditor` null, even while a canvas card is being edited. No source says
	 * which of the two the app does, so the plugin is tested with both.
	 */
	sidebarClickClearsActiveEditor = false;
	leaves: WorkspaceLeaf[] = [];
	containerEl = createDiv({ cls: "workspace" });
	private readyCallbacks: (() => unknown)[] = [];
	/** Test aid: leaves revealed, in order. */
	revealed: WorkspaceLeaf[] = [];

	constructor(app: App) {
		super();
		this.app = app;
	}

	override on<K extends keyof WorkspaceEvents>(name: K, callback: (...data: Doubles<Parameters<WorkspaceEvents[K]>>) => unknown, ctx?: unknown): Real.EventRef {
		return super.on(name, callback as Callback, ctx);
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.readyCallbacks.push(callback);
	}

	/** Test aid: the app finished restoring the layout. */
	finishLayout(): void {
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) cb();
	}

	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.view.getViewType() === type);
	}

	getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? view.file : null;
	}

	/** Any new leaf, a tab, split or window, is one more main leaf here. */
	getLeaf(newLeaf?: Real.PaneType | boolean, _direction?: Real.SplitDirection): WorkspaceLeaf {
		const main = this.leaves.find((leaf) => leaf.side === "main");
		if (main && !newLeaf) return main;
		return this.addLeaf("main");
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf {
		return this.addLeaf("right");
	}

	getLeftLeaf(_split: boolean): WorkspaceLeaf {
		return this.addLeaf("left");
	}

	/** The first leaf of `type`, made in the sidebar when there is none; `active` and `reveal` apply to a leaf that was there too. */
	async ensureSideLeaf(
		type: string,
		side: "left" | "right",
		options: { active?: boolean; split?: boolean; reveal?: boolean; state?: unknown } = {},
	): Promise<WorkspaceLeaf> {
		let leaf = this.getLeavesOfType(type)[0];
		if (!leaf) {
			leaf = this.addLeaf(side);
			await leaf.setViewState({ type, state: options.state as Record<string, unknown> | undefined, active: options.active ?? false });
		} else if (options.active) {
			this.setActiveLeaf(leaf);
		}
		if (options.reveal) await this.revealLeaf(leaf);
		return leaf;
	}

	/** Brings the leaf to the front, which loads a deferred one; a leaf in a collapsed sidebar expands the sidebar. */
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		this.revealed.push(leaf);
		if (leaf.side === "left") this.leftSplit.expand();
		if (leaf.side === "right") this.rightSplit.expand();
		await leaf.loadIfDeferred();
	}

	/** Test aid: a tab of the main area that the app restored at start-up and has not shown since, so it is deferred. */
	restoreBackgroundTab(viewState: Real.ViewState): WorkspaceLeaf {
		const leaf = this.addLeaf("main");
		leaf.defer(viewState);
		return leaf;
	}

	getMostRecentLeaf(): WorkspaceLeaf | null {
		return this.activeLeaf?.side === "main" ? this.activeLeaf : (this.leaves.find((leaf) => leaf.side === "main") ?? null);
	}

	setActiveLeaf(leaf: WorkspaceLeaf, params?: { focus?: boolean }): void;
	setActiveLeaf(leaf: WorkspaceLeaf, pushHistory: boolean, focus: boolean): void;
	setActiveLeaf(leaf: WorkspaceLeaf, params?: { focus?: boolean } | boolean, focus?: boolean): void {
		if (this.activeLeaf !== leaf) {
			this.activeLeaf = leaf;
			if (leaf.side === "main") this.activeEditor = editorOf(leaf.view);
			else if (this.sidebarClickClearsActiveEditor) this.activeEditor = null;
			this.trigger("active-leaf-change", leaf);
		}
		// Focus goes into the leaf: into the editor of a note in the editor, which on a phone brings up the keyboard.
		const focusing = typeof params === "boolean" ? focus === true : params?.focus === true;
		if (focusing && leaf.view instanceof MarkdownView && leaf.view.getMode() === "source") leaf.view.editor.focus();
	}

	/** A new popout window with one empty leaf in it. */
	openPopoutLeaf(_data?: Real.WorkspaceWindowInitData): WorkspaceLeaf {
		const win = this.openWindow();
		const leaf = this.addLeaf("main", win);
		this.trigger("window-open", win, win.win);
		return leaf;
	}

	/** Moves a leaf, its view and all, into a new popout window: its elements now belong to that window's document. */
	moveLeafToPopout(leaf: WorkspaceLeaf, _data?: Real.WorkspaceWindowInitData): WorkspaceWindow {
		const win = this.openWindow();
		leaf.side = "main";
		leaf.container = win;
		win.doc.body.appendChild(leaf.containerEl);
		this.trigger("window-open", win, win.win);
		return win;
	}

	/** Test aid: the user closes a popout window, and the leaves in it with it. */
	closeWindow(win: WorkspaceWindow): void {
		for (const leaf of this.leaves.filter((l) => l.container === win)) leaf.detach();
		win.close();
		this.trigger("window-close", win, win.win);
	}

	detachLeavesOfType(type: string): void {
		for (const leaf of this.getLeavesOfType(type)) leaf.detach();
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of [...this.leaves]) callback(leaf);
	}

	removeLeaf(leaf: WorkspaceLeaf): void {
		this.leaves = this.leaves.filter((l) => l !== leaf);
		if (this.activeEditor && this.activeEditor === editorOf(leaf.view)) this.activeEditor = null;
		if (this.activeLeaf === leaf) {
			this.activeLeaf = null;
			this.trigger("active-leaf-change", null);
		}
	}

	private addLeaf(side: "main" | "left" | "right", container: WorkspaceContainer = this.rootSplit): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, side, container);
		this.leaves.push(leaf);
		(container === this.rootSplit ? this.containerEl : container.doc.body).appendChild(leaf.containerEl);
		return leaf;
	}

	private openWindow(): WorkspaceWindow {
		return new WorkspaceWindow();
	}
}
