// Obsidian's recommended rules for the plugin, with the core kept free of `obsidian`.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import { DEFAULT_BRANDS } from "eslint-plugin-obsidianmd/dist/lib/rules/ui/brands.js";

// The plugin's own restricted globals (the global app, fetch, localStorage…), kept when more are added below.
const obsidianRestrictedGlobals = obsidianmd.configs.recommended.map((c) => c.rules?.["no-restricted-globals"]).find(Boolean) ?? ["warn"];

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "example-vault/", "coverage/", "reports/", ".stryker-tmp/"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ["eslint.config.mjs", "stryker.config.mjs", "scripts/*.mjs", ".ci/*.mjs"],
					// The build and release scripts are more than the default of 8; each is small.
					maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
				},
			},
		},
	},
	{
		// "cursor" here is the editor's text cursor, not the product of that name.
		files: ["src/**/*.ts"],
		rules: { "obsidianmd/ui/sentence-case": ["warn", { brands: DEFAULT_BRANDS }] },
	},
	{
		// Obsidian's mobile app runs in the system web view; iOS before 15.4 lacks these (tests/tooling/bundle-compat.test.ts checks the bundle).
		files: ["src/**/*.ts"],
		rules: {
			"no-restricted-globals": [...obsidianRestrictedGlobals, { name: "structuredClone", message: "Missing on iOS before 15.4; copy plain data instead." }],
			"no-restricted-properties": ["error", { object: "Object", property: "hasOwn", message: "Missing on iOS before 15.4; use Object.prototype.hasOwnProperty.call." }],
			"no-restricted-syntax": [
				"error",
				{ selector: "CallExpression[callee.property.name=/^(at|findLast|findLastIndex)$/]", message: "Missing on iOS before 15.4; index the array instead." },
			],
		},
	},
	{
		files: ["src/core/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: [{ name: "obsidian", message: "src/core is pure TypeScript: keep Obsidian in the glue around it." }],
					patterns: [{ group: ["../*", "!../core", "!../core/*"], message: "src/core must not reach into the plugin's glue." }],
				},
			],
		},
	},
	{
		// One folder down, the core is `../`: only the glue, two folders up, is out of reach.
		files: ["src/core/*/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{
					paths: [{ name: "obsidian", message: "src/core is pure TypeScript: keep Obsidian in the glue around it." }],
					patterns: [{ group: ["../../*", "!../../core", "!../../core/*"], message: "src/core must not reach into the plugin's glue." }],
				},
			],
		},
	},
	{
		// Build scripts, benchmarks and tests run under Node, not in the app.
		files: ["scripts/**", "tests/**", "*.mjs", "*.config.ts", ".ci/**"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"import/no-nodejs-modules": "off",
			"obsidianmd/ui/sentence-case": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"obsidianmd/rule-custom-message": "off",
			"obsidianmd/no-global-this": "off",
			"no-console": "off",
		},
	},
	{
		// Tests still drive display(), which the plugin keeps for Obsidian before 1.13; and they delete notes
		// as another app or device would, not through the user's trash.
		files: ["tests/**"],
		rules: { "@typescript-eslint/no-deprecated": "off", "obsidianmd/prefer-file-manager-trash-file": "off" },
	},
	{
		// The test double and the demo page stand in for Obsidian itself, so the rules for code that runs inside it do not apply.
		files: ["tests/obsidian/**", "tests/demo/**"],
		rules: {
			"no-restricted-globals": "off",
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/prefer-instanceof": "off",
			"obsidianmd/no-static-styles-assignment": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"@typescript-eslint/no-deprecated": "off",
			"@typescript-eslint/no-restricted-imports": "off",
		},
	},
	{
		// Browser tests run code inside the demo page through evaluate(), with the page's plain DOM.
		files: ["tests/e2e/**"],
		rules: { "obsidianmd/prefer-create-el": "off" },
	},
	{
		// moment stands in the double for the copy the app bundles; the plugin imports it from `obsidian`.
		files: ["package.json"],
		rules: { "depend/ban-dependencies": ["error", { allowed: ["moment"] }] },
	},
]);
