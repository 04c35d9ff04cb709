import type { Plugin } from "esbuild";

export declare const PARSE_CORE_MODULE: string;
export declare const parseCoreInputs: Map<string, number>;
export declare function bundledParseCore(): Plugin;
