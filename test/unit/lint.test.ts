import { createConverter } from '../../src/convert/convert.ts';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { lintConversion, sentenceThen, type LintArticle } from '../../src/content-model/conversion-lint.ts';
import { chooseMessageLanguage } from '../../src/content-model/editor-messages.ts';
import { readSiteGlossary } from '../../src/content-model/glossary-file.ts';

const sample = (name: string): LintArticle => ({
	file: `content/articles/2020/02/${name}.md`,
	text: readFileSync(`test/fixtures/sample-site/articles/2020/02/${name}.md`, 'utf8'),
	script: 'zh-Hant',
});
const fuan = [sample('08-fuan-video-conference'), sample('08-fuan-mask-production')];
const glossary = readSiteGlossary();
const withoutYe = glossary.filter((pair) => pair.hans !== '叶其发');
const simplified = (text: string, pairs: LintArticle['glossary'] = []): LintArticle => ({
	file: 'content/articles/2020/03/01-x.md',
	text,
	script: 'zh-Hans',
	glossary: pairs,
});

describe('conversion lint: one word spelt two ways', () => {
	it("flags the seed's 葉其髮 against 葉其發 across articles, with file and line, in Chinese", () => {
		expect(lintConversion(fuan, withoutYe)).toContainEqual({
			file: 'content/articles/2020/02/08-fuan-video-conference.md',
			line: 13,
			severity: 'warning',
			message: '「葉其髮」在別處寫作「葉其發」5 次；兩者的簡體都是「叶其发」',
			hint: expect.stringContaining('{ hant: 葉其發, hans: 叶其发 }'),
		});
	});

	it('compares a run only where its characters are words of it, and suggests a glossary pair only of whole words (trial-42)', () => {
		const article = (file: string, text: string): LintArticle => ({ file, text, script: 'zh-Hant' });
		// 一併提供 and 並提供 both give 并提供, but 併 belongs to the word 一併: no other spelling of 並提供.
		expect(lintConversion([article('a.md', '衞生署會一併提供資料。'), article('b.md', '中心並提供熱綫。')], [])).toEqual([]);
		// 綜合熱綫 against 綜合熱線 in a Hong Kong edition (which prints both as written): the run 合熱綫 cuts the word 綜合, so it is asked about without a pair to add.
		const [mixed] = lintConversion([article('a.md', '請致電綜合熱綫。'), article('b.md', '請致電綜合熱線，綜合熱線全日開放。')], [], 'hk');
		expect(mixed).toMatchObject({ file: 'a.md', message: '「合熱綫」在別處寫作「合熱線」2 次；兩者的簡體都是「合热线」', hint: '若是同一個詞，請在原文改正' });
	});

	it('passes the sample content, whose names are in the glossary', () => {
		const all = ['08-zhouning-guo-xiwen-inspection', '08-gutian-liang-weixin-inspection', '08-zherong-frontline-visit', '08-xiapu-sansha-donations'].map(
			sample,
		);
		expect(lintConversion([...fuan, ...all], glossary)).toEqual([]);
	});
});

describe('conversion lint: the review list of a Simplified article', () => {
	const text = '---\ntitle: 志愿者冒雨值守\n---\n\n志愿者冒雨值守，衣服晒了又干。\n工作人员读取电表示数。';

	it('names the line, the sentence, the choice, the other forms and the one-line fix', () => {
		const problems = lintConversion([simplified(text)], []);
		// Line 6: 电表 and 表示 overlap and disagree on 表.
		expect(problems.map((p) => p.line)).toEqual([5, 6]);
		expect(problems[0]).toEqual({
			file: 'content/articles/2020/03/01-x.md',
			line: 5,
			severity: 'warning',
			message:
				'「干」有幾種繁體寫法，按詞語「又干」選了「幹」（做、幹部），但這裡的「又干」可能是分開的兩個詞，也可能是「乾」（乾燥、乾淨）或「干」（干擾、若干、姓氏）：志愿者冒雨值守，衣服晒了又干。',
			hint: '若「又幹」應作「又乾」，把它寫成 -{zh-hans:又干;zh-hant:又乾}-，或在 content/glossary.yaml 加上 { hant: 又乾, hans: 又干 }',
		});
		expect(problems[1]!.message).toContain('也可能是「錶」（手錶、電錶）');
	});

	it('is settled by the fix it suggests: a marker or an article glossary pair', () => {
		const marked = text.replace('又干', '-{zh-hans:又干;zh-hant:又乾}-');
		expect(lintConversion([simplified(marked)], []).map((p) => p.line)).toEqual([6]);
		expect(lintConversion([simplified(text, [{ hant: ['電錶'], hans: '电表' }])], []).map((p) => p.line)).toEqual([5]);
	});

	it('leaves alone what a phrase or rule settles, and Traditional articles', () => {
		expect(lintConversion([simplified('6天后死亡。最多只能买两包。钟南山院士说。头发理发店里的面条。衣服湿了又干。剧团排演了一出新戏。')], [])).toEqual([]);
		expect(lintConversion([{ file: 'a.md', text: '衣服濕了又乾。', script: 'zh-Hant' }], [])).toEqual([]);
	});

	it('asks about a word once per article, at its first occurrence, counting the others with their lines (conv-19)', () => {
		const problems = lintConversion([simplified('村民钟谷雨从医学院毕业。\n\n“总得有人守。”钟谷雨说。钟谷雨笑了。')], []);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 1 });
		expect(problems[0]!.message).toMatch(/：村民钟谷雨从医学院毕业。本篇另有 2 處「钟谷雨」（第 3 行），同樣寫成「鍾穀雨」$/);
		expect(problems[0]!.hint).toBe(
			'若「鍾穀雨」應作「鍾谷雨」，在文章的 glossary 欄位或 content/glossary.yaml 加上 { hant: 鍾谷雨, hans: 钟谷雨 }，本篇各處都會改；只改一處就把它寫成 -{zh-hans:钟谷雨;zh-hant:鍾谷雨}-',
		);
	});

	it('joins the flagged sentence to what follows with one mark: no ；； after a sentence ending in ；', () => {
		const [problem] = lintConversion([simplified('村民钟谷雨从医学院毕业；钟谷雨说，钟谷雨笑了。')], []);
		expect(problem!.message).toMatch(/：村民钟谷雨从医学院毕业；本篇另有 2 處/);
		expect(sentenceThen('…检测率为93.7%；')).toEqual({ clause: '…检测率为93.7%', joint: '；' });
		expect(sentenceThen('他说，')).toEqual({ clause: '他说', joint: '；' });
		expect(sentenceThen('笑了。')).toEqual({ clause: '笑了。', joint: '' });
		expect(sentenceThen('笑了…')).toEqual({ clause: '笑了…', joint: '' });
	});

	it('names the name a surname may begin in the fix (大学生于晓蔓: 于曉蔓)', () => {
		const [problem] = lintConversion([simplified('返乡大学生于晓蔓在卡口负责登记。')], []);
		expect(problem?.hint).toContain('{ hant: 于曉蔓, hans: 于晓蔓 }');
	});

	it("writes the rest of a name in its name forms in the fix (conv-23: 于里谷, not 於裡谷's 于裡谷)", () => {
		const [problem] = lintConversion([simplified('网格员于里谷检查中发现了问题。')], []);
		expect(problem?.hint).toContain('{ hant: 于里谷, hans: 于里谷 }');
		expect(problem?.hint).toContain('-{zh-hans:于里谷;zh-hant:于里谷}-');
		const [fa] = lintConversion([simplified('书记于丰年到村里走访慰问。')], []);
		expect(fa?.hint).toContain('{ hant: 于豐年, hans: 于丰年 }');
	});

	it('says why it asks: nothing decides, a word that may not apply, a name, a count, a list (fix-35)', () => {
		const why = (line: string) =>
			lintConversion([simplified(line)], [])[0]
				?.message.replace(/^「.」有幾種繁體寫法，/, '')
				.replace(/，也可能是.*$/, '');
		expect(why('桌上摆着面。')).toBe('這裡沒有詞語、詞表或規則能確定，選了「面」（臉面、方面）');
		expect(why('工作人员读取电表示数。')).toBe('按詞語「表示」選了「表」（表格、表示），但連同前後的字也能讀成另一個寫法不同的詞');
		expect(why('余生华是县人民医院的医生。')).toBe('選了「餘」，但看前後文這裡可能是人名');
		expect(why('村民钟谷雨从医学院毕业。')).toBe('這裡是人名，人名裡這個字幾種寫法都有，選了「穀」');
		expect(why('存放于局长办公室。')).toBe('按人名的寫法選了「于」，請確認這裡是哪一種寫法');
		expect(why('全村5只有三户。')).toBe('選了「只」（只有），但前面有數目或「這、那」，另一種寫法也說得通');
		expect(why('抽检面粉、面膜等产品。')).toBe('按詞語「面膜」選了「面」（臉面、方面），但並列的上一項把同一個字寫成另一種');
		expect(why('工人们干的活。')).toBe('按「干的」選了「乾」（乾燥、乾淨），但這裡讀作「（誰）做的」也通');
		chooseMessageLanguage('en');
		try {
			expect(lintConversion([simplified('衣服晒了又干。')], [])[0]?.message).toMatch(
				/; chose 「幹」（做、幹部） for the word "又干", but "又干" may be two separate words here; could be /,
			);
		} finally {
			chooseMessageLanguage('zh-Hant');
		}
		// A measure word's doubt lists the measure word's sense, not a surname's.
		expect(lintConversion([simplified('县里有一台风机。')], [])[0]?.message).toContain('也可能是「臺」（平臺、量詞）');
	});

	it('names the whole word or name in the fix, never one character or a fragment of a name (trial-40)', () => {
		const [desk] = lintConversion([simplified('手术台、护士站台面都用塑料布盖好。')], []);
		expect(desk?.hint).toContain('{ hant: 手術臺, hans: 手术台 }');
		const [list] = lintConversion([simplified('学员名单：盘松发、赵金台、邓丰云、钟秋干、余发姣。')], []);
		expect(list?.hint).toContain('hans: 钟秋干 }');
		// One question for the name, though two of its characters are asked about (余 as a word, 干 a guess).
		const table = lintConversion([simplified('| 村名 | 人数 | 村医 |\n| --- | --- | --- |\n| 里松村 | 175 | 余干明 |')], []);
		expect(table).toHaveLength(1);
		expect(table[0]!.hint).toContain('hans: 余干明 }');
		expect(table[0]!.hint).not.toMatch(/hans: 余干 }/);
	});

	it('gives a fix in the frontmatter quoted where YAML needs it, so that pasting it keeps the list valid (trial-40)', () => {
		const [author, ...others] = lintConversion([simplified('---\ntitle: 凤翔镇补种疫苗\nauthors: [沈丽发, 于秋松, 余干明]\n---\n\n正文。\n')], []);
		// 于秋松 and 余 are surnames heading a name of the list (trial-45): only 干 is asked about.
		expect(others).toEqual([]);
		const fix = /把它寫成 ("[^"]+")/.exec(author!.hint!)![1]!;
		expect(fix).toBe('"-{zh-hans:余干;zh-hant:余乾}-明"');
		expect(parse(`authors: [沈丽发, 于秋松, ${fix}]`)).toEqual({ authors: ['沈丽发', '于秋松', '-{zh-hans:余干;zh-hant:余乾}-明'] });
		// Inside a plain value or the text, the marker as it is: valid YAML there.
		const [title] = lintConversion([simplified('---\ntitle: 衣服晒了又干\n---\n\n正文。\n')], []);
		expect(title?.hint).toContain('把它寫成 -{zh-hans:又干;zh-hant:又乾}-，');
		expect(parse('title: 衣服晒了-{zh-hans:又干;zh-hant:又乾}-')).toEqual({ title: '衣服晒了-{zh-hans:又干;zh-hant:又乾}-' });
	});

	it('asks about a name in authors or photographers as the page writes it, one name at a time (trial-45)', () => {
		// The page converts each name alone and prints 余麗華 and 范文濤; read as one line, 余 before 丽华 was 餘 and 范 範,
		// choices the page never made, and the lint asked about them.
		const convert = createConverter({ from: 'zh-Hans', to: 'zh-Hant', variant: 'tw', glossary: [] });
		expect([convert('余丽华'), convert('范文涛')]).toEqual(['余麗華', '范文濤']);
		expect(lintConversion([simplified('---\ntitle: 义诊\nauthors: [余丽华]\nphotographers: [范文涛]\n---\n\n正文。\n')], [])).toEqual([]);
	});

	it('asks nothing of a shop named after its family (trial-45: 周记 read as a weekly journal)', () =>
		expect(lintConversion([simplified('捐款单位：县医药公司、丰岭县周记面馆、台山乡茶叶协会。')], []).map((p) => p.message)).toEqual([]));

	it('quotes the word a phrase settled at its place after a glossary term or a marker (trial-40: 「时服」 for 设台)', () => {
		const phrase = (problem?: { message: string }) => /按詞語「([^」]+)」/.exec(problem?.message ?? '')?.[1];
		expect(phrase(lintConversion([simplified('衣服晒了又干。')], [])[0])).toBe('又干');
		expect(phrase(lintConversion([simplified('盘金发说，衣服晒了又干。')], [{ hant: ['盤金發'], hans: '盘金发' }])[0])).toBe('又干');
		expect(phrase(lintConversion([simplified('-{zh-hans:钟;zh-hant:鍾}-说，衣服晒了又干。')], [])[0])).toBe('又干');
	});

	it("marks which of the sentence's characters it asks about, and asks about the form of a plain name, not whether it is one (trial-40)", () => {
		const [desk] = lintConversion([simplified('县人民医院把一楼的3台B超机、2台心电图机搬到了二楼，手术台、护士站台面都用塑料布盖好。')], []);
		expect(desk?.message).toContain('手术[台]、护士站台面');
		expect(lintConversion([simplified('衣服晒了又干。')], [])[0]?.message).toMatch(/：衣服晒了又干。$/);
		const [child] = lintConversion([simplified('4岁的钟小谷打完针哭了一会儿。')], []);
		expect(child?.message).not.toContain('未必是人名');
	});

	it('asks about a surname where names stand but a word took it', () => {
		const [problem] = lintConversion([simplified('余生华是县人民医院的医生。')], []);
		expect(problem?.message).toContain('選了「餘」');
		expect(problem?.message).toContain('也可能是「余」（姓氏）');
	});
});

describe('conversion lint: characters of the other script', () => {
	it('names the word and its fix in a Traditional article', () => {
		expect(lintConversion([{ file: 'a.md', text: '請居民錯峰前往，请居民配合。', script: 'zh-Hant' }], [])).toEqual([
			{ file: 'a.md', line: 1, severity: 'warning', message: '繁體文章裡的「请居民」有簡體字「请」', hint: '繁體版會印成「請居民」；請把原文改成「請居民」' },
		]);
	});

	it('names the word and its fix in a Simplified article', () => {
		const [problem] = lintConversion([simplified('请居民錯峰前往。')], []);
		expect(problem).toMatchObject({ line: 1, message: '簡體文章裡的「錯峰」有繁體字「錯」', hint: '簡體版會印成「错峰」；請把原文改成「错峰」' });
	});

	it('names the first 20 of an article, then how many more, and lives through 200,000 on one line', () => {
		// A Simplified page pasted into a Traditional article: the check died of "Maximum call stack size exceeded" (trial-44).
		const line = '请居民配合，'.repeat(100_000);
		const started = performance.now();
		const problems = lintConversion([{ file: 'a.md', text: `請居民錯峰前往。\n\n${line}`, script: 'zh-Hant' }], []);
		expect(performance.now() - started).toBeLessThan(20_000);
		expect(problems).toHaveLength(21);
		expect(problems[19]).toMatchObject({ line: 3, message: '繁體文章裡的「请居民」有簡體字「请」' });
		expect(problems[20]).toMatchObject({ line: 3, message: expect.stringMatching(/^這篇繁體文章從第 3 行起還有 \d+ 處簡體字$/) });
	}, 60_000);

	it('ignores code', () => {
		expect(lintConversion([{ file: 'a.md', text: '請看 `请` 與\n```\n请\n```', script: 'zh-Hant' }], [])).toEqual([]);
	});

	it('ignores what -{…}- marks, which each edition prints as written', () => {
		expect(lintConversion([{ file: 'a.md', text: '請下載-{zh-hans:软件;zh-hant:軟件}-，或到-{濱海街}-。', script: 'zh-Hant' }], [])).toEqual([]);
	});
});

describe('conversion lint: spellings of another regional standard', () => {
	it('are one spelling in an edition that writes one of them', () => {
		const taiwan = { file: 'tw.md', text: '區衛生署提醒，區衛生站和區衛生院。', script: 'zh-Hant' as const };
		const hongKong = ['區衞生署今日', '區衞生站開放', '區衞生院巡查', '區衞生處通知'].map((text, i) => ({
			file: `hk${i}.md`,
			text,
			script: 'zh-Hant' as const,
		}));
		expect(lintConversion([taiwan, ...hongKong], [], 'hk')).toEqual([]);
		expect(lintConversion([taiwan, ...hongKong], [], 'tw')).toEqual([]);
	});
});
