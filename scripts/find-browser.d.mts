export const BROWSER_VARIABLE: string;
export const BROWSER_CANDIDATES: string[];
export const INSTALL_HINT: string;
export function findBrowser(env?: Record<string, string | undefined>, candidates?: string[], isExecutable?: (path: string) => boolean): string | null;
export function aptRunner(): string[] | null;
export function ensureBrowser(): string;
