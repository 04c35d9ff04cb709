/** Enter in a dialog's field submits it, as the app's own prompts do; not while an input method is composing a character. */
export function submitOnEnter(input: HTMLInputElement, submit: () => void): void {
	input.addEventListener("keydown", (evt) => {
		if (evt.key === "Enter" && !evt.isComposing) {
			evt.preventDefault();
			submit();
		}
	});
}
