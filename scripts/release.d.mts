export const PLUGIN_ASSETS: string[];
export const NOTICES_FILE: string;
export const RELEASE_ASSETS: string[];
export function tagProblem(tag: string, version: string): string | null;
export function releaseNotes(changelog: string, version: string): string;
export function manifestVersion(dir?: string): string;
