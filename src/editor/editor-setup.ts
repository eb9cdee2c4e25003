// The script the editor's page runs after Decap's bundle (/admin/editor-setup.js): Decap's locale completed with the
// phrases it lacks, and the text editor's picture component with the office's labels (Decap's own is labelled in
// English: Image, Alt Text, Title). Attachments are a field of their own (cms-config.ts): a component's file widget
// uploads into the collection's media folder, images/, whatever folder the component names.
import type { SiteConfig } from '../content-model/config.ts';
import { DECAP_PHRASES, phrasesIn } from './decap-phrases.ts';
import { editorLabels, SITE_DATE_WIDGET } from './cms-config.ts';

/** The labels of the text editor's components, written in Taiwan's Traditional like the configuration's. */
const COMPONENT_LABELS = {
	image: '圖片',
	imageFile: '圖片檔',
	imageAlt: '圖片說明（給看不到圖片的讀者）',
	// Decap adds （選填） to a field that may be left empty.
	imageTitle: '滑鼠停在圖片上時顯示的文字',
	dragHint: '要移動清單裡的一項，選中它按空白鍵拿起，用方向鍵移動，再按一次空白鍵放下；按 Esc 取消。',
	remove: '移除',
	setNow: '設為現在',
	pickDate: '選日期',
};

/** A date in the site's form (2020-02-08, 2020-02-08 18:30) as a native date input's value (2020-02-08T18:30); '' for anything else. */
export function nativeDateValue(value: string, withTime: boolean): string {
	const m = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}))?$/.exec(value);
	if (!m) return '';
	return withTime ? `${m[1]}T${m[2] ?? '00:00'}` : m[1]!;
}

/** A native date input's value (2020-02-08, 2020-02-08T18:30) in the site's form; '' for anything else. */
export function siteDateValue(value: string): string {
	const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(value);
	return m ? `${m[1]}${m[2] ? ` ${m[2]}` : ''}` : '';
}

/**
 * The setup script for a site: Decap's locale for the office's script completed (merged over the bundle's own, in the
 * browser), and the picture component labelled in the office's words.
 */
export function editorSetupScript(site: Pick<SiteConfig, 'defaultScript' | 'traditionalVariant'>): string {
	const words = editorLabels(site);
	const locale = site.defaultScript === 'zh-Hans' ? 'zh_Hans' : 'zh_Hant';
	const labels = Object.fromEntries(Object.entries(COMPONENT_LABELS).map(([key, text]) => [key, words(text)]));
	return `// Made by src/editor/editor-setup.ts from content/site.yaml.
(function (locale, ours, labels) {
	function merge(base, add) {
		var out = Object.assign({}, base);
		for (var key in add) out[key] = typeof add[key] === 'object' ? merge(base && base[key], add[key]) : add[key];
		return out;
	}
	CMS.registerLocale(locale, merge(CMS.getLocale(locale) || {}, ours));
	function escape(text) {
		return String(text || '').replace(/[&<>"]/g, function (c) {
			return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
		});
	}
	CMS.registerEditorComponent({
		id: 'image',
		label: labels.image,
		pattern: /^!\\[([^\\]]*)\\]\\((.*?)(\\s"([^"]*)")?\\)/,
		fromBlock: function (match) {
			return match && { image: match[2], alt: match[1], title: match[4] };
		},
		toBlock: function (data) {
			return '![' + (data.alt || '') + '](' + (data.image || '') + (data.title ? ' "' + data.title.replace(/"/g, '\\\\"') + '"' : '') + ')';
		},
		toPreview: function (data, getAsset, fields) {
			var field = fields && fields.find(function (f) { return f.get('widget') === 'image'; });
			return '<img src="' + escape(getAsset(data.image, field)) + '" alt="' + escape(data.alt) + '">';
		},
		fields: [
			{ label: labels.imageFile, name: 'image', widget: 'image', choose_url: false, media_library: { allow_multiple: false } },
			{ label: labels.imageAlt, name: 'alt' },
			{ label: labels.imageTitle, name: 'title', required: false },
		],
	});
	// Decap's date widget is the browser's own date input, which shows the date in the browser's language whatever the
	// page says (12/01/2026, 03:07 AM in an English Chrome; trial-41): a plain field in the site's format instead, as
	// files and npm run check write it (2020-02-08 18:30), its pattern checked by the configuration (cms-config.ts).
	// The calendar comes back through a button (trial-42): it opens the browser's own picker (a phone's wheel or
	// calendar) of a native date input kept out of sight, whose choice is written into the field in the site's format,
	// so the browser's way of showing a date never reaches the page.
	function pad(n) {
		return (n < 10 ? '0' : '') + n;
	}
	function today(withTime) {
		var d = new Date();
		var day = d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
		return withTime ? day + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes()) : day;
	}
	// The site's form (2020-02-08 18:30) and a native input's (2020-02-08T18:30), one into the other.
	var toNative = ${nativeDateValue.toString()};
	var fromNative = ${siteDateValue.toString()};
	CMS.registerWidget(${JSON.stringify(SITE_DATE_WIDGET)}, createClass({
		withTime: function () {
			return this.props.field.get('time_format') !== false;
		},
		componentDidMount: function () {
			if (this.props.value === '{{now}}') this.props.onChange(today(this.withTime()));
		},
		render: function () {
			var props = this.props;
			var withTime = this.withTime();
			var value = props.value === '{{now}}' || props.value == null ? '' : String(props.value);
			var picker = null;
			function openPicker() {
				if (!picker) return;
				// Chrome, Safari and Firefox open the picker with showPicker(); an older browser focuses the input instead.
				try {
					picker.showPicker();
				} catch (error) {
					picker.focus();
					picker.click();
				}
			}
			return h('div', { className: props.classNameWrapper, style: { display: 'flex', gap: '8px', alignItems: 'center', position: 'relative' } },
				h('input', {
					id: props.forID,
					type: 'text',
					inputMode: 'numeric',
					autoComplete: 'off',
					value: value,
					placeholder: withTime ? '2020-02-08 18:30' : '2020-02-08',
					onChange: function (event) { props.onChange(event.target.value); },
					onFocus: props.setActiveStyle,
					onBlur: props.setInactiveStyle,
					disabled: props.isDisabled,
					style: { flex: '1 1 auto', minWidth: 0, border: 0, background: 'none', font: 'inherit', color: 'inherit' },
				}),
				// Out of sight but rendered (showPicker needs a rendered input), skipped by the keyboard and screen readers: the
				// button below is how it is reached.
				h('input', {
					type: withTime ? 'datetime-local' : 'date',
					ref: function (element) { picker = element; },
					value: toNative(value, withTime),
					onChange: function (event) {
						var chosen = fromNative(event.target.value);
						if (chosen) props.onChange(chosen);
					},
					tabIndex: -1,
					'aria-hidden': 'true',
					'data-site-date-picker': '',
					disabled: props.isDisabled,
					style: { position: 'absolute', left: 0, bottom: 0, width: '1px', height: '1px', opacity: 0, border: 0, padding: 0, pointerEvents: 'none' },
				}),
				h('button', { type: 'button', onClick: openPicker, disabled: props.isDisabled, style: { flex: '0 0 auto', whiteSpace: 'nowrap' } }, labels.pickDate),
				h('button', { type: 'button', onClick: function () { props.onChange(today(withTime)); }, disabled: props.isDisabled, style: { flex: '0 0 auto', whiteSpace: 'nowrap' } }, labels.setNow));
		},
	}));
	// Words of the libraries Decap is built on, outside its locale, told to screen readers in English: how to move a
	// list's item (dnd-kit), and the button that takes a chosen topic out of a dropdown (react-select's "Remove 疫情防控").
	function libraryWords() {
		document.querySelectorAll('[id^="DndDescribedBy"]').forEach(function (element) {
			if (element.textContent !== labels.dragHint) element.textContent = labels.dragHint;
		});
		document.querySelectorAll('[aria-label^="Remove "]').forEach(function (element) {
			element.setAttribute('aria-label', labels.remove + ' ' + element.getAttribute('aria-label').slice(7));
		});
	}
	new MutationObserver(libraryWords).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });
})(${JSON.stringify(locale)}, ${JSON.stringify(phrasesIn(DECAP_PHRASES, words))}, ${JSON.stringify(labels)});
`;
}
