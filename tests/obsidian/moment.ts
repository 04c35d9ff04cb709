// The app ships moment; the double takes it from the package.
import momentImport from "moment";
import type * as Real from "obsidian/obsidian";

export const moment: typeof Real.moment = momentImport;
