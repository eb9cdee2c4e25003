import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createConverter } from '../../src/convert/convert.ts';
import { choicesToReview, oncePerDocument, reviewedWord } from '../../src/convert/review.ts';
import { namesIn, type Choice } from '../../src/convert/to-traditional.ts';
import { projectRoot } from '../../scripts/lib/build-site.ts';

const convert = createConverter({ from: 'zh-Hans', to: 'zh-Hant', variant: 'tw', glossary: [] });

/** What the review list flags in a Simplified text, each as the character in brackets between its neighbours (地[面]粉). */
function flagged(text: string): string[] {
	const choices: Choice[] = [];
	convert(text, choices);
	return choicesToReview(choices, text).map(({ index }) => `${text[index - 1] ?? ''}[${text[index]}]${text[index + 1] ?? ''}`);
}

describe('review list: phrases that disagree', () => {
	it('asks where a phrase reaching in from a word start reads as well as the one chosen', () => {
		expect(flagged('用拖把清理桌面粉尘。')).toEqual(['桌[面]粉']);
		expect(flagged('已阴干部分药材。')).toEqual(['阴[干]部']);
	});

	it('leaves a phrase alone that would cut into the word before it', () => {
		expect(flagged('每户最多只能买两包。')).toEqual([]);
	});

	it('leaves a phrase alone that cuts into words at both ends, or whose other part is a localizer', () => {
		expect(flagged('把疫情控制作为当前的首要任务，防范非法集资平台风险。')).toEqual([]);
		expect(flagged('标签上印有生产日期，双方在视频会议上签订了协议。')).toEqual([]);
		expect(flagged('工作人员读取电表示数。')).toEqual(['电[表]示']);
	});

	it('trusts a name of three in a list of names where a word of two starts at its surname (游春兰、)', () => {
		expect(flagged('医疗卫生系统：钟立新、余海燕、卜建军、游春兰、万小平、肖红梅')).toEqual([]);
	});

	it('asks where a word starting at a surname reads as well as the name a role before it suggests', () => {
		expect(flagged('县卫健局副局长余裕后带队检查。')).toEqual(['长[余]裕']);
		// Where ICU reads that word, with no character alone after it, the rules take the word: nothing to ask.
		expect(flagged('超出执业医师范围开展诊疗属违法行为。')).toEqual([]);
	});

	it('asks about 台风 after 一, 这 or 每, which may be a typhoon or a machine', () => {
		expect(flagged('这台风刮了整整一夜。')).toEqual(['这[台]风']);
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
		expect(flagged('他在书上签。')).toEqual(['上[签]。']);
	});

	it('asks about the first character too where the second is a particle, which makes no word with it', () => {
		expect(flagged('湿衣服晾在外面，等太阳出来自然就干了。')).toEqual(['就[干]了']);
	});

	it('leaves it alone where the phrase writes the default and the default is no guess', () => {
		expect(flagged('对进出人员测温，口罩勒出了印痕。')).toEqual([]);
	});

	it('does not ask about the first character of the pair, which starts a word ICU does not know', () => {
		expect(flagged('家庭医生签约服务，志愿者自带干粮，3盒复方感冒药。')).toEqual([]);
	});

	it('asks about a word form of a character whose other forms live only in words (发) only where the pair may be a given name', () => {
		// After a surname that ICU reads alone, 长发 may be a given name (葉長發).
		expect(flagged('叶长发丝毫不敢懈怠。')).toEqual(['长[发]丝']);
		// ICU knows no 美发, 烫发, but after a word, a count or a list mark they are the words (美髮, 燙髮).
		expect(flagged('理发美发场所是本次检查的重点，另有2瓶烫发药水已过期，剪发、烫发都挤在一起。')).toEqual([]);
	});

	it('does not ask after 的, which opens the noun the pair makes rather than a word the first character could end', () => {
		expect(flagged('保障了封控区域群众的米面粮油供应，她剪短了留了多年的长发。')).toEqual([]);
		expect(flagged('为隔离户送去米面蔬菜。')).toEqual(['米[面]蔬']);
	});
});

describe('review list: fresh-29 and fresh-30', () => {
	it('does not ask about 准 ending a clause after a verb of aiming or judging (为准, 认准, 算准), 23 of 23 right in the set', () => {
		expect(flagged('具体以医院发布的信息为准。请认准追溯码，药量要算准。')).toEqual([]);
	});

	it('does not ask about 系 as a copula or in a word, 14 of 14 right where it asked (确系在外地感染)', () => {
		expect(flagged('经调查，该病例确系在外地感染，聚集性疫情确系家庭聚集。')).toEqual([]);
	});
});

describe('review list: fresh-28', () => {
	it('does not ask about a default inside a word ICU reads that no phrase writes otherwise (后面), only where it stands alone (这里/面)', () => {
		expect(flagged('我们在后面把保障做好。')).toEqual([]);
		expect(flagged('这里面记着每一个难忘的夜班。')).toEqual(['里[面]记']);
	});
});

describe('review list: fresh-27', () => {
	it('asks about a surname a default wrote otherwise before two characters of a given name ICU does not know (爱妻余秀兰是)', () => {
		expect(flagged('同志的爱妻余秀兰是原医院护士。')).toEqual(['妻[余]秀']);
		expect(flagged('会议于明天召开。')).toEqual([]);
	});

	it('does not ask about a surname a name rule wrote in a list of people with their villages in brackets (郁金里（西沟村）、)', () => {
		expect(flagged('干松林（山谷村）、郁金里（西沟村）、姜云发（干河村）')).toEqual([]);
	});
});

describe('review list: trial-33', () => {
	it('does not ask about a phrase ICU reads whole where the other phrase runs out of it into a word of grammar (控制/为主)', () => {
		expect(flagged('继续实施以传染源控制为主的综合防治策略。')).toEqual([]);
	});
});

describe('review list: a thing after 老 (fresh-26)', () => {
	it('does not ask about a surname that starts a word of the dictionaries written as a thing (老钟楼, 老钟表), but still about 老钟是', () => {
		expect(flagged('大会首先为复建的老钟楼揭幕，老钟楼随之拆除。')).toEqual([]);
		expect(flagged('老钟是个好人。')).toEqual(['老[钟]是']);
	});
});

describe('review list: surnames where names stand', () => {
	it('does not ask about a surname that the word writes as the surname anyway', () => {
		expect(flagged('周建新和队友们在武汉。')).toEqual([]);
		expect(flagged('余生华是县人民医院的医生。')).toEqual(['[余]生']);
	});

	it('does not ask about a character before 姓 or 姓名: the rules settle it', () => {
		expect(flagged('辖区内一周姓男子确诊。')).toEqual([]);
		expect(flagged('请填写其余姓名。')).toEqual([]);
		expect(flagged('第一周后复查。')).toEqual([]);
	});

	it('asks about a surname after a word for a person, unless speech settles it, a word starts there or it is the preposition 于', () => {
		// Where the rules find the name after the word for a person (a full name of three, even where ICU reads 生姜), nothing is asked.
		expect(flagged('大学生姜小雨放假回乡后加入了志愿服务队。')).toEqual([]);
		// 谷雨 is a word, but one more character standing alone after it makes a name of three.
		expect(flagged('村民谷雨生主动腾出了自家小楼。')).toEqual(['民[谷]雨']);
		expect(flagged('居民范志松表示支持。')).toEqual([]);
		expect(flagged('居民党员带头值守。')).toEqual([]);
		expect(flagged('该患者于近日出院。')).toEqual([]);
	});

	it('asks about a surname that only a default wrote otherwise in a span that reads as a name', () => {
		// After 和 joining it to a name, one or two characters before a word that follows a subject (把).
		expect(flagged('王阿婆和余桂花把自家种的菜送到了隔离点。')).toEqual(['和[余]桂']);
		// After a word for a person, where the rules leave 于 to the preposition.
		// A given name of two common characters settles the name there (退休工人于建华在): one less common is asked about.
		expect(flagged('退休工人于建华在社区义务理发。')).toEqual([]);
		expect(flagged('退休工人于建业在社区义务理发。')).toEqual(['人[于]建']);
	});

	it("asks about a given name's character that a phrase wrote otherwise in such a span", () => {
		// 金发 is 金髮 "blond"; in a name after 和, before 每, it is 發 (after a word for a person the rules settle it).
		expect(flagged('张大爷和刘金发每天都来。')).toEqual(['金[发]每']);
		// Where speech after it lets the rules find the name, they write 發: nothing to ask.
		expect(flagged('老人刘金发说，每天都来。')).toEqual([]);
	});

	it('asks where a word of manner or duty ends such a span (一起, 主动, 负责), and about a surname a default wrote before a title', () => {
		expect(flagged('张医生和余华一起为老人接种。')).toEqual(['和[余]华']);
		// After a word for a person the rules leave 于 before 主动 to the preposition; it may be the surname.
		expect(flagged('退休工人于建业主动报名当志愿者。')).toEqual(['人[于]建']);
		// The rules read 于 before a title and 处 as the preposition ("at the director's"); it may be the surname.
		expect(flagged('记者从县卫健局于局长处获悉。')).toEqual(['局[于]局']);
		// Not before a title of one character (见于老年人), nor where a word took the surname (由于主任 is asked as a doubt of its own).
		expect(flagged('该病多见于老年人，工作人员和余下的志愿者一起搬运。')).toEqual([]);
		// A span of grammar before the word is no name (余下的 … 一起).
		expect(flagged('队员们和余下的群众一起撤离。')).toEqual([]);
	});

	it('asks about a surname a default wrote otherwise where what follows reads only as a name ICU does not know', () => {
		// The clause holds nothing but the name; ICU reads the surname and the two after it as three words of one character.
		expect(flagged('主持人：钟丽；记录：余发。')).toEqual(['：[余]发']);
		expect(flagged('游建军牵着儿子参加了志愿服务。')).toEqual(['[游]建']);
		expect(flagged('余丽华的眼眶湿润了。')).toEqual(['[余]丽']);
	});

	it('does not take a noun and its localizer for a name of two (池里已有: 池 is also a surname, 里 a given name)', () => {
		expect(flagged('池里已有近百名游客。')).toEqual([]);
	});

	it('leaves that default alone before grammar, and 于 before a time or after a word for a person', () => {
		// Stop 43: asked only as the guess between 遊 and 游 that 游 standing alone is (swimming here), not as a name.
		expect(flagged('岸边的孩子和游在水里的鸭子。')).toEqual(['和[游]在']);
		expect(flagged('患者于凌晨3时被送医，该市民于次日返回住处。')).toEqual([]);
	});

	it('asks about 于 after a role that the rules left to the preposition, where it may still begin a name', () => {
		expect(flagged('网格员于检查中发现一名发热人员。')).toEqual(['员[于]检']);
		expect(flagged('摊主于德业因未办理健康证被责令整改，兽医于春水和防疫员一起采样。')).toEqual(['主[于]德', '医[于]春']);
		// Before a time, or where what follows ends the name, nothing is asked.
		expect(flagged('网格员于凌晨两点接到电话，快递员于小军主动配合。')).toEqual([]);
	});

	it('asks about 于 after a word for a person before speech where ICU reads the given name as one word', () => {
		expect(flagged('村民于德才说，水箱修好了。')).toEqual(['民[于]德']);
		// Where ICU reads the given name apart, the rules write the name: nothing to ask.
		expect(flagged('金矿采矿工人于长发介绍，现在粉尘少了。')).toEqual([]);
	});

	it("does not ask about a shop's name before 堂, which the rules write as given names", () => {
		expect(flagged('在永定路的“复春堂大药房”，检查人员发现问题。')).toEqual([]);
	});

	it('does not ask about a name of three that a list goes on after, though a word starts at its surname', () => {
		expect(flagged('药品科科长范文松、稽查支队副支队长游志刚分别负责。')).toEqual([]);
	});

	it('asks about a surname a default wrote otherwise in a span that a household (家中, 家的) ends', () => {
		// A name of two (a name of three before a household the rules settle: 村民于德贵家的).
		expect(flagged('村民于德家的三只羊死亡。')).toEqual(['民[于]德']);
		// 家中 right after 于 is the preposition's place, not a household.
		expect(flagged('该患者于家中隔离。')).toEqual([]);
	});

	it('asks about 于 written as the surname before a title where nothing before it starts a name, not after a unit or 的', () => {
		expect(flagged('有关材料已存放于局长办公室。')).toEqual(['放[于]局']);
		expect(flagged('卫健委的于科长说，呼吸内科于主任介绍。')).toEqual([]);
	});

	it('leaves that default alone before a time, or where grammar ends the span (于当天, 余下的)', () => {
		expect(flagged('患者于当天在医院复查。')).toEqual([]);
		expect(flagged('村民和余下的志愿者一起搬运物资。')).toEqual([]);
	});

	it('does not ask about a word for a person after 老 or before a title (老党员, 党员王大爷)', () => {
		expect(flagged('这位老党员主动捐款。')).toEqual([]);
		expect(flagged('老党员王大爷说，要带头接种。')).toEqual([]);
		expect(flagged('老周一早就赶到村口。')).toEqual(['老[周]一']);
	});

	it('asks about a list of names, not a list of words', () => {
		expect(flagged('每周一、周三、周五开放。')).toEqual([]);
		// An item that starts with no surname (当归) makes it a list of things: 党参 is the herb.
		expect(flagged('随机抽取了党参、黄芪、当归等药材。')).toEqual([]);
	});

	it('asks about a name found by 老 or 小 alone where the other form is a thing, unless speech follows', () => {
		expect(flagged('祠堂里那口老钟是清代留下的。')).toEqual(['老[钟]是']);
		expect(flagged('老钟说，村里已完成排查。')).toEqual([]);
		expect(flagged('老余是村里的网格员。')).toEqual([]);
	});
});

describe('review list: forms that count', () => {
	it('asks where a count stands before the character', () => {
		expect(flagged('抽检的鸡鸭中，5只有异常症状。')).toEqual(['5[只]有']);
		// After 其中 the count picks out some of what was counted (stop 45): the measure word, settled.
		expect(flagged('其中5只有异常症状。')).toEqual([]);
	});

	it('asks where a phrase took a character between a count and what its form counts', () => {
		expect(flagged('这出新编京剧以抗疫为主题。')).toEqual(['这[出]新']);
	});

	it('asks about a default that ICU reads alone after a count, even with no noun it knows after it', () => {
		expect(flagged('剧团为村民演了这出花灯。')).toEqual(['这[出]花']);
	});

	it('leaves the default alone where no count stands, or nothing it counts follows', () => {
		expect(flagged('所有小区只保留一个出入口。')).toEqual([]);
		expect(flagged('他一出现症状就报告了。')).toEqual([]);
		expect(flagged('他一出门就戴上口罩。')).toEqual([]);
	});
});

describe('review list: localizers after a word for a place', () => {
	it('asks where a phrase wrote 里 after a place word otherwise than the localizer 裡', () => {
		expect(flagged('他一心回报乡里。')).toEqual(['乡[里]。']);
	});

	it('leaves alone 里 written as the localizer, and a place name that a rule settled', () => {
		expect(flagged('村里组织了排查，湖里区也开展了排查。')).toEqual([]);
	});
});

describe('review list: defaults', () => {
	it('asks about 托 standing alone, which may be 託 (entrust)', () => {
		expect(flagged('她托邻居的孩子买药。')).toEqual(['她[托]邻']);
		expect(flagged('托育机构要做好晨检。')).toEqual([]);
	});

	it('asks about 松 standing alone as a default, not where a name writes the same (于德松领到, 万松农贸市场)', () => {
		expect(flagged('绳子松了。')).toEqual(['子[松]了']);
		expect(flagged('万松农贸市场的禽贩魏德松领到补偿款。')).toEqual([]);
		expect(flagged('大沥镇松岗村一名村民发病。')).toEqual([]);
	});

	it('leaves alone a character whose other forms live only inside words', () => {
		expect(flagged('县发改部门加强监管，叶其发主持召开会议。')).toEqual([]);
		expect(flagged('各检查组实行组长负责制。')).toEqual([]);
		expect(flagged('每个人只需填一张表。')).toEqual([]);
	});
});

describe('review list: 干的 of OpenCC where someone may have done it (round conv-13)', () => {
	it('asks where nothing before 干的 dries', () => {
		expect(flagged('工人们干的都是重活。')).toEqual(['们[干]的']);
	});

	it('leaves alone 干的 after a way of drying or a thing that dries, and 干的 after a pronoun, which a rule settles', () => {
		expect(flagged('把晒干的笋装好，衣服干的时候再收。')).toEqual([]);
		expect(flagged('我们干的就是良心活。')).toEqual([]);
	});
});

describe('review list: classes of round conv-17', () => {
	it('asks where a phrase wrote a character otherwise than in the 、-list item of one word right before', () => {
		// Stop 43: 假发、发片 is settled by the rule for a wig's hair (髮片) and no longer asked about; the list's question stays.
		expect(flagged('抽检面粉、面膜。')).toEqual(['、[面]膜']);
	});

	it('leaves alone list items written alike, and longer items that share a character in different words', () => {
		expect(flagged('店内出售头发、发型用品，抽检了面粉、面条、挂面。')).toEqual([]);
		expect(flagged('重点检查信息系统、联系电话和值班表。')).toEqual([]);
	});

	it('asks about a surname a phrase wrote otherwise where ICU reads three words of one character and a subject word ends them', () => {
		expect(flagged('干红梅在社区卫生服务站工作了18年。')).toEqual(['[干]红']);
	});

	it('leaves alone such a phrase before a place suffix or where no name of three ends', () => {
		expect(flagged('余杭区在高校设置了检测点，干红在常温下保存即可。')).toEqual([]);
	});

	it('asks about 于 after a word for a person before one character that ICU reads alone and more than a localizer', () => {
		expect(flagged('产妇于莉产后出现情绪低落。')).toEqual(['妇[于]莉']);
		expect(flagged('返乡大学生于晓蔓在卡口负责登记。')).toEqual(['生[于]晓']);
	});

	it('leaves alone 于 after a person before a time, a place ICU reads as a word, or a localizer', () => {
		expect(flagged('患者于家中隔离，该居民于近日返乡，村民于村口等候，患者于此前已出现发热。')).toEqual([]);
	});
});

describe('review list: classes of round conv-18', () => {
	it("asks about a given name's 谷 beside 丰 or 雨, which names write 谷 or 穀 (余谷丰: 余穀豐?), not elsewhere (钟秋谷)", () => {
		expect(flagged('主任医师余谷丰介绍，感染科主任钟秋谷说。')).toEqual(['余[谷]丰']);
	});

	it('has nothing to ask about 于 after a word for a person before a name, 的 and a relative, which the rules now write (conv-19)', () => {
		expect(flagged('村民于海松的妻子前来登记。')).toEqual([]);
	});

	it('leaves alone 于 before a place or a time and 的 (患者于医院的家属, 患者于近日的家长会)', () => {
		expect(flagged('患者于医院的家属休息区等候，患者于近日的家长会上发言。')).toEqual([]);
	});

	it('leaves alone the surname 谷 and 谷 in words', () => {
		expect(flagged('队长谷志强带领队员，于洪波、谷丽娜报道，村民在晒谷场上晒稻谷。')).toEqual([]);
	});
});

describe('review list: once per word and document (conv-19)', () => {
	/** The questions of a text of several lines, each as the word's character in brackets with how many more times it stands. */
	function asked(text: string): string[] {
		const flags = text.split('\n').flatMap((line) => {
			const choices: Choice[] = [];
			convert(line, choices);
			return choicesToReview(choices, line).map((choice) => ({ choice, text: line }));
		});
		return oncePerDocument(flags).map(
			({ choice: { index }, text, repeats }) => `${text[index - 1] ?? ''}[${text[index]}]${text[index + 1] ?? ''}+${repeats.length}`,
		);
	}

	it('asks about a word written the same way once, at its first occurrence, with the later ones counted', () => {
		expect(asked('村民钟谷雨从医学院毕业。\n“总得有人守。”钟谷雨说。\n主任医师余谷丰介绍。')).toEqual(['钟[谷]雨+1', '余[谷]丰+0']);
	});

	it('asks about a name twice written alike once, whatever follows it (党金谷的, 党金谷说)', () => {
		const guess = (text: string, index: number) =>
			reviewedWord(text, { index, source: '谷', chosen: '谷', forms: ['谷', '穀'], settledBy: 'rule', doubt: 'context' });
		expect(guess('村民党金谷的妻子难产', 4)).toEqual({ start: 2, end: 5 });
		expect(guess('如今已七十多岁的党金谷说起这事', 10)).toEqual({ start: 8, end: 11 });
		// Not from a word of grammar that is also a surname: 和 + 钟谷雨.
		expect(guess('他和钟谷雨一起值守', 3)).toEqual({ start: 2, end: 5 });
	});

	it('asks again about a different name, and about a surname by the name it may begin', () => {
		expect(asked('返乡大学生于晓蔓在卡口负责登记。\n返乡大学生于晓蕙在卡口负责登记。')).toEqual(['生[于]晓+0', '生[于]晓+0']);
		expect(reviewedWord('村民于海松的妻子', { index: 2, source: '于', chosen: '於', forms: ['於', '于'], settledBy: 'default', doubt: 'context' })).toEqual({
			start: 2,
			end: 5,
		});
	});
});

describe('review list: a default that writes the surname form where a name stands (conv-19)', () => {
	it('leaves alone 台 written 臺 after a role or as a name a 、 closes', () => {
		expect(flagged('县卫生健康局副局长台建华、护士长台玉芬专程赶来。')).toEqual([]);
		expect(flagged('通讯员：台丽丽、王芳')).toEqual([]);
	});

	it('still asks about 台 standing alone elsewhere (设台登记; 设台咨询 is settled since conv-20)', () => {
		expect(flagged('在集市和企业门口设台登记。')).toEqual(['设[台]登']);
	});
});

describe('review list: a surname written otherwise before two characters of a name and speech (conv-20)', () => {
	it('asks wherever the name stands, after words for people that no list holds', () => {
		expect(flagged('老艺人余长松说，要保护好手艺。')).toEqual(['人[余]长']);
		expect(flagged('网红范松发表示，愿意帮忙宣传。')).toEqual(['红[范]松']);
	});

	it('does not ask where a word runs into the surname, or a pronoun follows it (其余同志说, 剩余他说)', () => {
		expect(flagged('其余同志说，要坚持。')).toEqual([]);
		expect(flagged('剩余他说的都对。')).toEqual([]);
	});
});

describe('review list: right choices settled or left alone on the typical reports (conv-21)', () => {
	it('leaves alone a word ICU reads whole that a phrase over a word of grammar before it cuts (在台 against 台风)', () => {
		expect(flagged('部分渔民在台风中受了惊吓。')).toEqual([]);
		expect(flagged('均在台风登陆前整改完毕。')).toEqual([]);
		// A longer phrase (台风季) that ICU reads as a shorter word (台风) and another (季).
		expect(flagged('两地在台风季的信息互通更加顺畅。')).toEqual([]);
		// A noun before still makes a word with it: 电表 against 表示.
		expect(flagged('工作人员读取电表示数。')).toEqual(['电[表]示']);
	});

	it('leaves alone a default that starts a word ICU reads (松谷 in a list of firms)', () => {
		expect(flagged('丰源石材、松谷轴承等5家企业获评健康企业。')).toEqual([]);
	});

	it('settles 干 drained before 了, 标签 and 复核', () => {
		expect(flagged('一趟下来人就像被抽干了。')).toEqual([]);
		expect(flagged('斗柜上的标签字迹也已模糊不清。')).toEqual([]);
		expect(flagged('对阳性者全部落实粪检复核。')).toEqual([]);
		expect(convert('一趟下来人就像被抽干了，标签字迹模糊，粪检复核')).toBe('一趟下來人就像被抽乾了，標籤字跡模糊，糞檢複核');
	});

	it('keeps 干了 after 抽空, 签字 after 目标, 复 after 恢复 and 反复', () => {
		expect(convert('他抽空干了一上午活，目标签字仪式，恢复检查，反复检查')).toBe('他抽空幹了一上午活，目標簽字儀式，恢復檢查，反覆檢查');
	});
});

describe('review list: round conv-23', () => {
	it('takes a verb of coming or seeing after a name of three as its end (主任余里松前往)', () => {
		expect(flagged('主任余里松前往卫生院看望医护人员。')).toEqual([]);
		expect(flagged('县长于里谷到现场看望受灾群众。')).toEqual([]);
	});

	it('still asks where a time or a place may stand after 于 (局长于现场看望, 书记于丰年到)', () => {
		expect(flagged('局长于现场看望受灾群众。')).toEqual(['长[于]现']);
		expect(flagged('书记于丰年到村里走访慰问。')).toEqual(['记[于]丰']);
	});

	it('asks nothing of the first of a list of offices (党建办、宣传办)', () => {
		expect(flagged('党建办、宣传办负责，支部书记和党建办、宣传办。')).toEqual([]);
		expect(flagged('余丽华的眼眶湿润了。')).toEqual(['[余]丽']);
	});
});

describe('review list: round conv-24', () => {
	it('asks about a surname written otherwise after a role the rules do not list but whose end makes one (社工, 片警, 厂医)', () => {
		// conv-25 listed 社工 and 片警, whose names the rules now settle; 协警 and 技工 are still unlisted.
		expect(flagged('协警游里平每周上门，技工党建华说')).toEqual(['警[游]里', '工[党]建']);
		expect(flagged('社工游里平每周上门，片警党建华说')).toEqual([]);
		expect(flagged('厂医于松林为工人体检。')).toEqual(['医[于]松']);
	});

	it('asks about a surname that a phrase across a listed role wrote otherwise (理疗师范里松为: 师范)', () => {
		expect(flagged('理疗师范里松为老人做了针灸。')).toEqual(['师[范]里', '范[里]松']);
	});

	it('asks nothing where the role is followed by grammar or a time (社工于是, 厂医于次日, 师范学校)', () => {
		expect(flagged('师范学校的社工于是决定，厂医于次日复查。')).toEqual([]);
	});
});

describe('review list: round conv-27', () => {
	it('asks about 后 where only a name stands: in a list of names, a cell, after a role (the rare surname 后)', () => {
		expect(flagged('叶复生、占松、后志、朴发、刘明')).toEqual(['、[后]志']);
		// Stop 42 (fresh-146): a cell's name whose second given character has a name form of its own is settled, not asked about.
		expect(flagged('| 口腔科 | 后云里 | 主治医师 |')).toEqual([]);
		expect(convert('| 口腔科 | 后云里 | 主治医师 |')).toBe('| 口腔科 | 后雲里 | 主治醫師 |');
	});

	it('asks nothing where a role before 后 and a list’s mark or a cell’s end after the name settle it (stop 39: 护士长后秋云、, 值班人员：后文斌 , a table’s cell)', () => {
		expect(convert('护士长后秋云、护士长钟秀')).toBe('護士長后秋雲、護士長鍾秀');
		expect(flagged('护士长后秋云、护士长钟秀')).toEqual([]);
		expect(convert('值班人员：后文斌 张彩云')).toBe('值班人員：后文斌 張彩雲');
		expect(flagged('值班人员：后文斌 张彩云')).toEqual([]);
		expect(convert('72\t后淑梅\t女\t东升乡福兴村卫生室')).toBe('72\t后淑梅\t女\t東升鄉福興村衛生室');
		expect(flagged('72\t后淑梅\t女\t东升乡福兴村卫生室')).toEqual([]);
	});

	it('asks nothing of 后 in words or before what no name has (主任后来说, | 后厨 |, 审核后订正)', () => {
		expect(flagged('他担任院长后多次下乡，主任后来说，医生后续跟进')).toEqual([]);
		expect(flagged('| 7 | 后厨 |，经审核后订正')).toEqual([]);
	});
});

describe('review list: round conv-33', () => {
	it('asks about 后 before two characters of given names after a role or a word for a person, and settles it before a title and in a row pasted with spaces', () => {
		// Stop 44: a worker named by a word in 员 before a duty (统一) now settles the name, so nothing is left to ask.
		expect(flagged('每天下班前由店员后春兰统一整理')).toEqual([]);
		expect(flagged('每天下班前由店员后来统一整理')).toEqual([]);
		// fresh-102: a name of two given names after a word for a person before 在 is settled, not asked about (煎药工后红英在).
		expect(flagged('钱东镇的志愿者后振发在人群里捡到')).toEqual([]);
		expect(convert('钱东镇的志愿者后振发在人群里捡到')).toBe('錢東鎮的志願者后振發在人群裡撿到');
		// Stop 42 (fresh-142): before 同志, where only a person stands, the name is settled rather than asked about.
		expect(flagged('后秀兰同志在预防接种门诊')).toEqual([]);
		expect(convert('后秀兰同志在预防接种门诊')).toBe('后秀蘭同志在預防接種門診');
		// Stop 46 (fresh-205): a cell of a row pasted with single spaces settles the name too.
		expect(flagged('9 后秀兰 女 二十里店镇卫生院 护士')).toEqual([]);
		expect(convert('9 后秀兰 女 二十里店镇卫生院 护士')).toBe('9 后秀蘭 女 二十里店鎮衛生院 護士');
	});

	it('asks nothing of 后 after a role where a word starts at it (医务人员后续跟进, 工作人员后期康复)', () => {
		expect(flagged('医务人员后续跟进，工作人员后期康复，担任院长后多次')).toEqual([]);
	});
});

describe('review list: round conv-35', () => {
	it('asks about 后 after a department in a roster', () => {
		expect(flagged('内科李发明 外科后永强 儿科范晓松')).toEqual(['科[后]永']);
	});

	it('names the name 后 may begin in the fix, not the word before it (外科后永强 → 后永强)', () => {
		const text = '内科李发明 外科后永强 儿科范晓松';
		const index = text.indexOf('后');
		expect(reviewedWord(text, { index, source: '后', chosen: '後', forms: ['後', '后'], settledBy: 'default', doubt: 'context' })).toEqual({
			start: index,
			end: index + 3,
		});
	});

	it('asks nothing of 后 after a colon before what no name has, or in words after a department (时间：后天上午, 外科后续随访)', () => {
		expect(flagged('时间：后天上午，外科后续随访')).toEqual([]);
	});
});

describe('review list: stop 43', () => {
	it('asks about 后 after the label of those answerable in a plan, before a post in brackets', () => {
		expect(flagged('巡查责任人：后德顺（护库员）')).toEqual(['：[后]德']);
	});

	it('asks about 游 where a phrase of two words that ICU reads apart wrote it 遊, as in a place name (海游港, where the town writes 游)', () => {
		expect(flagged('经人民路、广场路、海游港大桥，沿滨海大道向南。')).toEqual(['海[游]港']);
		expect(flagged('不少游客到景区旅游，孩子们学游泳。')).toEqual([]);
	});

	it('asks about 里 written "in" that stands alone before a lane, a market or a house number, as the name of a neighbourhood ends', () => {
		expect(flagged('记者去了中阳里三巷的谷大爷家，途经仁里集、胡官屯。')).toEqual(['阳[里]三', '仁[里]集']);
		expect(flagged('村里一带的居民，家里街坊都来了，城里街道上人很多。')).toEqual([]);
	});
});

describe('review list: stop 44', () => {
	it('asks about 里 written "in" before a neighbourhood market, where ICU reads 里 into the market (新港 + 里菜 + 市场)', () => {
		expect(flagged('小郑粉面店\t新港里菜市场东侧\t郑秀丰')).toEqual(['港[里]菜']);
		expect(flagged('家里菜市场买的菜，镇里市场监管所来人了。')).toEqual([]);
	});
});

describe('review list: asking leaves the converter as it was (stop 39)', () => {
	// The review and the build convert in one process (`npm run check` and the dev server's check): state a question
	// leaves behind in a shared pattern must not change what a later conversion writes. Every third typical bulletin in
	// the order of their names (stop 47: all of them, about 870 and a dozen more each round, took half a minute of CI),
	// converted alone and right after the review list has asked about it.
	const folder = `${projectRoot}/test/fixtures/conversion/typical`;
	const texts = readdirSync(folder)
		.filter((file) => file.endsWith('.txt') && !file.endsWith('.tw.txt'))
		.sort()
		.filter((_, index) => index % 3 === 0)
		.map((file) => readFileSync(`${folder}/${file}`, 'utf8'));
	const convert = (text: string) => {
		const converter = createConverter({ from: 'zh-Hans', to: 'zh-Hant', variant: 'tw', glossary: [], names: namesIn(text) });
		return text.split('\n').map((line) => converter(line));
	};
	const review = (text: string) => {
		const names = namesIn(text);
		for (const line of text.split('\n')) {
			const choices: Choice[] = [];
			createConverter({ from: 'zh-Hans', to: 'zh-Hant', variant: 'tw', glossary: [], names })(line, choices);
			choicesToReview(choices, line);
		}
	};

	it('converts every bulletin the same way right after the review has asked about it', { timeout: 120_000 }, () => {
		const before = texts.map(convert);
		const after = texts.map((text) => (review(text), convert(text)));
		expect(after).toEqual(before);
	});
});
