import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import sharp from 'sharp';

/** A real photo-like JPEG of the given size, made with sharp (a gradient, so it compresses like a picture). */
export async function writeJpeg(path: string, width: number, height: number): Promise<void> {
	mkdirSync(dirname(path), { recursive: true });
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="#0b5394"/><stop offset="1" stop-color="#f0b400"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width / 3}" cy="${height / 2}" r="${height / 4}" fill="#fff"/></svg>`;
	await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(path);
}

/** A PNG chart-like image. */
export async function writePng(path: string, width: number, height: number): Promise<void> {
	mkdirSync(dirname(path), { recursive: true });
	await sharp({ create: { width, height, channels: 4, background: { r: 200, g: 60, b: 60, alpha: 1 } } })
		.png()
		.toFile(path);
}

/** A JPEG cut off half way, as an interrupted upload leaves it: the header is fine, the picture is not. */
export async function writeTruncatedJpeg(path: string): Promise<void> {
	await writeJpeg(path, 800, 600);
	const bytes = readFileSync(path);
	writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
}

/** The start of a phone's HEIC photo: an ISO media file whose "ftyp" brands say HEIC, which the build cannot read. */
export function writeHeic(path: string): void {
	mkdirSync(dirname(path), { recursive: true });
	const box = Buffer.alloc(24);
	box.writeUInt32BE(24, 0);
	box.write('ftypheic', 4, 'latin1');
	box.write('mif1heic', 16, 'latin1');
	writeFileSync(path, Buffer.concat([box, Buffer.alloc(4096, 7)]));
}
