// Every test file gets the double's DOM helpers before any plugin code runs.
import "obsidian";
