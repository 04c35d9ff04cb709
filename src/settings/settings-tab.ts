import { PluginSettingTab, requireApiVersion, Setting, type App, type Plugin, type SettingControl, type SettingDefinitionItem } from "obsidian";
import { PathSuggest } from "./path-suggest";
import { formatSaidTopics, parseSaidTopics, readStarWords, saidTopicsProblem, splitStarWords, type SaidTopic } from "../core";
import { DEFAULT_SETTINGS, readMinutes, type SettingsChange } from "./prep-settings";
import type { SettingsOwner } from "./settings-owner";
import { cssClass } from "../ui/css-class";

/**
 * The settings this tab edits: where each one lives in the settings object,
 * and how it reads. Minutes and words are lists in the settings, and text
 * only here: the tab shows them as `30, 10` and reads back what is typed.
 */
interface Field {
	key: string;
	name: string;
	desc: string;
	kind: "text" | "key" | "count" | "file" | "folder" | "minutes" | "words" | "topics" | "timerMode";
}

const TIMER_MODES: Record<string, string> = { countdown: "Count down from the meeting length", countup: "Count up" };

/** The settings under their headings, in the order both settings APIs show them. */
const GROUPS: { heading: string; fields: Field[] }[] = [
	{
		heading: "Note structure",
		fields: [
			{ key: "headings.preparation", name: "Preparation heading", desc: "Tasks under this heading feed the next-task shortcut.", kind: "text" },
			{ key: "headings.stories", name: "Stories heading", desc: "Each top-level bullet under it is one story card.", kind: "text" },
			{ key: "headings.questions", name: "Questions heading", desc: "Each top-level bullet under it is one question to ask.", kind: "text" },
			{ key: "headings.notes", name: "Notes heading", desc: "Agenda, discrepancies, what you said and their questions go under this heading.", kind: "text" },
			{ key: "headings.said", name: "What I said heading", desc: "Under the notes heading: what you said, which the next rounds show you.", kind: "text" },
			{ key: "headings.theirQuestions", name: "Their questions heading", desc: "Under the notes heading: the questions they asked, each rated and linked to the story that answered it.", kind: "text" },
			{ key: "headings.debrief", name: "Debrief heading", desc: "Under the notes heading: how the call went. Its tasks are follow-ups, not prep.", kind: "text" },
			{ key: "doneChars", name: "Done characters", desc: "Checkbox characters that mean done, such as x.", kind: "text" },
			{ key: "cancelledChars", name: "Cancelled characters", desc: "Checkbox characters that mean cancelled; they drop out of the counts.", kind: "text" },
		],
	},
	{
		heading: "Questions",
		fields: [
			{ key: "questionsMin", name: "Questions to ask, at least", desc: "The lower end of the planned range.", kind: "count" },
			{ key: "questionsMax", name: "Questions to ask, at most", desc: "The upper end of the planned range.", kind: "count" },
		],
	},
	{
		heading: "Templates and new notes",
		fields: [
			{ key: "notesTemplatePath", name: "Agenda and discrepancies template", desc: "A note whose headings become sections. Leave empty for the built-in one.", kind: "file" },
			{ key: "prepTemplatePath", name: "Prep sections template", desc: "Used by the insert prep sections command. Leave empty for the built-in one.", kind: "file" },
			{ key: "newNoteTemplatePath", name: "New prep note template", desc: "The whole note a new prep note starts from. Leave empty for the built-in one.", kind: "file" },
			{ key: "newNoteFolder", name: "New prep note folder", desc: "Where new prep notes are created.", kind: "folder" },
			{ key: "dateFormat", name: "Date format", desc: "Moment format for {{date}} and new note names.", kind: "text" },
			{ key: "timeFormat", name: "Time format", desc: "Moment format for {{time}}.", kind: "text" },
		],
	},
	{
		heading: "Interview process",
		fields: [
			{ key: "companyKey", name: "Company key", desc: "The frontmatter key that names a prep note's company; the notes of one company are the rounds of its process.", kind: "key" },
			{ key: "debriefTemplatePath", name: "Debrief template", desc: "A note whose headings become the debrief; {{with}} and {{round}} name the person and the round. Leave empty for the built-in one.", kind: "file" },
			{ key: "debriefAfterHours", name: "Offer the debrief after, in hours", desc: "Hours after the meeting time to offer the debrief once, unless the meeting timer was reset sooner. 0 offers it when the call starts. With sync, a device waits 45 seconds for your other devices before offering it; a device offline, or a slower sync, can offer it again.", kind: "count" },
			{
				key: "saidTopics",
				name: "Topics of what you said",
				desc: "One topic a line: its name, a colon, then the words that put a said line under it, such as pay: salary, compensation. The figures said on a topic are compared across a company's rounds.",
				kind: "topics",
			},
		],
	},
	{
		heading: "Meeting timer",
		fields: [
			{ key: "timerMode", name: "Timer mode", desc: "A countdown warns before the end and shows the overrun; counting up only shows the time.", kind: "timerMode" },
			{ key: "timerMinutes", name: "Meeting length in minutes", desc: "The countdown's length; a note's duration frontmatter key, such as 45m, overrides it.", kind: "count" },
			{ key: "timerWarnMinutes", name: "Warn before the end", desc: "Minutes before the end to show a notice at, separated by commas.", kind: "minutes" },
			{ key: "timerOverrunMinutes", name: "Warn when running over", desc: "Minutes past the end to show a notice at, separated by commas.", kind: "minutes" },
		],
	},
	{
		heading: "Before the call",
		fields: [
			{
				key: "starWords",
				name: "Story readiness words",
				desc: "Four words for situation, task, action and result, separated by commas; a detail starting with one, or with its first letter and a colon, lights its marker.",
				kind: "words",
			},
			{
				key: "callReminderMinutes",
				name: "Remind before the call",
				desc: "Minutes before the note's meeting time to show a reminder at, separated by commas. Reminders show only while Obsidian is open; on mobile, not while the app is closed.",
				kind: "minutes",
			},
		],
	},
];

/** Lines the topics' text area shows: the four built-in topics and room for more. */
const TOPIC_ROWS = 6;

const FIELDS = new Map(GROUPS.flatMap((group) => group.fields.map((field) => [field.key, field] as const)));

/**
 * One tab for both settings APIs: the declarative one of Obsidian 1.13+, and
 * `display()` before it. It reads the settings from their owner and hands it
 * every change; settings another device synced are shown at once.
 */
export class PrepSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly settings: SettingsOwner,
	) {
		super(app, plugin);
		plugin.registerEvent(settings.onChange(({ origin }) => origin === "elsewhere" && this.redraw()));
	}

	override getSettingDefinitions(): SettingDefinitionItem[] {
		return GROUPS.map((group) => ({
			type: "group",
			heading: group.heading,
			items: group.fields.map((field) => ({ name: field.name, desc: field.desc, control: controlOf(field) })),
		}));
	}

	override getControlValue(key: string): unknown {
		return shown(fieldOf(key), readPath(this.settings.current, key));
	}

	/** Hands the owner the change as a value, which it checks again before saving. */
	override async setControlValue(key: string, value: unknown): Promise<void> {
		const read = valueOf(fieldOf(key), value);
		if (read !== null) await this.settings.update(changeOf(key, read));
	}

	override display(): void {
		this.draw();
	}

	/**
	 * Shows settings that changed behind the tab's back, as a sync from another
	 * device does. From 1.13 the app draws the tab from the definitions, reads
	 * every value through getControlValue each time it renders, and `update()`
	 * is the call that renders it again (re-calling display() would not);
	 * before 1.13 there is no `update()`, and the open tab is what display() drew.
	 */
	private redraw(): void {
		if (requireApiVersion("1.13.0")) this.update();
		else if (this.containerEl.isShown()) this.draw();
	}

	/** The tab for Obsidian before 1.13: the same headings, rows and checks as the definitions. */
	private draw(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const group of GROUPS) {
			new Setting(containerEl).setName(group.heading).setHeading();
			for (const field of group.fields) this.drawField(field);
		}
	}

	/** One row: its control, and the message that says why a value was not saved. */
	private drawField(field: Field): void {
		const setting = new Setting(this.containerEl).setName(field.name).setDesc(field.desc);
		const messageEl = setting.infoEl.createDiv({ cls: cssClass("setting-error"), attr: { role: "alert" } });
		messageEl.hide();
		const save = async (value: unknown) => {
			const message = validate(field, value) ?? "";
			messageEl.setText(message);
			messageEl.toggle(message !== "");
			if (message === "") await this.setControlValue(field.key, value);
		};
		const current = String(this.getControlValue(field.key));
		if (field.kind === "timerMode") {
			setting.addDropdown((dropdown) => dropdown.addOptions(TIMER_MODES).setValue(current).onChange(save));
			return;
		}
		if (field.kind === "topics") {
			setting.addTextArea((area) => {
				area.setValue(current);
				area.inputEl.rows = TOPIC_ROWS;
				area.onChange(save);
			});
			return;
		}
		setting.addText((text) => {
			text.setValue(current);
			text.setPlaceholder(String(shown(field, readPath(DEFAULT_SETTINGS, field.key))));
			text.onChange((raw) => save(field.kind === "count" ? readCount(raw, defaultCount(field)) : raw));
			if (field.kind === "file" || field.kind === "folder") new PathSuggest(this.app, text.inputEl, field.kind);
		});
	}
}

function controlOf(field: Field): SettingControl {
	switch (field.kind) {
		case "count":
			// A cleared field falls back to this, as it does in the tab before 1.13; without it, 1.13 saves 0.
			return { type: "number", key: field.key, min: 0, step: 1, defaultValue: defaultCount(field), validate: (v: number) => validate(field, v) };
		case "file":
			return { type: "file", key: field.key, filter: (file) => file.extension === "md" };
		case "folder":
			return { type: "folder", key: field.key, includeRoot: true };
		case "text":
		case "key":
		case "minutes":
		case "words":
			return { type: "text", key: field.key, validate: (v: string) => validate(field, v) };
		case "topics":
			return { type: "textarea", key: field.key, rows: TOPIC_ROWS, validate: (v: string) => validate(field, v) };
		case "timerMode":
			return { type: "dropdown", key: field.key, options: TIMER_MODES };
	}
}

/** Why a value cannot be saved, in the words the user sees; undefined when it can. */
function validate(field: Field, value: unknown): string | undefined {
	switch (field.kind) {
		case "count":
			return typeof value === "number" && Number.isInteger(value) && value >= 0 ? undefined : "Enter a whole number.";
		case "text":
			return typeof value === "string" && value.trim() !== "" ? undefined : "This cannot be empty.";
		case "key":
			return typeof value === "string" && /^[A-Za-z_][\w-]*$/.test(value.trim()) ? undefined : "Enter a frontmatter key: letters, digits, _ and -.";
		case "minutes":
			return typeof value === "string" && readMinutes(value) !== null ? undefined : "Enter minutes such as 5 or 10, 5.";
		case "topics":
			return typeof value === "string" ? (saidTopicsProblem(value) ?? undefined) : "Enter the topics as text.";
		case "words": {
			const words = typeof value === "string" ? splitStarWords(value) : [];
			if (words.length === 0) return "This cannot be empty.";
			return words.length === 4 ? undefined : "Enter four words, separated by commas.";
		}
		default:
			return undefined;
	}
}

function fieldOf(key: string): Field | undefined {
	return FIELDS.get(key);
}

/** A setting's value as its control shows it: a list as text, `30, 10`, and the topics one a line. */
function shown(field: Field | undefined, value: unknown): unknown {
	if (field?.kind === "topics" && Array.isArray(value)) return formatSaidTopics(value as SaidTopic[]);
	return (field?.kind === "minutes" || field?.kind === "words") && Array.isArray(value) ? value.join(", ") : value;
}

/** What the control holds, as the setting's value: typed text read into a list; null when it cannot be read. */
function valueOf(field: Field | undefined, value: unknown): unknown {
	if (field?.kind === "minutes") return typeof value === "string" ? readMinutes(value) : null;
	if (field?.kind === "topics") return typeof value === "string" && validate(field, value) === undefined ? parseSaidTopics(value) : null;
	if (field?.kind === "words") return typeof value === "string" && validate(field, value) === undefined ? readStarWords(value) : null;
	return value;
}

/** A count typed into a text field: a cleared field is the default, as Obsidian 1.13's number control has it; an unreadable entry is not a number. */
function readCount(raw: string, fallback: number): number {
	return raw.trim() === "" ? fallback : Number(raw);
}

/** The default of a count setting, which a cleared field takes. */
function defaultCount(field: Field): number {
	return readPath(DEFAULT_SETTINGS, field.key) as number;
}

function readPath(source: unknown, key: string): unknown {
	let value: unknown = source;
	for (const part of key.split(".")) value = (value as Record<string, unknown> | undefined)?.[part];
	return value;
}

/** The change for one control's key, such as `headings.stories`; the owner checks the value's type. */
function changeOf(key: string, value: unknown): SettingsChange {
	const [top = key, sub] = key.split(".");
	return sub === undefined ? { [top]: value } : { [top]: { [sub]: value } };
}
