// Decap CMS lays its entry editor out for desktops: the editor and its toolbar are at least 800 px wide, so on a
// phone (360 px) the page scrolled sideways and the fields ran off its right edge. Its components are styled by
// Emotion, whose class names end in the component's name (css-hn3jn7-EditorContainer): this sheet, loaded by the
// editor's page, lets them narrow to the screen. Emotion's rules are added after it, hence !important.

/** The web editor's own stylesheet (/admin/editor.css). */
export const ADMIN_CSS = `@media (max-width: 799px) {
	[class*='-EditorContainer'],
	[class*='-ToolbarContainer'] {
		min-width: 0 !important;
	}
	[class*='-ToolbarSectionBackLink'] {
		padding: 0 8px !important;
		min-width: 0;
		flex-shrink: 1;
	}
	[class*='-ToolbarSectionMain'] {
		padding: 0 4px !important;
		flex: 0 0 auto !important;
	}
	[class*='-ToolbarSectionMeta'] {
		padding: 0 4px !important;
	}
	[class*='-ToolbarContainer'] [class*='-AppHeaderSiteLink'] {
		display: none !important;
	}
	[class*='-BackArrow'] {
		margin-right: 8px !important;
	}
	/* The fields take the screen; the preview beside them (a plain rendering, not the site's page) is left out. */
	.SplitPane > .Pane1 {
		width: 100% !important;
	}
	.SplitPane > .Pane2,
	.SplitPane > .Resizer,
	[class*='-ViewControls'] {
		display: none !important;
	}
}
`;
