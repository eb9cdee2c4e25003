import { closeSync, existsSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import sharp from 'sharp';
import type { Problem } from './problems.ts';

/** A picture an article shows: in its text (![alt](./images/x.jpg) or <img>) or as its lead image (image/imageAlt). */
export interface ImageReference {
	src: string;
	/** null when the alt text is another field's job (the lead image's imageAlt, which the schema requires). */
	alt: string | undefined | null;
	line: number;
	/** Written as an HTML <img> tag rather than Markdown. */
	html?: boolean;
}

const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^)]*["'])?\s*\)/g;
const HTML_IMAGE = /<img\b[^>]*>/gi;
// Quoted or not, as a browser reads attributes: <img src=x> is as much a picture as <img src="x">.
const attribute = (tag: string, name: string) =>
	new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i')
		.exec(tag)
		?.slice(1)
		.find((v) => v !== undefined);
// Code spans (`…`, ``…``) show their text as written, so what looks like a picture inside them is not one.
const CODE_SPAN = /(`+)[\s\S]*?\1/g;
const FENCE = /^\s{0,3}(```|~~~)/;

/** The images a Markdown body shows, with the line each is on (counted from `firstLine`); code spans and blocks show none. */
export function bodyImages(body: string, firstLine: number): ImageReference[] {
	const images: ImageReference[] = [];
	let fence: string | undefined;
	body.split('\n').forEach((line, index) => {
		const opening = FENCE.exec(line)?.[1];
		if (opening && (fence === undefined || opening === fence)) {
			fence = fence === undefined ? opening : undefined;
			return;
		}
		if (fence !== undefined) return;
		const text = line.replace(CODE_SPAN, (span) => ' '.repeat(span.length));
		for (const m of text.matchAll(MARKDOWN_IMAGE)) images.push({ src: m[2]!, alt: m[1], line: firstLine + index });
		for (const m of text.matchAll(HTML_IMAGE)) {
			images.push({ src: attribute(m[0], 'src') ?? '', alt: attribute(m[0], 'alt'), line: firstLine + index, html: true });
		}
	});
	return images;
}

// File signatures of the formats Astro's image service reads: JPEG, PNG, GIF, WebP, AVIF, TIFF.
const SIGNATURES: Array<(b: Buffer) => boolean> = [
	(b) => b[0] === 0xff && b[1] === 0xd8,
	(b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
	(b) => b.subarray(0, 4).toString('latin1') === 'GIF8',
	(b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
	(b) => b.subarray(4, 8).toString('latin1') === 'ftyp',
	(b) => ['II*\0', 'MM\0*'].includes(b.subarray(0, 4).toString('latin1')),
];

function hasImageSignature(path: string): boolean {
	const head = Buffer.alloc(16);
	const fd = openSync(path, 'r');
	try {
		readSync(fd, head, 0, 16, 0);
	} finally {
		closeSync(fd);
	}
	return SIGNATURES.some((matches) => matches(head));
}

/**
 * Problems with an article's images that the file system can tell at once: no alt text, a picture from another site,
 * a path outside content/, a missing file, a file that is not an image. Returns the absolute paths that passed.
 */
export function checkImageReferences(
	images: ImageReference[],
	articlePath: string,
	contentRoot: string,
	file: string,
): { problems: Problem[]; found: Array<{ path: string; line: number }> } {
	const problems: Problem[] = [];
	const found: Array<{ path: string; line: number }> = [];
	const error = (line: number, message: string, hint: string) => problems.push({ file, line, severity: 'error', message, hint });
	for (const { src, alt, line } of images) {
		if (alt !== null && !alt?.trim())
			error(line, `image ${src || '(no src)'} has no alt text`, 'describe the picture in the brackets: ![工人在口罩生產線上作業](./images/x.jpg)');
		if (/^([a-z]+:)?\/\//i.test(src) || src.startsWith('data:')) {
			error(
				line,
				`image ${src.slice(0, 60)} is not a file of the site`,
				'save the picture into an images/ folder next to the article and link it as ./images/name.jpg; pictures from other sites would tell them who reads the bulletin',
			);
			continue;
		}
		const path = resolve(dirname(articlePath), decodeURI(src));
		if (!path.startsWith(contentRoot + sep)) {
			error(line, `image ${src} is outside the content folder`, 'keep pictures in an images/ folder next to the article');
			continue;
		}
		if (!existsSync(path)) {
			error(line, `image ${src} does not exist (looked for ${relative(process.cwd(), path)})`, 'check the file name and that the picture was committed');
			continue;
		}
		if (!realpathSync(path).startsWith(realpathSync(contentRoot) + sep)) {
			error(line, `image ${src} is a link to a file outside the content folder`, 'copy the picture itself into the images/ folder');
			continue;
		}
		if (!statSync(path).isFile()) {
			error(line, `image ${src} is a folder, not a picture`, 'link the picture file, e.g. ./images/name.jpg');
			continue;
		}
		if (!hasImageSignature(path)) {
			error(line, `image ${src} is not a JPEG, PNG, GIF, WebP, AVIF or TIFF file`, 'export the picture again as JPEG or PNG');
			continue;
		}
		found.push({ path, line });
	}
	return { problems, found };
}

/** Decodes every image fully (each file once), since a truncated or damaged file would otherwise be published as a broken picture. */
export async function verifyImages(images: Array<{ path: string; file: string; line: number }>): Promise<Problem[]> {
	const problems: Problem[] = [];
	const seen = new Set<string>();
	for (const image of images) {
		if (seen.has(image.path)) continue;
		seen.add(image.path);
		try {
			await sharp(image.path).stats();
		} catch (error) {
			problems.push({
				file: image.file,
				line: image.line,
				severity: 'error',
				message: `image ${relative(process.cwd(), image.path)} cannot be read: ${(error as Error).message.split('\n')[0]}`,
				hint: 'the file is damaged or truncated; export it again',
			});
		}
	}
	return problems;
}
