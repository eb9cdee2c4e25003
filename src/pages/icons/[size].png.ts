import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { ICON_SIZES } from '../../view/web-manifest.ts';

export function getStaticPaths() {
	return ICON_SIZES.map((size) => ({ params: { size: String(size) }, props: { size } }));
}

/** The site's icon (public/favicon.svg) as a PNG of one size, for home screens that do not take SVG icons. */
export const GET: APIRoute = async ({ props }) => {
	const { size } = props as { size: number };
	const svg = readFileSync(resolve(process.cwd(), 'public/favicon.svg'));
	const png = await sharp(svg, { density: (72 * size) / 32 })
		.resize(size, size)
		.png()
		.toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
