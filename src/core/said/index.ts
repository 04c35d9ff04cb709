/** Say it the same way: the topics and figures of said lines, and where a later round's differ from an earlier one's. Pure; imports nothing outside this folder. */
export type { Figure, FigureKind } from "./figure";
export { DEFAULT_SAID_TOPICS, type SaidTopic } from "./said-topics";
export { formatSaidTopics, parseSaidTopics, saidTopicsProblem } from "./parse-said-topics";
export { topicsIn } from "./topics-in";
export { readFigures } from "./read-figures";
export { readSaid, type SaidReading } from "./read-said";
export { formatFigure } from "./format-figure";
export { figureAgrees, figuresConflict } from "./figures-conflict";
export { readSaidLine, type SaidConflict, type SaidLine, type SaidSource } from "./said-line";
export { SaidHistory } from "./said-history";
export { saidConflicts } from "./said-conflicts";
export { inferTopics } from "./infer-topics";
