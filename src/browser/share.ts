/** Shows the share buttons (they need JavaScript) and wires them: Web Share API first, else copy the page's address. */
export function startShareButtons(): void {
	for (const box of document.querySelectorAll<HTMLElement>('[data-share]')) {
		const button = box.querySelector('button')!;
		const status = box.querySelector<HTMLElement>('[data-share-status]')!;
		box.hidden = false;
		button.addEventListener('click', async () => {
			const url = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
			if (navigator.share) {
				// A reader closing the share sheet is not an error worth showing.
				await navigator.share({ title: button.dataset.shareTitle, url }).catch(() => undefined);
				return;
			}
			await copy(url);
			status.textContent = button.dataset.copied ?? '';
		});
	}
}

async function copy(text: string): Promise<void> {
	try {
		await navigator.clipboard.writeText(text);
	} catch {
		// Older browsers and insecure origins have no clipboard API; a selected field works everywhere.
		const field = Object.assign(document.createElement('textarea'), { value: text, readOnly: true });
		field.style.position = 'fixed';
		field.style.opacity = '0';
		document.body.append(field);
		field.select();
		document.execCommand('copy');
		field.remove();
	}
}
