// A realistic generated corpus for benchmarks and scale tests: sentences of the six sample articles recombined,
// in both scripts, over all counties and topics, with some pictures.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { readFrontmatter } from '../../src/content-model/frontmatter.ts';
import { articleMarkdown } from '../../src/import/import-page.ts';
import { toSimplified } from '../../src/convert/to-simplified.ts';

/** A small deterministic pseudo-random generator (mulberry32), so the same N always gives the same corpus. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface CorpusOptions {
	/** The sample content folder whose articles give the sentences and whose data files give the ids. */
	sample: string;
	count: number;
	/** One article in this many gets a lead picture. */
	imageEvery?: number;
	seed?: number;
}

/** The sentences of the sample articles' bodies. */
function sampleSentences(sample: string): string[] {
	const dir = join(sample, 'articles/2020/02');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.flatMap((f) => (readFrontmatter(readFileSync(join(dir, f), 'utf8'))?.body ?? '').split(/(?<=[。!?])/))
		.map((s) => s.trim())
		.filter((s) => s.length > 8);
}

const ids = (text: string) => [...text.matchAll(/^- id: ([\w-]+)/gm)].map((m) => m[1]!);

/** Writes `count` articles into `content/articles` of a content folder (copied from the sample beforehand). */
export async function writeCorpus(
	content: string,
	{ sample, count, imageEvery = 50, seed = 2020 }: CorpusOptions,
): Promise<{ ids: string[]; counties: Map<string, number> }> {
	const next = random(seed);
	const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
	const sentences = sampleSentences(sample);
	const counties = ids(readFileSync(join(sample, 'counties.yaml'), 'utf8'));
	const topics = ids(readFileSync(join(sample, 'topics.yaml'), 'utf8'));
	const perCounty = new Map<string, number>();
	const written: string[] = [];
	const start = Date.UTC(2020, 0, 1);
	for (let i = 0; i < count; i++) {
		const date = new Date(start + Math.floor((i * 365 * 3 * 86_400_000) / count)).toISOString().slice(0, 10);
		const [year, month, day] = date.split('-');
		const county = pick(counties);
		const articleTopics = [...new Set([pick(topics), pick(topics)])].sort((a, b) => topics.indexOf(a) - topics.indexOf(b));
		const paragraphs = Array.from({ length: 3 + Math.floor(next() * 4) }, () =>
			Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(sentences)).join(''),
		);
		const simplified = next() < 0.5;
		const title = `${pick(sentences)
			.replace(/[,,。!?:“”]/g, '')
			.slice(0, 18)}(第${i + 1}號)`;
		const inScript = (text: string) => (simplified ? toSimplified(text) : text);
		const frontmatter: Record<string, unknown> = { title: inScript(title), date, county, topics: articleTopics };
		if (simplified) frontmatter.lang = 'zh-Hans';
		const folder = join(content, 'articles', year!, month!);
		mkdirSync(folder, { recursive: true });
		const id = `${year}/${month}/${day}-${county}-bench-${i + 1}`;
		if (imageEvery > 0 && i % imageEvery === 0) {
			mkdirSync(join(folder, 'images'), { recursive: true });
			await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: (i * 37) % 255, g: 90, b: 160 } } })
				.jpeg()
				.toFile(join(folder, 'images', `bench-${i + 1}.jpg`));
			Object.assign(frontmatter, { image: `./images/bench-${i + 1}.jpg`, imageAlt: inScript('防疫工作人員在檢查站值班') });
		}
		writeFileSync(join(content, 'articles', `${id}.md`), articleMarkdown(frontmatter, paragraphs.map(inScript)));
		written.push(id);
		perCounty.set(county, (perCounty.get(county) ?? 0) + 1);
	}
	return { ids: written, counties: perCounty };
}
