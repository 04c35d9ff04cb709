export interface LockFile {
	packages?: Record<string, { name?: string; version?: string; license?: string }>;
}
export function packageFolderOf(inputPath: string): string | null;
export function bundledPackageFolders(inputs: Iterable<[string, number]>): string[];
export function licenseText(folder: string, root?: string): string;
export function renderNotices(folders: string[], lock: LockFile, readLicense?: (folder: string) => string): string;
export function writeThirdPartyNotices(inputs: Iterable<[string, number]>, paths?: { root?: string; lockPath?: string; outPath?: string }): string[];
export function bundleInputs(metafile: import("esbuild").Metafile | undefined, parseCoreInputs: Map<string, number>): [string, number][];
