/**
 * How Obsidian 1.13+ draws a setting tab from `getSettingDefinitions()`:
 * groups under their headings, one row per definition, each control's value
 * read through `getControlValue(key)` on every render, `validate` run on
 * mount and on each change, and `setControlValue(key, value)` called only
 * for a value that passes, with the message shown under the row otherwise.
 * Only what obsidian.d.ts documents is modelled; a definition the double
 * does not draw (pages, sliders, colours) throws, so a test
 * never passes over it silently.
 */
import type * as Real from "obsidian/obsidian";
import type { PluginSettingTab } from "./app";
import { TFile, TFolder } from "./vault";
import { AbstractInputSuggest, Setting, SettingGroup } from "./ui";

/** Draws `items` into the tab's container; returns what the `render` definitions asked to run on teardown. */
export function renderSettingDefinitions(tab: PluginSettingTab, items: Real.SettingDefinitionItem[]): (() => void)[] {
	const cleanups: (() => void)[] = [];
	let loose: SettingGroup | null = null;
	for (const item of items) {
		if (isPage(item)) throw new Error(`The test double does not draw setting pages ("${item.name}").`);
		if (isGroup(item)) {
			loose = null;
			if (!evaluate(item.visible, true)) continue;
			const group = new SettingGroup(tab.containerEl);
			if (item.heading !== undefined) group.setHeading(item.heading);
			if (item.cls !== undefined) group.addClass(item.cls);
			item.items?.forEach((child, index) => {
				if (isPage(child)) throw new Error(`The test double does not draw setting pages ("${child.name}").`);
				renderDefinition(tab, group, child, index, cleanups);
			});
			continue;
		}
		// Definitions outside a group share one group without a heading, until the next group.
		loose ??= new SettingGroup(tab.containerEl);
		renderDefinition(tab, loose, item, loose.listEl.childElementCount, cleanups);
	}
	return cleanups;
}

function renderDefinition(tab: PluginSettingTab, group: SettingGroup, def: Real.SettingDefinition, index: number, cleanups: (() => void)[]): void {
	if (!evaluate(def.visible, true)) return;
	group.addSetting((setting) => {
		setting.setName(def.name);
		if (def.desc !== undefined) setting.setDesc(def.desc);
		if (def.control) renderControl(tab, setting, def.control);
		else if (def.render) {
			const cleanup = def.render(setting as unknown as Real.Setting, group as unknown as Real.SettingGroup);
			if (cleanup) cleanups.push(cleanup);
		} else if (def.action) {
			const action = def.action;
			setting.settingEl.addClass("mod-clickable");
			setting.settingEl.addEventListener("click", () => action(setting.settingEl, index));
		}
	});
}

function renderControl(tab: PluginSettingTab, setting: Setting, control: Real.SettingControl): void {
	const stored = tab.getControlValue(control.key);
	const value: unknown = stored ?? control.defaultValue;
	const errorEl = setting.infoEl.createDiv({ cls: "setting-item-error", attr: { role: "alert" } });
	errorEl.hide();
	const validate = async (candidate: unknown): Promise<string> => {
		const message = (await (control.validate as ((v: unknown) => string | void | Promise<string | void>) | undefined)?.(candidate)) ?? "";
		errorEl.setText(message);
		errorEl.toggle(message !== "");
		setting.settingEl.toggleClass("has-error", message !== "");
		return message;
	};
	const commit = async (candidate: unknown): Promise<void> => {
		if ((await validate(candidate)) === "") await tab.setControlValue(control.key, candidate);
	};
	switch (control.type) {
		case "text":
		case "file":
		case "folder":
			setting.addText((text) => {
				text.setValue(typeof value === "string" ? value : "");
				if (control.placeholder !== undefined) text.setPlaceholder(control.placeholder);
				text.onChange((raw) => commit(raw));
				if (control.type !== "text") new VaultPathSuggest(tab, text.inputEl, control, commit);
			});
			break;
		case "textarea":
			setting.addTextArea((area) => {
				area.setValue(typeof value === "string" ? value : "");
				if (control.placeholder !== undefined) area.setPlaceholder(control.placeholder);
				if (control.rows !== undefined) area.inputEl.rows = control.rows;
				area.onChange((raw) => commit(raw));
			});
			break;
		case "number":
			setting.addText((text) => {
				text.inputEl.type = "number";
				if (control.min !== undefined) text.inputEl.min = String(control.min);
				if (control.max !== undefined) text.inputEl.max = String(control.max);
				if (control.step !== undefined) text.inputEl.step = String(control.step);
				text.setValue(typeof value === "number" ? String(value) : "");
				if (control.placeholder !== undefined) text.setPlaceholder(control.placeholder);
				// A number that cannot be read falls back to the default, or 0, as the declaration says.
				text.onChange((raw) => {
					const read = raw.trim() === "" ? NaN : Number(raw);
					return commit(Number.isFinite(read) ? read : (control.defaultValue ?? 0));
				});
			});
			break;
		case "dropdown":
			setting.addDropdown((dropdown) => {
				dropdown.addOptions(control.options).setValue(typeof value === "string" ? value : "");
				dropdown.onChange((chosen) => commit(chosen));
			});
			break;
		case "toggle":
			setting.addToggle((toggle) => {
				toggle.setValue(value === true).onChange((on) => commit(on));
			});
			break;
		default:
			throw new Error(`The test double does not draw "${control.type}" controls.`);
	}
	if (evaluate(control.disabled, false)) {
		setting.settingEl.addClass("is-disabled");
		for (const input of setting.controlEl.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("input, select, textarea")) input.disabled = true;
	}
	// A stored value that fails shows its message from the start; the value itself stays as stored.
	void validate(value);
}

/** The suggester under a file or folder control: vault paths, filtered as the control says. */
class VaultPathSuggest extends AbstractInputSuggest<string> {
	constructor(
		private readonly tab: PluginSettingTab,
		inputEl: HTMLInputElement,
		private readonly control: Real.SettingFileControl | Real.SettingFolderControl,
		private readonly commit: (path: string) => Promise<void>,
	) {
		super(tab.app, inputEl);
	}

	protected getSuggestions(query: string): string[] {
		const q = query.toLowerCase();
		const control = this.control;
		const paths =
			control.type === "file"
				? this.tab.app.vault.getAllLoadedFiles().filter((f): f is TFile => f instanceof TFile && (control.filter?.(f as unknown as Real.TFile) ?? true))
				: this.tab.app.vault
						.getAllLoadedFiles()
						.filter((f): f is TFolder => f instanceof TFolder && (f.path !== "/" || control.includeRoot === true) && (control.filter?.(f) ?? true));
		return paths.map((f) => f.path).filter((path) => path.toLowerCase().includes(q)).slice(0, this.limit);
	}

	renderSuggestion(path: string, el: HTMLElement): void {
		el.setText(path);
	}

	override selectSuggestion(path: string, evt: MouseEvent | KeyboardEvent): void {
		this.setValue(path);
		void this.commit(path);
		super.selectSuggestion(path, evt);
		this.close();
	}
}

function isGroup(item: Real.SettingDefinitionItem): item is Real.SettingDefinitionGroup {
	return "type" in item && (item.type === "group" || item.type === "list");
}

function isPage(item: Real.SettingDefinitionItem): item is Real.SettingDefinitionPage {
	return "type" in item && item.type === "page";
}

function evaluate(flag: boolean | (() => boolean) | undefined, fallback: boolean): boolean {
	if (flag === undefined) return fallback;
	return typeof flag === "function" ? flag() : flag;
}
