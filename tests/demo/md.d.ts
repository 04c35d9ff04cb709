// The demo bundles markdown files as text.
declare module "*.md" {
	const text: string;
	export default text;
}
