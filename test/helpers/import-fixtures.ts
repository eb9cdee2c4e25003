import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { countySchema, seriesSchema, topicSchema } from '../../src/content-model/taxonomies.ts';
import { readYamlFile } from '../../src/content-model/yaml-file.ts';
import { projectRoot } from '../../scripts/lib/build-site.ts';

/** The importer's fixtures: a site's data files, an old site's archive, unreadable posts and a labelled set of reports. */
export const importFixtures = join(projectRoot, 'test/fixtures/import');

/** The fixture site's counties, topics and series, read as the importer reads content/ (never the live content/). */
export function fixtureTaxonomies() {
	const read = <S extends z.ZodType>(file: string, schema: S) => readYamlFile(join(importFixtures, 'site', file), z.array(schema), file) as z.output<S>[];
	return { counties: read('counties.yaml', countySchema), topics: read('topics.yaml', topicSchema), series: read('series.yaml', seriesSchema) };
}

/** A picture server on 127.0.0.1 for the importer: routes map a path to a status, a content type and a body (or never answering). */
export async function pictureServer(
	routes: Record<string, { status?: number; type?: string; body?: Buffer | string; hang?: boolean; chunked?: boolean }>,
): Promise<{ url: string; server: Server }> {
	const server = createServer((request, response) => {
		const route = routes[request.url ?? ''];
		if (!route) {
			response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>not found</h1>');
			return;
		}
		if (route.hang) return;
		response.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'image/jpeg' });
		// Chunked, without a Content-Length, the download must be cut off by counting what arrives.
		if (route.chunked) for (let i = 0; i < (route.body?.length ?? 0); i += 16_384) response.write(route.body!.slice(i, i + 16_384));
		response.end(route.chunked ? undefined : (route.body ?? ''));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address() as { port: number };
	return { url: `http://127.0.0.1:${address.port}`, server };
}
