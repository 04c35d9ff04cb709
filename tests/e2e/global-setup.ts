import type { TestProject } from "vitest/node";
import { buildDemo } from "../../scripts/build-demo.mjs";
import { ensureBrowser } from "../../scripts/find-browser.mjs";
import { serveDemo } from "../../scripts/serve-demo.mjs";

declare module "vitest" {
	export interface ProvidedContext {
		demoUrl: string;
		browserPath: string;
	}
}

/** Finds (or installs) the browser, then builds the demo once and serves it on a free local port for every browser test. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	project.provide("browserPath", ensureBrowser());
	const root = await buildDemo();
	const { server, url } = await serveDemo(root, 0);
	project.provide("demoUrl", url);
	return () => new Promise((resolve) => server.close(() => resolve()));
}
