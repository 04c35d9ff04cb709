// The app ships moment; the double takes it from the package.
import momentImport from "moment";
import type * as obsidian from "obsidian";

export const moment: typeof obsidian.moment = momentImport;
