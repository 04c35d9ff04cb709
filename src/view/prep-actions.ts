import type { TaskItem } from "../core";

/** What the sidebar can do to the note it shows. */
export interface PrepActions {
	jumpToLine(line: number): void;
	toggleTask(task: TaskItem): void;
	toggleNextPrepTask(): void;
	/** Absent until a prep-section template is available. */
	insertPrepSections?: () => void;
}
