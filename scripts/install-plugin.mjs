// `npm start`: copies the built plugin into the example vault, or into $OBSIDIAN_VAULT, and enables it there.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const vault = resolve(process.env.OBSIDIAN_VAULT ?? "example-vault");
if (!existsSync(vault)) {
	console.error(`install: no vault at ${vault}`);
	process.exit(2);
}
if (!existsSync("main.js")) {
	console.error("install: main.js is missing; run `npm run build` first");
	process.exit(2);
}
const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
// A vault can rename its config folder; OBSIDIAN_CONFIG_DIR names it then.
const configDir = join(vault, process.env.OBSIDIAN_CONFIG_DIR ?? ".obsidian");
const target = join(configDir, "plugins", manifest.id);
mkdirSync(target, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(file, join(target, file));

// Enable the plugin, keeping whatever else the vault has enabled.
const enabledPath = join(configDir, "community-plugins.json");
const enabled = existsSync(enabledPath) ? JSON.parse(readFileSync(enabledPath, "utf8")) : [];
if (!enabled.includes(manifest.id)) {
	enabled.push(manifest.id);
	writeFileSync(enabledPath, JSON.stringify(enabled, null, "\t") + "\n");
}
console.log(`Installed ${manifest.name} ${manifest.version} into ${target}`);
console.log("Open that folder as a vault in Obsidian, then run \"Open prep sidebar\" from the command palette.");
