import type * as obsidian from "obsidian";
import { FuzzySuggestModal, type App } from "../obsidian";

/**
 * The app's command palette, reduced to what the demo needs: the commands
 * available now, shown as "Plugin name: Command name" and fuzzy-matched over
 * that text, best match first. Closing it gives focus back to where it was,
 * the editor with its caret, before a chosen command runs.
 */
export class CommandPalette extends FuzzySuggestModal<obsidian.Command> {
	private returnFocusTo: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly pluginName: string,
	) {
		super(app);
		this.setPlaceholder("Type a command");
	}

	override open(): void {
		const active = document.activeElement;
		this.returnFocusTo = active instanceof HTMLElement && active !== document.body ? active : null;
		super.open();
	}

	override onClose(): void {
		super.onClose();
		// A text area keeps its selection while it has no focus, so the caret comes back as it was.
		if (this.returnFocusTo?.isConnected) this.returnFocusTo.focus();
		this.returnFocusTo = null;
	}

	getItems(): obsidian.Command[] {
		return [...this.app.commands.values()].filter((command) => isAvailable(command, this.app));
	}

	getItemText(command: obsidian.Command): string {
		return `${this.pluginName}: ${command.name}`;
	}

	onChooseItem(command: obsidian.Command): void {
		this.app.executeCommandById(command.id);
	}
}

function isAvailable(command: obsidian.Command, app: App): boolean {
	if (command.checkCallback) return command.checkCallback(true) !== false;
	if (command.editorCheckCallback || command.editorCallback) return app.workspace.activeLeaf?.view.getViewType() === "markdown";
	return true;
}
