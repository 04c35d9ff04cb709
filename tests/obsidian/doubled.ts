import type * as Real from "obsidian/obsidian";
import type { App, Plugin, PluginSettingTab } from "./app";
import type { Editor } from "./editor";
import type { Component, Events } from "./events";
import type {
	AbstractInputSuggest,
	ButtonComponent,
	DropdownComponent,
	FuzzySuggestModal,
	Modal,
	Notice,
	prepareSimpleSearch,
	Scope,
	Setting,
	SettingGroup,
	SuggestModal,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
} from "./ui";
import type { TAbstractFile, TFile, TFolder, Vault } from "./vault";
import type { MetadataCache } from "./metadata-cache";
import type { FileManager } from "./file-manager";
import type { ItemView, MarkdownFileInfo, MarkdownView, View, Workspace, WorkspaceContainer, WorkspaceLeaf, WorkspaceSidedock } from "./workspace";

/**
 * A real type with every real class in it replaced by the double that stands
 * in for it, through unions, arrays, promises, callbacks and constructors.
 * The match is structural, so a subclass is listed before its base.
 */
export type Double<T> = 0 extends 1 & T
	? T
	: T extends Real.App ? App
	: T extends Real.Workspace ? Workspace
	: T extends Real.WorkspaceLeaf ? WorkspaceLeaf
	: T extends Real.WorkspaceSidedock | Real.WorkspaceMobileDrawer ? WorkspaceSidedock
	: T extends Real.WorkspaceContainer ? WorkspaceContainer
	: T extends Real.Vault ? Vault
	: T extends Real.MetadataCache ? MetadataCache
	: T extends Real.FileManager ? FileManager
	: T extends Real.MarkdownView ? MarkdownView
	: T extends Real.MarkdownFileInfo ? MarkdownFileInfo
	: T extends Real.ItemView ? ItemView
	: T extends Real.View ? View
	: T extends Real.Editor ? Editor
	: T extends Real.TFile ? TFile
	: T extends Real.TFolder ? TFolder
	: T extends Real.TAbstractFile ? TAbstractFile
	: T extends Real.Plugin ? Plugin
	: T extends Real.PluginSettingTab ? PluginSettingTab
	: T extends Real.FuzzySuggestModal<infer U> ? FuzzySuggestModal<U>
	: T extends Real.SuggestModal<infer U> ? SuggestModal<U>
	: T extends Real.Modal ? Modal
	: T extends Real.AbstractInputSuggest<infer U> ? AbstractInputSuggest<U>
	: T extends Real.Scope ? Scope
	: T extends Real.SettingGroup ? SettingGroup
	: T extends Real.Setting ? Setting
	: T extends Real.TextAreaComponent ? TextAreaComponent
	: T extends Real.TextComponent ? TextComponent
	: T extends Real.ToggleComponent ? ToggleComponent
	: T extends Real.DropdownComponent ? DropdownComponent
	: T extends Real.ButtonComponent ? ButtonComponent
	: T extends Real.Notice ? Notice
	: T extends Real.Component ? Component
	: T extends Real.Events ? Events
	: T extends abstract new (...args: infer A) => infer R ? abstract new (...args: Doubles<A>) => Double<R>
	: T extends { (...args: infer A1): infer R1; (...args: infer A2): infer R2; (...args: infer A3): infer R3 }
		? Same<[A1, R1], [A3, R3]> extends true
			? Method<Doubles<A3>, Double<R3>>
			: Overloads<Doubles<A1>, Double<R1>, Doubles<A2>, Double<R2>, Doubles<A3>, Double<R3>>
	: T extends Promise<infer U> ? Promise<Double<U>>
	: T extends readonly (infer U)[] ? Double<U>[]
	: T;

export type Doubles<A extends unknown[]> = { [I in keyof A]: Double<A[I]> };

type Same<X, Y> = [X] extends [Y] ? ([Y] extends [X] ? true : false) : false;

/** A signature declared as a method, so that it compares as `implements Pick<…>` compares methods. */
type Method<A extends unknown[], R> = { method(...args: A): R }["method"];

/** Up to three overloads (with fewer, the first comes out repeated), declared as methods too. */
type Overloads<A1 extends unknown[], R1, A2 extends unknown[], R2, A3 extends unknown[], R3> = {
	method(...args: A1): R1;
	method(...args: A2): R2;
	method(...args: A3): R3;
}["method"];

/**
 * The members `K` of the real declaration `T`, with the doubles in their
 * signatures: what a double class `implements`, so that each member the
 * plugin uses keeps the real signature while taking and giving doubles.
 */
export type Doubled<T, K extends keyof T> = { [P in K]: Double<T[P]> };

/** Fails to compile unless `T` is assignable to `U`: a check on a type, where `implements` cannot reach. */
export type Assignable<T extends U, U> = T;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/**
 * What an `on` that takes each of the events `E` is, with their callbacks as
 * given: `Assignable<Real.Workspace, Listens<E>>` fails to compile unless some
 * real `on` overload takes each entry exactly, callback parameters included.
 */
export type Listens<E> = UnionToIntersection<{ [K in keyof E]: { on: (name: K, callback: E[K], ctx?: unknown) => Real.EventRef } }[keyof E]>;

/** The constructors the plugin calls or extends take what the real ones take: the static side, which `implements` does not check. */
export type Constructors = [
	Assignable<typeof Plugin, Double<typeof Real.Plugin>>,
	Assignable<typeof PluginSettingTab, Double<typeof Real.PluginSettingTab>>,
	Assignable<typeof ItemView, Double<typeof Real.ItemView>>,
	Assignable<typeof Modal, Double<typeof Real.Modal>>,
	Assignable<typeof FuzzySuggestModal, Double<typeof Real.FuzzySuggestModal>>,
	Assignable<typeof AbstractInputSuggest, Double<typeof Real.AbstractInputSuggest>>,
	Assignable<typeof Setting, Double<typeof Real.Setting>>,
	Assignable<typeof Notice, Double<typeof Real.Notice>>,
	Assignable<typeof Events, Double<typeof Real.Events>>,
	Assignable<typeof Component, Double<typeof Real.Component>>,
	Assignable<typeof prepareSimpleSearch, typeof Real.prepareSimpleSearch>,
];
