/**
 * The test double of the `obsidian` module. The npm package holds types only;
 * vitest and the demo alias `obsidian` to this file. Each class implements a
 * `Pick` of the real declaration, so API drift breaks the type check.
 */
import { installDomHelpers } from "./dom";

installDomHelpers(window);

export { moment } from "./moment";
export { App, Plugin, PluginSettingTab, memoryStorage, type Storage } from "./app";
export { Editor, type EditorSurface } from "./editor";
export { Component, Events } from "./events";
export { TAbstractFile, TFile, TFolder, Vault } from "./vault";
export { ItemView, MarkdownView, View, Workspace, WorkspaceLeaf } from "./workspace";
export {
	AbstractInputSuggest,
	ButtonComponent,
	DropdownComponent,
	FuzzySuggestModal,
	Modal,
	Notice,
	Platform,
	Scope,
	Setting,
	SuggestModal,
	TextComponent,
	ToggleComponent,
	debounce,
	normalizePath,
	setIcon,
	shownNotices,
} from "./ui";
