import { AbstractInputSuggest, TFile, TFolder, type App } from "obsidian";

/** Suggests vault markdown files, or folders, under a settings text field. */
export class PathSuggest extends AbstractInputSuggest<string> {
	constructor(
		app: App,
		private readonly inputEl: HTMLInputElement,
		private readonly kind: "file" | "folder",
	) {
		super(app, inputEl);
	}

	protected getSuggestions(query: string): string[] {
		const q = query.toLowerCase();
		return this.app.vault
			.getAllLoadedFiles()
			.filter((f) => (this.kind === "file" ? f instanceof TFile && f.extension === "md" : f instanceof TFolder))
			.map((f) => f.path)
			.filter((path) => path.toLowerCase().includes(q))
			.slice(0, this.limit);
	}

	renderSuggestion(path: string, el: HTMLElement): void {
		el.setText(path);
	}

	override selectSuggestion(path: string): void {
		this.setValue(path);
		this.inputEl.dispatchEvent(new Event("input"));
		this.close();
	}
}
