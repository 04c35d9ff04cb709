import type { Question, Story, TaskItem } from "../core";

/** What the sidebar can do to the note it shows. */
export interface PrepActions {
	jumpToLine(line: number): void;
	toggleTask(task: TaskItem): void;
	toggleNextPrepTask(): void;
	/** Checks a question's box, making a plain bullet a task; unchecking restores it. */
	setAsked(question: Question, asked: boolean): void;
	/** The same for a story's own line. */
	setTold(story: Story, told: boolean): void;
	/** Moves a question, with what is nested under it, to the end of the other group: Chosen or Extra. */
	moveQuestion(question: Question): void;
	/** Inserts the prep sections, from the template or the built-in ones, into a note that lacks them: the empty sidebar's button. */
	insertPrepSections: () => void;
}
