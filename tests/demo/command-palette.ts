import type * as obsidian from "obsidian";
import { FuzzySuggestModal, type App } from "../obsidian";

/** The app's command palette, reduced to what the demo needs: the commands available now. */
export class CommandPalette extends FuzzySuggestModal<obsidian.Command> {
	constructor(app: App) {
		super(app);
		this.setPlaceholder("Type a command");
	}

	getItems(): obsidian.Command[] {
		return [...this.app.commands.values()].filter((command) => isAvailable(command, this.app));
	}

	getItemText(command: obsidian.Command): string {
		return `Interview Prep: ${command.name}`;
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
