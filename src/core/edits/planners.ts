/**
 * Every edit that needs the parser, by kind: the one table that the worker plans from and the UI thread
 * names its edits by. Adding a kind of edit is a planner file and a row here; nothing else in the
 * plugin's messages or its parser service names a planner. Each row takes the note's text, its plain-data
 * arguments (they cross to the worker) and the document's warm parser.
 */
import { planAnsweredWith, type AnsweredWithArgs, type AnsweredWithOptions } from "./answered-with";
import { planCapture, type CaptureOptions } from "./capture";
import type { EditPlan } from "./edit-plan";
import { sectionsPlanner, type InsertSectionsOptions } from "./insert-sections";
import { planInsertStory, type InsertStoryOptions, type StoryToInsert } from "./insert-story";
import { planMoveQuestion, type MoveQuestionOptions } from "./move-question";
import { PrepNoteParser } from "../note/prep-note-parser";
import { nextRoundEdits, type NextRoundInput } from "../process/next-round";
import { applyChanges, insertAt, refuse } from "./edit-plan";
import { checkChanges, checkPlan } from "./plan-check";

type Plain<T> = Omit<T, "parser">;

export const PLANNERS = {
	capture: (text: string, args: { target: string; entry: string; options: Plain<CaptureOptions> }, parser: PrepNoteParser) =>
		planCapture(text, args.target, args.entry, { ...args.options, parser }),
	sections: (text: string, args: { template: string; options: Plain<InsertSectionsOptions> }, parser: PrepNoteParser) =>
		sectionsPlanner(args.template, { ...args.options, parser })(text),
	"move-question": (text: string, args: { question: { line: number; raw: string }; options: Plain<MoveQuestionOptions> }, parser: PrepNoteParser) =>
		planMoveQuestion(text, args.question, { ...args.options, parser }),
	"insert-story": (text: string, args: { story: StoryToInsert; group: string; options: Plain<InsertStoryOptions> }, parser: PrepNoteParser) =>
		planInsertStory(text, args.story, args.group, { ...args.options, parser }),
	/**
	 * The next round's whole note, planned on the empty file it is written to; a file with text is left alone.
	 * What it carries into the template is checked against the template first, so nothing carried hides the rest.
	 */
	"next-round": (text: string, args: { input: NextRoundInput }, parser: PrepNoteParser): EditPlan<null> => {
		if (text !== "") return { kind: "none", result: null };
		const { frame, changes } = nextRoundEdits(args.input, parser);
		const problem = checkChanges(frame, changes);
		return problem === null ? { kind: "change", changes: [insertAt(0, applyChanges(frame, changes))], result: null } : refuse(problem);
	},
	"answered-with": (text: string, args: AnsweredWithArgs & { options: Plain<AnsweredWithOptions> }, parser: PrepNoteParser) =>
		planAnsweredWith(text, args, { ...args.options, parser }),
};

export type PlannerKind = keyof typeof PLANNERS;
export type PlannerArgs<K extends PlannerKind> = Parameters<(typeof PLANNERS)[K]>[1];
export type PlannerResult<K extends PlannerKind> = ReturnType<(typeof PLANNERS)[K]> extends EditPlan<infer R> ? R : never;

/** Plans an edit of `kind` on `text`; the worker passes the document's warm parser, tests and the CLI a fresh one. */
export function planEdit<K extends PlannerKind>(kind: K, text: string, args: PlannerArgs<K>, parser = new PrepNoteParser()): EditPlan<PlannerResult<K>> {
	const planner = PLANNERS[kind] as (text: string, args: PlannerArgs<K>, parser: PrepNoteParser) => EditPlan<PlannerResult<K>>;
	return planner(text, args, parser);
}

/**
 * Plans an edit and checks it before it is written (`checkPlan`: it reads as planned, and a second run has
 * nothing left to do): what the worker answers the UI thread, and what tests and the CLI run in-thread.
 */
export function planCheckedEdit<K extends PlannerKind>(kind: K, text: string, args: PlannerArgs<K>, parser = new PrepNoteParser()): EditPlan<PlannerResult<K>> {
	const planner = (current: string) => planEdit(kind, current, args, parser);
	const plan = planner(text);
	if (plan.kind !== "change") return plan;
	const problem = checkPlan(text, plan, planner);
	return problem === null ? plan : refuse(problem);
}
