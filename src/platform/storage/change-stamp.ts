/** When and where a part of the plugin's data last changed, so that the newest change wins across devices. */
export interface ChangeStamp {
	/** Epoch ms of the change. */
	at: number;
	/** The device that made it, made once per install. */
	device: string;
}

export const NO_CHANGE: ChangeStamp = Object.freeze({ at: 0, device: "" });

/** Whether `incoming` is newer than `local`; on the same instant the larger device id wins, so all devices agree. */
export function isNewer(incoming: ChangeStamp, local: ChangeStamp): boolean {
	return incoming.at > local.at || (incoming.at === local.at && incoming.device > local.device);
}

export function readStamp(raw: unknown): ChangeStamp | null {
	if (typeof raw !== "object" || raw === null) return null;
	const { at, device } = raw as Record<string, unknown>;
	return typeof at === "number" && Number.isFinite(at) && typeof device === "string" ? { at, device } : null;
}
