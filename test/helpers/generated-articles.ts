import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `count` small articles for one county, one a day from 2020-03-01, so listings need several pages. */
export function writeGeneratedArticles(contentDir: string, county: string, count: number): string[] {
	const ids: string[] = [];
	for (let i = 0; i < count; i++) {
		const date = new Date(Date.UTC(2020, 2, 1 + i)).toISOString().slice(0, 10);
		const [year, month, day] = date.split('-');
		const id = `${year}/${month}/${day}-${county}-bulletin-${i + 1}`;
		mkdirSync(join(contentDir, 'articles', year!, month!), { recursive: true });
		writeFileSync(
			join(contentDir, 'articles', `${id}.md`),
			`---\ntitle: 第${i + 1}號防疫通報\ndate: ${date}\ncounty: ${county}\ntopics: [epidemic-control]\n---\n\n今日全縣繼續做好疫情防控工作,第${i + 1}號通報。\n`,
		);
		ids.push(id);
	}
	return ids;
}
