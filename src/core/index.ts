/** The pure core: the prep-note model, the section edits and the timer arithmetic. Never imports `obsidian`. */
export * from "./prep-note";
export { parsePrepNote } from "./parse-prep-note";
export { frontmatterLineCount, readFrontmatter } from "./frontmatter";
export { detectEol, firstAtOrAfter, lineStarts, normaliseEol, sameHeadingName, splitLines } from "./lines";
export { formatReport, groupBy, percent } from "./report-text";
export { boxFor, primaryDoneChar, readListLine, setItemChecked, setTaskBox, toggleTaskLine, withoutCheckbox, type ListLine } from "./task-line";
export { LINE_CHANGED, planLineEdit, type LineEdit } from "./line-edit";
export { applyInsertions, fillVariables, insertSections, planSections, sectionsPlanner, type InsertSectionsOptions, type SectionSummary, type InsertSectionsResult, type SectionPlan, type TextInsertion } from "./insert-sections";
export { NEW_NOTE_TEMPLATE, NOTES_TEMPLATE, PREP_SECTIONS_TEMPLATE } from "./templates";
export * from "./timer";
export { isPrepShaped, nextOpenPrepTask, sectionNamed, storiesMatching, tasksIn } from "./note-queries";
export { PrepNoteParser, type AsyncParseOptions } from "./prep-note-parser";
export { splitChunks, type Chunk } from "./chunks";
export { captureInto, planCapture, type CaptureOptions, type CaptureResult } from "./capture";
export { applyChanges, change, composeChanges, insertAt, positionAt, refuse, rerunProblem, type EditPlan, type Planner, type TextChange } from "./edit-plan";
export { DEFAULT_STAR_WORDS, readStarWords, splitStarWords, storiesReady, storyReadiness, type StoryReadiness } from "./star";
export { callIsDue, CALL_WINDOW_MS, dueCallReminders, formatTimeLeft, parseMeetingTime, type CallReminder } from "./call-countdown";
export { checkChanges, checkPlan } from "./plan-check";
