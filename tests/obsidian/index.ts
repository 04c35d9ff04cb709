/**
 * The test double of the `obsidian` module. The npm package holds types only;
 * vitest and the demo alias `obsidian` to this file. The double takes the real
 * declarations from `obsidian/obsidian`, and each class implements the real
 * signature of every member the plugin uses (see `Doubled`); the second type
 * check (tests/tsconfig.json) compiles the plugin against this file, so a
 * member the plugin uses that is missing here, or drifted, breaks the build.
 */
import { installDomHelpers } from "./dom";

installDomHelpers(window);

// Interfaces and type aliases hold no behaviour: the double passes on the real ones.
export type { CachedMetadata, Command, EventRef, FuzzyMatch, PluginManifest, SettingControl, SettingDefinitionItem, ViewState, ViewStateResult } from "obsidian/obsidian";
export { moment } from "./moment";
export { App, Plugin, PluginSettingTab, apiVersion, emulateApiVersion, memoryStorage, requireApiVersion, type Storage } from "./app";
export { Editor, type EditorSurface } from "./editor";
export { Component, Events } from "./events";
export { setTooltip, shownTooltip } from "./tooltip";
export { TAbstractFile, TFile, TFolder, Vault } from "./vault";
export { MetadataCache } from "./metadata-cache";
// Test aid: a sync service between devices, which Obsidian's API does not have.
export { FileSync, type SyncedDevice } from "./sync";
export {
	CanvasCard,
	CanvasView,
	ItemView,
	MarkdownView,
	PdfView,
	View,
	Workspace,
	WorkspaceContainer,
	WorkspaceLeaf,
	WorkspaceRoot,
	WorkspaceSidedock,
	WorkspaceWindow,
	type MarkdownFileInfo,
} from "./workspace";
export {
	AbstractInputSuggest,
	ButtonComponent,
	DropdownComponent,
	FuzzySuggestModal,
	Keymap,
	Modal,
	Notice,
	Platform,
	Scope,
	Setting,
	SettingGroup,
	SuggestModal,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
	debounce,
	emulatePlatform,
	normalizePath,
	prepareSimpleSearch,
	setIcon,
	shownNotices,
} from "./ui";
