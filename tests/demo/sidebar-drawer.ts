/** Where the sidebar stops fitting beside the editor; theme.css uses the same width. */
const NARROW = "(max-width: 720px)";

/**
 * On a narrow screen the sidebar is a drawer over the editor, opened by a
 * button, as Obsidian's mobile app shows its right sidebar. A jump from the
 * sidebar into the editor closes it, so the editor is not left hidden; on a
 * wide screen the sidebar sits beside the editor and the drawer does nothing.
 */
export class SidebarDrawer {
	private readonly narrow = window.matchMedia(NARROW);

	constructor(
		private readonly drawerEl: HTMLElement,
		private readonly toggleEl: HTMLButtonElement,
		private readonly closeEl: HTMLButtonElement,
		private readonly backdropEl: HTMLElement,
		editorEl: HTMLElement,
	) {
		toggleEl.addEventListener("click", () => (this.isOpen ? this.close(true) : this.open()));
		closeEl.addEventListener("click", () => this.close(true));
		backdropEl.addEventListener("click", () => this.close(true));
		drawerEl.addEventListener("keydown", (evt) => {
			if (evt.key === "Escape" && this.isOpen && this.narrow.matches) {
				evt.preventDefault();
				this.close(true);
			}
		});
		editorEl.addEventListener("focus", () => {
			if (this.isOpen && this.narrow.matches) this.close(false);
		});
		this.close(false);
	}

	get isOpen(): boolean {
		return this.drawerEl.hasClass("is-open");
	}

	/** Opens the drawer on a narrow screen, with focus on its close button; on a wide one the sidebar is already in view. */
	open(): void {
		if (!this.narrow.matches) return;
		this.show(true);
		this.closeEl.focus();
	}

	/** Closes the drawer; `returnFocus` gives focus back to the button that opened it. */
	close(returnFocus: boolean): void {
		const hadFocus = this.drawerEl.contains(document.activeElement);
		this.show(false);
		if (returnFocus || hadFocus) this.toggleEl.focus();
	}

	private show(open: boolean): void {
		this.drawerEl.toggleClass("is-open", open);
		this.backdropEl.toggleClass("is-open", open);
		this.toggleEl.setAttr("aria-expanded", open);
	}
}
