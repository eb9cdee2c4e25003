import { describe, expect, it } from 'vitest';
import { createConverter } from '../../src/convert/convert.ts';
import { choicesToReview } from '../../src/convert/review.ts';
import type { Choice } from '../../src/convert/to-traditional.ts';

const convert = createConverter({ from: 'zh-Hans', to: 'zh-Hant', variant: 'tw', glossary: [] });

/** What the review list flags in a Simplified text, each as the character in brackets between its neighbours (地[面]粉). */
function flagged(text: string): string[] {
	const choices: Choice[] = [];
	convert(text, choices);
	return choicesToReview(choices, text).map(({ index }) => `${text[index - 1] ?? ''}[${text[index]}]${text[index + 1] ?? ''}`);
}

describe('review list: phrases that disagree', () => {
	it('asks where a phrase reaching in from a word start reads as well as the one chosen', () => {
		expect(flagged('消杀人员用湿拖把清理地面粉尘。')).toEqual(['地[面]粉']);
		expect(flagged('受灾农户已晒干部分稻谷。')).toEqual(['晒[干]部']);
	});

	it('leaves a phrase alone that would cut into the word before it', () => {
		expect(flagged('每户最多只能买两包。')).toEqual([]);
	});

	it('asks where a word starting at a surname reads as well as the name a role before it suggests', () => {
		expect(flagged('超出执业医师范围开展诊疗属违法行为。')).toEqual(['师[范]围']);
	});

	it('trusts a name that a title or speech ends, and a count', () => {
		expect(flagged('周一鸣主任强调，要做好防控。')).toEqual([]);
		expect(flagged('妇幼保健院护士长谷雨说，准妈妈们要按时产检。')).toEqual([]);
		expect(flagged('车间新安装了两台风机。')).toEqual([]);
	});
});

describe('review list: a phrase that ICU reads as two words', () => {
	it('asks where the phrase writes something other than the default, or the default is a guess', () => {
		expect(flagged('衣服晒了又干。')).toEqual(['又[干]。']);
		expect(flagged('她在请战书上签下名字。')).toEqual(['上[签]下']);
	});

	it('leaves it alone where the phrase writes the default and the default is no guess', () => {
		expect(flagged('对进出人员测温，口罩勒出了印痕。')).toEqual([]);
	});
});

describe('review list: surnames where names stand', () => {
	it('does not ask about a surname that the word writes as the surname anyway', () => {
		expect(flagged('周建新和队友们在武汉。')).toEqual([]);
		expect(flagged('余生华是县人民医院的医生。')).toEqual(['[余]生']);
	});

	it('asks about a character before 姓, whatever settled it', () => {
		expect(flagged('辖区内一周姓男子确诊。')).toEqual(['一[周]姓']);
		expect(flagged('第一周后复查。')).toEqual([]);
	});

	it('asks about a surname after a word for a person, unless a word starts there or it is the preposition 于', () => {
		// 松 is asked about as well: left to its default, it may be 鬆 (loose).
		expect(flagged('居民范志松表示支持。')).toEqual(['民[范]志', '志[松]表']);
		expect(flagged('居民党员带头值守。')).toEqual([]);
		expect(flagged('该患者于近日出院。')).toEqual([]);
	});

	it('asks about a name found by 老 or 小 alone where the other form is a thing, unless speech follows', () => {
		expect(flagged('祠堂里那口老钟是清代留下的。')).toEqual(['老[钟]是']);
		expect(flagged('老钟说，村里已完成排查。')).toEqual([]);
		expect(flagged('老余是村里的网格员。')).toEqual([]);
	});
});

describe('review list: forms that count', () => {
	it('asks where a count stands before the character', () => {
		expect(flagged('变成一只只合格的口罩。')).toEqual(['只[只]合']);
		expect(flagged('县剧团送来三出传统戏曲。')).toEqual(['三[出]传']);
		expect(flagged('预计下周到货安装。')).toEqual(['下[周]到']);
	});

	it('asks where a phrase took a character between a count and what its form counts', () => {
		expect(flagged('这出新编京剧以抗疫为主题。')).toEqual(['这[出]新']);
	});

	it('leaves the default alone where no count stands, or nothing it counts follows', () => {
		expect(flagged('所有小区只保留一个出入口。')).toEqual([]);
		expect(flagged('他一出现症状就报告了。')).toEqual([]);
	});
});

describe('review list: defaults', () => {
	it('leaves alone a character whose other forms live only inside words', () => {
		expect(flagged('县发改部门加强监管，叶其发主持召开会议。')).toEqual([]);
	});
});
