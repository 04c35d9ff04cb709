import type { Locator } from "playwright-core";

/** The average colour, as [r, g, b] from 0 to 255, of what the screen shows inside a box of `locator`. */
export async function averageColour(locator: Locator, box: { x: number; y: number; width: number; height: number }): Promise<[number, number, number]> {
	const png = (await locator.page().screenshot({ clip: box })).toString("base64");
	return locator.page().evaluate(async (data) => {
		const image = new Image();
		image.src = `data:image/png;base64,${data}`;
		await image.decode();
		const canvas = document.createElement("canvas");
		canvas.width = image.width;
		canvas.height = image.height;
		const context = canvas.getContext("2d");
		if (!context) throw new Error("no 2d canvas");
		context.drawImage(image, 0, 0);
		const pixels = context.getImageData(0, 0, image.width, image.height).data;
		const sum = [0, 0, 0];
		for (let i = 0; i < pixels.length; i += 4) for (let c = 0; c < 3; c++) sum[c] = (sum[c] ?? 0) + (pixels[i + c] ?? 0);
		const n = pixels.length / 4;
		return [(sum[0] ?? 0) / n, (sum[1] ?? 0) / n, (sum[2] ?? 0) / n] as [number, number, number];
	}, png);
}

/** Relative luminance of an [r, g, b] colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: [number, number, number]): number {
	return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
