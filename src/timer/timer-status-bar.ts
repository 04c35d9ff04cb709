import { Platform, type Plugin } from "obsidian";
import { timerFace } from "../core";
import type { MeetingTimer } from "./meeting-timer";
import { cssClass } from "../ui/css-class";

/** The running time in the status bar, on desktop; a click pauses or resumes. */
export function addTimerStatusBar(plugin: Plugin, timer: MeetingTimer): void {
	if (!Platform.isDesktop) return;
	const item = plugin.addStatusBarItem();
	item.addClass(cssClass("status"), "mod-clickable");
	item.setAttr("role", "button");
	const draw = () => {
		const reading = timer.reading();
		const state = timer.state;
		item.toggleClass(cssClass("hidden"), !reading || !state);
		if (!reading || !state) return;
		const face = timerFace(state.mode, state.targetMs, reading.elapsedMs);
		item.setText(`${face.main}${reading.running ? "" : " (paused)"}`);
		item.toggleClass("is-overrun", face.over);
		item.setAttr("aria-label", `Meeting timer for ${state.noteTitle}: click to ${reading.running ? "pause" : "resume"}`);
	};
	plugin.registerDomEvent(item, "click", () => timer.togglePause());
	plugin.registerEvent(timer.onChange(draw));
	plugin.registerEvent(timer.onTick(draw));
	draw();
}
