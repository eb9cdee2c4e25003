import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { once, simplifiedTables } from './opencc-tables.ts';
import type { PhraseTrie } from './phrase-trie.ts';
import type { TextWords } from './word-boundaries.ts';

/** Path of the names data the name rules read. */
const NAMES_FILE = 'src/convert/data/names.yaml';

interface NameData {
	surnameForms: Map<string, string>;
	/** The surnames as character codes, for scanning text without making a string of each character. */
	surnameCodes: Set<number>;
	/** The characters with a name form of their own (surname, given name or place), as codes. */
	nameFormCodes: Set<number>;
	givenForms: Map<string, string>;
	placeForms: Map<string, string>;
	/** Place forms of characters that take them only where they end the name (新干县, 沙涌村), not where they head it (干沟村, 涌泉镇). */
	placeEndForms: Map<string, string>;
	surnames: Set<string>;
	after: RegExp;
	/** The same, sticky: a title right at `lastIndex`. */
	afterAt: RegExp;
	/** Words after a name that only follow a person (同志, 先生), unlike titles that also follow an office (党委书记). */
	addressed: Set<string>;
	/** Of those, the ones said of one person that follow nothing but a name (同志, 先生), unlike 老师 after 周末. */
	nameOnly: Set<string>;
	/** Roles of `before` that also name a field before its nouns (会计余额): no word may start at the surname after them. */
	nounRoles: Set<string>;
	before: RegExp;
	beforeAt: RegExp;
	verbs: string[];
	/** The verbs of speech among them: only a person speaks, where 是 and 系 also follow things. */
	speech: string[];
	/** Words for people that a name often follows without proving one (居民, 司机). */
	people: string[];
	/** Surnames whose other form begins many words that no dictionary lists (党建, 党风, 党课), each with the characters after it that make them. */
	wordStarts: Map<string, string>;
	/** Their last characters as codes: most surnames follow none of them, and the words need not be compared. */
	peopleEnds: Set<number>;
	places: RegExp;
	/** A surname of several forms, 家, at most one more character and a word for a village (余家湾, 于家村), sticky: read with familyPlaceAt. */
	familyPlace: RegExp;
	/** 记 and a shop after it (记面馆, 记老字号粮油), sticky: what follows a family's name in a shop's name. */
	shopAfterRecord: RegExp;
	/** A title of `before` or `after` that ends a text (…家庭医生, …村医), to read a role in parentheses. */
	roleAtEnd: RegExp;
	/** Given names' characters whose form in a name is a guess beside the characters given (谷 beside 丰 or 雨: 余穀豐 or 范谷丰). */
	givenGuess: Map<string, string>;
	/** Characters common in given names that start no place, time or occasion a preposition takes (德, 松, 丽, 云), as codes. */
	givenCharacters: Set<number>;
	/** Surnames whose other form is a thing that can be old or small (钟: 鐘 a bell or clock), so 老钟 may be an old bell. */
	things: Set<string>;
	/** Verbs of acting that follow a person named without a title (由范松林担任, 于丰收走进). */
	acts: string[];
	/** A place or a unit that ends right before 的, so that a person of it may follow (疾控中心的, 岳阳市的). */
	unitEnds: RegExp;
}

const alternation = (words: string[]) => new RegExp([...words].sort((a, b) => b.length - a.length).join('|'), 'g');

/** Surnames, name forms and the words that mark names, from src/convert/data/names.yaml. */
export const nameData = once((): NameData => {
	const data = parse(readFileSync(resolve(process.cwd(), NAMES_FILE), 'utf8')) as Record<string, unknown>;
	const forms = (key: string) => new Map(Object.entries(data[key] as Record<string, string>));
	const codes = (chars: Iterable<string>) => new Set([...chars].map((char) => char.charCodeAt(0)));
	return {
		nameFormCodes: codes(['surnameForms', 'givenForms', 'placeForms', 'placeEndForms'].flatMap((key) => Object.keys(data[key] as object))),
		surnameForms: forms('surnameForms'),
		givenForms: forms('givenForms'),
		placeForms: forms('placeForms'),
		placeEndForms: forms('placeEndForms'),
		surnames: new Set(data.surnames as string),
		surnameCodes: codes(data.surnames as string),
		after: alternation(data.after as string[]),
		afterAt: new RegExp(alternation(data.after as string[]).source, 'y'),
		addressed: new Set(data.addressed as string[]),
		nameOnly: new Set(data.nameOnly as string[]),
		nounRoles: new Set(data.nounRoles as string[]),
		before: alternation(data.before as string[]),
		beforeAt: new RegExp(alternation(data.before as string[]).source, 'y'),
		verbs: data.verbs as string[],
		speech: (data.verbs as string[]).filter((verb) => verb !== '是' && verb !== '系'),
		people: data.people as string[],
		wordStarts: forms('wordStarts'),
		peopleEnds: codes((data.people as string[]).map((word) => word.at(-1)!)),
		places: alternation(data.places as string[]),
		acts: data.acts as string[],
		givenGuess: forms('givenGuess'),
		givenCharacters: codes(data.givenCharacters as string),
		things: new Set(data.things as string[]),
		unitEnds: new RegExp(`(?:${(data.units as string[]).join('|')})$`),
		roleAtEnd: new RegExp(`(?:${alternation(data.before as string[]).source}|${alternation(data.after as string[]).source})$`),
		shopAfterRecord: new RegExp(`记[\u3400-\u9fff]{0,2}?(?:${(data.shops as string[]).join('|')})`, 'y'),
		familyPlace: new RegExp(
			`[${Object.keys(data.surnameForms as object).join('')}](?=氏|记[\u3400-\u9fff]{0,2}?(?:${(data.shops as string[]).join('|')})|家[\u3400-\u9fff]?(?:${(data.villages as string[]).join('|')})|[${(data.hamlets as string[]).join('')}](?:村|镇|乡|社区)|[${(data.houses as string[]).join('')}](?:村|组|小学|、[\u3400-\u9fff]{1,2}[${(data.houses as string[]).join('')}、]))`,
			'y',
		),
	};
});

const NUMBER = '[0-9０-９〇零一二三四五六七八九十百千万两几数半]';
// Counts settle three characters: 后 after a span of time is 後 (3天后, 两周后, 半个月后; 天后 alone is a goddess),
// 周 counted or ordered is a week 週 (两周, 第2周), 只 after a number is the measure word 隻 (5000只口罩, 12只羊), and
// 余 after a number is "more than" 餘 (十余名, 3000余瓶).
// Not 天后宫, the temple of the sea goddess (农历三月廿三天后宫庙会; fresh-34).
// Each count rule's pattern starts at the character it settles and looks behind for the count: V8 scans for a literal
// first character quickly and tries a leading character class at every offset, four times slower over a text.
const TIME_AFTER = new RegExp(`后(?<=${NUMBER}[余来多]?个?多?(?:天|日|周|星期|年|个月|月|小时|钟头|分钟|秒钟|秒)后)(?!宫)`, 'g');
// 后 after a sum of money is "after" (放下500元后转身离开), never OpenCC's 元后 "empress of the Yuan".
const AMOUNT_AFTER = new RegExp(`${NUMBER}+[万千百]?[元块]后`, 'g');
const ORDINAL_WEEK = new RegExp(`第${NUMBER}+周`, 'g');
// Stop 45 (fresh-181): the second day of a range of weekdays (周四至周日为所长): no surname starts the day after 至.
const WEEKDAY_RANGE = /周(?<=周[一二三四五六日天]至周)(?=[一二三四五六日天])/g;
// What 周 starts that is no week (周边, 周围, 周岁, 四周到处, 周全 "thorough"; but 两周全县 and 本周全市 are weeks over a place).
const NOT_A_WEEK = '(?![边围遭密岁年]|全(?![县市区省镇乡国体部球])|到处)';
const WEEKS = new RegExp(`周(?<=${NUMBER}[余来多]?个?周)${NOT_A_WEEK}`, 'g');
// Words of duration that make the count after them one of weeks, even one the dictionary reads otherwise (连续四周), and 每
// "every" (每四周一次; fresh-81) and the last or next few (近两周, 过去两周; fresh-84): the surroundings are not counted so.
// Stop 43 (fresh-156): and the least, the most or the gap a schedule allows (第一剂打完后最少四周, 间隔四周).
// Stop 44 (fresh-173): and a total (共四周, 一共两周).
// Stop 46 (fresh-202): also with 约 or 大约 between (间隔约四周).
// Stop 47 (fresh-218): and the first few of a plan (从前四周的训练中恢复过来), not the surroundings in front of a building (门前四周).
const DURATION_BEFORE = /(?:连续|持续|累计|长达|每|近|最近|过去|未来|最少|至少|最多|间隔|相隔|超过|不少于|不超过|共|(?<![门房屋楼院窗床台])前)(?:约|大约)?$/;
// 周 pointed at (上周, 下周, 本周, 这周, 每周, 当周, 逐周 "week by week"; trial-45) is a week 週 where the pointer starts a word, whether ICU reads the two as
// one (每周一) or the pointer alone (下 + 周到货, where 周到 "thoughtful" is no reading); not where the pointer ends a
// word (会上 + 周书记, 路上 + 周边, 应当 + 周密).
const NAMED_WEEK = new RegExp(`[上下本这那每当各逐]周${NOT_A_WEEK}`, 'g');
// 按周 before a duty's rhythm is "by the week" (按周轮班, 按周排班; fresh-38); 按周期 is a cycle.
// Stop 45 (fresh-176): so before whom it is reported to (按周向县疾控中心报计划, 按周上报); 按周边 and 按周密 are other words.
// Stop 46 (fresh-202): and in brackets after a table's title (排班表（按周）).
const BY_THE_WEEK = /周(?<=按周)(?=[轮排计结统发汇报]|向|上报|[）)])/g;
// 周 ending the name of a week of events before a quotation mark or a pause ("防溺水安全教育周", 爱牙宣传周期间 is no such
// end) is a week 週; a name after 宣传 or 教育 goes on with its given name (fresh-45).
// fresh-91: so is a week the world or the nation keeps (“世界母乳喂养周”, 全民营养周).
// Stop 43 (fresh-154): also before what is said of the week itself (健康周期间, 健康周组委会, 健康周人物, 健康周暨…), not before a
// word of 周 "around" (服务周到, 安全周边), a given name (宣传周文华) or a title (分管宣传周副局长).
// Stop 47 (fresh-218): and a week of a training plan (减量恢复周。, 比赛周。, 恢复周的目的), not a cycle (训练周期).
const WEEK_OF_EVENTS =
	/周(?<=(?:恢复|比赛|训练|减量|调整|适应|赛前)周)(?![期边围遭密到转折长身详正])|周(?<=(?:宣传|教育|活动|安全|健康|服务|科普|主题|文明|行动|体验|义诊|喂养|营养|清理|整治|清洁|消杀|攻坚)周|世界[\u3400-\u9fff]{2,10}周)(?![边围遭密到转折长身详正])/g;
// 周 heading a weekly duty named as a system ("周报告"制度, 实行周调度、月通报 without a list's partner) is a week 週: a name
// is not quoted alone or put after 实行 (fresh-45); so is the weekly report read from (从周报告情况看; fresh-98).
// Stop 42 (fresh-140): 值周, a week on duty (值周老师, 值周生, 值周班长), is a week 週, not the surname before a title.
const ON_DUTY_WEEK = /周(?<=值周)/g;
const WEEKLY_DUTY =
	/周(?<=(?:^|[^\u3400-\u9fff]|实行|实施|建立|落实|坚持|执行|推行|工作)周)(?=(?:报告|例会|调度|通报|研判|小结|总结|会商|汇报)(?:$|[^\u3400-\u9fff]|制度?|机制))|周(?<=[从按据]周)(?=报告?(?:情况|数据)?(?:来)?看)/g;
// 周 opening an item of a 、-list beside an item of the same length opened by 日, 月, 季 or 年 is the week in a
// schedule (日巡查、周通报, 日报告、周研判、月总结, 周调度、月通报).
const WEEK_IN_SCHEDULE = /周(?<=(?:^|[^\u3400-\u9fff])周)/g;
// A surname right before 姓 "surnamed" is the surname, whatever count stands before it (一周姓男子, 一名余姓患者);
// 姓名 and 姓氏 are words of their own (其余姓名).
const SURNAMED = /[\u3400-\u9fff](?=姓(?![名氏]))/g;
// A surname right after 姓 "surnamed", as one character before what follows a surname said alone
// (一名姓钟的个体户, 他姓余，, 姓于，名建国, 姓范男子); not after 百姓 or 同姓.
const SURNAME_AFTER = /(?<=姓)[\u3400-\u9fff](?=$|[^\u3400-\u9fff]|[的名男女先老患者])/g;
// 每只 and 逐只 are always the measure word (每只口罩, 逐只清点); after a number, 只 before 有, 能 … may still be "only" (10只能用).
// A measure word said twice after a count is said of each (一只只口罩): both are 隻; so is one after a rough count
// (2000余只, 10多只).
const MEASURE_ONLY = new RegExp(`(?:${NUMBER}|若干)[余多来]?只只?(?![有能是要需限])|[每逐]只`, 'g');
const MEASURE_OR_ONLY = new RegExp(`${NUMBER}只(?=[有能是要需限])`, 'g');
// Stop 45 (fresh-176): a count after 其中 picks out some of what was counted (其中有11只是新出生的小狗): the measure word 隻.
const COUNTED_AMONG = new RegExp(`只(?<=其中[有的]?${NUMBER}+只)`, 'g');
// 只 alone in brackets or beside another measure word with a slash (358头（只）, 单位：（只）, 头/只, 只/羽) is the measure word 隻
// of a table's unit: "only" has something after it.
// fresh-93: livestock counted by head and by animal at once (存栏约92万头只, 死亡12头只): 只 is the measure word too.
const HEAD_AND_ANIMAL = new RegExp(`(?<=${NUMBER}[余多]?头)只`, 'g');
// Stop 45 (fresh-196): and a table's cell of the unit alone (手电筒｜只｜1500).
const MEASURE_UNIT =
	/(?<=[（(])只(?=[）)])|(?<=[|｜\t][ \u3000]*)只(?=[ \u3000]*[|｜\t])|(?<=[头匹羽条口个][/／])只(?![\u3400-\u9fff])|只(?=[/／][头匹羽条口个](?![\u3400-\u9fff]))/g;
// An animal already counted (一只鸡, 一头猪, 一斤鸡) is not counted again as head: 只 after it is "only" (一只鸡只卖到8块钱), where
// the project's 鸡只, 猪只 … count livestock (扑杀鸡只, 存栏羊只).
// fresh-56: 只 among measure words listed for what was bought (126台（套、只、个）), a measure word too.
const MEASURE_IN_LIST = /(?<=[台套个件张把支头匹口艘亩吨条箱袋][、/／])只(?=[、/／）)])|(?<=[（(])只(?=[、/／][台套个件张把支头匹])/g;
const ONLY_AFTER_COUNTED = /只(?<=[只头匹斤个条][鸡鸭鹅羊牛猪犬驴禽鼠]只)(?=[\u3400-\u9fff])/g;
// 台 right after a number, 每, 这, 那 or 逐 is the measure word 臺 (两台风机, 三台消毒机, 每台设备, 这台机器), but not before 州
// (五一台州), and 一台风, 这台风 … are left to the phrases and the review list: 又一台风 and 这台风 are typhoons.
// So is 台 after a rough count (2100余台次, 10多台).
// fresh-57: what a 台 before it makes a word of (2台台秤, 一台台灯), not the measure word said twice.
const TABLE_THINGS = /[秤灯面布球阶账历]/;
const MACHINES = new RegExp(`(?:${NUMBER}[余多来]?|[每这那逐])台(?!州)`, 'g');
// 不准 read as one word, said of people or as a rule (人员不准擅自外出, 学生不准私自下水, 村民不准, 村医不准, 教师不准, 车辆不准,
// 一律不准, ，不准聚集, 考试时不准; after 的 that makes a group of people of what comes before: 体温异常的不准进入,
// 出现症状的不准带病上课)
// and followed by what is forbidden, is "not allowed" 准; said of a reading (读数不准, 定位不准, 测不准) it is "inaccurate" 準, which OpenCC's
// phrase writes, and so it is before 了, 的 and 时 (不准的体温计, 不准时).
// conv-23: and before what a notice forbids, whoever it is said of (公共场所不准吸烟, 校园周边不准销售烟草): a reading is not "inaccurate to smoke".
// Stop 41 (fresh-126): 摩托车不准超载, 绿化带不准使用菊酯类, 林区不准野炊; not after a verb that 不准 completes (说不准使用哪种, 拿不准使用多少).
// Stop 42 (fresh-150): and what a notice forbids a restaurant or a school (不准承接任何形式的聚餐, 不准组织学生返校).
const FORBIDDEN_ACT =
	/(?<![说拿看估瞄对算猜测定找摸量认调瞧]|(?<!学)校)不准(?=涨价|哄抬|囤积|捆绑|承接|组织|举办|举行|开展|接待|经营|召开|驾驶|驾车|开车|骑车|骑行|行驶|通行|吸烟|抽烟|吸食|进入|入内|外出|停放|停车|堆放|携带|带入|销售|出售|售卖|饮酒|喝酒|燃放|焚烧|乱扔|乱倒|乱丢|随意|擅自|私自|聚集|聚餐|摆摊|下水|游泳|捕捞|接触|食用|宰杀|收取|占用|卖|售|上市|上桌|出摊|营业|出租|出借|转让|留宿|做饭|饲养|喂养|放养|散养|补栏|代签|补签|私设|挪用|涂改|脱岗|串岗|离岗|截留|隐瞒|虚报|谎报|瞒报|漏报|缓报|自行|超范围|重复使用|返岗|上岗|复工|开业|开放|放行|通行|出入|进出|离开|探视|倾倒|丢弃|排放|屠宰|转运|外运|调运|放任|出港|出海|离港|进港|靠岸|下海|留人|住人|动火|用火|生火|超出|超过|越过|扩建|扩大|请假|离院|外宿|超载|超员|超限|超速|使用|施用|喷洒|喷施|放牧|砍伐|野炊|上山|进山|烧纸|点火|祭扫)/g;
const FORBIDDEN =
	/(?<=^|[^\u3400-\u9fff]|[员们者律均户生民众工客属医师的时室前内院所站只船地决绝更都也]|期间|单位|个人|任何人|病人|工人|老人|车辆|原则上)不准(?=[\u3400-\u9fff])(?![了的时确])/g;
// Stop 43 (fresh-160): a notice's numbered set of prohibitions (“十二不准”, 五不准) is "not allowed" 准.
const NUMBERED_PROHIBITIONS = /准(?<=(?:^|[^\u3400-\u9fff])[一二三四五六七八九十]+不准)(?![确时])/g;
const MORE_THAN = new RegExp(`${NUMBER}余`, 'g');
// Stop 44 (fresh-168): 于 right before a date or an hour written in digits is the preposition 於 (签收单于12月27日前报送): no
// given name is a number, and OpenCC's 单于 (a Xiongnu ruler) reads across the form's 单.
const YU_BEFORE_DATE = /于(?=[0-9０-９]{1,4}[年月日号时点])/g;
// Stop 44 (fresh-168): 杆 counted before a steelyard, a gun, a pen or a flag is the measure word 桿 (一杆老秤, 两杆枪), as
// OpenCC's 杆秤 is 桿秤; a pole standing alone (旗杆, 电线杆) keeps OpenCC's 杆.
const MEASURE_GAN = new RegExp(`杆(?<=(?:${NUMBER}|[每这那几])杆)(?=[老大小旧新长]?式?戥?[秤枪笔旗烟])`, 'g');
// Stop 46 (fresh-201): so is 杆 counted after the steelyards it counts (杆秤17杆), and as the unit in brackets after another
// (计量器具9台（杆）), in a text about steelyards or measuring instruments.
const STEELYARDS_COUNTED = new RegExp(`杆(?<=秤(?:${NUMBER})+杆)|杆(?<=[台个件][（(]杆)(?=[）)])`, 'g');
// 出 counted or pointed at before a play, an opera or a skit is its measure word 齣 (一出新戏, 三出传统戏, 这出戏, 一出京剧,
// 一出小品); 出
// must stand as its own word, not be followed by a count (每出一波), and the play must end a word that is not 加剧 or
// 急剧, so 一出院, 刚一出戏院 and 消息一出便加剧 are left alone.
const PLAYS = new RegExp(`(?:${NUMBER}|[这那哪每])出(?!${NUMBER})[\u3400-\u9fff]{0,8}?(?<![加急])(?:戏曲|小品|[戏剧](?!烈))`, 'g');
// 一出 right before 便, 就, 即 or a comma is "as soon as it is out" (消息一出便, 结果一出就, 政策一出，), not a play.
const AS_SOON_AS = /一出(?=[便就即，])/g;
// What makes a place of a person after the preposition 于 (于叔叔家中, 于阿姨处, 于老人身边).
const PLACE_OF_PERSON = /^(?:家|处|那|身边)/;
// 一出 with 就, 便 or 即 later in its clause or right after its comma (一出家门就戴上口罩, 一出门诊大楼，就能看到).
const AS_SOON_AS_LEAVING = /一出(?=[^，。；！？、]{1,6}?，?[就便即])/g;
// 困 after a word of degree and before 了, 得, a word that goes on with the clause (也, 就, 还 …) or the end of a clause
// is "sleepy" 睏 (太困了, 很困, 晚上很困也要坚持); 困难 and 困惑 are words, and 困了 before a span of time is "trapped" (只好困了一夜).
const SLEEPY = new RegExp(`(?:太|很|好|真|特别|非常|有点|有些|越来越)困(?=[了得极死的也就又还但却时，。！？、]|$)(?!了${NUMBER})`, 'g');
// 困 standing alone before 得 and what only sleepiness does (困得睁不开眼, 困得直打哈欠, 困得不行) is "sleepy" 睏 with or
// without a word of degree; 困得动弹不得 is as often "trapped", and 被困得 is.
// Or so sleepy one falls asleep where one is (困得在椅子上就睡着了; fresh-41).
const SLEEPY_SO = /困(?<![被围受所]困)(?=得(?:睁不开|直打|打哈欠|打瞌睡|眼皮|迷迷糊糊|东倒西歪|趴|倒头|不行|要命|[^，。；！？]{0,8}?睡着))/g;
// 困 standing alone before 了 and then, within the clause, going to sleep or resting (困了再上床, 困了就睡, 困了，就躺一会儿,
// 司机困了要立即停车休息, 困了就在长凳上打个盹, 困了就在桌上趴一会儿) is "sleepy" 睏; not before a span of time (困了三天三夜没睡), which is "trapped".
const SLEEPY_THEN = /困(?<![被围受所]困)(?=了，?(?![一二三四五六七八九十几两半0-9])[^，。；！？]{0,12}?(?:睡|上床|休息|躺|盹|眯|趴|歇))/g;
// 准 standing alone after 才, 方 or 始 and before a verb is "permitted" 准 (整改合格后才准复产, 验收后方准使用), as 不准 is.
const PERMITTED = /(?<=[才方始])准(?=[\u3400-\u9fff])/g;
// 斗 after a number before grain or oil is the old measure of capacity 斗 (一斗米, 两斗谷子), not 鬥.
const MEASURE_DOU = new RegExp(`(?<=${NUMBER})斗(?=[米谷粮豆麦面油酒粟])`, 'g');
// 干 and 湿 as opposites stand close together (湿了又干、干了又湿, 干湿分类); further apart, 干 is usually "to do".
const OPPOSITES_NEAR = 4;
// 烟 after 控 that ICU reads as a word of its own is tobacco 菸 (控烟工作, 全面控烟), as in 吸菸 and 禁菸 that OpenCC
// knows; not where 烟 begins a word (管控烟花爆竹).
const TOBACCO_CONTROL = /(?<=控)烟/g;
// 烟 after 戒 with 了, 掉 or 过 between them is tobacco 菸 (戒了烟, 戒掉烟瘾), as OpenCC's 戒菸 is.
const TOBACCO_QUIT = /(?<=戒[了掉过])烟/g;
// 坛 standing alone before its inside, its mouth or its rim (坛中积水, 坛里, 坛口, 坛沿水; fresh-75) is a jar 罈: an altar has none
// (花坛 and 论坛 are words).
const JAR_INSIDE = /坛(?=[中里内口沿])/g;
// 坛 counted or pointed at (几坛咸菜, 两坛药酒, 每坛, 这坛酒) is a jar 罈: an altar is not counted so (花坛, 论坛, 体坛 are words).
const JARS_COUNTED = new RegExp(`坛(?<=(?:${NUMBER}|[每这那])坛)`, 'g');
// A character of a count, to find where one starts.
const COUNT_CHAR = new RegExp(NUMBER);

/** Where the count before the character at `index` starts (两 in 两个多周, 三 in 三十余周): its numerals, then 余/来/多 and 个. */
function countStart(text: string, index: number): number {
	let start = index;
	if (text[start - 1] === '个') start--;
	if (/[余来多]/.test(text[start - 1] ?? '')) start--;
	while (start > 0 && COUNT_CHAR.test(text[start - 1]!)) start--;
	return start;
}
// 里 after a count that starts a word (十几里山路, 两里多路, 二十多里, 往返四十里, 好几里地) is the measure of distance 里; 这三年里 and
// 一个月里 put a word of time between, and 统一 + 里 is no count.
// fresh-56: 里 that ends the name of an ethnic township (翠里瑶族壮族乡) is the place's 里, not a localizer after a place
// word (村里, 县里苗族乡镇).
const ETHNIC_TOWNSHIP = /(?<=[\u3400-\u9fff](?<![村乡镇县区市城家屋山院]))里(?=(?:[\u3400-\u9fff]{1,2}族){1,3}(?:乡|镇))/g;
// fresh-52, fresh-59: 升 before a place's suffix ends a place's name (东升乡东升村, 太阳升镇): mainland places write 升
// where OpenCC's phrases write 昇 (東昇, 旭日東昇).
const RISING_PLACE = /升(?=[乡镇村]|街道|社区|大道|路)/g;
const MILES = new RegExp(`里(?<=${NUMBER}[多余来]?里)(?![面头边])`, 'g');
// 喂 before what is fed or who is fed (喂药, 喂牲口, 喂了药) is 餵; the call 喂 stands before a pause (喂，你好) or repeats (喂喂).
// fresh-47: and where it ends a clause after a word of ease or of will (主人不在家就不好喂, 按时喂), of how (一口一口喂;
// stop 42, fresh-142) or of where (端到床边喂; stop 43, fresh-152), after anything but a word of saying or calling: the
// call 喂 starts a clause, repeats (喂喂) or is what someone says (喊了一声喂).
const FEEDS = /喂(?=[\u3400-\u9fff])(?!喂)|喂(?<=[\u3400-\u9fff]喂)(?<![说喊叫声道喂]喂)(?![\u3400-\u9fff])/g;
// 松 ending a clause after what may not or must not (不能松, 一刻也不敢松, 千万别松) or does not (检查不松、救治不断;
// fresh-45), or asked whether it is (插头有没有松; stop 42, fresh-146), is "to slacken" 鬆: the pine is a noun, and no name ends a
// clause after 不.
const NOT_SLACKEN = /松(?<=(?:不能|不可|不敢|不要|别|勿|不|有没有|是否|会不会|有无)(?:一点|半点|丝毫)?松)(?![\u3400-\u9fff])/g;
// 表 standing alone after having, wearing or a glance at one, before a clause that tells the time (那时候没有表，看太阳估时间,
// 看了一眼表，已经十一点了, 谁家有表？全凭鸡叫估摸时辰) is a watch 錶: a form has no time to tell.
const TIMEPIECE =
	/(?<=(?:没有|没|有|戴|带|一眼)[着了]?[块只]?)表(?=[，？！][^，。；！？]{0,8}?(?:时间|几点|钟点|时辰|点钟|[一二两三四五六七八九十]点(?:了|多|半|钟)))/g;
// Stop 39 (fresh-78): picking more (为了多采一点, 多采些) is 採, where OpenCC's 多采 is "colourful" (多采多姿); and what water
// carries off in a paragraph about a flood or a storm (被冲到了对面的滩涂上, 上游冲下来的树木) is washed 沖, not rushed 衝.
const PICK_MORE = /采(?<=多采)(?=一点|一些|点|些|了|得)/g;
// Stop 48 (fresh-228): a barber's years of cutting hair, the object after them (我理了一辈子发，; 理了几十年发) are 髮: 理发 split.
const YEARS_OF_HAIRCUTS = /发(?<=理了?(?:一辈子|半辈子|大半辈子|几十年|[一二两三四五六七八九十几多0-9]+年)的?发)(?![\u3400-\u9fff])/g;
// Stop 39 (fresh-81): new hair growing (新发已经长出来不少, 新发逐渐长出) is 髮; 新发 "newly emerged" (新发传染病) grows nothing.
const NEW_HAIR = /发(?<=新发)(?=(?:已经|已|逐渐|慢慢|开始|陆续|会|又)?(?:长|生长|萌出|冒出))/g;
// fresh-94: so is what rain or water washes at one go (下一场雨一冲就进了水塘, 大水一冲).
const WASHED_AWAY = /冲(?<=被[\u3400-\u9fff]{0,3}冲|上游冲)(?=[到走下倒垮毁散翻进入出开])|冲(?<=[雨水浪潮]一冲)(?=[就到走下倒垮毁散翻进入出开，])/g;
const WATER_NEAR = /[水浪洪潮汛]|台风|暴雨|河|江|海|溪|泥石流/;
// Stop 39 (fresh-75): 曲 standing alone in a paragraph about brewing (酿醋酿酒，关键在曲; 一块曲从入房到出房; 高粱蒸熟以后加曲入缸发酵)
// is the starter 麴, as in OpenCC's 酒麴 and 紅麴; a song or a bend is a word (歌曲, 弯曲, 作曲, 一曲).
const BREWING = /酿|发酵|窖|曲房|曲块|酒曲|大曲|制曲|踩曲|曲霉/;
const STARTER = /曲(?<!一曲)/g;
// Stop 39 (fresh-75): 钟 counted or pointed at, standing alone (两个钟，一个快, 这台钟) is a clock 鐘; OpenCC's default is the
// surname's 鍾, and a name after a count (一个钟南山式的人物) goes on with Han characters.
// Stop 43 (fresh-162): and one that runs slow or fast, stops or strikes (一看，钟慢了八分钟, 钟又响了, 钟声响过: 钟声 alone is
// as often a name, 县长钟声主持), or that is mended, struck or hung at a clause's end (最难的是修钟。): a surname does neither.
const CLOCKS = new RegExp(
	`钟(?<=(?:${NUMBER}|[几这那每])[个台座只]钟)(?=$|[^\u3400-\u9fff]|[都也就是快慢])|钟(?=(?:又|也|还|就|已经?)?[慢快停]了|又响|声响)|钟(?<=[修敲撞挂]钟)(?![\u3400-\u9fff])`,
	'g',
);
// Stop 45 (fresh-197): 病愈 before the time since or a clause's end (伤寒病愈未满一年的) is recovery 癒, where ICU reads 伤寒/病/愈
// and OpenCC's 病癒 is cut; 愈 of "the more" comes in pairs (愈来愈).
const RECOVERED = /愈(?<=病愈)(?=未|后|出院|[，。；、]|$)/g;
// Stop 45 (fresh-193): an hour said roughly (一点多钟, 三点半钟, 五点来钟): 鍾 is a surname or a goblet.
const O_CLOCK = /钟(?<=点(?:多|半|来|左右)钟)/g;
// Stop 47 (fresh-218): clocks pointed at or counted by machine (这些钟都由专业计时公司负责, 每台钟): a surname is not.
const CLOCKS_COUNTED = /钟(?<=(?:这些|那些|[这那每一两几]台|[0-9０-９]+台)钟)/g;
// Stop 48 (fresh-228): watches counted by the piece or mended (这只表, 一块表, 修几只表, 学修表, 拆表的时候) are 錶: forms are
// counted by the sheet (一张表, 这份表) and filled in, not mended or taken apart.
const WATCHES = /表(?<=(?:[这那一两几每]|[0-9０-９]+)[只块]表|修表|拆表)/g;
// Words that name clocks and watches (手表, 挂钟, 发条 …): a document with three of them is about timepieces.
const TIMEPIECE_WORDS = /手表|钟表|怀表|挂钟|闹钟|座钟|摆钟|修表|表芯|表蒙|表带|表针|表盘|发条|机芯|秒针|时针/g;
// Stop 48 (fresh-228): in a document about timepieces, 表 standing alone after what is done to one or a kind of one (把表拆开,
// 拿到表的那天, 听着表“滴答”地走, 这种老表的发条) or before its parts and what it does (表里的螺丝, 谁家的表坏了) is a watch 錶, and
// 钟 standing alone that is looked at, mended or taken apart (一看钟还没到点, 把钟拆下来, 钟坏了有我修, 那只钟), wound or shown by
// its parts (给老钟上发条, 陈列老钟原有的摇把) or old and counted (这座停摆了十七年的老钟) is a clock 鐘; 老钟 is otherwise a person.
const WATCH_IN_THEME =
	/表(?<=(?:[修拆只块把着戴]|[拿收找买送]到|老|这种|那种)表)|表(?=里|坏|停|不走|走[了得]|蒙子|针|盘|芯|带子?|链|[“"「]滴|的(?:发条|零件|指针|表盘|齿轮))/g;
const CLOCK_IN_THEME =
	/钟(?<=(?:[只个台座把看修挂拆]|墙上的)钟)|钟(?=坏|停|不走|慢了|快了|拆|又响|响了|上发条|原有的|的(?:发条|摇把|钟摆|指针|表盘|机芯))|钟(?<=(?:[座台只]|停摆[^，。；\n]{0,8}的)老钟)/g;
// 松 standing alone before 下来 or 不下来 (心就松不下来, 神经终于松了下来) is "to relax" 鬆: a pine does not come down.
const RELAXES = /松(?=不?下来|了下来|不下去)/g;
// Stop 47 (fresh-214): 松 paired with soft or crisp by 又…又 (蒸出来又松又软, 又香又松) is a texture 鬆: pines are neither.
const SOFT_AND = /松(?<=又松)(?=又[软脆香酥])|松(?<=又[软脆香酥]又松)/g;
// conv-23: 松 set against 紧 a few characters before (外紧内松, 时紧时松, 检查时紧、过后松) is "slack" 鬆: the pine has no opposite.
// 松 first, then what comes before it: V8 tries a leading lookbehind at every position of the text (151 ms of 3 s on
// the golden set), a character only where it stands.
const TIGHT_THEN_SLACK = /松(?<=紧[^\P{sc=Han}紧松]{0,3}、?[^\P{sc=Han}紧松]{0,2}松)/gu;
// 干 before 了 and a span (干了11年, 连续干了几个小时, 干了一辈子) is "worked" 幹: drying takes no years (晒干了 is left as it is).
// fresh-60: 白干 after a negation is work done in vain or not (这一年没白干, 不白干), not OpenCC's 白乾 liquor.
const NOT_IN_VAIN = /干(?<=[没不别]白干)|干(?<=白干)(?=了)/g;
// Stop 47 (fresh-213): but a mat or a cloth that has been dry for days (消毒垫早已干了好几天) is dry 乾: things do no work.
const THING_DRIED = /干(?<=(?:垫|垫子|毛巾|抹布|拖把|纱布|棉球|海绵|地面|衣服|被子|被褥)(?:早已|已经|早就|早|都|全)?干)(?=了)/g;
const WORKED_FOR = /干(?<![晒晾烘吹擦拧风阴烤焙]干)(?=了(?:[0-9０-９一二三四五六七八九十几两半整]|大半辈子|一辈子))/g;
// 刮 right after 风 is the wind blowing 颳 (台风刮倒, 大风刮断): OpenCC's phrase 風颳 is lost where 台风 or 大风 took 风 first.
const WIND_BLOWS = /(?<=风)刮/g;
// 冲 right after water is water rushing or washing 沖 (洪水冲垮, 山洪冲毁, 热水冲泡), not a charge 衝 (冲在一线).
// fresh-47: and water one rinses with, some words before (他用清水简单冲了一下, 用肥皂水反复冲).
const WATER_RUSHES =
	/冲(?<=[水洪浪潮](?:直接|再|先|慢慢|轻轻|反复)?冲)|冲(?<=用[\u3400-\u9fff]{0,3}水(?:简单|反复|仔细|多次|轻轻|慢慢|立即|马上|赶紧|及时)?(?:地)?冲)/g;
// 冲 standing alone before a drink or powder made with water (冲奶粉, 冲好的奶粉, 冲一杯蜂蜜水) or right after one (奶粉冲好) is
// 沖 (冲了一杯蜂蜜水), as in OpenCC's 沖泡 and 沖服; 冲 of a charge goes into places and at people (冲进药房, 冲向人群).
// Or what is mixed in water after it (生姜、红糖冲一碗水喝; fresh-41).
const DRINK_MADE =
	/冲(?=[了上好开]?的?[一两半]?[杯碗袋包勺壶]?[热温凉浓淡]?(?:奶粉|牛奶|奶|茶|咖啡|麦片|藕粉|蜂蜜|红糖|糖水|蛋花))|冲(?<=(?:奶粉|茶叶|咖啡|麦片|藕粉)冲)|冲(?<=(?:红糖|生姜|姜片|蜂蜜|白糖|盐)冲)(?=[一两半]?[杯碗]?[水汤])/g;
// So is 冲 standing alone before a wound or what is rinsed of the body (给病人冲伤口, 冲眼睛): 冲洗 is OpenCC's word.
const RINSED = /冲(?=伤口|创口|创面|患处|眼睛)/g;
// So is 冲 before going into a drain (将粪便冲入化粪池, 冲进马桶, 冲到下水道): water carries it; 冲进火场 and 冲入人群 are charges.
const FLUSHED = /冲(?=[入进到](?:化粪池|下水道|下水管|马桶|便池|排水沟|水沟|河道))/g;
// So is 冲 after 把 and what it moved where rain or water is the subject (大雨把泥沙冲进水库, 暴雨把便道冲得坑坑洼洼).
const WASHED_BY = /冲(?<=[雨水洪浪潮]把[\u3400-\u9fff]{1,10}冲)(?!锋)/g;
// conv-22: 冲 after rain or a flow before what water does to roads and banks (降雨冲垮, 暴雨冲毁, 泥石流冲断) is 沖; 冒雨冲在 is a charge.
const RAIN_WASHES = /冲(?<=(?<![冒顶淋])[雨流]冲)(?=[垮毁断坏塌刷烂走倒])/g;
// conv-22: 冲 standing alone before a bath or the water of one (冲冷水澡, 冲个热水澡, 冲凉水) is a shower 沖, as OpenCC's 沖澡 and 沖涼.
// Stop 44 (fresh-173): and so is a face washed in a hurry (在洗手池前冲了把脸, 冲一把脸).
const SHOWERED = /冲(?=(?:了?一?个)?(?:[冷凉热温]水)?澡|[冷凉热温]水(?![壶瓶杯])|[了一]?把脸)/g;
// 系 after 把 and what is handled, before where or how it is fastened, is "to tie" 繫 (把渔船系在避风港, 把绳子系紧); with no
// 把 it is as often the copula of official prose (该患者系在外务工人员), which the project's dictionary writes 係.
const TIED = /系(?<=把[\u3400-\u9fff]{1,10}系)(?=在|[紧牢好上住])/g;
// conv-22: 系 standing alone before 在 and a place that a localizer ends the clause with (，系在老人床头，, 系在胸前) is tying 繫:
// the copula's 系在 is followed by what someone is or when (系在外务工人员, 系在上班途中感染, 系在春节前).
const TIED_AT = /系(?=在[\u3400-\u9fff]{0,6}?(?:[头上边旁间]|胸前|身前)(?:[^\u3400-\u9fff]|$))/g;
// 系 before 得 and how tight it is (系得太紧, 系得很牢, 系得松一点) is "to tie" 繫: the copula 係 takes no 得.
const TIED_SO = /系(?=得[太很不更最还有点些]{0,3}[紧牢松死])/g;
/** 系 after a doubled word and 地 says how to tie (松松地系一圈, 紧紧地系上; fresh-32): the copula 係 takes no such manner. */
const TIED_GENTLY = /([\u3400-\u9fff])\1地系/g;
// Stop 47 (fresh-217): and needling in a clause about acupuncture points or needles (这些穴，我自己身上扎了不下几百次).
const NEEDLED = /扎(?=[了过着进在])/g;
const NEEDLES_NEAR = /穴|针灸|银针|针刺/;
/** 扎 before a count of needles is to prick (先扎了几针, 扎两针退烧; fresh-33): OpenCC's 扎了 is 紮 "to tie". */
// Stop 44 (fresh-173): and before a count of tries that ends in pricking in (扎了两次都没扎进去, 扎了三下才扎进).
// Stop 45 (fresh-193): and what pricks one (被铁丝扎了一下, 被钉子扎破了手).
const PRICKED = new RegExp(
	`扎(?=[了过完上好]?${NUMBER}*针)|扎(?=了?${NUMBER}+[次下][^，。；！？\n]{0,6}扎[进破])|扎(?<=被[\u3400-\u9fff]{1,4}扎)(?=了?一下|破|伤|进|穿|了?[脚手腿脸])`,
	'g',
);
/**
 * 并 opening a clause is the conjunction "and also" (告诉家长，并到县医院复查; fresh-33), where OpenCC's 并到 is 併 "to
 * merge"; the words of merging keep 併 (，并入内科, 并发症, 并购).
 */
const AND_ALSO = /并(?<=(?:^|[，；：])并)(?=[\u3400-\u9fff])(?!入|购|吞|案|发症|网|轨|拢|科|床|联)/g;
/** 天台 among the parts of a building is the rooftop (阳台、天台和楼道; fresh-33), not the county 天台 (天台县). */
// fresh-48: and a roof's (楼顶天台, 屋顶天台上): the county 天台 and its mountain have no roof.
// Stop 41 (fresh-138): and one cleaned or swept (清理天台、排水沟): nobody sweeps the county.
// Stop 43 (fresh-157): and one beside a stairwell or before a green belt, a basement or a garage in a list (楼道天台、绿化带).
// Stop 47 (fresh-230): also joined by 和 (对楼顶、阳台和天台的积水进行排查).
const ROOFTOP =
	/(?<=(?:阳台|露台|楼顶|屋顶|楼道|楼梯|走廊|屋后)[、和及与]?天)台|(?<=天)台(?=、(?:阳台|露台|楼顶|屋顶|楼道|楼梯|走廊|排水沟|下水道|绿化带|地下室|车库|花坛|水箱))|(?<=(?:楼顶|屋顶|顶楼|楼上)的?天)台|(?<=(?:清理|清扫|打扫|冲洗|巡查)天)台(?=[、，和及上的积])/g;
// 面 as an item of a 、-list of staples beside 米, 粮 or 油 is flour or noodles 麵 (米、面、油; 粮、油、面).
const STAPLES = /(?<=[米粮油]、)面(?![\u3400-\u9fff])|(?<=[米粮油]、)面(?=[、和及与等])|(?<![\u3400-\u9fff])面(?=、[米粮油])/g;
// 台面 where ICU reads 面 as a word of its own is a worktop 檯面, also where 台 ends a word before it (护士站台面, 收银台面,
// where OpenCC's 站台 and 收银台 would take 台); where 面 begins a word (平台面临, 舞台面前, 一台面包机) it is no worktop.
const WORKTOP = /台(?=面)/g;
// Stop 45 (fresh-184): a table counted by 张 (门口那张台子上) is 檯: a stage is not counted so.
const TABLE_COUNTED = /台(?<=张台)(?=子)/g;
// Stop 45 (fresh-184): strokes of a swimmer or an oar counted where water is the talk (我划了几下就到了跟前) are 划: 劃 draws
// or plans.
const STROKES = new RegExp(`划(?=了?(?:${NUMBER}|几)[下把])`, 'g');
const MODAL = /[要能会肯敢想去来]/;
// 干 starting a word right before a dried food or a dry cleaning tool that ends a word is dry 乾 (干豆腐, 干木耳, 干枣, 干虾,
// 干面条, 干扫帚), as in 干货 and 干粮 that OpenCC knows; not where the noun begins a longer word (干菜地里的活, 干鱼塘).
const DRIED_NOUNS = [
	'豇豆',
	'豆角',
	'豆腐',
	'豆皮',
	'腐竹',
	'木耳',
	'银耳',
	'香菇',
	'茶树菇',
	'竹荪',
	'羊肚菌',
	'牛肝菌',
	'蘑菇',
	// Stop 45 (fresh-185): dried wild fungi (集市上买回一袋干菌, 山珍菌干) and the ganba fungus (干巴菌).
	'菌',
	'巴菌',
	'辣椒',
	'花椒',
	'海带',
	'紫菜',
	'海参',
	'鲍鱼',
	'鱿鱼',
	'墨鱼',
	'虾仁',
	'黄花菜',
	'面条',
	'米粉',
	'粉丝',
	'红枣',
	'姜片',
	'姜丝',
	'桂圆',
	'荔枝',
	'豆角',
	'花生',
	'扫帚',
	'毛巾',
	// Stop 43 (fresh-158): dung dried for fuel (捡的干牛粪).
	'牛粪',
	'羊粪',
	'马粪',
	'贝',
	'虾',
	'鱼',
	'枣',
	'笋',
	'菜',
	'果',
]
	.sort((a, b) => b.length - a.length)
	.join('|');
const DRIED = new RegExp(`干(?=${DRIED_NOUNS})`, 'g');
// 干 standing alone before 茶, 茶叶 or 菇 that ends a word is the made tea or the dried mushroom 乾 (干茶样品, 干菇收购价),
// whatever follows; 茶 that begins a longer word (干 + 茶园) or a chore (干茶活) is left alone.
const DRIED_TEA = /干(?=(?:茶叶?|菇)(?![活事园山场树农棚]))/g;
// 干 standing alone after one of those foods or the fruits and roots below that ICU reads as a word, before what ends an item
// (辣椒干、萝卜干, 笋干等) is the dried food 乾, as OpenCC's 蘿蔔乾 and 葡萄乾; 干 before 活, 事 or an object is "to do".
// Stop 43 (fresh-152): also 芥菜, 番薯, 南瓜, 茄子, 苦瓜 and 柿子 dried (芥菜干，), and before 是 (地瓜干是连城的特产).
const DRIED_FRUITS_AND_ROOTS = '萝卜|红薯|番薯|地瓜|芥菜|南瓜|茄子|苦瓜|柿子|芒果|牛肉';
const DRIED_AFTER = new RegExp(`干(?<=(?:${DRIED_NOUNS}|${DRIED_FRUITS_AND_ROOTS})干)(?=$|[^\u3400-\u9fff]|[、等和及与的也都要应是])`, 'g');
const DRIED_NOUN = new RegExp(`^(?:${DRIED_NOUNS})`);
// 自制 before what is made (自制臭豆腐, 自制果酒, 自制香肠) is home-made 自製; 自制 alone, 自制力 and 自制能力 are self-restraint.
const HOME_MADE = /自制(?=[\u3400-\u9fff])(?![力能心性是])/g;
// Stop 45 (fresh-194): 现制 before a drink or a food, or beside 现做 and 现售, is made on the spot 現製 (现制饮品, 现制现售); 现制度
// is no word a bulletin writes.
const MADE_ON_SPOT = /制(?<=现制)(?=饮|茶|奶|咖啡|果汁|食品|糕点|现[售卖])|制(?<=现做现制)/g;
// 制 standing alone where no word ends before it (制附子, 制首乌, 未标明“制”“炒”“炙”) is processed 製, as herbs are (炮制);
// 制 of a system ends a word that names it (负责制, 河长制), and ICU reads 制度, 制定, 制止 as words.
const PROCESSED = /(?<![\u3400-\u9fff])制/g;
// 制 standing alone after a way of cooking or curing that ICU also reads alone (蒸制馒头, 烤制面包, 炒制花生) is made 製, as
// OpenCC's 腌製 and 炮製 are, and so is an herb processed with wine, honey, vinegar or salt (酒制黄精, 蜜制甘草; fresh-46);
// 制 of a system or a limit follows words (责任制, 限制), not such verbs. So is meat cooked and processed (熟制鸡肉; fresh-75), not
// a mature system (成熟制度).
// fresh-102: and so are herbs cut, roasted with honey or calcined (切制区, 炙制, 煅制, 淬制), not 一切制度.
const COOKED = /制(?<=[蒸烤炒煎炸烘熏腌卤酿炖煮焙晒腊烧焖炼酒蜜醋盐]制)|制(?<=熟制|切制|炙制|煅制|淬制)(?![度定约止])/g;
// 制 standing alone before a pill or a paste (制丸, 制膏) is made 製, as OpenCC's 製藥 and 製劑 are; a system is no pill.
const MADE_INTO = /制(?=[丸膏])/g;
// 制 standing alone after 初 standing alone is the first processing of a crop 製 (茶叶初制所, 香菇初制加工, 初制茶), as OpenCC's
// 精製 and 粗製; 最初 + 制定 and 年初 + 制度 put 初 in a word before and 制 in one after.
const FIRST_PROCESSED = /(?<=初)制/g;
// 松 before the body loosened (舒松筋骨, 松一松肩颈, 松松腰背) is "to loosen" 鬆: a pine has no sinews.
const LOOSENS_BODY = /松(?=(?:一?松)?(?:筋骨|筋络|肩颈|颈肩|肩膀|腰背|腰腿|肌肉|关节))/g;
// Stop 45 (fresh-177): so before a rope or a knot let go (去松缆绳, 松开绳子, 松了绑带): a pine ties nothing.
// Stop 45 (fresh-190): 松 said of how loose a thing is, after a degree and before the clause's end (烟筒接口有点松，, 螺丝太松了): a pine
// has no degree.
// Stop 46 (fresh-205): and teeth or a screw that has come loose (假牙松得厉害, 牙齿松了).
const LOOSE_STATE = /松(?<=(?:有点|有些|太|很|比较|更|变得|越来越|特别|稍微)松)(?=$|[了的啦，。；！？、”])|松(?<=(?:假牙|牙齿|牙|螺丝|螺钉|接口)松)(?=得|了)/g;
const LOOSENS_ROPE = /松(?=[开了掉]?(?:缆绳|绳子|绳索|绳结|绑带|扣子|鞋带|腰带|皮带))/g;
// 卷 standing alone before where or how far it goes (卷起来, 卷走, 卷好, 卷成) or right after wind (台风卷走) is the verb
// "to roll" 捲; a volume 卷 is counted or ends a word (第一卷, 试卷, 问卷).
const ROLLED_UP = /卷(?=[起走好成入进住紧向]|下来|下去)|卷(?<=风卷)/g;
// 了 after 明 that ends a verb of writing, stating or finding out (写明了, 载明了, 列明了, 讲明了, 查明了) is the particle,
// where ICU reads 了 alone; OpenCC's 明了 "clear" 明瞭 follows a word of degree or 已 (简单明了, 很明了, 原因已明了).
const MADE_CLEAR = /明了(?<=[写载列讲注标点指查言阐申声说表证交问摸弄搞看]明了)/g;
// 面 standing alone after a way of making noodles (凉拌面, 凉面, 烩面, 焖面, 手擀面, 和面、压面) or left over (剩饭剩面, 剩面热了; not 所剩面额) is noodles 麪, where ICU cuts OpenCC's 拌麪.
const NOODLES = /面(?<=[拌炒煮卤擀削泼捞焖烩压凉]面)|面(?<=剩[饭菜]剩面)|面(?<=剩面)(?=[，。、；的了热和])/g;
// 面 standing alone after a count of bowls, mouthfuls, portions or bags (每一碗面, 两口面, 半份面, 一袋面) is noodles or flour 麪:
// a face is not served so (碗面 alone is a bowl's surface).
// fresh-111: in a paragraph about making noodles (two of 挂面, 和面, 揉面, 拉面 …), 面 that ICU reads alone is the dough or
// the noodles (醒面, 晒出来的面才筋道, 一盆面, 家家户户都跑出来收面) and so is the workshop (面房): a face or a side is a word
// there (外面, 面前, 面对), and a surface is not left to rest or brought in from the sun.
const NOODLE_MAKING = /挂面|面条|和面|揉面|拉面|擀面|面粉|晾面|晒面|醒面|面房|手工面/g;
const DOUGH_ALONE = /(?<![一两三几每这那各外里上下前后对见正反表方全局场画版地路水桌封侧字平界墙])面(?![前对临向积孔貌容部子具膜目额上下])/g;
// fresh-99: so is a kind of noodles so counted, standing alone at a clause's end (是一盒青菜面。, 一碗牛肉面，).
const COUNTED_NOODLES = new RegExp(
	`面(?<=(?:${NUMBER}[多余来]?|[每这那])[碗口份盘袋包桶]面)|面(?<=(?:${NUMBER}|[每这那])[碗份盘盒][\u3400-\u9fff]{1,3}面)(?=[，。；、！]|$)`,
	'g',
);
// 面 standing alone after 和 "to knead" that a person or a time to start comes before, at an item's or a clause's end
// (一人和面、, 开始和面。), is dough 麪; 手和面 is "hands and face", and 和面对 runs on into 面对.
const KNEADED = /面(?<=(?:人|始|先|再|要|负责|专门|正在)和面)(?=$|[^\u3400-\u9fff])/g;
// Stop 39 (fresh-75): dough kneaded, rolled or left to rise (和好的面, 揉好的面, 发好的面) is 麪, and 面条 after 对 where it is
// worked on (对面条作坊、鲜面店, 对面条加工小作坊) is noodles: 对面 "opposite" comes before 条件 or a place, not a workshop.
const DOUGH_MADE = /面(?<=[和揉擀醒发]好的面)/g;
// Stop 45 (fresh-192): and 面食 before where it is sold (对面食窗口看得格外仔细); 对面食堂 is the canteen across the way.
const NOODLES_AFTER_TO = /面(?<=对面)(?=条(?:作坊|加工|生产|厂|店|摊|销售|企业|质量|等|和|、)|食(?:窗口|品|摊|店|档口|柜台|加工))/g;
// 面 standing alone after 吃 and its particles (吃面, 吃着面, 吃了面, 吃完面; fresh-51) is noodles 麪, as OpenCC's 吃麪 is; and 面
// before a shop's word after 出, where ICU reads 出面 "to come forward" (进出面馆的一百六十余人; fresh-51), is the noodle shop.
const EATEN_NOODLES = /面(?<=吃[着了过完]?面)/g;
// fresh-69: Quanzhou's thread noodles (阿添面线糊, 购买酱油、面线) are 麵, where 面 begins no word with what stands before
// it (表面线条, 地面线路).
const NOODLE_THREADS = /(?<![表平地路水桌画界版封全斜侧正反球曲页层断截外里前后上下])面(?=线(?:糊|汤|[，。、；）”]|$))/g;
// fresh-69 (and fresh-zhongshan-clinic): 冲 in a place's name before 口, 尾 or 头 and a street's or a village's suffix
// (冲口街, 冲口村) is the water's 沖.
const WATER_PLACE = /(?<![往向直前猛])冲(?=[口尾头](?:街|村|路|镇|社区|大道|桥))/g;
// Stop 43 (fresh-164): 冲 right after a hose or water is rinsing 沖 (又拿水管冲, 用清水冲一冲).
// Stop 45 (fresh-193): where a flood is the talk, what water can or cannot wash away (冲不垮大家重建家园的决心) and what it
// washed away (羊圈整个冲没了, 估计冲到更远的地方去了) is 沖: a charge neither fails to knock down nor ends in nothing.
// Stop 48: and what was washed at a clause's end (自家鱼塘也被冲了，) or washed badly (后面那一亩冲得太厉害): a charge is not suffered
// that way.
const FLOOD_WASHED =
	/冲(?=不[垮走散倒毁掉])|冲(?=没了?|垮了|塌了)|冲(?<=(?:估计|可能|怕是|恐怕)冲)(?=到|走)|冲(?<=被冲)(?=了?[，。；、]|了$)|冲(?=得(?:太|很|最|更)?(?:厉害|严重|狠))/g;
const FLOOD_NEAR = /洪水|大水|山洪|涨水|发水|水灾|洪灾|决堤/;
const WATER_RINSES = /冲(?<=(?:水管|水枪|水龙头|清水|自来水|凉水|温水|热水|开水)冲)/g;
// Stop 45 (fresh-176): 冲 standing alone where washing is the talk, before a duration, its end or how well it was done
// (挤了半瓶洗洁精，冲了差不多一刻钟, 一定要冲。冲完我们, 不冲洗，或者冲得不够), is rinsing 沖: a charge goes somewhere
// (冲了过去, 冲出来, 冲得很快). So is 冲 before a cleanness reached (把地面冲得干干净净, 冲干净).
const RINSED_AWHILE = /冲(?=了(?![过上下进出回起去来向到])|完|得(?![^，。；！？]{0,2}[快飞猛急远])|[，。；！？]|$)/g;
// Stop 46 (fresh-205): and a bedridden elder's hair washed (洗头盆, 水要提前兑好，试过温度再往头上冲).
const WASHING_NEAR = /冲洗|洗洁精|肥皂|清水|水龙头|自来水|伤口|洗头|洗澡|温水|热水|水温/;
const RINSED_CLEAN = /冲(?=得?(?:干干净净|干净|很干净|一干二净))/g;
// Stop 43 (fresh-164): 谷 gathered, dried or threshed standing alone is grain 穀 (开始收谷, 晒谷), as OpenCC's 稻穀.
const GRAIN = /谷(?<=[收晒晾打碾翻扬]谷)/g;
const NOODLE_SHOP = /面(?<=出面)(?=馆|店|摊)/g;
// Stop 44 (fresh-169): 面 after what goes into a bowl of noodles (青菜面, 海蛎豆腐面, 肉丝面) at the end of a table's cell or
// before a shop is noodles 麪, where ICU reads 面 alone; and so is 粉面 "rice noodles and noodles" before a shop (粉面店).
const DISH_NOODLES = /面(?<=[菜肉丝腐丸虾鱼蛋汤鸭蛎蟹酱骨]面)(?=$|[\t|｜]|[店馆摊铺])|面(?<=粉面)(?=[店馆摊铺])/gm;
// 困 after 被, 围, 受 or 致 (被困, 受困群众, 因疫致困) is "trapped, in hardship" 困, never sleepy.
const TRAPPED = /困(?<=[被围受致]困)/g;
// 特困 "in extreme poverty" before those it is said of (特困户, 特困人员, 特困供养) is 困 as in 贫困, not sleepy.
const VERY_POOR = /困(?<=特困)(?=[户人员家供群])/g;
// conv-20, settled where the review list asked about right choices: 冲洗 is always rinsing 沖洗 (衣物要冲洗), where OpenCC's
// 要衝 "a key point" reads across it.
const RINSE = /冲(?=洗)/g;
// 米面 as staples (米面、干货, 米面制品) is 米麪; a count of square metres (每平方米面积) is no staple.
const RICE_AND_FLOUR = /(?<=(?<![0-9方平])米)面(?=[、，。；等和及粮油制])/g;
// 面 after 墙, or after 地 that starts a word, is a surface (墙面和门窗, 清理地面粉尘), where OpenCC's 面和 or 面粉 reads on;
// 本地面条 and 当地面粉 put 地 in a word before.
const SURFACE = /(?<=[墙地])面/g;
// 和 before a word of the face (头痛和面部潮红) is "and": OpenCC's 和麪 is kneading dough.
const FACE_AFTER_AND = /(?<=和)面(?=[部颊色容孔庞罩具膜屏])/g;
// 系 standing alone before 着 alone is tying 繫 (系着围裙): the copula 係 takes no 着 (该患者系着急就医: 着急).
const TIED_ON = /系(?=着)/g;
// 台 standing alone after 设 before what a stand is set up for (设台咨询, 设台义诊, 设台为牧民义诊) is a stand 臺, as in 搭臺.
const STAND_SET_UP = /(?<=设)台(?=咨询|义诊|宣传|发放|服务|受理|[为给向][\u3400-\u9fff]{1,6}?(?:咨询|义诊))/g;
// Stop 41 (fresh-124): 台 that begins a word ICU reads as 台湾, 台胞, 台商 or 台资 is Taiwan's 臺, and 台州 the city's 台, also
// right after a word of the project's that ends in a desk's 檯 (门诊台湾同胞, 分拣台州产的杨梅).
const TAIWAN = /台(?=湾|胞|商|资)/g;
// Stop 41 (fresh-129): 制 after a year that ends a label (“后秀云，2009年制”) is "made in" 製; 2009年制定 is a word of its own.
// Stop 43 (fresh-160): so is one that opens a cell of a table of shops (6	游记酸辣粉, 17	周记蒸饺, 4	范妈妈冒菜), where OpenCC
// reads 遊記, 週記 and 範.
const SHOP_OF_SURNAME = /(?<=[“「『‘])[\u3400-\u9fff](?=记)|(?<=(?:^|[\t|｜])[ \u3000]*)[\u3400-\u9fff](?=(?:记|妈妈|大妈|二嫂|大姐)[\u3400-\u9fff])/gm;
// Stop 41 (fresh-136): the head growing dizzy, swollen or heavy (头发晕, 头发胀, 头发沉) is the verb 發, where ICU reads 头发
// "hair"; and a document signed (知情同意书签字, 责任书签名), where ICU reads 书签 "a bookmark".
const HEAD_GOES = /(?<=头)发(?=晕|昏|胀|懵|沉|紧|麻)/g;
// Stop 43 (fresh-166): hair 髮 where a wig shop or a barber speaks of it: the hair of a wig (真人发, 化纤发), a hairpiece, a
// hair net and the rest of a head of hair before what it makes (发片, 发网, 发质, 发梢; not 发根, a given name as often; see contextChoices for the word test),
// and hair cut, dyed or permed with a particle or a count between (理了发, 染过发, 理了最后一次发).
const WIG_HAIR = /发(?<=(?:真人|化纤|人造|合成)发)/g;
const HAIR_BEFORE = /发(?=[网片质梢饰夹胶蜡](?![上络站页店剂]))/g;
const HAIR_CUT = /发(?<=[理剪染烫焗][了过](?:最后)?[一两三几]?[个次回]?发)/g;
// Stop 45 (fresh-181): and hair dyed a colour (老年人染黑发, 焗黄发).
const HAIR_DYED = /发(?<=[染焗][黑白红黄棕金]发)/g;
const DOCUMENT_SIGNED = /(?<=书)签(?=字|名|订|署|收)/g;
const MADE_IN_YEAR = /(?<=[0-9０-９]{4}年)制(?=[”」』）)，。、；\s]|$)/g;
const TAIZHOU = /台(?=州)/g;
// 外面 or 里面 that ICU reads as a word before 包 that wraps or holds (外面包着帆布, 这里面包含) is "outside", not 面包 "bread" (店外面包车).
const WRAPPED_OUTSIDE = /(?<=[外里])面(?=包[着住裹了好含括])/g;
// fresh-54: whatever ICU reads, bread is not wrapped round something (在外面包了一层保温棉, 里面包着): 包 there is the verb.
const WRAPPED_ROUND = /(?<=[外里])面(?=包[着住裹]|包了(?:一|[几两三][层圈张块]))/g;
// fresh-55: dough (手接触面团, 揉面团) is 麵, where ICU or a phrase reads 接触面 "a contact surface"; not 表面团结 or 全面团结.
const DOUGH = /(?<=[和揉擀醒发搓捏拌切分做把将、，。；：]|接触|^)面(?=团)/g;
// fresh-55: the deities' procession after 游 and a word of aspect (游完神, 游过神) is 遊, as the phrase 游神 is.
const PARADE = /游(?=[完过]神)/g;
// fresh-55: 系 before what is tied on (系安全带, 系好鞋带, 系上围裙) is 繫, whatever ICU reads; 关系, 联系 and 体系 are words.
// Stop 45 (fresh-176): and a dog's lead (出门须系牵引绳, 系好狗绳).
// Stop 46 (fresh-209): 系 standing alone before a date is the copula 係 of a report's findings (生猪肉系17日上午从集市购进, 干货系11月上旬从县城购买,
// 雷发贵系2023年11月…): a department before its year's cohort is no date (中文系2023级).
const IS_DATED = new RegExp(`(?<![关联体派直谱水星院科父母世语菌品株])系(?=${NUMBER}{1,4}[年月日](?!级|届)|[0-9０-９]{1,2}月[上中下]旬)`, 'g');
// Stop 46 (fresh-206): and a rope tied a number of turns (缆绳至少系三道).
const TIED_ROPE = /系(?<=(?:缆绳|绳子|绳索|绳)[^，。；]{0,4}系)(?=[上好紧牢]|[一两二三四五几多]道)/g;
// Stop 47 (fresh-218): tying that fails or holds (有人系不紧, 系得牢), and a cord tied round a wrist (五彩绳系手腕); 关系不好 is a word.
const TIED_FAST = /(?<![关联体派维直谱干世])系(?=不[紧牢住好]|得[紧牢])|系(?<=绳系)(?=[在于]?(?:手腕|手上|脚踝|腰间|腰上|脖子))/g;
const TIED_GOODS = /(?<![关联体派维直谱])系(?=[上好紧]?(?:安全带|鞋带|围裙|领带|红领巾|腰带|绳子|红绳|扣子|纽扣|丝带|袋口|牵引绳|狗绳|犬绳|安全绳))/g;
// 当着…的面 "before someone's face" (当着监督员的面承认) is the face 面.
const IN_FRONT_OF = /(?<=当着[\u3400-\u9fff]{1,8}的)面/g;
// conv-21, settled where the review list asked about right choices: 干 right after a verb that takes water out, before 了
// (被抽干了, 吸干了, 榨干了, 擦干了), is dry 乾: the work done 幹了 follows no such verb.
const DRAINED = /干(?<=[抽吸榨烘烤擦吹拧沥烧熬晾晒喝煎煮蒸]干)(?=了)/g;
// What fails to dry or dries slowly (面条晒不干, 晒得不干, 水性胶干得慢; fresh-47, fresh-48): 幹 "to do" is neither.
// Stop 45 (fresh-177): so does what is drying said twice, the thing and its drying (天热鱼干干得快, 衣服干得慢).
// Stop 46 (fresh-201): and a surface or the noodles drying too fast (面又干得太快), where no one works; and what airing dries
// by a time (晾到下午就干了).
// Stop 46 (fresh-205): and dry skin or air said as a state (冬天最大的问题是干。, 越烫越干。, 冬天屋里干，).
const NOT_DRY =
	/干(?<=(?:问题|毛病)就?是干|越[\u3400-\u9fff]越干|(?:屋里|屋子里|室内|空气|皮肤|嘴唇|嗓子|喉咙|眼睛)[太很特别比较有点又更越]{0,2}干)(?=[，。；、！]|$)|干(?<=更干)(?=更[痒裂疼])|干(?<=[晒晾烘吹阴](?:得不够|得不|不太|不够|不)干)|干(?<=[胶漆墨干]干|衣服干|被子干|头发干|面[又也还都]?干)(?=得(?:很|更|特别|比较|太)?[慢快透])|干(?<=[晾晒][^，。；！？\n]{1,8}[就才都也已]干)(?=了|透)/g;
// conv-22: so is 干 after pouring, draining or sweeping water off, at a clause's end or before the water (水都要倒干。, 排干积水, 控干水分, 扫干，).
const POURED_OFF = /干(?<=[倒排控沥抽吸擦拧扫放]干)(?=[^\u3400-\u9fff]|$|积水|水分)/g;
// 签 of 标签 that ICU reads as a word is a label 籤 (标签字迹, 标签上), where OpenCC's 签字 "to sign" reads across it.
const LABEL = /(?<=标)签/g;
// fresh-56: 制 after 录 is recording 製, where ICU reads 语录 "quotations" before it (彝语录制广播); not 记录制度.
const RECORDED = /(?<=录)制(?![度定约止])/g;
// Stop 47 (fresh-221): a quoted name that ends in 面 in a sentence about noodles (供应一碗面条…称之为“夜班面”) is a dish 麵.
const NOODLES_NAMED = /(?<=[“「][\u3400-\u9fff]{1,5})面(?=[”」])/g;
const NOODLES_NEAR = /面条|碗面|煮面|挂面|拉面|汤面/;
// Stop 47 (fresh-221): land requisitioned by its area or with its compensation (在城西征地二十亩, 征地补偿) is 徵, where OpenCC's 西征
// "a march west" reads first.
const LAND_TAKEN = /征(?=地[0-9０-９一二两三四五六七八九十百千几]|地(?:补偿|拆迁|款))/g;
// Stop 47 (fresh-217): 制 before a herb is the processed herb of Chinese medicine 製 (九蒸九晒的制黄精, 制首乌, 炮制半夏), where
// control, limits and systems (控制, 限制, 体制) end in 制 before what they govern.
const PROCESSED_HERB =
	/(?<![控抑限管压强编体机法专节牵遏克定建税学])制(?=(?:黄精|何首乌|首乌|半夏|川乌|草乌|附子|天南星|南星|香附|大黄|远志|厚朴|乳香|没药|吴茱萸))/g;
// fresh-103: 下 + 摆 before what is set out (帐篷下摆着体温检测仪, 桌下摆满) is "placed below" 擺, not a hem 下襬.
const PLACED_BELOW = /摆(?<=下摆)(?=[着了满放])/g;
// fresh-117: 托 before a person asked to buy, bring or see to something (他们托她买的米) is to entrust 託.
// Stop 41 (fresh-134): so is asking a friend or a relative to (托朋友从外地买来) and leaving someone in another's care
// (只能托给他们外婆照看); stop 42 (fresh-150): whatever they are asked to do (又托朋友辗转带回), but not 托朋友的福 "thanks to".
// Stop 48 (fresh-228): and a friend named by where they live (我托在上海的一个老同事从旧货市场淘到一根).
// Stop 42 (fresh-150): 刮 in a clause about a beard or a face is shaving 刮 (胡子也好几天没刮了), never the wind's 颳.
// Stop 43 (fresh-152): so is 刮 before them with its particle (刮了胡子), where OpenCC's 刮了 is the wind's 颳了; and 刮痧; and
// (fresh-166) 刮 a comma later in the same sentence (自己刮不了胡子，我就顺手给刮了).
const SHAVED = /刮(?<=(?:胡子|胡须|胡茬|胡碴|脸)[^。！？\n]{0,10}刮)|刮(?=[了过完好]?(?:胡子|胡须|胡茬|胡碴|脸|痧))/g;
const ENTRUSTED =
	/托(?=[他她我你]们?(?:买|带|捎|办|帮|照看|照顾|转交|代))|托(?=(?:朋友|亲戚|熟人|同学|老乡|邻居|同事)(?!的|之|们的))|托(?=给[\u3400-\u9fff]{1,6}?(?:照看|照顾|看管|带))|托(?=在[\u3400-\u9fff]{1,6}的(?:一[个位])?老?(?:朋友|亲戚|熟人|同学|老乡|邻居|同事|战友))/g;
// fresh-111: dry weather (腊月里天干、风大, 天干物燥) is 乾, where OpenCC's 天干 is the heavenly stems.
const DRY_WEATHER = /干(?<=天干)(?=[、，,]?(?:风大|物燥|少雨|地燥|风燥))/g;
// Stop 45 (fresh-180): 干不干 beside another state asked the same way (粮食干不干、净不净; 管得了干不干、霉不霉) is dry or not 乾,
// and so is 干 first in a storage's watchwords (做到“干、净、凉”): work done is not asked with mould and cleanness.
const DRY_OR_NOT = /干(?=不干、[\u3400-\u9fff]不)|干(?<=干不干)(?=、[\u3400-\u9fff]不)|干(?=、[净凉洁燥通])/g;
// fresh-111: 借 before an occasion taken (要借体检的机会, 借此机会) is 藉 "by means of", as in 藉機.
// Stop 47 (fresh-224): and this letter opening a clause (借这封信，我代表全家向…表示感谢).
const BY_MEANS_OF = /借(?=(?:此|这个?|该|[\u3400-\u9fff]{1,6}的)机会)|(?<=^|[，。！？；：“\n])借(?=[这此]封信)/g;
// Stop 45 (fresh-180): 借机 before what is done with the chance (收购商借机压级压价) is 藉機 too; 借机器 borrows a machine.
const SEIZES_CHANCE = /借(?=机(?![器具床构场务关组型车械身动票]))/g;
// fresh-111: noodles pulled by hand or by machine (手工拉制, 机制挂面) are made 製; 机制 is otherwise a mechanism.
// Stop 46 (fresh-201): and a price list's cell of how the goods are made (面制品	挂面	机制	7.00).
const MACHINE_MADE = /制(?<=拉制)|制(?<=机制)(?=挂面|面条|面粉|米粉|红糖|砖|茶)|制(?<=(?:^|[\t|｜])[ \u3000]*机制)(?=[ \u3000]*(?:[\t|｜]|$))/gm;
// fresh-110: 并 between stopping and going somewhere (立即停止作业并到阴凉处休息) is "and" 並, where OpenCC's 併到 merges into.
const AND_GO_TO = /(?<![合归兼吞])并(?=到(?:阴凉|通风|附近|就近|医院|医疗|卫生|安全|指定|室内))/g;
// fresh-102: 个 counted before 中 is the measure word (建起了3个中药材种植观光园), where OpenCC's 个中 "therein" is 箇中.
const COUNTED_BEFORE_MIDDLE = new RegExp(`(?<=${NUMBER})个(?=中)`, 'g');
// fresh-102: 系 after 称 "to say" is "to be" 係 (负责人钟某称系“朋友送来试卖的”, 自称系本村村民), not a system (称系统).
const SAID_TO_BE = /(?<=称)系(?![统列数])/g;
// fresh-100: 编制 of a document drawn up (编制了春、秋两季带量食谱, 编制预算, 编制应急预案) is compiled 編製, as Taiwan writes it;
// 编制 of posts (人员编制, 编制内, 编制数) is the establishment 編制, which OpenCC writes for both. Stop 44 (fresh-172): so is
// the document's 编制 after it (预算编制) and a report's label of who compiled it (报告编制：肖红梅, 编制：).
const COMPILED =
	/制(?<=(?<!人员|岗位|机构|事业|行政|在|有|无|占)编制)(?=(?:了|出|好|完成)?[^，。；：\n]{0,10}?(?:食谱|预算|方案|预案|计划|报告|手册|规划|目录|清单|报表|指南|图表|图谱|图册|教材|菜单|日历|名册))|制(?<=(?:报告|计划|方案|预案|规划|预算|报表|手册|食谱|日历|名册)[^，。；：\n]{0,20}?编制)(?=完成|好了|出来)|制(?<=(?:报告|计划|方案|预案|规划|预算|报表|手册|食谱)编制)|制(?<=(?:^|[\n\t\u3000 ])编制)(?=[：:])/g;
// fresh-54: a slip or a tag before nothing that is signed (价签, 书签, 牙签, 竹签, 抽签, 便签, 警示签, 贴签; fresh-75) is 籤, where ICU reads 签 alone (签 alone is 簽, to sign).
// Stop 45 (fresh-194): and a seal's slip on a delivery's bag (外卖“食安封签”, 一次性封签).
// Stop 46 (fresh-202, fresh-201): lots counted by the stick (38支签); and a queue's number slip (号签), which ICU may read into
// the word after it (号签上的字), so whatever ICU reads.
const TAG = /签(?<=[价标书牙竹抽求浮便吊示贴瓶封]签|[0-9０-９一二两三四五六七八九十百几]支签)(?![字名约订署发收到])/g;
const NUMBER_SLIP = /签(?<=号签)(?![字名约订署发收到])/g;
// 复 starting a word of checking again that ICU reads (复核, 复查, 复诊) is 複, where a phrase before it (粪检复) reads across.
const CHECKED_AGAIN = /复(?=[核查检诊测审筛验])/g;
// 系 standing alone after 心 that starts a word (心系桑梓, 心系患者) is "to be tied to" 繫; 中心 + 系统 is no such 心.
// conv-23: so after 情 (医者仁心 情系乡亲); 病情 + 系 "is" ends a word at 情.
const HEART_TIED = /系(?<=[心情]系)/g;
// conv-23: 准 standing alone after a verb and 得 (测得准吗, 量得准, 看得准) is "accurate" 準: permission is not done well or badly.
// conv-23: 干 after 包 before a count, a clause's end, 到户 or a duty (包干两到三个村, 分片包干。, 包干到户, 包干负责) is the contract
// 包乾 the Ministry of Education writes; 背着包干活 is a bag and work (幹).
const CONTRACTED = new RegExp(`(?<=包)干(?=$|[^\\u3400-\\u9fff]|${NUMBER}|到[户村人组片]|负责|责任|制)`, 'g');
const DONE_ACCURATELY = /(?<=[测量看算瞄打说估判猜摸找对拿踩卡抓称]得)准/g;
// 干 standing alone right after water or a body of it, perhaps with 都/已/快 between (水井干了, 水都干了, 河已干涸), is dry 乾:
// what dries up is the subject, where "to do" 幹 has a person (他干了一天).
// Stop 46 (fresh-210): not where a span of years follows, which someone worked there (在二号井干了26年采煤工).
const DRIED_UP = new RegExp(`干(?<=[水井河渠塘池湖泉溪](?:[都已快早也全就]|已经)?干)(?=了(?!${NUMBER}+[多余来]?年|大?半?辈子)|涸)`, 'g');
// 台 before a localizer that ICU joins to it (操作台上, 手术台上: 台上 "on stage") is the table 檯 where an OpenCC phrase ending
// at 台 writes it so (操作檯, 手術檯): the localizer belongs to the noun before it.
const TABLE_TOP = /台(?=[上下前边旁])/g;
// 里 after a noun is the localizer 裡 (碗里加醋, 白日里, 墙角里, 在海里, 走道里), where ICU or a phrase of OpenCC's reads a
// name or a measure across it (里加 "Riga", 日里, 角里, 道里, 海里 "nautical mile"); 海里 after a count is the measure
// (12海里), 道里 before 区 is Harbin's district, and 公里, 英里 are measures; a card's 里 (医保卡里的余额) is "in", not 卡里 "Kali".
// Each match starts with a character or a small class, so that the scan is fast (里 is in most texts); 里 ends it.
const INSIDE = new RegExp(
	`(?:海(?<!${NUMBER}海)|[日角道谷]|(?<=[\u3400-\u9fff])卡)里(?![区县市镇乡村街路巷河山姆斯布])|里(?<=[\u3400-\u9fff]里)(?<![公英华海]里)(?=加)`,
	'g',
);
// fresh-65, fresh-66: 里 alone after a word, before 人 alone, is "in" 裏 whatever the word (科室里人缘好), not OpenCC's 里人
// "a fellow villager"; but 乡里人, 邻里, 千里 keep 里.
const IN_BEFORE_PEOPLE = /里(?<=[\u3400-\u9fff]{2}里)(?<![乡邻故同千万百公英华海]里)(?=人)/g;
// fresh-61: the Lixiahe plain (地处里下河腹部) keeps 里, unless 里 is "in" after a place (村里下河摸鱼).
const LIXIAHE = /(?<![村城家屋院镇乡县区场店])里(?=下河)/g;
// fresh-62: 里 after a word for a place that things happen in, before more of the clause, is "in" 裏 (市场里人来人往:
// OpenCC's phrase 里人 "a fellow villager" read across the words).
const IN_A_PLACE =
	/里(?<=(?:市场|商场|超市|医院|病房|学校|教室|车间|仓库|冷库|厨房|食堂|院子|屋子|店铺|大厅|小区|社区|诊室|村子)里)(?=[\u3400-\u9fff])(?![程面外头弄巷])/g;
// Stop 45 (fresh-177): 里 after 在 and a word for people is "among" 裏 (在船东里威望高, 在村民们里): a place named 东里 or a
// 里 of distance does not stand there.
const amongPeople = once(() => new RegExp(`里(?<=在(?:${nameData().people.join('|')})们?里)`, 'g'));
// 干 before 的 right after a person's pronoun (我们干的就是, 他们干的都是, 你干的好事) is "to do" 幹, where OpenCC's phrase 干的
// "dry" 乾的 fits what dries (衣服干的时候, 晒干的笋).
const DONE_BY = /干(?<=(?:[我你他她]们?|咱们|大家)干)(?=的)/g;
// Stop 45 (fresh-176): so is 是 + who did it + 干的 ending a clause (说是家里的小猫干的。, 这是谁干的？, 是他自己干的): a person or an
// animal right before 干, where 是湿的还是干的 and 是晒干的 have a state or a drying.
const DONE_BY_WHOM = /干(?<=是[\u3400-\u9fff]{0,8}(?:孩子|[猫狗鼠谁己娃贼他她它人们])干)(?=的(?:[，。！？；”」]|$))/g;
// 干 standing alone after a way of drying and 成 (晒成干, 烘成干) is what comes out dry 乾.
const DRIED_INTO = /干(?<=[晒晾烘烤焙]成干)/g;
// 干 standing alone after a word of how one sets about work (带头干, 跟着干, 一起干, 加油干, 撸起袖子干) is "to do" 幹: a thing
// that dries does not lead, follow or hurry (干部要带头干，群众要跟着干).
const DO_WORK = /干(?<=(?:[跟带领照接学比]着|带头|一起|加油|抓紧|放手|大胆|拼命|袖子|膀子)干)/g;
// 干 before 点 or 一点 and the work done (干点轻活, 干一点家务, 干点别的) is "to do" 幹: OpenCC's 干点 writes "drier" 乾點, which
// takes no work after it (晾干点再收).
const DO_A_BIT = /干(?=一?点儿?(?:[轻重杂零农粗细散]?活|事|家务|农活|什么|啥|别的|力所能及))/g;
// 烟 standing alone after smoking, buying or handing out, or before 戒 (掏烟, 递烟, 买烟, 一包烟, 把烟戒了) is tobacco 菸,
// as in OpenCC's 吸烟, 戒烟, 香烟, and so is flue-cured tobacco (烤烟房, conv-21); smoke 煙 stands in words (浓烟, 冒烟, 烟雾, 烧烤 + 烟雾).
// conv-23: and after urging (不劝烟): smoke is not urged on anyone (散烟, 让烟 may be smoke let out).
const TOBACCO = /烟(?<=[抽吸掏递敬戒买卖售点支根包盒条烤劝]烟)|烟(?=戒)/g;
// So is 烟 smoked for a span (抽了一辈子烟, 抽了四十年烟, 吸过二十多年烟): smoke is breathed in, not for years (吸了一口浓烟 is a word).
const TOBACCO_SMOKED = new RegExp(`(?<=[抽吸][了过](?:${NUMBER}+[多余来]?年|一辈子|大半辈子|半辈子|好几年|多年))烟`, 'g');
// 烟 that never leaves the hand or the mouth (烟不离手, 烟不离口) or held between fingers or lips (夹着烟, 叼着烟) is a cigarette 菸;
// smoke is not held (厨房里烟不散).
const TOBACCO_HELD = /烟(?=不离[手口身])|(?<=[夹叼衔][着了]?)烟/g;
// 无烟 before what is no smokeless fuel or stove (无烟单位, 无烟医院, 无烟家庭) is tobacco-free 無菸; 无烟煤, 无烟灶 and 无烟无尘
// are smokeless, and 无 + 烟花爆竹 is no fireworks; stop 47 (fresh-217): so is smokeless moxa (无烟灸, 无烟艾条).
const TOBACCO_FREE = /(?<=无)烟(?![煤炭火药灶炉囱尘无灸艾])/g;
// 烟 as goods is tobacco 菸: beside liquor (烟和酒, 烟、酒, 酒和烟), loose, fake or smuggled (散装的烟, 假烟, 走私烟) or counted in
// cartons (烟120条); smoke 煙 is neither sold in cartons nor paired with liquor (烟和油雾, 火灾现场的烟和热气).
const TOBACCO_GOODS = new RegExp(`烟(?:(?=[和与及、]酒(?![精店]))|(?<=酒[和与及、]烟)|(?<=(?:散装的?|[假私]|走私的?|劣质|高档)烟)|(?=${NUMBER}+条))`, 'g');
// fresh-93: 烟灰 in a paragraph about a flue or a stove and not about smoking (烟道里积满烟灰, 清掏炉膛烟灰) is soot 煙灰,
// where OpenCC's 菸灰 is a cigarette's ash (烟灰缸, 吸烟的烟灰).
const SOOT = /烟(?=灰)/g;
const STOVE_NEAR = /烟道|烟囱|烟筒|炉|灶|煤|炕|柴火/;
const SMOKING_NEAR = /吸烟|抽烟|香烟|卷烟|烟头|烟蒂|烟缸|烟民/;
// 签 standing alone before a count or a particle of the act (签个字, 签了名, 签下, 签完), or before what one signs
// (签家庭医生服务协议, 签协议; fresh-36), or in the family doctors' motto 签而有约 (fresh-50), is "to sign" 簽: a slip
// 籤 is drawn (抽签, 求签), and those are words.
const SIGNS = /签(?=[个了下完过好字名而]|(?:家庭医生|协议|合同|责任书|承诺书|保证书|同意书|知情同意|服务协议))/g;
// Stop 42 (fresh-146): 签 that starts the words of signing (签约, 签订, 签署, 签字, 签名) is 簽 where ICU starts a word at it,
// even after what OpenCC reads as 上签 "the best lot" (搞“纸上签约”); not in a tag's name (标签名称: TAG's characters).
const SIGNS_WORD = /签(?<![价标书牙竹抽求浮便吊示贴瓶]签)(?=约|订|署|字|名)/g;
// Stop 42: 姜 counted in slices, pieces or roots (加了两片姜, 一块姜; fresh-146) or listed with other seasonings (姜、蒜、葱;
// fresh-144) is ginger 薑, not the surname.
// Stop 43 (fresh-152): also ginger weighed (一百多斤老姜) and listed with jujubes or brown sugar (红枣、老姜、红糖), old, fresh or young.
const GINGER_PARTNERS = '大蒜|蒜|葱|辣椒|花椒|八角|红枣|大枣|红糖|桂皮';
// Stop 43 (fresh-152): so is 姜 that a cook puts in, cuts or boils (都放姜，, 加姜, 切姜) where the verb is a word of its own
// (not 参加 + 姜主任) and no given name follows (see contextChoices).
const GINGER_COOKED = /姜(?<=[放加切拍剁煮熬泡]姜)/g;
const GINGER_COUNTED = new RegExp(
	`姜(?<=(?:${NUMBER}[片块根]|[斤克])[老生嫩鲜]?姜)|姜(?=、(?:${GINGER_PARTNERS}))|姜(?<=(?:${GINGER_PARTNERS})、[老生嫩鲜]?姜)`,
	'g',
);
// 系 standing alone at a clause's end is a university's department (医科大学医疗系，1961年毕业; 中文系。): the copula 係
// of official prose (该患者系本县人) always has its predicate after it.
// A quotation after it is the predicate (称系“朋友送来的”; fresh-102).
// Stop 46 (fresh-209): a date after it is the predicate too (雷发贵系2023年11月…; see IS_DATED).
const DEPARTMENT = /(?<=[\u3400-\u9fff])系(?![\u3400-\u9fff“「‘]|[0-9０-９]{1,4}[年月日]|[0-9０-９]{1,2}月[上中下]旬)/g;
// 里 ending the name of a residential quarter before 社区 or 小区 (玉林里社区, 洋桥北里小区, 万源南里小区) keeps 里, as Beijing's
// quarters write it, also when the quarters are counted after it (丰泽里等12个小区, 和平里、安华里等5个小区; fresh-43); not
// after a place or a building, where it is "in" (村里, 小区里, 楼里). So does a quarter before its house number (松柏里7号;
// trial-45) or among lanes (步高里等老式里弄). Stop 39: and before 街道, a subdistrict named after its quarter (和平里街道,
// 中阳里街道), unless the street is where something is (街道上, 街道两旁); 这里, 那里, 夜里 and 眼里 are never quarters.
// Stop 44 (fresh-169): and before an address's road and number (南门里渔港路8号).
const QUARTER = new RegExp(
	`(?<=[\u3400-\u9fff])(?<![村区院家城乡镇县市里内心中屋房楼栋场所站手这那哪夜梦眼嘴])里(?=社区|小区|街道(?![上里两旁边口])|(?:、[\u3400-\u9fff]{1,4}里)*等${NUMBER}+个(?:小区|社区)|${NUMBER}+号|等[\u3400-\u9fff]{0,3}里弄|[\u3400-\u9fff]{1,4}(?:路|街|巷|大道)[0-9０-９]+号)`,
	'g',
);
// Stop 46 (fresh-204): 里 "in" before 拉 hauling something (到几公里外的沟里拉水, 从城里拉货), where OpenCC's 里拉 is the lira,
// which follows a number (五万里拉).
// Stop 46 (fresh-210): a surname spelled out by a word it stands in (姓后，皇后的后): the character is the word's.
const SPELLED_AS = /后(?<=皇后的后)/g;
// Stop 46 (fresh-206): 里 after 澳, a cove, names a fishing port or village (澳里中心渔港, 澳里村, 在澳里港外, 澳里、东澳).
const COVE_NAMED_LI = /里(?<=澳里)(?=村|港|中心渔港|渔港|社区|[、，])/g;
const IN_BEFORE_HAULING =
	/里(?<=[\u3400-\u9fff](?<![0-9０-９〇零一二两三四五六七八九十百千万亿]里))(?=拉(?:水|货|东西|粮|煤|柴|土|沙|石|砖|菜|肥|回|到|进|出|走|着|了|过))/g;
// Stop 45 (typical texts): 里 inside a village's or a quarter's name before its 庄, 屯 or 铺 (三里庄, 五里铺) and ending one an
// address gives after 住 and a township (住西岭乡中阳里。) is the place's 里; 村里 and 家里 are "in".
const VILLAGE_NAMED_LI =
	/里(?<=[\u3400-\u9fff](?<![家村屋院城心夜这那哪眼手]里))(?=[庄屯铺](?:村|镇|乡|社区|的|[，。、；]|$))|里(?<=住[\u3400-\u9fff]{1,8}(?:乡|镇|街道)[\u3400-\u9fff]{1,3}里)(?=[，。；、]|$)/g;
// Stop 45 (typical texts): 游 ending a place's name before 街道, 镇 or 村 (海游街道, where OpenCC's 游街 is a parade) is the
// name's 游, and so is 游 of what swims in water (水中已有孑孓在游动): 遊動 roams on land.
const PLACE_NAMED_YOU = /游(?<=[\u3400-\u9fff](?<![旅导周巡出郊漫云神交]游))(?=街道|镇|村)/g;
const SWIMS = /游(?=动|来游去)/g;
// Stop 45 (fresh-188, fresh-189): 里 ending a quarter's name in a 、-list with roads and streets (中阳里、桂花里、复兴路等12个,
// 桂花里、钟楼街和城南区中阳里等9个), and after a town before its people, or where one lives or comes from (松岗镇中阳里村民,
// 家住城关镇中阳里的退休教师, 是松岗镇中阳里的农民): not after what 里 is "in" (家里、路上; 镇上家里的; 山里).
const NOT_QUARTER_BEFORE = '(?<![家村屋院城乡镇县市区里内心中屋房楼栋场所站校府室店厂手这那哪夜梦眼嘴上下山林田地水河湖海沟])';
const QUARTER_LISTED = new RegExp(
	`里(?<=[\u3400-\u9fff]{2}${NOT_QUARTER_BEFORE}里)(?=、[\u3400-\u9fff]{1,4}(?:里|路|街|巷|大道)(?=[、，。和及等])|等${NUMBER}+个)|里(?<=(?:路|街|巷|里)[、和][\u3400-\u9fff]{0,3}(?:区|镇)?[\u3400-\u9fff]{1,3}${NOT_QUARTER_BEFORE}里)(?=[、，。和等])`,
	'g',
);
// Stop 46 (fresh-202): and where a person's home is, a place of two characters and 里 before 的 (家住中阳里的老党员).
const TOWN_QUARTER = new RegExp(
	`里(?<=家住[\u3400-\u9fff]{2}${NOT_QUARTER_BEFORE}里)(?=的)|里(?<=[镇乡][\u3400-\u9fff]{1,3}${NOT_QUARTER_BEFORE}里)(?=村民|居民)|里(?<=(?:住|是|来自)[\u3400-\u9fff]{0,6}[镇乡][\u3400-\u9fff]{1,3}${NOT_QUARTER_BEFORE}里)(?=的|[，。；])`,
	'g',
);
// Stop 45 (fresh-181): 里 starting the road of an address after the community or the village (中阳里社区里仁路9号).
const ROAD_OF_QUARTER = /(?<=社区|小区|村|街道)里(?=[\u3400-\u9fff]{1,2}(?:路|街|巷|大道)[0-9０-９]+号)/g;
// 签 counted one to each thing (一框一签, 一户一签, 一人一签) is a tag or a lot 籤: one does not sign one to each.
const ONE_TAG_EACH = /(?<=一[\u3400-\u9fff]一)签(?![到订约字名署发收])/g;
// Stop 47 (fresh-213): but not in a clause about signing in, where it is each one's signature 簽 (签到表实行“一人一签、本人亲签”).
const SIGNING_IN = /签到|亲签|代签|补签/;
/** The clause around an offset, between the marks that end one (a 、 joins the items of one). */
const clauseAt = (text: string, index: number) => /[^，。；！？\n]*$/.exec(text.slice(0, index))![0] + /^[^，。；！？\n]*/.exec(text.slice(index))![0];
// 准 after a verb of aiming (认准, 找准症结), or ending a clause after one of judging (以本通告为准, 算准, 查得准, 写准了), is
// "accurate" 準: the permission 准 (批准, 准许, 不准) has its object or its phrase after it.
// Stop 45 (fresh-189): 不准 before what one may not do (背不出来不准吃早饭, 不准带犬只进入) is "not allowed" 准; after a verb of
// judging it is "not sure" (说不准, 拿不准主意, 看不准).
const NOT_ALLOWED_TO = /准(?<=(?<![说看拿估猜测量算认找瞄对定把摸吃])不准)(?=[吃喝进出带抽吸放乱随私擅动碰拿用去走玩穿开停摆堆倒晒下上])/g;
const ACCURATE = /准(?<=[认找瞄抓]准)|准(?<=[为算写查对拿测看估猜得]准)(?=了?(?![\u3400-\u9fff]))/g;
// What comes in rolls (卫生纸, 胶带, 绷带).
const ROLLED_GOODS =
	'卫生纸|纸|熔喷布|无纺布|胶带|胶布|绷带|纱布|保鲜膜|保鲜袋|塑料袋|垃圾袋|锡纸|毛线|胶卷|胶片|底片|警戒带|警戒线|隔离带|彩条布|防水布|绳|电线|铁丝|地膜|薄膜|篷布|包装膜|缠绕膜|标签纸|不干胶|标签|包装袋';
// 卷 after a count before what comes in rolls (两卷卫生纸, 一卷胶带), also past a few words of what kind (两卷医用胶带,
// 几卷冲洗好的老胶卷), is a roll 捲; a volume (第一卷, 三卷本, 三卷手写的值班记录) is 卷.
// fresh-48: both of a pair (一卷卷印好标签的包装膜).
const ROLLS = new RegExp(`(?<=${NUMBER}卷?|[每这那成])(?<!第${NUMBER}+)卷(?=[\u3400-\u9fff]{0,6}?(?:${ROLLED_GOODS}))`, 'g');
// So is 卷 right after such a thing or a towel or bedding rolled up, a roll of it (毛巾卷、枕头, 把浴巾卷放在颈下); a volume follows
// no cloth (试卷, 案卷 are words).
const ROLL_OF = new RegExp(`卷(?<=(?:${ROLLED_GOODS.replace('|纸|', '|')}|毛巾|浴巾|枕巾|被子|被褥|铺盖|凉席|席子|地毯|海绵)卷)`, 'g');
// So is 卷 after a sleeve or a trouser leg, with or without 一 (袖子一卷, 把裤腿卷起): only cloth is rolled up there.
const SLEEVE_ROLLED = /卷(?<=(?:袖子|袖口|衣袖|袖管|裤腿|裤脚|裤管)一?卷)/g;
// So is 卷 after a count that follows such a thing (纱布绷带2300卷, 卫生纸500卷), also in the next cell of a table's row
// (| 救生绳 | 60卷 |; fresh-45), or that ends a clause about it (封箱胶带一天就要用掉三卷，); 档案300卷 counts volumes.
const ROLLS_AFTER = new RegExp(
	`卷(?<=(?:${ROLLED_GOODS})(?:[\u3400-\u9fff| ]{0,12}?(?<!第))?${NUMBER}+卷)(?:(?<=(?:${ROLLED_GOODS})${NUMBER}+卷)|(?![\u3400-\u9fff]))`,
	'g',
);
// 干 heading a place name of two or three characters before 村, 镇, 乡, 巷 … (干河村, 干溪村, 干海子村, 干鱼巷; fresh-38) is dry 乾, where the name stands
// alone or after the township or a list mark (前营乡干河村), or after a preposition of place before 村, 镇 … (在干河沟村); 干
// ending a name (余干县) keeps 干.
const DRY_PLACE =
	/(?<=^|[^\u3400-\u9fff]|[、乡镇县区市])干(?!部)(?=[\u3400-\u9fff]{1,2}(?:村|镇|乡|屯|庄|寨|沟|坝|湾|巷))|(?<=[在到去从往至赴])干(?!部)(?=[\u3400-\u9fff]{1,2}(?:村|镇|乡|屯|庄|寨|巷)(?![\u3400-\u9fff]*?[活事]))/g;
// 松 and 发 in a name of two characters before a village, a road or a shop, where the name stands alone or after the
// township or a list mark (塘下村、松发村, 城关镇松发路, 后塘镇松发超市; trial-45), are the pine 松 and the 發 of prosperity:
// a place or a shop has no loose hair.
const PLACE_STEM = /(?<=^|[^\u3400-\u9fff]|[、乡镇县区市村])[\u3400-\u9fff]{2}(?=村|镇|乡|路|街|巷|大道|超市|商店|商行|米业|药店|药房|诊所|饭店|酒店|宾馆)/g;
// 里 after 乡 before more of the clause (乡里来人, 乡里专门组建) is "in the township" 裡; OpenCC's 鄉里 "home village" ends a
// clause (造福乡里。) or says 乡里乡亲.
const IN_TOWNSHIP = /(?<=乡)里(?=[\u3400-\u9fff])(?!乡)/g;
/** 干 after a part of the body that dries is dry 乾 (嘴唇干得裂口子, 嗓子干了; fresh-36), not 幹得 "did well". */
// Stop 47 (fresh-218): and skin dry and hot in heat illness (皮肤干烫、已经不再出汗).
const DRY_BODY = /干(?<=(?:嘴唇|嘴巴|嗓子|喉咙|皮肤|舌头|鼻子|眼睛)干)(?=[得了裂燥痒疼烫热红])/g;
// Stop 43 (fresh-158): so is 干 after laundry that does or does not dry (洗了衣服干不了, 被子干得快): laundry does no work.
const DRY_LAUNDRY = /干(?<=(?:衣服|衣物|被子|被褥|床单|毛巾|鞋子|袜子|鞋袜)[都也还就又没不未]{0,2}干)(?=[不得了透])/g;
/** An office or body of a county or district named right after its suffix (区政府, 县人民医院, 区卫健委, 县委). */
const OFFICE_AFTER_SUFFIX = /^(?:政府|人民|卫健|委|党委|疾控)/;
/** What comes before 干 the verb (回乡干, 不愿干, 正在干, 他们干): a place's name does not end in 干 after one. */
const GAN_VERB_BEFORE = /[在去来要想能会肯敢也都还就才又再正不没别乡回们他她我你愿得]/;
// 里 after 州 is "in the prefecture" 裡 (州里征集了, 送往州里), as after 县 or 市: no idiom takes it as 鄉里 does, and a place
// named …州里 comes before a suffix (州里村).
const IN_PREFECTURE = /(?<=州)里(?![村镇乡区路街巷弄])/g;
// fresh-105: places named without their suffix in a 、-list that a count of places closes (加榜、秀塘、斗里等7个乡镇).
// Stop 43 (fresh-156): also with a word for what kind of villages they are (谷口、里田、大坪等偏远村), and a count without 等
// (服务里田、塘背两个自然村).
const PLACE_LIST = new RegExp(
	`(?:[\u3400-\u9fff]{2,3}、)+[\u3400-\u9fff]{2,3}(?=(?:等${NUMBER}*|${NUMBER}+)个?(?:偏远|边远|山区|沿海|城郊|重点|贫困)?(?:自然村|行政村|乡镇|乡|镇|村|街道|社区|县|区|市))`,
	'g',
);

// Characters whose form in a place's name is that place's own (余姚 but 餘慶, 鍾山 but 钟祥 in some lists): a list says nothing of it.
const VARIES_BY_PLACE = /[余于钟范周谷郁岳]/;

/**
 * Items of a 、-list of places closed by their count (斗里 in 秀塘、斗里等7个乡镇), at their offsets in `text`; not an item
 * that is a word of the dictionaries, which writes the place already, nor one whose form varies by place (余庆 → 餘慶).
 */
function listedPlaces({ text, phrases }: Context): Array<[number, number]> {
	const found: Array<[number, number]> = [];
	for (const list of text.matchAll(PLACE_LIST)) {
		let start = list.index;
		for (const item of list[0].split('、')) {
			const end = start + item.length;
			if (!VARIES_BY_PLACE.test(item) && !phrases.some((trie) => trie.matchesAt(text, start, end).some((match) => match.end === end))) found.push([start, end]);
			start = end + 1;
		}
	}
	return found;
}

/** Whether a code unit is a Han character of the Basic Multilingual Plane (read by code: the name rules ask it of nearly every surname). */
const isHan = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
// What the preposition 于 is followed by in a bulletin: a date or another word of time. A given name may start with 万, 千
// or 百 (组长于万发带队, 副院长于百川表示): those count only before another numeral or a unit (于万元, 于千家万户, 于百忙之中; 于十月一日 stays).
export const TIME_AFTER_YU = new RegExp(
	`^(?:(?![万千百](?!${NUMBER}|[元年月日天周时人次余多个名户家件位姓忙])[\u3400-\u9fff])${NUMBER}|近日|昨日|今日|明日|昨天|今天|明天|今年|去年|明年|当年|当晚|当天|当日|次日|次年|翌年|翌日|本周|本月|上周|下周|上午|下午|中午|晚上|凌晨|日前|近期|同日|暑假|寒假|此前|年初|年底|月初|月底|周末|节假日|春节)`,
);
// How a word for a person ends (党员, 干部, 患者, 工人, 医师, 组长, 村民): after 老, such a word is "veteran", not a name.
const PERSON_WORD_END = /[员部者人师长民工兵]/;
// Words of grammar and of time that follow the subject of a clause (余丽和同事们, 于文华在接受采访时, 余丽已连续, 张松发今年).
export const AFTER_SUBJECT = new Set([...'在和与也都已正还又就将把被从向对为今昨每明'].map((char) => char.charCodeAt(0)));
// Words of manner and duty that follow the subject of a clause, beside the characters of AFTER_SUBJECT: a name often
// stands before them (和余华一起, 退休教师张华发主动报名, 网格员于明负责登记).
// conv-22: and what a person carries along (村医于德松背着药箱, 提着, 扛着): a place or a time carries nothing.
// conv-25: and helping (片警党建华协助, 卫生院的余建华配合检查): a place or a time helps no one.
export const SUBJECT_ACTS =
	/^(?:主动|一起|一直|负责|带领|带队|带头|带着|连续|坚持|积极|立即|及时|先后|随即|当即|迅速|始终|同时|自愿|背着|扛着|提着|拎着|挑着|抱着|推着|骑着|端着|协助|配合|帮助|协同|帮忙)/;
// An age or a span of years before a name (今年62岁的余秀英, 已连续献血18年的余志刚说); stop 47 (fresh-222): or decades of
// age (年近七旬的余桂花).
const AGE = new RegExp(`${NUMBER}[岁年旬]的$`);
// Words of grammar that follow a subject and end no name (在, 和, 于 …), unlike 明 or 正 of AFTER_SUBJECT, which many names end with.
const GRAMMAR_AFTER_SUBJECT = /[在和与也都已还就将把被从向对于]/;
// How a role ends (咨询师, 网格员, 组长, 牙医): a name may follow one.
const ROLE_ENDS = new Set([...'师员长医'].map((char) => char.charCodeAt(0)));
// Of those, the ones 于 may follow as a surname: 医 also ends verbs (就医, 行医, 学医于上海) that take the preposition.
const YU_ROLE_ENDS = new Set([...'师员长'].map((char) => char.charCodeAt(0)));
// 据 "according to" (据余丽介绍), and 的 after an age, by code.
const [ACCORDING_TO, OF] = [...'据的'].map((char) => char.charCodeAt(0));
// Characters of grammar that no name contains (党龄的 before 老护士 is not a name), and 由 that brings in the agent before a
// title (周日由护士长值班; stop 43, fresh-152).
export const NOT_IN_NAMES = /[的了是把被这那着过们由]/;
const HAIR_WORD = /^(?:头发|理发|洗发|烫发|染发|脱发|假发|毛发)$/;
// conv-25: the party's organs and school, which a name before a title cannot start with (党工委, 党总支, 党支部, 党委, 党组, 党校);
// stop 43 (fresh-162): and its office (由党办主任叶文彬兼任), of two characters only (党办华 may be a name).
// Verbs that 来 completes (请来, 派来, 送来, 回来).
const COMES_AFTER = /[请派回过进出起下上到带拿送运叫找搬传招接聘赶跑走飞]/;
const PARTY_ORGAN = /^党(?:工委|总支|支部|委|组|校|办$)/;
const RELATIONS = '兄弟|姐妹|夫妇|夫妻|父子|父女|母子|母女';
const LIST_END = new RegExp(`^(?:$|[^\u3400-\u9fff]|、|等|分别|先后|同志|一行|三|两|二|四|五|几|${RELATIONS})`);
// What a list of people may run into, maybe after 等: a count of people or a relation (周宁三位, 钟发松兄弟俩, 于明等3人), not
// of places (余干两县) or of kinds of things (党参、黄芪等21个品种).
const PEOPLE_AFTER_LIST = new RegExp(`^等?(?:${NUMBER}+(?:[位名人]|个(?!品种|品|种|项|类|批|味))|${RELATIONS})`);

/**
 * Offsets of 面 ending an item of a 、-list in which another item ends in noodles that OpenCC's phrases know (鸡蛋面、猪肝面、
 * 瘦肉面都可以; stop 43, fresh-156): the items of a list are things of one kind.
 */
function noodlesListed(text: string, opencc: PhraseTrie): number[] {
	const found: number[] = [];
	for (const clause of text.matchAll(/[^，,。；;：:！？\n]+/g)) {
		const items = clause[0].split('、');
		if (items.length < 2) continue;
		const ends = (item: string) => /面(?:[和及与等都也]|$)/.exec(item);
		const noodles = items.some((item) => {
			const at = ends(item)?.index;
			return at !== undefined && [3, 2].some((n) => at + 1 >= n && /[麪麵]$/.test(opencc.get(item.slice(at + 1 - n, at + 1)) ?? ''));
		});
		if (!noodles) continue;
		let offset = clause.index;
		for (const item of items) {
			const at = ends(item)?.index;
			if (at !== undefined && at > 0) found.push(offset + at);
			offset += item.length + 1;
		}
	}
	return found;
}

/** Whether a given name of one or two characters may start at `index`: its characters are common in given names (周 + 文华, 周 + 丽，). */
function givenNameAt(text: string, index: number): boolean {
	const { givenCharacters } = nameData();
	return givenCharacters.has(text.charCodeAt(index)) && (givenCharacters.has(text.charCodeAt(index + 1)) || !isHan(text.charCodeAt(index + 1)));
}

/**
 * Characters whose Traditional form their context settles, as offsets in `text` → OpenCC standard form: counts (3天后 →
 * 後, 第2周 → 週, 5000只 → 隻, 十余名 → 餘) and names of people and places (钟南山院士 and 院士钟南山 → 鍾, 余先生 → 余,
 * 余丽表示 → 余, 于丽、谷雨、郁文华 → 于/谷/郁, 郁南县 → 郁). `phrases` are the phrase dictionaries the converter uses
 * (OpenCC's first, then the project's), to tell a name from a word (党委书记 is not 党 + 委). `read` is what readPeople
 * found in the same text with the same phrases, if it was already asked (namesIn reads every paragraph first).
 */
export function contextChoices(
	text: string,
	phrases: readonly PhraseTrie[],
	words: TextWords,
	known: ReadonlySet<string> = NO_NAMES,
	read?: PeopleReading,
	themes: DocumentThemes = NO_THEMES,
): ContextChoices {
	const choices = new Map<number, string>();
	const doubtful = new Set<number>();
	const set = (index: number, form: string) => choices.has(index) || choices.set(index, form);
	// First, so that no count takes the surname (一周姓男子).
	if (text.includes('姓'))
		for (const m of text.matchAll(SURNAMED)) {
			const form = nameData().surnameForms.get(m[0]);
			if (form) set(m.index, form);
		}
	if (text.includes('姓'))
		for (const m of text.matchAll(SURNAME_AFTER)) {
			// Stop 45 (fresh-189): the rare surname 后 too (一位姓后的老汉).
			const form = nameData().surnameForms.get(m[0]) ?? RARE_SURNAME_FORMS.get(m[0]);
			// 姓 must end no word of the dictionary (百姓, 老百姓, 同姓); ICU's own words are no guide here (他姓 + 余).
			const inWord = phrases.some((trie) => [2, 3].some((n) => m.index >= n && trie.get(text.slice(m.index - n, m.index)) !== undefined));
			if (form && !inWord) set(m.index, form);
		}
	// Stop 41 (fresh-130): a shop quoted by its owner's surname and 记 (“范记糕点”, 「钟记」) takes the surname's form.
	if (text.includes('记') || text.includes('\t') || text.includes('|') || text.includes('｜'))
		for (const m of text.matchAll(SHOP_OF_SURNAME)) {
			const form = nameData().surnameForms.get(m[0]);
			if (form) set(m.index, form);
		}
	// Each count rule needs its character in the text; most texts lack them, and the regular expressions are skipped.
	if (text.includes('后'))
		for (const m of text.matchAll(TIME_AFTER)) {
			set(m.index, '後');
			if (text[m.index - 1] === '周') set(m.index - 1, '週');
		}
	if (text.includes('元后') || text.includes('块后')) for (const m of text.matchAll(AMOUNT_AFTER)) set(m.index + m[0].length - 1, '後');
	const weeks = text.includes('周');
	if (weeks) for (const m of text.matchAll(ORDINAL_WEEK)) set(m.index + m[0].length - 1, '週');
	if (weeks && text.includes('至周')) for (const m of text.matchAll(WEEKDAY_RANGE)) set(m.index, '週');
	// A count of weeks, unless the dictionary has the two characters as a word that keeps 周 (四周 "all around"), or a
	// word of duration before it says they are weeks (连续四周, 持续两周).
	if (weeks)
		for (const m of text.matchAll(WEEKS)) {
			const count = countStart(text, m.index);
			// Stop 44 (fresh-173): so does 内 after them, a time within the weeks (四周内因病调班): the surroundings have no inside.
			if (
				phrases[0]!.get(text.slice(m.index - 1, m.index + 1)) !== text.slice(m.index - 1, m.index + 1) ||
				DURATION_BEFORE.test(text.slice(Math.max(0, count - 4), count)) ||
				(text[m.index + 1] === '内' && !isHan(text.charCodeAt(m.index + 2) || 0)) ||
				/^内[，。；、,]?$|^内[因共有已均]/.test(text.slice(m.index + 1, m.index + 3))
			)
				set(m.index, '週');
		}
	if (weeks) for (const m of text.matchAll(BY_THE_WEEK)) set(m.index, '週');
	if (weeks) for (const m of text.matchAll(WEEK_OF_EVENTS)) if (!givenNameAt(text, m.index + 1) && !titleAfter(text, m.index + 1)) set(m.index, '週');
	if (weeks) for (const m of [...text.matchAll(WEEKLY_DUTY), ...text.matchAll(ON_DUTY_WEEK)]) set(m.index, '週');
	if (weeks && text.includes('、'))
		for (const m of text.matchAll(WEEK_IN_SCHEDULE)) if (standsAlone(words, m.index) && scheduleItems(text, m.index)) set(m.index, '週');
	if (weeks)
		for (const m of text.matchAll(NAMED_WEEK))
			if (words.startsAt(m.index) && phrases[0]!.get(m[0]) !== m[0] && !titleAfter(text, m.index + 2)) set(m.index + 1, '週');
	if (text.includes('只')) {
		for (const m of text.matchAll(MEASURE_ONLY)) for (let k = m.index + m[0].indexOf('只'); k < m.index + m[0].length; k++) set(k, '隻');
		// 5只有 is "five of them have" or "only 5 have": worth a look, whatever the phrase 只有 says.
		if (text.includes('其中')) for (const m of text.matchAll(COUNTED_AMONG)) set(m.index, '隻');
		for (const m of text.matchAll(MEASURE_OR_ONLY)) if (!choices.has(m.index + 1)) doubtful.add(m.index + 1);
		for (const m of text.matchAll(ONLY_AFTER_COUNTED)) set(m.index, '只');
		for (const m of text.matchAll(MEASURE_UNIT)) set(m.index, '隻');
		for (const m of text.matchAll(HEAD_AND_ANIMAL)) set(m.index, '隻');
		for (const m of text.matchAll(MEASURE_IN_LIST)) set(m.index, '隻');
	}
	if (text.includes('台'))
		for (const m of text.matchAll(MACHINES)) {
			const measure = m.index + m[0].length - 1;
			if (/^[一这那每]/.test(m[0]) && text[measure + 1] === '风') doubtful.add(measure);
			else set(measure, '臺');
			// Said twice, each is the measure word (一台台新设备), as 一只只 is.
			if (text[measure + 1] === '台' && !TABLE_THINGS.test(text[measure + 2] ?? '')) set(measure + 1, '臺');
		}
	if (text.includes('台面'))
		for (const m of text.matchAll(WORKTOP))
			if (standsAlone(words, m.index + 1)) {
				set(m.index, '檯');
				set(m.index + 1, '面');
			}
	if (text.includes('不准'))
		for (const m of text.matchAll(FORBIDDEN))
			if (words.startsAt(m.index) && !words.startsAt(m.index + 1) && words.startsAt(m.index + 2)) set(m.index + 1, '准');
	if (text.includes('不准')) for (const m of text.matchAll(FORBIDDEN_ACT)) if (words.startsAt(m.index) && words.startsAt(m.index + 2)) set(m.index + 1, '准');
	if (text.includes('不准')) for (const m of [...text.matchAll(NUMBERED_PROHIBITIONS), ...text.matchAll(NOT_ALLOWED_TO)]) set(m.index, '准');
	if (text.includes('余')) for (const m of text.matchAll(MORE_THAN)) set(m.index + 1, '餘');
	if (text.includes('于')) for (const m of text.matchAll(YU_BEFORE_DATE)) set(m.index, '於');
	if (text.includes('杆')) for (const m of text.matchAll(MEASURE_GAN)) set(m.index, '桿');
	if (text.includes('杆') && (text.includes('秤') || text.includes('计量'))) for (const m of text.matchAll(STEELYARDS_COUNTED)) set(m.index, '桿');
	if (text.includes('一出')) for (const m of text.matchAll(AS_SOON_AS)) set(m.index + 1, '出');
	if (text.includes('出'))
		for (const m of text.matchAll(PLAYS)) {
			const measure = m.index + 1;
			if (standsAlone(words, measure) && words.startsAt(m.index + m[0].length)) set(measure, '齣');
		}
	// 一出 standing alone and followed in its clause by 就, 便 or 即 is "as soon as one leaves" (一出家门就, 一出小区便),
	// unless a play came first (一出好戏就此上演: the rule above).
	if (text.includes('一出')) for (const m of text.matchAll(AS_SOON_AS_LEAVING)) if (standsAlone(words, m.index + 1)) set(m.index + 1, '出');
	// The word of degree must be a word (只好困了一夜 is not 好 + 困).
	if (text.includes('困')) for (const m of text.matchAll(SLEEPY)) if (words.startsAt(m.index)) set(m.index + m[0].length - 1, '睏');
	if (text.includes('困得')) for (const m of text.matchAll(SLEEPY_SO)) if (standsAlone(words, m.index)) set(m.index, '睏');
	if (text.includes('困了')) for (const m of text.matchAll(SLEEPY_THEN)) if (words.startsAt(m.index)) set(m.index, '睏');
	if (text.includes('准')) for (const m of text.matchAll(PERMITTED)) if (standsAlone(words, m.index) && words.startsAt(m.index + 1)) set(m.index, '准');
	if (text.includes('斗')) for (const m of text.matchAll(MEASURE_DOU)) if (standsAlone(words, m.index) || words.startsAt(m.index)) set(m.index, '斗');
	if (text.includes('干') && text.includes('湿')) for (const index of dryNearWet(text, words)) set(index, '乾');
	if (text.includes('干'))
		for (const m of text.matchAll(DRIED)) {
			if (words.startsAt(m.index) && driedFoodEnds(text, words, m.index + 1)) set(m.index, '乾');
		}
	if (text.includes('干茶') || text.includes('干菇'))
		for (const m of text.matchAll(DRIED_TEA))
			if (standsAlone(words, m.index) && words.startsAt(m.index + (text[m.index + 2] === '叶' ? 3 : 2))) set(m.index, '乾');
	if (text.includes('干'))
		for (const m of text.matchAll(DRIED_AFTER)) if (standsAlone(words, m.index) && driedFoodBefore(text, words, m.index)) set(m.index, '乾');
	if (text.includes('自制'))
		for (const m of text.matchAll(HOME_MADE))
			if (words.startsAt(m.index) && !words.startsAt(m.index + 1) && words.startsAt(m.index + 2)) set(m.index + 1, '製');
	if (text.includes('现制')) for (const m of text.matchAll(MADE_ON_SPOT)) set(m.index, '製');
	if (text.includes('干')) {
		// Not where 干 starts a word of the dictionaries that ICU cut (带着 + 干粮).
		for (const m of text.matchAll(DO_WORK))
			if (standsAlone(words, m.index) && !phrases.some((trie) => trie.matchesAt(text, m.index).some((match) => match.end > m.index + 1))) set(m.index, '幹');
		for (const m of text.matchAll(DO_A_BIT)) set(m.index, '幹');
		for (const m of text.matchAll(DRY_PLACE)) if (words.startsAt(m.index) && !readsAsWord((k) => words.startsAt(k), m.index, m.index + 2)) set(m.index, '乾');
	}
	if (text.includes('松发') || text.includes('发松'))
		for (const m of text.matchAll(PLACE_STEM))
			for (let k = m.index; k < m.index + 2; k++) if (text[k] === '松' || text[k] === '发') set(k, text[k] === '松' ? '松' : '發');
	if (text.includes('烟')) {
		for (const m of text.matchAll(TOBACCO)) if (standsAlone(words, m.index)) set(m.index, '菸');
		for (const m of text.matchAll(TOBACCO_SMOKED)) if (standsAlone(words, m.index)) set(m.index, '菸');
		for (const m of text.matchAll(TOBACCO_HELD)) if (standsAlone(words, m.index)) set(m.index, '菸');
		for (const m of text.matchAll(TOBACCO_FREE)) if (words.startsAt(m.index - 1) && !startsLongerWord(words, m.index)) set(m.index, '菸');
		for (const m of text.matchAll(TOBACCO_GOODS)) if (standsAlone(words, m.index)) set(m.index, '菸');
		if (text.includes('烟灰') && STOVE_NEAR.test(text) && !SMOKING_NEAR.test(text)) for (const m of text.matchAll(SOOT)) set(m.index, '煙');
	}
	if (text.includes('制')) for (const m of text.matchAll(PROCESSED)) if (standsAlone(words, m.index)) set(m.index, '製');
	if (text.includes('制')) for (const m of text.matchAll(COOKED)) if (standsAlone(words, m.index) && words.startsAt(m.index - 1)) set(m.index, '製');
	if (text.includes('制')) for (const m of text.matchAll(MADE_INTO)) if (standsAlone(words, m.index)) set(m.index, '製');
	if (text.includes('初制'))
		for (const m of text.matchAll(FIRST_PROCESSED)) if (standsAlone(words, m.index) && standsAlone(words, m.index - 1)) set(m.index, '製');
	if (text.includes('松')) for (const m of [...text.matchAll(LOOSENS_BODY), ...text.matchAll(LOOSENS_ROPE), ...text.matchAll(LOOSE_STATE)]) set(m.index, '鬆');
	if (text.includes('卷')) for (const m of text.matchAll(ROLLED_UP)) if (standsAlone(words, m.index)) set(m.index, '捲');
	if (text.includes('明了')) for (const m of text.matchAll(MADE_CLEAR)) if (words.startsAt(m.index + 1)) set(m.index + 1, '了');
	if (text.includes('面')) for (const m of text.matchAll(NOODLES)) if (standsAlone(words, m.index)) set(m.index, '麪');
	if (text.includes('面')) for (const m of [...text.matchAll(COUNTED_NOODLES), ...text.matchAll(KNEADED)]) if (standsAlone(words, m.index)) set(m.index, '麪');
	// Stop 46 (fresh-201): or in any paragraph of a document that names noodle-making often (做面的人, 晾出来的面, 面干不透).
	if (text.includes('面') && (themes.noodleMaking || (text.match(NOODLE_MAKING)?.length ?? 0) >= 2))
		for (const m of text.matchAll(DOUGH_ALONE)) if (standsAlone(words, m.index) || /^面房/.test(text.slice(m.index))) set(m.index, '麪');
	if (text.includes('好的面')) for (const m of text.matchAll(DOUGH_MADE)) set(m.index, '麪');
	if (text.includes('对面条') || text.includes('对面食')) for (const m of text.matchAll(NOODLES_AFTER_TO)) set(m.index, '麪');
	if (text.includes('吃')) for (const m of text.matchAll(EATEN_NOODLES)) if (standsAlone(words, m.index)) set(m.index, '麪');
	if (text.includes('出面')) for (const m of text.matchAll(NOODLE_SHOP)) set(m.index, '麪');
	if (text.includes('面'))
		for (const m of text.matchAll(DISH_NOODLES)) if (/[店馆摊铺]/.test(text[m.index + 1] ?? '') || standsAlone(words, m.index)) set(m.index, '麪');
	if (text.includes('困')) for (const m of text.matchAll(TRAPPED)) set(m.index, '困');
	if (text.includes('包干')) for (const m of text.matchAll(CONTRACTED)) if (!words.startsAt(m.index) || standsAlone(words, m.index)) set(m.index, '乾');
	if (text.includes('得准')) for (const m of text.matchAll(DONE_ACCURATELY)) if (standsAlone(words, m.index)) set(m.index, '準');
	if (text.includes('系')) for (const m of text.matchAll(HEART_TIED)) if (words.startsAt(m.index - 1) && standsAlone(words, m.index)) set(m.index, '繫');
	if (text.includes('干')) {
		for (const m of text.matchAll(DRIED_UP)) if (words.startsAt(m.index)) set(m.index, '乾');
		for (const m of text.matchAll(DONE_BY)) if (words.startsAt(m.index)) set(m.index, '幹');
		for (const m of text.matchAll(DONE_BY_WHOM)) set(m.index, '幹');
		for (const m of text.matchAll(DRIED_INTO)) if (standsAlone(words, m.index)) set(m.index, '乾');
	}
	if (text.includes('台'))
		for (const m of text.matchAll(TABLE_TOP)) if (!words.startsAt(m.index + 1) && tableBefore(phrases[0]!, text, m.index)) set(m.index, '檯');
	if (text.includes('皇后的后')) for (const m of text.matchAll(SPELLED_AS)) set(m.index, '后');
	if (text.includes('澳里')) for (const m of text.matchAll(COVE_NAMED_LI)) set(m.index, '里');
	if (text.includes('里拉')) for (const m of text.matchAll(IN_BEFORE_HAULING)) set(m.index, '裡');
	if (text.includes('里'))
		for (const m of [...text.matchAll(ROAD_OF_QUARTER), ...text.matchAll(VILLAGE_NAMED_LI), ...text.matchAll(QUARTER_LISTED), ...text.matchAll(TOWN_QUARTER)])
			set(m.index, '里');
	// Stop 46 (fresh-202): a village that a table of the document names with 里 (中阳里　村委会活动室) keeps it wherever the
	// document names it again (家住中阳里的, 在下河里巡诊).
	for (const place of themes.placesNamedLi)
		for (let start = text.indexOf(place); start >= 0; start = text.indexOf(place, start + place.length)) set(start + place.length - 1, '里');
	if (text.includes('游')) for (const m of text.matchAll(PLACE_NAMED_YOU)) set(m.index, '游');
	if (text.includes('张台子')) for (const m of text.matchAll(TABLE_COUNTED)) set(m.index, '檯');
	if (text.includes('划') && WATER_NEAR.test(text))
		for (const m of text.matchAll(STROKES)) {
			const before = text.slice(Math.max(0, m.index - 30), m.index);
			if (WATER_NEAR.test(before) && !/[纸图笔线桌]/.test(before.slice(-10))) set(m.index, '划');
		}
	if (text.includes('游') && WATER_NEAR.test(text)) for (const m of text.matchAll(SWIMS)) set(m.index, '游');
	if (text.includes('里')) for (const m of text.matchAll(INSIDE)) if (!surnameGu(text, words, m.index, m[0])) set(m.index + m[0].length - 1, '裏');
	if (text.includes('里')) for (const m of text.matchAll(IN_A_PLACE)) set(m.index, '裏');
	if (text.includes('里') && text.includes('在')) for (const m of text.matchAll(amongPeople())) set(m.index, '裏');
	if (text.includes('里人'))
		for (const m of text.matchAll(IN_BEFORE_PEOPLE)) if (standsAlone(words, m.index) && standsAlone(words, m.index + 1)) set(m.index, '裏');
	if (text.includes('里下河')) for (const m of text.matchAll(LIXIAHE)) set(m.index, '里');
	if (text.includes('签')) for (const m of text.matchAll(SIGNS)) if (standsAlone(words, m.index)) set(m.index, '簽');
	if (text.includes('签')) for (const m of text.matchAll(SIGNS_WORD)) if (words.startsAt(m.index)) set(m.index, '簽');
	if (text.includes('姜')) for (const m of text.matchAll(GINGER_COUNTED)) set(m.index, '薑');
	if (text.includes('姜'))
		for (const m of text.matchAll(GINGER_COOKED))
			if (words.startsAt(m.index - 1) && standsAlone(words, m.index) && !givenNameAt(text, m.index + 1)) set(m.index, '薑');
	if (text.includes('一签'))
		for (const m of text.matchAll(ONE_TAG_EACH)) set(m.index, SIGNING_IN.test(clauseAt(text, m.index).replace(/一[\u3400-\u9fff]一签到/g, '')) ? '簽' : '籤');
	if (text.includes('准')) for (const m of text.matchAll(ACCURATE)) set(m.index, '準');
	if (/里(?:社区|小区|街道|、|等|[0-9０-９一二三四五六七八九十]+号|[\u3400-\u9fff]{1,4}(?:路|街|巷|大道)[0-9０-９]+号)/.test(text))
		for (const m of text.matchAll(QUARTER)) set(m.index, '里');
	if (text.includes('系')) for (const m of text.matchAll(DEPARTMENT)) if (standsAlone(words, m.index)) set(m.index, '系');
	if (text.includes('卷')) for (const m of [...text.matchAll(ROLLS), ...text.matchAll(ROLLS_AFTER)]) set(m.index, '捲');
	if (text.includes('卷'))
		for (const m of [...text.matchAll(ROLL_OF), ...text.matchAll(SLEEVE_ROLLED)]) if (!startsLongerWord(words, m.index)) set(m.index, '捲');
	if (text.includes('乡里')) for (const m of text.matchAll(IN_TOWNSHIP)) if (words.startsAt(m.index - 1)) set(m.index, '裏');
	if (text.includes('州里')) for (const m of text.matchAll(IN_PREFECTURE)) set(m.index, '裏');
	if (text.includes('控烟')) for (const m of text.matchAll(TOBACCO_CONTROL)) if (standsAlone(words, m.index)) set(m.index, '菸');
	if (text.includes('戒')) for (const m of text.matchAll(TOBACCO_QUIT)) set(m.index, '菸');
	if (text.includes('喂')) for (const m of text.matchAll(FEEDS)) set(m.index, '餵');
	if (text.includes('坛')) for (const m of text.matchAll(JAR_INSIDE)) if (standsAlone(words, m.index)) set(m.index, '罈');
	if (text.includes('坛'))
		for (const m of text.matchAll(JARS_COUNTED)) if (standsAlone(words, m.index) || (words.startsAt(m.index) && text[m.index + 1] === '子')) set(m.index, '罈');
	if (text.includes('里'))
		for (const m of text.matchAll(MILES)) {
			let start = m.index - 1;
			if (/[多余来]/.test(text[start]!)) start--;
			while (start > 0 && COUNT_CHAR.test(text[start - 1]!)) start--;
			if (text[start - 1] === '好') start--;
			// Before 外 a count's 里 is a distance whatever ICU joins (二十多里外, 十里外): 里外 "in and out" takes no number.
			const away = text[m.index + 1] === '外';
			if (words.startsAt(start) && (away || (words.startsAt(m.index) && !startsLongerWord(words, m.index)))) set(m.index, '里');
		}
	if (text.includes('族')) for (const m of text.matchAll(ETHNIC_TOWNSHIP)) set(m.index, '里');
	if (text.includes('升')) for (const m of text.matchAll(RISING_PLACE)) set(m.index, '升');
	if (text.includes('松')) for (const m of text.matchAll(NOT_SLACKEN)) set(m.index, '鬆');
	if (text.includes('表，') || text.includes('表？') || text.includes('表！'))
		for (const m of text.matchAll(TIMEPIECE)) if (standsAlone(words, m.index)) set(m.index, '錶');
	if (text.includes('钟')) for (const m of [...text.matchAll(CLOCKS), ...text.matchAll(O_CLOCK), ...text.matchAll(CLOCKS_COUNTED)]) set(m.index, '鐘');
	if (text.includes('表')) for (const m of text.matchAll(WATCHES)) if (standsAlone(words, m.index)) set(m.index, '錶');
	if (themes.timepieces && text.includes('表')) for (const m of text.matchAll(WATCH_IN_THEME)) if (standsAlone(words, m.index)) set(m.index, '錶');
	if (themes.timepieces && text.includes('钟'))
		for (const m of text.matchAll(CLOCK_IN_THEME))
			if (standsAlone(words, m.index) && ![...known].some((name) => text.startsWith(name, m.index))) set(m.index, '鐘');
	if (text.includes('病愈')) for (const m of text.matchAll(RECOVERED)) set(m.index, '癒');
	if (text.includes('多采')) for (const m of text.matchAll(PICK_MORE)) set(m.index, '採');
	if (text.includes('新发')) for (const m of text.matchAll(NEW_HAIR)) set(m.index, '髮');
	if (text.includes('理了')) for (const m of text.matchAll(YEARS_OF_HAIRCUTS)) set(m.index, '髮');
	if (text.includes('个')) for (const m of text.matchAll(VILLAGE_COUNTED)) set(m.index, '里');
	if (text.includes('家冲')) for (const m of text.matchAll(FAMILY_HOLLOW)) set(m.index, '沖');
	if (text.includes('生发') && HAIR_TALK.test(text)) for (const m of text.matchAll(GROWS_HAIR)) set(m.index, '髮');
	if (text.includes('咽')) for (const m of text.matchAll(SWALLOWS)) set(m.index, '嚥');
	if (text.includes('又')) for (const m of text.matchAll(DRY_AND)) set(m.index, '乾');
	if (text.includes('应')) for (const m of text.matchAll(ALL_THAT_SHOULD)) set(m.index, '盡');
	if (text.includes('系')) for (const m of text.matchAll(LINEAGE)) set(m.index, '系');
	if (text.includes('冲') && WATER_NEAR.test(text)) for (const m of text.matchAll(WASHED_AWAY)) set(m.index, '沖');
	if (text.includes('曲') && BREWING.test(text)) for (const m of text.matchAll(STARTER)) if (standsAlone(words, m.index)) set(m.index, '麴');
	if (text.includes('松')) for (const m of text.matchAll(RELAXES)) if (standsAlone(words, m.index)) set(m.index, '鬆');
	if (text.includes('又松')) for (const m of text.matchAll(SOFT_AND)) set(m.index, '鬆');
	if (text.includes('紧') && text.includes('松'))
		for (const m of text.matchAll(TIGHT_THEN_SLACK)) if (standsAlone(words, m.index) && tightAlone(text, words, m.index)) set(m.index, '鬆');
	if (text.includes('白干')) for (const m of text.matchAll(NOT_IN_VAIN)) set(m.index, '幹');
	if (text.includes('干了')) for (const m of text.matchAll(THING_DRIED)) set(m.index, '乾');
	if (text.includes('干了')) for (const m of text.matchAll(WORKED_FOR)) set(m.index, '幹');
	if (text.includes('干')) for (const m of [...text.matchAll(DRY_BODY), ...text.matchAll(DRY_LAUNDRY)]) set(m.index, '乾');
	if (text.includes('刮')) for (const m of text.matchAll(SHAVED)) set(m.index, '刮');
	if (text.includes('风刮')) for (const m of text.matchAll(WIND_BLOWS)) set(m.index, '颳');
	if (text.includes('冲')) for (const m of [...text.matchAll(WATER_RUSHES), ...text.matchAll(WASHED_BY)]) set(m.index, '沖');
	if (text.includes('冲')) for (const m of [...text.matchAll(DRINK_MADE), ...text.matchAll(RINSED)]) if (standsAlone(words, m.index)) set(m.index, '沖');
	if (text.includes('冲')) for (const m of text.matchAll(FLUSHED)) if (words.startsAt(m.index)) set(m.index, '沖');
	if (text.includes('冲')) for (const m of text.matchAll(RAIN_WASHES)) set(m.index, '沖');
	if (text.includes('冲')) for (const m of text.matchAll(SHOWERED)) if (words.startsAt(m.index) && words.startsAt(m.index + 1)) set(m.index, '沖');
	if (text.includes('系在')) for (const m of text.matchAll(TIED_AT)) if (standsAlone(words, m.index)) set(m.index, '繫');
	if (text.includes('系')) for (const m of text.matchAll(TIED)) set(m.index, '繫');
	if (text.includes('地系')) for (const m of text.matchAll(TIED_GENTLY)) if (standsAlone(words, m.index + 3)) set(m.index + 3, '繫');
	if (text.includes('扎')) for (const m of text.matchAll(PRICKED)) set(m.index, '扎');
	if (text.includes('扎') && NEEDLES_NEAR.test(text)) for (const m of text.matchAll(NEEDLED)) if (standsAlone(words, m.index)) set(m.index, '扎');
	if (text.includes('并')) for (const m of text.matchAll(AND_ALSO)) set(m.index, '並');
	if (text.includes('天台')) for (const m of text.matchAll(ROOFTOP)) set(m.index, '臺');
	if (text.includes('特困')) for (const m of text.matchAll(VERY_POOR)) set(m.index, '困');
	if (text.includes('冲洗')) for (const m of text.matchAll(RINSE)) set(m.index, '沖');
	if (text.includes('米面')) for (const m of text.matchAll(RICE_AND_FLOUR)) if (standsAlone(words, m.index) || words.startsAt(m.index - 1)) set(m.index, '麪');
	if (text.includes('面')) for (const m of text.matchAll(SURFACE)) if (words.startsAt(m.index - 1)) set(m.index, '面');
	if (text.includes('和面')) for (const m of text.matchAll(FACE_AFTER_AND)) set(m.index, '面');
	if (text.includes('系着'))
		for (const m of text.matchAll(TIED_ON)) if (standsAlone(words, m.index) && !startsLongerWord(words, m.index + 1)) set(m.index, '繫');
	if (text.includes('当着')) for (const m of text.matchAll(IN_FRONT_OF)) set(m.index, '面');
	if (text.includes('干')) for (const m of text.matchAll(NOT_DRY)) set(m.index, '乾');
	if (text.includes('干了')) for (const m of text.matchAll(DRAINED)) if (words.startsAt(m.index) || words.startsAt(m.index - 1)) set(m.index, '乾');
	if (text.includes('干')) for (const m of text.matchAll(POURED_OFF)) if (words.startsAt(m.index)) set(m.index, '乾');
	if (text.includes('标签')) for (const m of text.matchAll(LABEL)) if (readsAsWord((k) => words.startsAt(k), m.index - 1, m.index + 1)) set(m.index, '籤');
	if (text.includes('录制')) for (const m of text.matchAll(RECORDED)) set(m.index, '製');
	if (NOODLES_NEAR.test(text)) for (const m of text.matchAll(NOODLES_NAMED)) set(m.index, '麵');
	if (text.includes('征地')) for (const m of text.matchAll(LAND_TAKEN)) set(m.index, '徵');
	if (text.includes('制')) for (const m of text.matchAll(PROCESSED_HERB)) set(m.index, '製');
	if (text.includes('编制')) for (const m of text.matchAll(COMPILED)) set(m.index, '製');
	if (text.includes('下摆')) for (const m of text.matchAll(PLACED_BELOW)) set(m.index, '擺');
	if (text.includes('托')) for (const m of text.matchAll(ENTRUSTED)) set(m.index, '託');
	if (text.includes('天干')) for (const m of text.matchAll(DRY_WEATHER)) set(m.index, '乾');
	if (text.includes('干不干') || text.includes('干、')) for (const m of text.matchAll(DRY_OR_NOT)) set(m.index, '乾');
	if (text.includes('机会') || text.includes('封信')) for (const m of text.matchAll(BY_MEANS_OF)) set(m.index, '藉');
	if (text.includes('借机')) for (const m of text.matchAll(SEIZES_CHANCE)) set(m.index, '藉');
	if (text.includes('制')) for (const m of text.matchAll(MACHINE_MADE)) set(m.index, '製');
	if (text.includes('并到')) for (const m of text.matchAll(AND_GO_TO)) set(m.index, '並');
	if (text.includes('个中')) for (const m of text.matchAll(COUNTED_BEFORE_MIDDLE)) set(m.index, '個');
	if (text.includes('称系')) for (const m of text.matchAll(SAID_TO_BE)) set(m.index, '係');
	if (text.includes('签')) for (const m of text.matchAll(TAG)) if (standsAlone(words, m.index)) set(m.index, '籤');
	if (text.includes('号签')) for (const m of text.matchAll(NUMBER_SLIP)) set(m.index, '籤');
	if (text.includes('复')) for (const m of text.matchAll(CHECKED_AGAIN)) if (readsAsWord((k) => words.startsAt(k), m.index, m.index + 2)) set(m.index, '複');
	if (text.includes('设台')) for (const m of text.matchAll(STAND_SET_UP)) if (standsAlone(words, m.index)) set(m.index, '臺');
	if (text.includes('年制')) for (const m of text.matchAll(MADE_IN_YEAR)) set(m.index, '製');
	if (text.includes('头发')) for (const m of text.matchAll(HEAD_GOES)) set(m.index, '發');
	if (text.includes('发')) {
		for (const m of [...text.matchAll(WIG_HAIR), ...text.matchAll(HAIR_CUT), ...text.matchAll(HAIR_DYED)]) set(m.index, '髮');
		for (const m of text.matchAll(HAIR_BEFORE)) if (words.startsAt(m.index) && words.startsAt(m.index + 2)) set(m.index, '髮');
	}
	if (text.includes('书签')) for (const m of text.matchAll(DOCUMENT_SIGNED)) set(m.index, '簽');
	if (text.includes('台')) {
		for (const m of text.matchAll(TAIWAN)) if (words.startsAt(m.index)) set(m.index, '臺');
		for (const m of text.matchAll(TAIZHOU)) if (words.startsAt(m.index)) set(m.index, '台');
	}
	if (text.includes('面包'))
		for (const m of text.matchAll(WRAPPED_OUTSIDE)) if (readsAsWord((k) => words.startsAt(k), m.index - 1, m.index + 1)) set(m.index, '面');
	if (text.includes('面包')) for (const m of text.matchAll(WRAPPED_ROUND)) set(m.index, '面');
	if (text.includes('面团')) for (const m of text.matchAll(DOUGH)) set(m.index, '麪');
	if (text.includes('面线')) for (const m of text.matchAll(NOODLE_THREADS)) set(m.index, '麪');
	if (text.includes('冲')) for (const m of text.matchAll(WATER_PLACE)) set(m.index, '沖');
	if (text.includes('冲')) for (const m of text.matchAll(WATER_RINSES)) set(m.index, '沖');
	if (text.includes('冲')) for (const m of text.matchAll(RINSED_CLEAN)) if (words.startsAt(m.index)) set(m.index, '沖');
	// Stop 46 (fresh-193): the flood may be named in another paragraph of the document.
	if (text.includes('冲') && (themes.flood || FLOOD_NEAR.test(text))) for (const m of text.matchAll(FLOOD_WASHED)) set(m.index, '沖');
	if (text.includes('冲') && WASHING_NEAR.test(text))
		for (const m of text.matchAll(RINSED_AWHILE))
			if (standsAlone(words, m.index) && WASHING_NEAR.test(text.slice(Math.max(0, m.index - 40), m.index + 20))) set(m.index, '沖');
	if (text.includes('谷')) for (const m of text.matchAll(GRAIN)) if (standsAlone(words, m.index) && !givenNameAt(text, m.index + 1)) set(m.index, '穀');
	if (text.includes('神')) for (const m of text.matchAll(PARADE)) set(m.index, '遊');
	if (text.includes('系')) for (const m of text.matchAll(TIED_GOODS)) set(m.index, '繫');
	if (text.includes('系')) for (const m of text.matchAll(TIED_FAST)) if (standsAlone(words, m.index)) set(m.index, '繫');
	if (text.includes('绳')) for (const m of text.matchAll(TIED_ROPE)) set(m.index, '繫');
	if (text.includes('系')) for (const m of text.matchAll(IS_DATED)) set(m.index, '係');
	if (text.includes('系得')) for (const m of text.matchAll(TIED_SO)) set(m.index, '繫');
	if (text.includes('面、') || text.includes('、面')) for (const m of text.matchAll(STAPLES)) set(m.index, '麪');
	if (text.includes('面、')) for (const index of noodlesListed(text, phrases[0]!)) set(index, '麪');
	// The second verb of 冲了冲, 冲一冲 is the first one again, whatever settled the first (only settled characters are read).
	for (const [index, form] of choices) if ((text[index + 1] === '了' || text[index + 1] === '一') && text[index + 2] === text[index]) set(index + 2, form);
	const names = nameData();
	if (!mentionsNameCharacters(text, names)) return { settled: choices, doubtful };
	const context = { text, phrases, names, startsWord: (index: number) => words.startsAt(index), doubtful };
	// Without a reading, personNames adds its suspects to the count rules' own.
	const people = read ? read.spans : personNames(context);
	if (read) for (const index of read.doubtful) doubtful.add(index);
	// Given names' characters that a name writes either way (钟秋谷, 余穀豐): settled, and yet in doubt.
	const guessed: number[] = [];
	for (const [start, end] of [...people, ...knownNamesIn(text, known, phrases, words)]) {
		const surname = names.surnameForms.get(text[start]!) ?? RARE_SURNAME_FORMS.get(text[start]!);
		if (surname) set(start, surname);
		// A given name that is a word of its own writes it as the word does (钟谷雨: the solar term 穀雨), where a character
		// of the name is one whose name form is a guess; it is still asked about.
		const given = end - start === 3 ? givenAsWord(phrases, text, start + 1, end) : undefined;
		for (let k = start + 1; k < end; k++) {
			const form = names.givenForms.get(text[k]!);
			const guess = form !== undefined && isGuess(names, text.slice(start + 1, end), text[k]!);
			if (guess && !choices.has(k)) guessed.push(k);
			if (guess && given) set(k, given[k - start - 1]!);
			else if (form) set(k, form);
		}
	}
	for (const [start, end] of placeNames(context)) {
		for (let k = start; k < end; k++) {
			const form = names.placeForms.get(text[k]!) ?? (k === end - 1 ? names.placeEndForms.get(text[k]!) : undefined);
			if (form) set(k, form);
		}
	}
	for (const index of familyPlaces(text, names, words)) set(index, names.surnameForms.get(text[index]!)!);
	// A shop's name of two characters before 堂 writes them as given names do (复春堂 → 復春堂, 金发堂 → 金發堂).
	if (text.includes('堂'))
		for (const m of text.matchAll(SHOP_NAME))
			for (let k = m.index; k < m.index + 2; k++) {
				const form = names.givenForms.get(text[k]!);
				if (form) set(k, form);
			}
	for (const index of choices.keys()) doubtful.delete(index);
	for (const index of guessed) doubtful.add(index);
	return { settled: choices, doubtful };
}

/** Whether a phrase of the dictionaries of two characters or more starts at `start` (钟楼, 钟表). */
function phraseAt(phrases: readonly PhraseTrie[], text: string, start: number): boolean {
	return phrases.some((trie) => trie.matchesAt(text, start).some((match) => match.end - start > 1));
}

/** Whether a given name's character's form is a guess in that given name (谷 beside 丰 or 雨: 谷丰, 丰谷, 谷雨; not 秋谷). */
function isGuess(names: NameData, given: string, char: string): boolean {
	const beside = names.givenGuess.get(char);
	return beside !== undefined && [...given].some((other) => other !== char && beside.includes(other));
}

/** Whether the given name `[start, end)` has a character common in given names (德, 丽, 松), as names nearly always do. */
function hasGivenCharacter(names: NameData, text: string, start: number, end: number): boolean {
	for (let k = start; k < end; k++) if (names.givenCharacters.has(text.charCodeAt(k))) return true;
	return false;
}

/** The Traditional of the given name `[start, end)` where a phrase of the dictionaries is exactly it (谷雨 → 穀雨), if one is. */
function givenAsWord(phrases: readonly PhraseTrie[], text: string, start: number, end: number): string | undefined {
	for (const trie of phrases) for (const match of trie.matchesAt(text, start)) if (match.end === end && match.value.length === end - start) return match.value;
	return undefined;
}

// One or two characters of a given name, 的 and a relative or someone who looks after a person (小松的家长, 海松的妻子); not
// a place, a unit or a localizer (患者于医院的家属, 患者于家中的亲属).
export const RELATIVE_AFTER =
	/^[\u3400-\u9fff]{1,2}(?<![的了在和是省市县区镇乡村街路院所站室心校馆场中里内外上下])的(?:家长|家属|家人|父亲|母亲|爸爸|妈妈|妻子|丈夫|爱人|儿子|女儿|孩子|老伴|亲属|监护人|孙子|孙女)/;
// A relative who shares a surname with the person named before (于发财的儿子于小松, 钟松发的孙子钟谷雨).
const PRONOUNS = /[他她它我你您其]/;
const KIN_OF_NAME = /([\u3400-\u9fff])([\u3400-\u9fff]{1,2})的(?:儿子|女儿|孙子|孙女|侄子|侄女|哥哥|弟弟|姐姐|妹妹|父亲|爷爷)\1(?=[\u3400-\u9fff])/g;

/**
 * Names of kin (conv-19): 于 after a word for a person before a name, 的 and a relative (村民于发财的儿子; a place or a
 * time has no family), and a relative after 的 who bears the surname of the name before it, both names (于发财的儿子于小松).
 */
function namesOfKin(context: Context): Array<[number, number]> {
	const { text, names } = context;
	const found: Array<[number, number]> = [];
	for (const m of text.matchAll(/于/g)) {
		const given = RELATIVE_AFTER.exec(text.slice(m.index + 1));
		if (given && !TIME_AFTER_YU.test(text.slice(m.index + 1)) && names.people.some((word) => text.startsWith(word, m.index - word.length)))
			found.push([m.index, m.index + given[0].indexOf('的') + 1]);
	}
	for (const m of text.matchAll(KIN_OF_NAME)) {
		if (!names.surnameForms.has(m[1]!) || NOT_IN_NAMES.test(m[2]!) || PRONOUNS.test(m[2]!)) continue;
		const second = m.index + m[0].length - 1;
		// Not where a word of the dictionaries at the second writes it otherwise (由于他的儿子于是: 於是).
		const form = names.surnameForms.get(m[1]!);
		if (context.phrases.some((trie) => trie.matchesAt(text, second).some((match) => match.end - second > 1 && match.value[0] !== form))) continue;
		const given = /^[\u3400-\u9fff]{1,2}/.exec(text.slice(second + 1))![0];
		const length = given.length === 2 && !NOT_IN_NAMES.test(given) ? 3 : 2;
		found.push([m.index, m.index + 1 + m[2]!.length], [second, second + length]);
	}
	return found;
}

/** What the name rules read of the people in one text: the spans of their names, and surnames they suspect where a word took them. */
export interface PeopleReading {
	spans: Array<[number, number]>;
	doubtful: readonly number[];
}

const NO_PEOPLE: PeopleReading = { spans: [], doubtful: [] };

/**
 * The people the name rules find in `text` (personNames), as contextChoices reads them; namesIn reads every paragraph
 * of a document so before any is converted, and the converter takes that reading rather than make it again.
 */
export function readPeople(text: string, phrases: readonly PhraseTrie[], words: TextWords): PeopleReading {
	const names = nameData();
	if (!mentionsNameCharacters(text, names)) return NO_PEOPLE;
	const doubtful = new Set<number>();
	const spans = personNames({ text, phrases, names, startsWord: (index: number) => words.startsAt(index), doubtful });
	return { spans, doubtful: [...doubtful] };
}

/** The names of three characters among `spans` that the rest of the document carries (knownNamesIn). */
export function carriedNames(text: string, spans: ReadonlyArray<[number, number]>): string[] {
	// What a rule read as a name of three but that ends as a place or a form of address does (周宁县, 余师傅) is no one's name to carry.
	const carried = ([start, end]: [number, number]) => end - start === 3 && !PLACE_OR_ADDRESS_END.test(text.slice(start + 1, end));
	// fresh-60: so is a surname read before a kin term it is called by (涂叔说, 范姨说), as the family's form of address:
	// 和涂叔就是 and 是范姨从家里 in other paragraphs, where nothing else says it is a surname.
	const addressed = ([start, end]: [number, number]) =>
		end - start <= 2 && KIN_BY_SURNAME.test(text.slice(start + 1, start + 3)) && /^[伯叔婶姨嫂姐哥]/.test(text[start + 1]!);
	// fresh-99: and a name of two whose given name is a character common in given names (村里的姑娘余婷从, then 他和余婷轮流
	// in a paragraph before): the rest of the document carries it as it carries a name of three.
	const names = nameData();
	const ofTwo = ([start, end]: [number, number]) =>
		end - start === 2 && names.surnameForms.has(text[start]!) && names.givenCharacters.has(text.charCodeAt(start + 1)) && !addressed([start, end]);
	return [
		...spans.filter(carried).map(([start, end]) => text.slice(start, end)),
		...spans.filter(addressed).map(([start]) => text.slice(start, start + 2)),
		...spans.filter(ofTwo).map(([start, end]) => text.slice(start, end)),
	];
}

/** Whether an OpenCC phrase ending at the 台 at `index` writes it as the table 檯 (操作台, 手术台, 写字台). */
function tableBefore(opencc: PhraseTrie, text: string, index: number): boolean {
	for (let start = Math.max(0, index - 4); start < index; start++)
		if (opencc.matchesAt(text, start).some((match) => match.end === index + 1 && match.value.at(-1) === '檯')) return true;
	return false;
}

/** Whether a title follows within three characters of `index`, so that a surname may stand before it (会上周书记, 下周建新主任). */
function titleAfter(text: string, index: number): boolean {
	const title = nameData().afterAt;
	return [0, 1, 2].some((n) => {
		title.lastIndex = index + n;
		return title.test(text);
	});
}

/** Whether the 、-list item that 周 at `index` opens is as long as a neighbouring item opened by 日, 月, 季 or 年 (日巡查、周通报). */
function scheduleItems(text: string, index: number): boolean {
	const item = (start: number) => LIST_ITEM.exec(text.slice(start))![0];
	const own = item(index).length;
	const previous = text[index - 1] === '、' ? PREVIOUS_ITEM.exec(text.slice(0, index - 1))![0] : '';
	const next = text[index + own] === '、' ? item(index + own + 1) : '';
	// fresh-110: the item before may begin with its verb (落实日管控、周排查、月调度工作机制): its end counts.
	return [previous, next, previous.slice(-own)].some((other) => /^[日月季年]/.test(other) && other.length === own);
}

// An item of a 、-list, from its start or back from its end: Han characters up to the next mark.
const LIST_ITEM = /^[\u3400-\u9fff]*/;
const PREVIOUS_ITEM = /[\u3400-\u9fff]*$/;

/** Where the word (by ICU) that starts at `start` ends. */
function wordEnd(startsWord: (index: number) => boolean, start: number): number {
	let end = start + 1;
	while (!startsWord(end)) end++;
	return end;
}

/** Whether ICU reads a word of two characters or more from `index` on (烟花 in 无/烟花/爆竹). */
function startsLongerWord(words: TextWords, index: number): boolean {
	return words.startsAt(index) && !words.startsAt(index + 1);
}

/**
 * Whether 谷里 matched by INSIDE at `index` starts a name (谷里明带领, 谷里平每天): 谷 starts a word and a given name's last
 * character follows, where 山谷里 and 峡谷里 end a word at 谷.
 */
function surnameGu(text: string, words: TextWords, index: number, match: string): boolean {
	return match === '谷里' && words.startsAt(index) && isHan(text.charCodeAt(index + 2)) && !NOT_GIVEN_END.test(text[index + 2]!);
}

// Words of grammar and localizers that end no given name (谷里的, 谷里有, 谷里面).
const NOT_GIVEN_END = /[的了在有是和也都面头边外没]/;

/** Whether the character at `index` is a word of its own by ICU's segmentation. */
function standsAlone(words: TextWords, index: number): boolean {
	return words.startsAt(index) && words.startsAt(index + 1);
}

/** Whether the 紧 nearest before `index` (TIGHT_THEN_SLACK) stands alone, as "tight": 紧急, 紧邻 are other words. */
function tightAlone(text: string, words: TextWords, index: number): boolean {
	const tight = text.lastIndexOf('紧', index);
	return standsAlone(words, tight);
}

/**
 * Offsets of 干 standing alone within a few characters of 湿 (湿了又干、干了又湿, 干湿分类): the opposite of wet is dry 乾,
 * not "to do" 幹, unless a modal verb makes it one (要干, 肯干).
 */
function dryNearWet(text: string, words: TextWords): number[] {
	const at = (char: string) => [...text.matchAll(new RegExp(char, 'g'))].map((m) => m.index);
	const wet = at('湿');
	return at('干').filter(
		(k) => (standsAlone(words, k) || text[k + 1] === '湿') && !MODAL.test(text[k - 1] ?? '') && wet.some((w) => Math.abs(w - k) <= OPPOSITES_NEAR),
	);
}

/**
 * Whether one of DRIED's nouns starting at `start` ends a word by ICU (干菜 + ，, not 干 + 菜地); a noun of one character
 * only before what ends an item or a subject (干鱼、干虾等, 干枣要; not 干 + 鱼 + 塘 where ICU does not know 鱼塘).
 */
function driedFoodEnds(text: string, words: TextWords, start: number): boolean {
	const noun = DRIED_NOUN.exec(text.slice(start, start + 3));
	if (noun === null || !words.startsAt(start + noun[0].length)) return false;
	return noun[0].length > 1 || !isHan(text.charCodeAt(start + 1)) || ITEM_ENDS.test(text[start + 1]!);
}

/** Whether a food of DRIED_AFTER that ICU reads as a word of its own ends right before `index` (辣椒 + 干; not 种 + 菜 in 种菜干). */
function driedFoodBefore(text: string, words: TextWords, index: number): boolean {
	const startsWord = (k: number) => words.startsAt(k);
	// A noun of two or three that ICU cuts inside (黄/花菜 in 一袋黄花菜干、; fresh-57) still ends where 干 starts.
	return [3, 2, 1].some(
		(n) => n <= index && DRIED_FOOD_BEFORE.test(text.slice(index - n, index)) && startsWord(index - n) && (n > 1 || readsAsWord(startsWord, index - n, index)),
	);
}

const DRIED_FOOD_BEFORE = new RegExp(`^(?:${DRIED_NOUNS}|${DRIED_FRUITS_AND_ROOTS})$`);

// What may follow a noun of one character as the end of an item or of a subject (干鱼、干虾等, 干笋也, 干枣要).
const ITEM_ENDS = /[、等和及与的类也都要应]/;

/** Whether any character of the text has a name form of its own; most sentences have none, and the name rules are skipped. */
function mentionsNameCharacters(text: string, { nameFormCodes }: NameData): boolean {
	for (let i = 0; i < text.length; i++) if (nameFormCodes.has(text.charCodeAt(i))) return true;
	return false;
}

/** What the context rules found: settled characters (offset → OpenCC standard form), and characters they suspect but cannot settle: surnames where names stand that a word of the dictionary took (余生华是, 于丽、谷雨), a measure word or "only" after a number (5只有). */
export interface ContextChoices {
	settled: Map<number, string>;
	/** Offsets where another form may be meant: a surname a word took (余生华是), or a given name's character of `givenGuess` a name settled (钟秋谷). */
	doubtful: Set<number>;
}

const NO_NAMES: ReadonlySet<string> = new Set();

// A table's cell that holds a place named with 里 before another cell (1周　4月2日（周二）　中阳里　村委会活动室): a cell of
// one word, where 里 "in" ends a phrase of a sentence.
const PLACE_CELL_LI = /(?<=(?:^|[\t|｜\u3000]| {2})[ \u3000]*)[\u3400-\u9fff]{2,4}里(?=[ \u3000]*(?:[\t|｜\u3000]| {2})[ \u3000]*[\u3400-\u9fff])/gm;

// Stop 46 (fresh-205): a place of two characters and 里 after a town before its community or village (白石镇中阳里社区),
// which a table pasted with single spaces names too (6 叶云飞 中阳里 10000).
const QUARTER_OF_TOWN = /(?<=[镇乡])[\u3400-\u9fff]{2}里(?=社区|村(?![里外]))/g;
// Stop 47 (fresh-213): a community's or a residents' committee's name anywhere (中阳里社区, 幸福里居委会): "in" ends no
// community's name, where 这里, 村里 or 城里 before 社区 are filtered out as places of their own.
const QUARTER_NAMED = /[\u3400-\u9fff]{2}里(?=社区|居委会)/g;
// What 里 "in" ends in such a cell (卫生室里, 新村里, 学校里): a place of its own, not a place named with 里.
const INSIDE_PLACE = /[村镇乡县区市州省站所院局科室馆家屋楼房店厂校园场心内这那哪城]里$/;

// Stop 47 (fresh-225): a 、-list of a township's hamlets, one of them named with 台, 坪, 坡 or 湾 (送往干沟里、鹰嘴台、松树台等缺水村民组).
const HAMLET_LIST = /[\u3400-\u9fff]{2,3}(?:、[\u3400-\u9fff]{2,3}){2,}(?=等|[两三四五六七八九十几]个)/g;

/** The items ending in 里 of a 、-list of places, where another item ends as only a place does (鹰嘴台, 上坪). */
function placesListedWithLi(document: string): string[] {
	const places: string[] = [];
	for (const m of document.matchAll(HAMLET_LIST)) {
		const items = m[0].split('、');
		if (items.some((item) => /[台坪坡湾]$/.test(item))) places.push(...items.filter((item) => item.length === 3 && item.endsWith('里')));
	}
	return places;
}

/** What a whole document is about, where a paragraph's own words may not say it (an interview's answer about the noodles). */
export interface DocumentThemes {
	/** Places the document's tables name with 里 (中阳里, 下河里), which keep it wherever the document names them. */
	placesNamedLi: ReadonlySet<string>;
	/** The document names noodle-making often (挂面, 和面, 晾面 … four times or more). */
	noodleMaking: boolean;
	/** The document names a flood (洪水, 山洪, 涨水 …). */
	flood: boolean;
	/** The document names clocks and watches often (手表, 挂钟, 发条 … three times or more). */
	timepieces: boolean;
}

const NO_THEMES: DocumentThemes = { placesNamedLi: new Set(), noodleMaking: false, flood: false, timepieces: false };

/** The themes of `document` that settle characters in paragraphs that do not name them (see DocumentThemes). */
export function documentThemes(document: string): DocumentThemes {
	const places = document.includes('里')
		? [
				...[...document.matchAll(PLACE_CELL_LI)].map((m) => m[0]),
				...spacedRowCells(document)
					.map((m) => m[0])
					.filter((cell) => cell.length === 3 && cell.endsWith('里')),
				...[...document.matchAll(QUARTER_OF_TOWN)].map((m) => m[0]),
				...[...document.matchAll(QUARTER_NAMED)].map((m) => m[0]),
				...placesListedWithLi(document),
			]
		: [];
	return {
		placesNamedLi: new Set(places.filter((place) => !INSIDE_PLACE.test(place))),
		noodleMaking: (document.match(NOODLE_MAKING)?.length ?? 0) >= 4,
		flood: FLOOD_NEAR.test(document),
		timepieces: (document.match(TIMEPIECE_WORDS)?.length ?? 0) >= 3,
	};
}

// How a span the rules read as a name ends when it is a place, a room or a form of address (周庄镇, 冷藏间, 余师傅, 周大姐).
// A hamlet's word before a village, a town or a community (于庄村, 范营镇): cheaper to test than the surnames before it.
const HAMLET_BEFORE_PLACE = /[庄屯寨营堡](?:村|镇|乡|社区)|屋(?:村|组|小学|、)|[\u3400-\u9fff][氏记]/;
// fresh-69: verbs after which 于 is the preposition before a place, not the start of a place's name (往返于旗区, 穿梭于城区).
// Stop 47 (fresh-221): and keeping or placing something (存放于老档案库), which 老 as an honorific does not follow.
const VERB_BEFORE_YU =
	/(?:往返|往来|来往|穿梭|奔波|奔走|活跃|分布|散布|居住|生活|工作|就读|就职|任职|毕业|出生|出没|游走|流动|存放|保存|保管|存储|储存|放置|收藏|寄存|归档)$/;
const PLACE_OR_ADDRESS_END = /(?:[省市县区镇乡村街路间栏室站所院]|师傅|大爷|大姐|大妈|大娘|阿姨|医生|老师)$/;

// What is named after a person by the given name: a prize, a fund, a workshop, a cup (松发奖, 谷雨基金).
const NAMED_AFTER = /^(?:奖|基金|工作室|杯)/;

/**
 * Where names found elsewhere in the same document stand in `text`: a feature names 蓝发松 once where a role or 他叫
 * settles it, then writes 蓝发松就起床了 or 蓝发松笑着说 a dozen times where nothing does. Only names of three characters
 * are carried (a surname and two given characters rarely occur inside ordinary words), and not where the surname ends a
 * word of the dictionaries with the character before it (其余发松 would be 其余 + 发松).
 */
/** A role or a title of either list, read where it starts (班长 in 于班长, 主任 in 于主任). */
const roleAt = once(() => new RegExp(nameData().roleAtEnd.source.replace(/\$$/, ''), 'y'));

function knownNamesIn(text: string, known: ReadonlySet<string>, phrases: readonly PhraseTrie[], words: TextWords): Array<[number, number]> {
	const spans: Array<[number, number]> = [];
	// A word of grammar makes no word with the surname, whatever OpenCC lists (的钟 "o'clock": 支援的钟秋云).
	const joinsBefore = (start: number) =>
		start > 0 && !NOT_IN_NAMES.test(text[start - 1]!) && phrases.some((trie) => trie.get(text.slice(start - 1, start + 1)) !== undefined);
	for (const name of known) {
		// A surname and the kin term it is called by (涂叔) is a span of the surname alone, where ICU reads it alone.
		const addressed = name.length === 2 && KIN_BY_SURNAME.test(name.slice(1));
		for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + name.length)) {
			if (addressed ? words.startsAt(start) && words.startsAt(start + 1) : !joinsBefore(start)) spans.push([start, start + (addressed ? 1 : name.length)]);
		}
		if (addressed) continue;
		// So does the family's home: 余家 after the document named 余发明 (赶到余家, 在余家门口), where ICU reads 家 alone and
		// no word of the dictionaries runs into the surname (其余家庭, 于家庭医生).
		const home = `${name[0]}家`;
		for (let start = text.indexOf(home); start >= 0; start = text.indexOf(home, start + 2)) {
			if (!joinsBefore(start) && words.startsAt(start + 1) && words.startsAt(start + 2)) spans.push([start, start + 1]);
		}
		// Stop 46 (fresh-205): so does the family's shop (后志明（县城后记面馆）), where the surname is a rare one that the shop
		// rule does not take alone (后记 is an afterword).
		const shop = nameData().shopAfterRecord;
		for (let start = text.indexOf(`${name[0]}记`); start >= 0; start = text.indexOf(`${name[0]}记`, start + 2)) {
			shop.lastIndex = start + 1;
			if (shop.test(text)) spans.push([start, start + 1]);
		}
		// So does the surname in a familiar form of address (老于心衰住院, 问小钟, “于伯，…”) after the document named 于德发
		// or 钟丽云: where ICU reads the prefix as a word's start and the surname alone, and 小于 is no comparison (小于5毫米).
		for (const at of familiarForms(text, name[0]!, words, phrases)) spans.push([at, at + 1]);
		// Stop 45 (fresh-188): so does the surname before a title (于班长骑车过来, 还是于班长找人) after the document named 于建松:
		// where 于 before a title alone stays the preposition (临走时于监督员), a name of the document settles it.
		// Not 后, which is "after" before a title far more often (节后专家门诊, 回港后船员) than a rare surname.
		const title = roleAt();
		for (let start = nameData().surnameForms.has(name[0]!) ? text.indexOf(name[0]!) : -1; start >= 0; start = text.indexOf(name[0]!, start + 1)) {
			title.lastIndex = start + 1;
			// ICU reads the words the surname's character makes with the one before (由于主任, 关于主任) as such.
			// Stop 46 (fresh-205): not before 老人, which follows full names (院办公室于老人生日前两周: the preposition).
			if (!text.startsWith(name, start) && words.startsAt(start) && title.test(text) && !text.startsWith('老人', start + 1) && !joinsBefore(start))
				spans.push([start, start + 1]);
		}
		// So does a prize or a fund named after the person by the given name (钟松发 … 设立‘松发奖’): the span starts one
		// character early, as a name's given characters follow its surname, where that character is no surname of several forms.
		if (name.length !== 3) continue;
		const given = name.slice(1);
		for (let start = text.indexOf(given); start > 0; start = text.indexOf(given, start + 2)) {
			if (text[start - 1] !== name[0] && !nameData().surnameForms.has(text[start - 1]!) && NAMED_AFTER.test(text.slice(start + 2, start + 5)))
				spans.push([start - 1, start + 2]);
		}
		// Stop 39 (fresh-90): so is the given name a paragraph calls the person by (上了年纪的人喊他“金发”, 给金发打电话, 有金发在):
		// where it is said in quotation marks or after 喊, 叫 or 称, every time it stands alone in that paragraph.
		if (!text.includes(given) || !new RegExp(`(?:[喊叫称唤][他她]?“?|“)${given}(?=[”，,！!。])`).test(text)) continue;
		for (let start = text.indexOf(given); start > 0; start = text.indexOf(given, start + 2))
			if (text[start - 1] !== name[0] && !nameData().surnameForms.has(text[start - 1]!)) spans.push([start - 1, start + 2]);
	}
	return spans;
}

// A name of three before a comma and an age (于伟东，36岁).
// fresh-99: also with the person's post or sex between them, as lists write it (；范丽娟，急诊科护士长，44岁；, 3．余秀珍，女，47岁，;
// fresh-108), where the name opens an item of the list.
const NAME_THEN_AGE = new RegExp(
	`[\u3400-\u9fff]{3}(?=[，,] ?(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})岁)|(?<=^|[；;：:。、]|[0-9０-９][.．])[\u3400-\u9fff]{3}(?=[，,][^，。；、\n]{1,16}[，,] ?[0-9]{1,3}岁)`,
	'g',
);
// A person and the family after them (看护渔排的于小松一家四口; fresh-78), after 的 or a mark.
const NAME_THEN_FAMILY = /(?<=^|的|[^\u3400-\u9fff])[\u3400-\u9fff]{3}(?=一家(?:[人子老小口几两三四五六七八九十]|$|[^\u3400-\u9fff]))/g;
// fresh-102: a person of a village or a town, as a villager says it (村里的游海云，大学学的是农学; 我们村的后永发原来在兰州打工).
const NAME_OF_THE_VILLAGE =
	/(?<=(?:村|镇|乡|屯|寨|社区|村里|镇上|乡里|我们|咱们)的)[\u3400-\u9fff]{3}(?=[，。；、]|原来|今年|从小|从|在|是|把|也|还|就|一直|每天)/g;
// Stop 46 (fresh-201): a person after 的 whose speech follows, at most an adverb between, and a mark after the verb
// (做了十几年大米生意的钟发旺也说，): 的钟声说明 has no mark after 说.
const SPOKEN_AFTER_OF = /(?<=的)[\u3400-\u9fff]{3}(?=(?:也|还|又|则|就)?(?:说|表示|介绍|告诉记者|认为|坦言|回忆|提醒)[，,：:“"])/g;
// A donor before the amount in a list of gifts (郑伟1000元、余志强1000元; fresh-74).
// fresh-103: also as the numbered items of a list write it (43.余海燕 1000元).
// Stop 45 (fresh-193): also with the donor's home town in brackets before the amount (谷雨生（江苏南京）1500元).
const NAME_THEN_AMOUNT = new RegExp(
	`(?<=^|[、，,：:；\\s]|[0-9０-９][.．])[\u3400-\u9fff]{2,3}(?=(?:[（(][^）)\n]{1,12}[）)])?[ \u3000]*[0-9０-９]+(?:\\.[0-9]+)?万?元)`,
	'g',
);
// Stop 42 (fresh-146): an interview's speaker, a name of two or three before a colon that opens a line (干里云：姜伯出院前),
// and a person after the label of a person in a list of the people interviewed (家属：余桂云，患者妻子；).
const SPEAKER = /^[\u3400-\u9fff]{2,3}(?=[：:])/gm;
// Stop 43 (fresh-156): the person in charge after a clinic or an office and a gap, in a roster of one line each
// (黄坑村卫生站　余国发，服务黄坑、新屋两个自然村; 松山村卫生站　于德发，约1200人).
const UNIT_GAP_NAME = /(?<=(?:站|院|室|所|中心|诊所)(?:[\u3000\t]| {2,}))[\u3400-\u9fff]{2,3}(?=[，,（(；;\u3000\t]|$)/gm;
// Stop 46 (fresh-210): so does a contact line of an office, a colon, the name and its phone number (镇社保所：于晓丽，电话0350-6820).
const AFTER_PERSON_LABEL =
	/(?<=(?:^|[\n；;，,\u3000\t])(?:家属|患者|负责人|联系人|采访人|讲述人|受访人|主持人|申请人|报告人|填报人|审核人|记者|通讯员|摄影)[：:][ \u3000]*)[\u3400-\u9fff]{2,3}(?=[，,；;（(、\u3000\t]|$)|(?<=[\u3400-\u9fff](?:所|院|科|站|中心|办|局|室|部|队)[：:][ \u3000]*)[\u3400-\u9fff]{2,3}(?=[，,][ \u3000]*(?:联系)?(?:电话|手机)[：:]?[ \u3000]*[0-9０-９])/gm;
// Stop 47 (fresh-221): a holder of an office at a line's start before the span of their term (附：历任院长 / 余德顺 1959年1月—1972年2月).
// Stop 47 (fresh-224): and a letter's signature between spaces before its date (小雨妈妈 余晓静 2024年9月10日).
const SIGNED_BEFORE_DATE = /(?<=[\u3400-\u9fff][ \u3000]+)[\u3400-\u9fff]{2,3}(?=[ \u3000]+[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日)/g;
const TERM_OF_OFFICE = /^[\u3400-\u9fff]{2,3}(?=[ \u3000\t]+[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?[—–－\-~～至])/gm;
// Stop 42 (fresh-146): the next item of a list of people after a name and its post in brackets (钟丰台（股长）、余松发，).
const AFTER_BRACKETED_NAME = /(?<=[\u3400-\u9fff]{2,3}[（(][^）)\n]{1,10}[）)]、)[\u3400-\u9fff]{2,3}(?=[，,、；;。（(]|$)/g;
// Stop 42 (fresh-146, fresh-148): a neighbour called by the surname and a kin term (让隔壁的于嫂帮我, 村东头的于大嫂), after 的 or a word for
// a neighbour: the preposition 于 takes no kin term.
const NEIGHBOUR_BY_SURNAME = /(?<=的|隔壁|邻居|对门|邻家)[\u3400-\u9fff](?=大?[嫂婶伯叔姨](?![嫂婶伯叔姨子])|大(?:娘|爷|妈|姐|哥))/g;
// A name of three after 叫 "to be called", before a mark.
const CALLED = /(?<=叫)[\u3400-\u9fff]{3}(?=[，。；、）)”])/g;
// What follows 小于 "less than": a number or a comparison (小于5毫米, 小于等于, 小于或等于).
const COMPARED = new RegExp(`^(?:${NUMBER}|[0-9０-９.]|等于|或)`);
// Kin terms said to an elder by the surname (于伯, 钟婶, 余姨, 于姐), not doubled (寄住于叔叔家中) nor of many (于姐妹们),
// and 工 said to an engineer (“范工”说; fresh-57), where ICU reads the surname alone (和涂叔就是, 跟着余伯学; fresh-60).
const KIN_BY_SURNAME = /^(?:[伯叔婶姨嫂姐哥爷奶](?![伯叔婶姨嫂姐哥爷奶妹弟们夫])|工(?=$|[^\u3400-\u9fff]|[说的在也都就又还]))/;

/**
 * Offsets of `surname` in familiar forms of address in `text` (老于, 小钟, 阿余, 于伯, “后大姐”, 游老板) where ICU reads it
 * alone, and of the surname opening a nickname in quotation marks (“游百草”).
 */
function familiarForms(text: string, surname: string, words: TextWords, phrases: readonly PhraseTrie[]): number[] {
	const found: number[] = [];
	const { addressed } = nameData();
	for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
		if (!words.startsAt(at)) continue;
		// Stop 42 (fresh-142): a nickname of the surname and two characters that no word of the dictionaries starts with,
		// quoted (街坊们叫他“游百草”); ICU may read the three as it likes.
		if (QUOTED_NICKNAME.test(text.slice(at - 1, at + 4)) && !phrases.some((trie) => trie.matchesAt(text, at).some((match) => match.end - at > 1))) {
			found.push(at);
			continue;
		}
		if (!(at + 1 >= text.length || words.startsAt(at + 1))) continue;
		const prefix = text[at - 1];
		const prefixed = (prefix === '老' || prefix === '小' || prefix === '阿') && words.startsAt(at - 1);
		if (prefixed && !(prefix === '小' && surname === '于' && COMPARED.test(text.slice(at + 1)))) found.push(at);
		else if (!prefixed && KIN_BY_SURNAME.test(text.slice(at + 1, at + 3))) found.push(at);
		// Stop 42 (fresh-142): before a form of address only a person takes (村里人叫她“后大姐”, 后老师, 游老板).
		else if (!prefixed && [...addressed].some((title) => title !== '某' && text.startsWith(title, at + 1))) found.push(at);
	}
	return found;
}

// An opening quotation mark, a surname and two more characters, and the closing mark or the comma of one called so (“游百草”, 「钟半仙」, “游百草，…”).
const QUOTED_NICKNAME = /^[“「‘『][\u3400-\u9fff]{3}[”」’』，,！!]$/;

interface Context {
	/** Offsets of surnames in name-like places that a word took instead; the review list shows them. */
	doubtful: Set<number>;
	text: string;
	phrases: readonly PhraseTrie[];
	names: NameData;
	startsWord: (index: number) => boolean;
}

/**
 * How sure a context is that a name stands there, from a role right before it (医师范建军, where ICU reads 师范 as a
 * word) and a title right next to it down to a 、-list of what only looks like names.
 */
type Evidence = 'titled' | 'adjacent' | 'title' | 'weak';

/**
 * Whether `[start, end)` reads as a name: Han characters starting a word, and, as the context is less sure, not itself
 * one word of the dictionary or of ICU's (党委书记, 党支部书记), nor starting with one (干部要把).
 */
function nameLike({ text, phrases, names, startsWord }: Context, start: number, end: number, evidence: Evidence): boolean {
	if (start < 0 || end > text.length || end <= start) return false;
	for (let k = start; k < end; k++) if (!isHan(text.charCodeAt(k))) return false;
	if (NOT_IN_NAMES.test(text.slice(start, end))) return false;
	// Stop 46 (fresh-202): nor are words of hair after a surname's character a given name (老花镜、白头发和理发师傅), where a
	// name's 发 is 發; 金发, 松发 and 秋发 are given names as often as words.
	if (end - start === 3 && HAIR_WORD.test(text.slice(start + 1, end))) return false;
	// Stop 43 (fresh-162): 来 after a verb it completes (请来钟表师傅, 派来, 送来) is "to come", not the surname 来.
	if (text[start] === '来' && COMES_AFTER.test(text[start - 1] ?? '')) return false;
	// fresh-66: nor is a word that ICU reads whole and that a localizer ends (信里说: "in the letter", not 信里 speaking),
	// where the surname has one form and calling it a name would only write the localizer as a name's (余里 stays a name).
	if (end - start === 2 && PLACE_LOCALIZER.test(text[end - 1]!) && !names.surnameForms.has(text[start]!) && readsAsWord(startsWord, start, end)) return false;
	// conv-25: a party organ or school is no name before its title (党工委书记, 党总支副书记, 党校副校长), though ICU splits 党工委.
	if (PARTY_ORGAN.test(text.slice(start, end))) return false;
	// The surname 区 before 里 is "the district" (区里已批准, 区里还打算), as 县里 and 市里 are; and a word of two that ICU
	// reads before a localizer is a place (车厢里每隔, 车间里), not a name of three.
	if (text[start] === '区' && text[start + 1] === '里') return false;
	// The surname 占 before a share is the verb "to account for" (村医占比达, 医生占全院的三成, 党员占到一半).
	if (text[start] === '占' && (SHARE_AFTER.test(text[start + 1] ?? '') || SHARE_AHEAD.test(text.slice(start + 1, start + 12)))) return false;
	if (end - start === 3 && PLACE_LOCALIZER.test(text[end - 1]!) && readsAsWord(startsWord, start, start + 2)) return false;
	// After a role the name starts where the role ends, even where ICU joined the two (医师范建军), unless a word of the
	// dictionary starts there that writes the surname otherwise (医师范围).
	if (evidence === 'titled' && !startsWord(start)) {
		const surnameForm = names.surnameForms.get(text[start]!);
		return !phrases.some((trie) => trie.matchesAt(text, start, end).some((match) => match.end - start > 1 && match.value[0] !== surnameForm));
	}
	if (!startsWord(start)) return false;
	// After a role, a name does not start a word ICU reads past it, nor one at a surname that begins many words
	// (书记党性强); and a word of the dictionary that ICU reads at the surname and that writes it otherwise
	// (网格员周末也, 志愿者干事创业) is no name, unless one more character standing alone makes a name of three
	// (记者 周一鸣报道).
	if (evidence === 'titled') {
		const icuEnd = wordEnd(startsWord, start);
		if (icuEnd > end || (icuEnd - start > 1 && names.wordStarts.has(text[start]!))) return false;
		const surnameForm = names.surnameForms.get(text[start]!);
		const word = phrases
			.flatMap((trie) => trie.matchesAt(text, start, end))
			.find((match) => match.end - start > 1 && match.value[0] !== surnameForm && readsAsWord(startsWord, start, match.end));
		// The one more character is no word of grammar that follows a subject (志愿者游走在, 网格员游走于: 遊走).
		// Nor a localizer or a negation (团长范围内, 中医范畴内, 会计余额不足).
		// A word that is the whole span is still the name where a list's mark or speech follows it (局长余庆通报, 县领导于是、
		// 姜松林; fresh-36): 局长于是决定 is "so the director decided".
		const speaksOrListed = text[end] === '、' || names.speech.some((verb) => text.startsWith(verb, end));
		return (
			!word ||
			(end === word.end + 1 && startsWord(end) && !GRAMMAR_AFTER_SUBJECT.test(text[word.end]!) && !NOT_AFTER_NAME.test(text[word.end]!)) ||
			(end === word.end && speaksOrListed)
		);
	}
	// A word for a person that ICU reads over the whole span is no name beside one (卫生院的干部、村医和志愿者: 干部, 党员).
	if (evidence === 'adjacent') return !(end - start > 1 && readsAsWord(startsWord, start, end) && PERSON_WORD_END.test(text[end - 1]!));
	if (end - start === 1) return true;
	const form = names.surnameForms.get(text[start]!) ?? names.placeForms.get(text[start]!);
	const words = phrases.flatMap((trie) => trie.matchesAt(text, start, end)).filter((match) => match.end - start > 1);
	// A phrase of OpenCC's that writes the surname as a surname against its default and that ICU cuts (余文 in 余/文静) is
	// part of a name, no word against one; 游泳, which ICU reads whole, is a word.
	if (evidence === 'weak')
		return words.every(
			(match) => match.value[0] === form && form !== simplifiedTables().defaults.get(text[start]!) && !readsAsWord(startsWord, start, match.end),
		);
	// A dictionary word over the whole span is a name only if it writes the name's first character as names do (范家, not
	// 党委); nor does a name start with a word for a person that ICU reads (党员 in 老党员王大爷; but 周一 in 周一鸣主任).
	const personWord = (match: { end: number }) => PERSON_WORD_END.test(text[match.end - 1]!) && readsAsWord(startsWord, start, match.end);
	// fresh-54: nor is a word of two at the surname and a word of grammar a name of three (周末有 before 老人 in 遇到周末有老人病了).
	if (end - start === 3 && NOT_GIVEN_END.test(text[end - 1]!) && words.some((match) => match.end === start + 2 && match.value[0] !== form)) return false;
	return !readsAsWord(startsWord, start, end) && !words.some((match) => match.value[0] !== form && (match.end === end || personWord(match)));
}

/**
 * conv-25: a role that starts inside the one found and ends after it (总支书记: 支书 found, 书记 inside it), which the
 * name follows; the match itself otherwise.
 */
function longerRoleInside(names: NameData, text: string, match: RegExpMatchArray & { index: number }): { index: number; 0: string } {
	const end = match.index + match[0].length;
	const role = names.beforeAt;
	for (let k = match.index + 1; k < end; k++) {
		role.lastIndex = k;
		const inner = role.exec(text);
		if (inner && k + inner[0].length > end) return { index: k, 0: inner[0] };
	}
	return match;
}

/** Whether `[start, start + 2)` reads as a given name: two characters ICU reads alone, one with a name form of its own, more of the clause after them. */
function givenPairBeforeWord({ text, names, startsWord }: Context, start: number): boolean {
	if (!isHan(text.charCodeAt(start)) || !isHan(text.charCodeAt(start + 1)) || !isHan(text.charCodeAt(start + 2))) return false;
	if (!startsWord(start) || !startsWord(start + 1) || !startsWord(start + 2)) return false;
	return (names.givenForms.has(text[start]!) || names.givenForms.has(text[start + 1]!)) && !LOCALIZER_END.test(text[start + 1]!);
}

// What a place, a time or an occasion continues with after two characters (于建设中, 于新春佳节, 于文化站): no name ends there.
const NOUN_GOES_ON = /[中上下前后里内外间时期节日年月天午晚夜口门区村场所站院室馆驿点处地方路街市县镇乡省家会的之佳]/y;

/**
 * Whether the two characters at `start`, after 于 and a word for a person or a role, are a given name: both common in
 * given names (德松, 丽云, 建平; not 村口, 现场, 检查), and nothing after them makes them a place, a time or an occasion
 * (禽贩于德松领到, 副院长于建平任; not 于春节期间, 于文化站).
 */
function givenNameOfTwo({ text, names }: Context, start: number): boolean {
	if (!names.givenCharacters.has(text.charCodeAt(start)) || !names.givenCharacters.has(text.charCodeAt(start + 1))) return false;
	if (!isHan(text.charCodeAt(start + 2))) return false;
	NOUN_GOES_ON.lastIndex = start + 2;
	return !NOUN_GOES_ON.test(text) || names.speech.some((verb) => text.startsWith(verb, start + 2));
}

/**
 * Whether a name of three at `start` is a surname that ICU reads alone and a given name it reads as one word, where the
 * only phrases at the surname end inside that word (范/金发, where OpenCC's 范金 is 範金) and the span otherwise reads as a name.
 */
function givenWordPastPhrase(context: Context, start: number): boolean {
	const { text, phrases, startsWord } = context;
	const end = start + 3;
	// The given name has a character of a name form of its own (金发), as the phrase then writes the name wrong twice.
	const givenForm = (k: number) => context.names.givenForms.has(text[k]!);
	if (!startsWord(start) || !readsAsWord(startsWord, start + 1, end) || !(givenForm(start + 1) || givenForm(start + 2))) return false;
	const words = phrases.flatMap((trie) => trie.matchesAt(text, start, end)).filter((match) => match.end - start > 1);
	if (words.length === 0 || !words.every((match) => endsInsideWord(startsWord, start, match.end))) return false;
	return nameLike(context, start, end, 'adjacent');
}

/**
 * Whether a name of three at `start` has two characters common in given names, each a word of its own to ICU, and only
 * phrases at the surname that end inside it (姜/桂/兰 where OpenCC's 姜桂 is 薑桂), so that the phrase proves nothing.
 */
function givenNameOverPhrase({ text, phrases, names, startsWord }: Context, start: number): boolean {
	const end = start + 3;
	for (let k = start + 1; k < end; k++) if (!names.givenCharacters.has(text.charCodeAt(k)) || !startsWord(k)) return false;
	if (!startsWord(end) || NOT_IN_NAMES.test(text.slice(start, end))) return false;
	return phrases.every((trie) => trie.matchesAt(text, start).every((match) => match.end <= end));
}

/** Whether a phrase `[start, end)` ends inside a word of ICU's that starts after it does (范金 in 范/金发): it keeps to no words. */
function endsInsideWord(startsWord: (index: number) => boolean, start: number, end: number): boolean {
	if (startsWord(end)) return false;
	for (let k = start + 1; k < end; k++) if (startsWord(k)) return true;
	return false;
}

/** Whether ICU reads `[start, end)` as one word. */
function readsAsWord(startsWord: (index: number) => boolean, start: number, end: number): boolean {
	if (!startsWord(end)) return false;
	for (let k = start + 1; k < end; k++) if (startsWord(k)) return false;
	return true;
}

/** Whether a name `[start, end)` has a character with a name form of its own: only such names change the conversion. */
function nameChanges(names: NameData, text: string, start: number, end: number): boolean {
	if (start < 0) return false;
	if (names.surnameForms.has(text[start]!)) return true;
	for (let k = start + 1; k < end; k++) if (names.givenForms.has(text[k] ?? '')) return true;
	return false;
}

/**
 * Spans `[start, end)` of people's names: next to a title, after 老/小, before a verb or a word of grammar at the start
 * of a clause, after a word for a person, a role, 据 or an age, in 、-lists with those, and joined to them by 和/与/及.
 */
function personNames(context: Context): Array<[number, number]> {
	const { text, phrases, names, startsWord } = context;
	const found: Array<[number, number]> = [];
	const { speech } = names;
	const surname = (k: number) => names.surnameCodes.has(text.charCodeAt(k));
	// A word for a person that ICU reads from the surname on (党员, 干部) is no name (老党员, 党员王大爷).
	const startsPersonWord = (k: number) => {
		if (!startsWord(k)) return false;
		const end = wordEnd(startsWord, k);
		return end - k > 1 && PERSON_WORD_END.test(text[end - 1]!);
	};
	const isName = (start: number, end: number, evidence: Evidence) => surname(start) && nameLike(context, start, end, evidence);
	const hasNameForm = (start: number, end: number) => nameChanges(names, text, start, end);
	for (const title of text.matchAll(names.after)) {
		// A title that a word of kind makes a role (家庭医生, 社区护士, 乡村医生) has that word, not a name, before it (归功于家庭医生).
		if (ROLE_KINDS.test(text.slice(Math.max(0, title.index - 2), title.index))) continue;
		// A surname with several forms is the likelier start of the name (院长范 + 院长, not 医院范 as a name).
		// After 老 as an honorific (钟老) stands a surname alone; 干 alone before a title is the verb (干村支书).
		// 老 as an honorific ends its word or comes before a verb (钟老说, 钟老是), unlike 老年 in 多见于老年人.
		const honorific = () => startsWord(title.index + 1) || names.verbs.some((verb) => text.startsWith(verb, title.index + 1));
		if (title[0] === '老' && !honorific()) continue;
		if (title[0] === '老' && text[title.index - 1] === '于' && VERB_BEFORE_YU.test(text.slice(Math.max(0, title.index - 3), title.index - 1))) continue;
		// A title said of many (同志们, 阿姨们) follows no name: 受助于阿姨们, 于是同志们.
		const after = title.index + title[0].length;
		if (text[after] === '们') continue;
		// 由 + 于 + a title before a duty that 由 gives to someone is the agent (由于主任统一登记), as before a name of three
		// (由于建华负责), where ICU reads 由于 "because".
		if (text[title.index - 1] === '于' && text[title.index - 2] === '由' && AGENT_DUTY.test(text.slice(after, after + 3))) {
			found.push([title.index - 1, title.index]);
			continue;
		}
		// 于 alone before a form of address that a home or a place follows is the preposition (寄住于叔叔家中).
		const prepositionYu = text[title.index - 1] === '于' && PLACE_OF_PERSON.test(text.slice(after, after + 2));
		const verbGan = text[title.index - 1] === '干' && !ganIsSurname(context, title.index - 1, title[0]);
		// Tables and rotas put a space between a name and its title (| 余松 副主任医师 |): the name ends before it.
		const spaced = title[0] !== '老' && SPACES.test(text[title.index - 1] ?? '') && isHan(text.charCodeAt(title.index - 2));
		const nameEnd = spaced ? title.index - 1 : title.index;
		const lengths = (title[0] === '老' ? [1] : [3, 2, 1]).filter(
			(n) =>
				// Stop 46 (fresh-205): a surname alone is no name before 老人, which follows a full name (谷桂兰老人); 于 there is
				// the preposition before a time (院办公室于老人生日前两周打电话).
				!(n === 1 && (verbGan || prepositionYu || spaced || title[0] === '老人')) &&
				hasNameForm(nameEnd - n, nameEnd) &&
				isName(nameEnd - n, nameEnd, 'title') &&
				(!spaced || !isHan(text.charCodeAt(nameEnd - n - 1))),
		);
		let length = lengths.find((n) => names.surnameForms.has(text[nameEnd - n]!)) ?? lengths[0];
		if (length) found.push([nameEnd - length, nameEnd]);
		// Before 同志, 先生 or 女士 said of one person (not 同志们) at a clause start or after 和, 、, only a name stands,
		// even one that a word of the dictionary took (余庆同志, where 余庆 is 餘慶 "blessings"; 钟声先生), unless it is a
		// word for a person (干部同志); a name of three may be such a word and one more character (余生华同志).
		else if (names.nameOnly.has(title[0]) && (length = wordAsName(context, title.index))) found.push([title.index - length, title.index]);
		// So does a surname alone right after a word for a person, which ICU may read into a word with it (家属于先生: 属于).
		else if (names.nameOnly.has(title[0]) && names.surnameForms.has(text[title.index - 1] ?? '') && nameMayFollow(names, text, title.index - 1))
			found.push([title.index - 1, title.index]);
		// Before a form of address only a person stands (钟声同志): a surname there that a word took is worth a look.
		else if (names.addressed.has(title[0])) {
			for (const n of [3, 2, 1]) {
				const k = title.index - n;
				if (names.surnameForms.has(text[k] ?? '') && startsWord(k) && !startsPersonWord(k)) context.doubtful.add(k);
			}
		}
		// So is a surname right before a title that ends a word before it (由于主任: "because the director" or "by director Yu").
		else if (names.surnameForms.has(text[title.index - 1] ?? '') && !startsWord(title.index - 1)) context.doubtful.add(title.index - 1);
	}
	for (const match of text.matchAll(names.before)) {
		const title = longerRoleInside(names, text, match);
		let start = title.index + title[0].length;
		// Credits put a space, a colon or a slash between the role and the name (记者 余丽, 责任编辑：于丽, 文/钟鸣).
		while (CREDIT_GAP.test(text[start] ?? '')) start++;
		// 于 after a role before a time is the preposition (院长于近日, 记者于3月5日), not a name.
		if (text[start] === '于' && TIME_AFTER_YU.test(text.slice(start + 1))) continue;
		// After 会计 or 出纳 a word of the dictionaries at the surname is the field's noun (会计余额, 会计范本), even where ICU cuts
		// it; only speech after a name of three makes one there (出纳范文松介绍).
		const nounAfter =
			names.nounRoles.has(title[0]) &&
			phrases.some((trie) => trie.matchesAt(text, start).some((match) => match.end - start > 1 && match.value[0] !== names.surnameForms.get(text[start]!)));
		const spokenAfter = (n: number) => n === 3 && names.speech.some((verb) => text.startsWith(verb, start + n));
		// fresh-117: a place and its localizer are no given name after a role either (卫生院医生和村里的志愿者).
		const candidates = [3, 2].filter(
			(n) =>
				(!nounAfter || spokenAfter(n)) &&
				!PLACE_AND_LOCALIZER.test(text.slice(start + 1, start + n)) &&
				hasNameForm(start, start + n) &&
				isName(start, start + n, 'titled'),
		);
		// 于 after a role is as often the preposition before a place or an occasion (网格员于检查中, 兽医于发病现场, 志愿者于小区门口),
		// and 干 after 干部 the verb of a slogan (干部干在前, 让干部干实事): a name only where what follows ends one (网格员于建国说,
		// 快递员于小军主动, 老干部干立新主动); elsewhere it is worth a look.
		// fresh-133: so is 干 after any role where a word of the dictionaries starts at it (家庭医生干劲更足, 护士干活麻利).
		// Stop 43 (fresh-152): so is 来 "to come" (师傅来理发, 护士来发药): a rare surname, and the verb after a role is everyday;
		// and 和 (fresh-166: 店主和理发师), which joins the role to another far more often than it starts a name.
		const verbSurname =
			text[start] === '于' ||
			text[start] === '来' ||
			text[start] === '和' ||
			(text[start] === '干' &&
				(title[0].endsWith('干部') || phrases.some((trie) => trie.matchesAt(text, start).some((match) => match.end - start > 1 && match.value[0] !== '干'))));
		// A credit may name several people with spaces between them (通讯员　范小发　于秀云）, 文字：叶松　于云发): each is a whole name.
		const credit = start > title.index + title[0].length || /[：:/]$/.test(title[0]);
		// In a credit, what ends the name is the space or the line's end before the next credit (编辑：于云里　审核; fresh-36);
		// in a list, its mark (县领导于是、姜松林).
		const creditEnds = (n: number) => credit && CREDIT_END.test(text.slice(start + n, start + n + 1));
		// A list goes on with another name, not a place (院长于村里、乡里走访).
		const listOfNames = (n: number) => text[start + n] === '、' && names.surnames.has(text[start + n + 1] ?? '') && !PLACE_LOCALIZER.test(text[start + n - 1]!);
		// An interview's speaker before a colon asks a question there (记者：台风来的时候; fresh-108): where a word of the
		// dictionaries starts at the surname, only a name that ends the credit is one.
		// Stop 44 (fresh-169): so is any that a question follows in its sentence (记者：涂氟和窝沟封闭到底有什么区别？).
		const asked =
			/[：:]/.test(text[start - 1] ?? '') &&
			(phrases.some((trie) => trie.matchesAt(text, start).some((match) => match.end - start > 1)) || QUESTION_AHEAD.test(text.slice(start)));
		// A name of two before speech is that name (护士余婷说), not one of three that ends in the verb's first character.
		const spokenAfterTwo = candidates.includes(2) && names.speech.some((verb) => text.startsWith(verb, start + 2));
		const length =
			verbSurname || asked
				? candidates.find((n) => creditEnds(n) || listOfNames(n) || (!asked && verbSurnameEndsName(context, start, start + n)))
				: spokenAfterTwo
					? 2
					: candidates[0];
		if (length) found.push([start, start + length]);
		else if (candidates.length > 0) context.doubtful.add(start);
		if (length && credit) found.push(...spacedNames(context, start + length));
	}
	for (const prefix of text.matchAll(/[老小阿]/g)) {
		// 老钟, 小余; but 老姜 (ginger) is a phrase, and in 老干部 and 老党员 the surname starts a longer word.
		const start = prefix.index + 1;
		if (!names.surnameForms.has(text[start] ?? '') || !surname(start)) continue;
		const covered = phrases.some((trie) => trie.matchesAt(text, prefix.index).some((m) => m.end > start));
		const longerWord = startsWord(start) && !startsWord(start + 1);
		// Only a person speaks or is something right after the prefix (老姜说, 老于是村里的网格员): ginger and 于是 do not.
		// The verb must end a word, so 小于说明书 is not read as 小于 + 说.
		const acts = (verbs: readonly string[]) => verbs.some((verb) => text.startsWith(verb, start + 1) && startsWord(start + 1 + verb.length));
		// Where ICU reads the surname into a longer word (老 + 于是), any verb after the two is enough; a phrase over prefix and
		// surname that ICU keeps whole (老姜 "ginger") gives way only to speech: 老姜是 may still be ginger.
		// Where the prefix stands where a name may start, what a subject does next ends a name too (小于把压岁钱, 小钟今年,
		// 护理员小涂在, 大学生小于主动), where ICU reads the surname alone or only with that word of grammar (涂在).
		const subjectNext = () =>
			(longerWord
				? startsWord(start + 2) && PREFIX_SUBJECT.test(text[start + 1]!)
				: PREFIX_SUBJECT.test(text[start + 1] ?? '') || SUBJECT_ACTS.test(text.slice(start + 1, start + 3))) && nameMayStartAt(context, prefix.index);
		const person = (longerWord ? acts(names.verbs) : covered ? acts(speech) : true) || ((longerWord || covered) && subjectNext());
		if (person) found.push([start, start + 1]);
		// A longer word that names a person (老党员, 老干部) makes 老 "veteran", not a name: nothing to doubt there; nor one
		// that a phrase of the dictionaries writes as a thing (老钟楼, 老钟表: the old clock tower), where no verb followed.
		else if (!startsPersonWord(start) && !(longerWord && names.things.has(text[start]!) && phraseAt(phrases, text, start))) context.doubtful.add(start);
	}
	for (let start = 0; start < text.length; start++) {
		if (!surname(start)) continue;
		// At the start of a clause any of the verbs ends a name (余丽表示, 余生华是); after a word for a person, 据 or an age
		// only speech does (居民范志松表示, 司机刘金发回忆, 据余丽介绍; not 村民余下是), and 于 there is the preposition
		// (患者于近日表示).
		const clauseStart = start === 0 || !isHan(text.charCodeAt(start - 1));
		if (!clauseStart && !nameMayFollow(names, text, start)) continue;
		// After a role (快递员, 药剂师, 园长) 于 may start a name that what follows ends (快递员于小军主动, 质检员于德松对); after a word
		// for a person, 据 or an age it is the preposition (患者于近日表示).
		if (!clauseStart && text[start] === '于') {
			if (TIME_AFTER_YU.test(text.slice(start + 1))) continue;
			// 据 takes no preposition after it, so 于 there may begin a name as after a role (据于丽说).
			const prev = text.charCodeAt(start - 1);
			// After a word for a person, 据 or an age, only speech makes a name of 于 (工人于长发介绍; not 居民于会上说), and
			// only where ICU does not read the given name as one word (群众于现场表示 is the preposition; 村民于德才说 is asked about).
			if (!YU_ROLE_ENDS.has(prev) && prev !== ACCORDING_TO) {
				const spoken = (n: number) =>
					hasNameForm(start, start + n) &&
					!LOCALIZER_END.test(text[start + n - 1]!) &&
					speech.some((verb) => text.startsWith(verb, start + n)) &&
					nameLike(context, start, start + n, 'weak');
				const length = [3, 2].find(spoken);
				if (length && !(length === 3 && readsAsWord(startsWord, start + 1, start + 3))) found.push([start, start + length]);
				else if (length) context.doubtful.add(start);
				// Nor is it the preposition before a given name of two that ICU reads as two words of one character with a
				// character of a name's own form among them, and more of the clause after them (村民于发顺因胆结石, 养殖户于发旺损失了): the
				// preposition's object is a place or a time, which ICU reads as one word (居民于村口等候, 患者于术后).
				else if (givenPairBeforeWord(context, start + 1) || givenNameOfTwo(context, start + 1) || givenPairEndsSentence(context, start + 1))
					found.push([start, start + 3]);
				continue;
			}
			const candidates = [3, 2].filter((n) => hasNameForm(start, start + n) && nameLike(context, start, start + n, 'weak'));
			const length = candidates.find((n) => verbSurnameEndsName(context, start, start + n)) ?? (givenNameOfTwo(context, start + 1) ? 3 : undefined);
			if (length) found.push([start, start + length]);
			else if (candidates.length > 0) context.doubtful.add(start);
			continue;
		}
		const verbs = clauseStart ? names.verbs : speech;
		// At a clause start, a word of grammar that follows a subject ends a name as a verb does (余丽和同事们, 于文华在),
		// unless the surname begins many words no dictionary lists (党建和业务); it is no reason to doubt a word there,
		// though (周末在家, 干部都在).
		const subject = clauseStart && !names.wordStarts.has(text[start]!);
		// After one of `people` the name starts where that word ends, even where ICU read across the two (大学生姜小雨,
		// where ICU reads 大学 + 生姜); a word of the dictionary at the surname still makes it no name (大学生姜汤). Not so
		// after a role, which may be the start of a word itself (学生在师范院校: 师范).
		const afterPeople = !clauseStart && !startsWord(start) && names.people.some((word) => text.startsWith(word, start - word.length));
		const named = (end: number) =>
			nameLike(afterPeople ? { ...context, startsWord: (k: number) => k === start || startsWord(k) } : context, start, end, 'weak');
		let length = 0;
		let beforeVerb = false;
		// A loop rather than arrays of candidates: this runs for nearly every surname at a clause start.
		for (let n = 3; n >= 2 && length === 0; n--) {
			if (!hasNameForm(start, start + n)) continue;
			const verb = verbs.some((verb) => text.startsWith(verb, start + n));
			beforeVerb ||= verb;
			// A surname that begins many words still starts a name of three before 把 where its first two are no word (党玉梅把铺盖).
			const subjectOfBa = clauseStart && n === 3 && text[start + n] === '把' && !readsAsWord(startsWord, start, start + 2);
			// A word of grammar is weak evidence: the given name must have a character common in given names (not 展柜里还:
			// 展 is a surname, 柜里 no given name).
			const subjectNext = subject && AFTER_SUBJECT.has(text.charCodeAt(start + n)) && hasGivenCharacter(names, text, start + 1, start + n);
			if ((verb || subjectOfBa || subjectNext) && named(start + n)) length = n;
		}
		// There a full name (a surname of several forms and two characters) needs no speech after it where no word of the
		// dictionary starts at the surname (退休教师余国华捐款, 62岁的余秀英主动; not 村民余下的, 居民周边的).
		// So does one whose given name ICU reads as a word that a phrase at the surname runs into (司机范金发: 范金 in 范/金发),
		// a phrase the converter would not take either.
		// fresh-99: a name of two before what a subject does next is that name, not one of three (村里的姑娘余婷从省卫生职业学院毕业).
		if (
			!length &&
			!clauseStart &&
			AFTER_SUBJECT.has(text.charCodeAt(start + 2)) &&
			names.givenCharacters.has(text.charCodeAt(start + 1)) &&
			hasNameForm(start, start + 2) &&
			named(start + 2)
		)
			length = 2;
		// Stop 44 (fresh-168): so does one whose given name ends the sentence after a word for a person or a role, where its
		// characters are common in given names (卫生室，负责人胡云。): 居民周边。 has no given name.
		if (!length && !clauseStart) {
			for (let n = 3; n >= 2 && !length; n--)
				if (givenPairEndsSentence(context, start + 1, n - 1) && hasNameForm(start, start + n) && named(start + n)) length = n;
		}
		// Stop 45 (fresh-177): so does a name of three after a word for a person before the time of what they did (老渔民王里海早上
		// 六点就来了, where OpenCC's 里海 is the Caspian Sea): 居民周边早上 has no given name's character after the surname.
		if (
			!length &&
			!clauseStart &&
			TIME_OF_DAY.test(text.slice(start + 3, start + 5)) &&
			hasGivenCharacter(names, text, start + 1, start + 3) &&
			hasNameForm(start, start + 3) &&
			named(start + 3)
		)
			length = 3;
		// fresh-94: so does a surname and two characters of given names that ICU reads one by one, where a phrase of the
		// dictionaries at the surname ends inside them (种粮大户姜桂兰家: OpenCC's 姜桂 is 薑桂).
		if (
			!length &&
			!clauseStart &&
			names.surnameForms.has(text[start]!) &&
			(named(start + 3) || givenWordPastPhrase(context, start) || givenNameOverPhrase(context, start))
		)
			length = 3;
		// At a clause start, a word of two that ICU reads and one more character before speech is a name of three
		// (范文松表示, where 范文 is 範文 "a model essay").
		if (!length && clauseStart && speech.some((verb) => text.startsWith(verb, start + 3))) length = wordAsName(context, start + 3, [3]);
		if (length) found.push([start, start + length]);
		else if (clauseStart && beforeVerb && names.surnameForms.has(text[start]!)) context.doubtful.add(start);
	}
	// fresh-60: a surname and two characters of given names that an age follows are a name (游春梅，六十三岁：, 搭档是郁来发，六十一岁),
	// whatever the surname (郭金发，67岁).
	if (text.includes('岁'))
		for (const m of text.matchAll(NAME_THEN_AGE))
			if (names.surnames.has(text[m.index]!) && startsWord(m.index) && hasGivenCharacter(names, text, m.index + 1, m.index + 3))
				found.push([m.index, m.index + 3]);
	if (text.includes('的'))
		for (const m of text.matchAll(NAME_OF_THE_VILLAGE))
			if (
				names.surnameForms.has(text[m.index]!) &&
				names.givenCharacters.has(text.charCodeAt(m.index + 1)) &&
				names.givenCharacters.has(text.charCodeAt(m.index + 2)) &&
				nameLike(context, m.index, m.index + 3, 'title')
			)
				found.push([m.index, m.index + 3]);
	if (text.includes('的'))
		for (const m of text.matchAll(SPOKEN_AFTER_OF))
			if (
				names.surnameForms.has(text[m.index]!) &&
				names.givenCharacters.has(text.charCodeAt(m.index + 1)) &&
				names.givenCharacters.has(text.charCodeAt(m.index + 2)) &&
				nameLike(context, m.index, m.index + 3, 'title')
			)
				found.push([m.index, m.index + 3]);
	if (text.includes('一家'))
		for (const m of text.matchAll(NAME_THEN_FAMILY))
			if (names.surnameForms.has(text[m.index]!) && startsWord(m.index) && hasGivenCharacter(names, text, m.index + 1, m.index + 3))
				found.push([m.index, m.index + 3]);
	// fresh-74: a surname and one or two characters before an amount after a list's mark are a donor, unless the dictionaries
	// read a word there that writes the surname otherwise (、余款2000元, 余额).
	if (text.includes('元'))
		for (const m of text.matchAll(NAME_THEN_AMOUNT)) {
			const [start, end] = [m.index, m.index + m[0].length];
			// A name of three whose given characters are both common in given names stays a donor whatever a phrase at the
			// surname says (谷雨生, 范金凤, 后小军 among donors; 余款 has no given name), and so may the rare surname 后 there.
			const givenBoth =
				end - start === 3 &&
				(names.givenCharacters.has(text.charCodeAt(start + 1)) || FAMILIAR_GIVEN.test(text[start + 1]!)) &&
				names.givenCharacters.has(text.charCodeAt(start + 2));
			if (
				(names.surnames.has(text[start]!) || (text[start] === '后' && givenBoth)) &&
				(names.surnameForms.has(text[start]!) || hasGivenCharacter(names, text, start + 1, end)) &&
				startsWord(start) &&
				(givenBoth ||
					!phrases.some((trie) =>
						trie.matchesAt(text, start).some((match) => match.end - start > 1 && match.value[0] !== names.surnameForms.get(text[start]!)),
					))
			)
				found.push([start, end]);
		}
	// fresh-57: after 叫 "to be called", a surname and two characters of given names before a mark are a name (一位“元老”叫于桂芳，),
	// whatever the surname: the given name's character may be the one of several forms (fresh-74: 名叫赖金发，).
	if (text.includes('：') || text.includes(':'))
		for (const m of [...text.matchAll(SPEAKER), ...text.matchAll(AFTER_PERSON_LABEL)])
			if (names.surnames.has(m[0][0]!) && nameLike(context, m.index, m.index + m[0].length, 'title')) found.push([m.index, m.index + m[0].length]);
	if (text.includes('年'))
		for (const m of [...text.matchAll(TERM_OF_OFFICE), ...text.matchAll(SIGNED_BEFORE_DATE)])
			if (names.surnames.has(m[0][0]!) && nameLike(context, m.index, m.index + m[0].length, 'title')) found.push([m.index, m.index + m[0].length]);
	if (text.includes('\u3000') || text.includes('\t') || text.includes('  '))
		for (const m of text.matchAll(UNIT_GAP_NAME))
			if (names.surnames.has(m[0][0]!) && nameLike(context, m.index, m.index + m[0].length, 'title')) found.push([m.index, m.index + m[0].length]);
	if (text.includes('）、') || text.includes(')、'))
		for (const m of text.matchAll(AFTER_BRACKETED_NAME))
			if (names.surnames.has(m[0][0]!) && nameLike(context, m.index, m.index + m[0].length, 'title')) found.push([m.index, m.index + m[0].length]);
	for (const m of text.matchAll(NEIGHBOUR_BY_SURNAME)) if (names.surnameForms.has(m[0])) found.push([m.index, m.index + 1]);
	if (text.includes('叫'))
		for (const m of text.matchAll(CALLED))
			if (
				names.surnames.has(text[m.index]!) &&
				hasGivenCharacter(names, text, m.index + 1, m.index + 2) &&
				hasGivenCharacter(names, text, m.index + 2, m.index + 3)
			)
				found.push([m.index, m.index + 3]);
	if (text.includes('的')) found.push(...namesOfKin(context));
	found.push(...namesInClauses(context));
	if (text.includes('（') || text.includes('(')) found.push(...namesBeforeRoles(context));
	if (COLUMNS.test(text) || text.includes(' ') || text.length <= 3 || text.includes('：') || text.includes(':') || NUMBERED_START.test(text))
		found.push(...cellNames(context));
	if (DEPARTMENT_BEFORE.test(text)) found.push(...departmentNames(context));
	if (text.includes('，') || text.includes(',')) found.push(...postedNames(context));
	if (text.includes('（') || text.includes('(') || text.includes('位') || text.includes('人')) found.push(...namesBesideThings(context));
	if (text.includes('后')) {
		askAboutRareSurnames(context);
		found.push(...rareSurnameNames(context));
	}
	if (text.includes('村') || text.includes('社区') || text.includes('组')) found.push(...donorNames(context));
	if (text.includes('”')) found.push(...correctedNames(context));
	if (found.length === 0 && !LIST_MARK.test(text)) return found;
	found.push(...listedNames(context, found));
	found.push(...pairedNames(context, found));
	return found;
}

// What may stand right before a name that no title precedes: 的, 和/与/及/、, 是, a preposition, or a unit of an
// organization (呼吸科干主任, 同济医院干教授; not a place: 回乡干村主任).
const BEFORE_BARE_NAME = /[的和与及、是由为向对给让请科院局所站室队委]/;
// Words of grammar that follow a subject and not a thing such as ginger or a clock after 老/小 (小于把, 小钟今年, 小涂在):
// not 和 or 与, which join things as well (老姜和红糖), nor 是 (小钟是 may be a small clock).
const PREFIX_SUBJECT = /[在也都已正还又就将把被从今昨每明]/;

/** Whether a name without a title may start at `index`: a clause start, after 的, 和, a preposition, a unit, a person or a role. */
function nameMayStartAt({ text, names }: Context, index: number): boolean {
	if (index === 0 || !isHan(text.charCodeAt(index - 1))) return true;
	return BEFORE_BARE_NAME.test(text[index - 1]!) || nameMayFollow(names, text, index);
}
// What comes before the verb 干 and not before a name: adverbs, modals, pronouns (不愿干村支书, 想干医生, 他干会计).
const BEFORE_VERB = /[不没未别要想愿肯敢能会可该应在正还也都就再又才曾去来我你他她们得]/;

/**
 * Whether 干 at `index`, alone before `title`, is the surname (干女士, 骨科干医生, 由干主任, 和干护士长) rather than the
 * verb "to work as" (不愿干村支书, 回乡干村主任): before a form of address that only follows a person, unless what comes
 * before makes it a verb; before any other title, only where a name may start.
 */
function ganIsSurname(context: Context, index: number, title: string): boolean {
	const { text, names } = context;
	if (index > 0 && isHan(text.charCodeAt(index - 1)) && names.addressed.has(title)) return !BEFORE_VERB.test(text[index - 1]!);
	return nameMayStartAt(context, index);
}

/**
 * Whether a name `[start, end)` after a role that begins with 于 or 干, whose other forms are the preposition and a verb,
 * ends as a name does, rather than the preposition before a place, a time or an occasion (网格员于检查中, 兽医于发病现场,
 * 局长于会上强调, 记者于发稿前) or the verb before its object (干部干在前, 干部干实事，): not where it ends in a localizer or runs
 * into 之 (于百忙之中); before a title, speech, a verb, a word that follows a subject or a word of two characters
 * (网格员于建国说, 快递员于小军主动, 质检员于德松对, 局长于建松主持, 老干部干立新主动); and where ICU reads the given name as one
 * word (丰收, 现场), only before a title or speech, and for 于 a list's end (副局长于文华、).
 */
function verbSurnameEndsName({ text, names, startsWord }: Context, start: number, end: number): boolean {
	// Speech right after a name of three that ends in 中 ends it (主任于建中说, 于国中表示): 于 + a place + 中 does not speak,
	// while 于会上强调 is the preposition.
	if (end - start === 3 && text[end - 1] === '中' && names.speech.some((verb) => text.startsWith(verb, end))) return true;
	// conv-25: so do speech and 等 + attending after one that ends in 里 (主任于万里等出席, 于千里说): 于 + a place + 里 neither speaks nor attends.
	// fresh-27: and a 、 after one whose first given character is common in names (院长于丰里、新疆…): 于村里、 is no name.
	if (
		end - start === 3 &&
		text[end - 1] === '里' &&
		(names.speech.some((verb) => text.startsWith(verb, end)) ||
			ATTENDING.test(text.slice(end, end + 3)) ||
			(text[end] === '、' && names.givenCharacters.has(text.charCodeAt(start + 1))))
	)
		return true;
	if (LOCALIZER_END.test(text[end - 1]!) || text[end] === '之') return false;
	const title = names.afterAt;
	title.lastIndex = end;
	if (title.test(text) || names.speech.some((verb) => text.startsWith(verb, end))) return true;
	// A list's or a clause's end proves no name of 干, which ends many slogans (干部干实事，).
	const listEnd = text[start] === '于' && LIST_ENDS_NAME.test(text[end] ?? '');
	// Stop 42 (golden fresh-14): a verb of one character with its aspect particle after two characters of given names
	// (村医于秋松骑着, 于丽华拿了): the preposition's object takes no particle (于村口守着 has no given names).
	if (
		end - start === 3 &&
		names.givenCharacters.has(text.charCodeAt(start + 1)) &&
		names.givenCharacters.has(text.charCodeAt(end - 1)) &&
		isHan(text.charCodeAt(end)) &&
		/[着了过]/.test(text[end + 1] ?? '') &&
		startsWord(end)
	)
		return true;
	// Where ICU reads the given name as one word (春华, 检查), a subject's 在, 把, 已 or 正 still ends a name (书记于春华在卡口,
	// 党支部书记于春华已连续): the preposition's object does not come before them (于检查中, 于现场立即, 于春季和秋季).
	if (end - start === 3 && readsAsWord(startsWord, start + 1, end))
		return (
			listEnd ||
			(text[start] === '于' &&
				(SUBJECT_AFTER_WORD.test(text[end] ?? '') ||
					(CHAIRS.test(text.slice(end, end + 2)) && !PLACE_OR_TIME_END.test(text[end - 1]!)) ||
					comesAfter(text, startsWord, end)))
		);
	const wordAfter = isHan(text.charCodeAt(end)) && isHan(text.charCodeAt(end + 1)) && startsWord(end) && !startsWord(end + 1);
	return (
		listEnd ||
		wordAfter ||
		names.verbs.some((verb) => text.startsWith(verb, end)) ||
		AFTER_SUBJECT.has(text.charCodeAt(end)) ||
		SUBJECT_ACTS.test(text.slice(end, end + 2)) ||
		comesAfter(text, startsWord, end)
	);
}

// Prepositions whose object may be a person (由范松林担任, 为钟志松、): ICU reads them alone before a name.
const PREPOSITIONS = /[由为向对给让请]/;
// 来自 and a place before 的 (来自贵州遵义的余发英): a person from there follows.
const FROM_PLACE = /(?:来自|家住)[\u3400-\u9fff]{2,6}$/;
// What ends a name besides a title, speech, a verb or a word that follows a subject: a list's next item, its end or a
// parenthesis (余志发（化名）, 向余永红等12名), and after 的 or a preposition the end of a clause (疾控中心的钟秋发。).
const MARK_AFTER_NAME = /^[、及等（(]/;
// A note in brackets that only a person takes: sex, age, a changed name.
const PERSON_NOTE = /^[（(](?:男|女|化名|[0-9]+岁)/;
// A household after a name: the name's family (村民于德贵家的羊, 养殖户于春发家中).
export const HOUSEHOLD = /^家[中的里]/;
const CLAUSE_END = /^(?:$|[^\u3400-\u9fff])/;

/**
 * Names where the clause puts a person without a title: after 的 that a place or a unit ends before (疾控中心的钟发云介绍,
 * 卫生监督所的余丰收带队, 来自贵州遵义的余发英和), after a preposition that ICU reads alone (由范松林担任, 为钟志松、), at a
 * clause start (于丰收走进), and after a word for a person or a role (老矿工范发在, 大学生于丰收已) — each only where what
 * follows ends a name (namesEndAt) and no word starts at the surname (的余额, 的钟表, 的范围, 由于, 于是, 余下, 钟楼, 范文).
 */
function namesInClauses(context: Context): Array<[number, number]> {
	const { text, names, phrases, startsWord } = context;
	const found: Array<[number, number]> = [];
	for (let start = 0; start < text.length; start++) {
		// Only a name with a character of a name form of its own changes the conversion: that is asked first, being cheap;
		// nor does a name start with a word no dictionary lists (党建和业务).
		if (!names.surnameCodes.has(text.charCodeAt(start)) || !nameChanges(names, text, start, start + 3)) continue;
		const wordStart = names.wordStarts.get(text[start]!)?.includes(text[start + 1] ?? '');
		if (wordStart && !OFFICE_NAMED.test(text.slice(start + 2, start + 4))) continue;
		const marker = nameMarkerBefore(context, start);
		if (marker === undefined || (wordStart && marker !== 'of')) continue;
		// ICU's words last: asking for them segments the run, the costliest step of all, and most spans end no name or
		// start a word of the dictionary (于是, 余下).
		// conv-25: speech right after three characters whose first two a phrase took (的游春发说, 余里松说: 遊春, 餘里) makes them a
		// name, as a title would: that phrase ends inside the name, and the third character stands alone.
		const spoken = (n: number) =>
			n === 3 && startsWord(start + 2) && names.speech.some((verb) => text.startsWith(verb, start + 3)) && !LOCALIZER_END.test(text[start + 2]!);
		// Stop 39: after a preposition the party is far more often meant than a person of its surname (对党忠诚、, 为党育人。,
		// 听党话): such a name needs more than a mark after it (由党丰收负责).
		const partyAfterPreposition = marker === 'preposition' && names.wordStarts.has(text[start]!);
		const length = [3, 2].find(
			(n) =>
				(n === 3 || nameChanges(names, text, start, start + n)) &&
				!PLACE_AND_LOCALIZER.test(text.slice(start + 1, start + n)) &&
				nameEndsAt(context, start, start + n, marker) &&
				!(partyAfterPreposition && !isHan(text.charCodeAt(start + n))) &&
				!phrases.some((trie) => trie.matchesAt(text, start, start + n).some((match) => match.end - start > 1 && !(spoken(n) && match.end === start + 2))) &&
				(marker !== 'preposition' || startsWord(start - 1)) &&
				startsWord(start + 1) &&
				nameLike(
					marker === 'agent' ? { ...context, startsWord: (k: number) => k === start || startsWord(k) } : context,
					start,
					start + n,
					spoken(n) ? 'title' : 'weak',
				) &&
				!readsAsWord(startsWord, start, start + n),
		);
		if (length) found.push([start, start + length]);
	}
	return found;
}

// A correction of a name in quotation marks (“叶发”应为“叶发里”, 将“钟华”更正为“钟华松”; trial-45): both sides are the
// person's name, which nothing else in a correction says.
const CORRECTED = /“([\u3400-\u9fff]{2,3})”(?:应为|应是|应作|误为|误作|误写为|误写成|更正为|改为)“([\u3400-\u9fff]{2,3})”/g;

/** Names corrected in quotation marks: both quoted sides start with a surname and neither is a word of the dictionaries (not “周报”应为“周报告”). */
function correctedNames({ text, names, phrases }: Context): Array<[number, number]> {
	const found: Array<[number, number]> = [];
	for (const m of text.matchAll(CORRECTED)) {
		const [, wrong, right] = m as unknown as [string, string, string];
		const quoted = [wrong, right];
		if (quoted.some((name) => !names.surnameCodes.has(name.charCodeAt(0)) || phrases.some((trie) => trie.get(name) !== undefined))) continue;
		const start = m.index + 1;
		found.push([start, start + wrong.length]);
		const second = m.index + m[0].length - 1 - right.length;
		found.push([second, second + right.length]);
	}
	return found;
}

/**
 * What before `start` lets a name stand there without a title: 的 after a place or a unit, a preposition, a clause start,
 * a person, or 由 before 于 (由于建华负责: the agent of a duty).
 */
type NameMarker = 'of' | 'preposition' | 'clause' | 'person' | 'agent' | 'unit';

// conv-22: after 的 that a unit ends, 党建 and one more character that no office is, before a list's next item or its end,
// is a name (麻醉科的党建丰、心内科的沈秋发): 党建 "party building" goes on into a word (的党建工作, 的党建办、).
const OFFICE_NAMED = /^[^办室部组科处站中工引活品阵示联共经述考责宣指目标专主网信文知\P{sc=Han}](?:[、和与及]|[^\p{sc=Han}]|$)/u;

// The duties 由 gives to a person, and 统一 "all through one hand" (由于建华负责, 由于松林担任组长, 由于主任统一登记), which a
// cause does not take (由于建设需要), not before a judgement of the duty (由于局长负责不力).
const AGENT_DUTY = /^(?:负责|担任|带队|领队|牵头|主持|统一)(?![不了有])/;
// Words of who or how many that stand where a cause's subject does (由于无人负责, 由于有人带队, 由于双方负责, 由于专人负责).
const NO_AGENT_NAME = /[人方其各众无没有未缺多少专双全该此他她]/;

// Speech, the only thing a person after a word for a person and 于 does that a place or a time after 于 does not introduce.
const SPOKEN_AFTER_YU = /^(?:说|表示|介绍|告诉|坦言|回忆|笑着说|说道)/;

/** The marker before the surname at `start` that lets a name stand there (namesInClauses), if any. */
function nameMarkerBefore({ text, names }: Context, start: number): NameMarker | undefined {
	const yu = text[start] === '于';
	// 于 before a time is the preposition wherever it stands (于近日走进, 产妇于次日).
	if (yu && TIME_AFTER_YU.test(text.slice(start + 1))) return undefined;
	if (start === 0 || !isHan(text.charCodeAt(start - 1))) return 'clause';
	const before = text[start - 1]!;
	if (before === '的') {
		const head = text.slice(Math.max(0, start - 9), start - 1);
		return names.unitEnds.test(head) || FROM_PLACE.test(head) ? 'of' : undefined;
	}
	// 于 after a preposition is no name (由于, 对于, 请于规定时间内); namesInClauses asks that ICU reads the preposition alone
	// (由 + 范松林, not 理由/自由).
	// But 由 + 于 starts a name before a duty that 由 gives to someone (由于建华负责, 由于松林担任): ICU's 由于 "because".
	if (PREPOSITIONS.test(before)) return yu ? (before === '由' ? 'agent' : undefined) : 'preposition';
	// 给了 hands something to a person (交给了于丽华, 送给了范大爷), and 于 after 了 is no preposition.
	if (before === '了' && text[start - 2] === '给') return 'preposition';
	if (nameMayFollow(names, text, start)) return 'person';
	// conv-23: a unit and a name before 等 and a count of people (疾控中心游建发等20名同志, 卫生院于发松等3人).
	const counted = COUNTED_AFTER_NAME.test(text.slice(start + 2, start + 12)) || COUNTED_AFTER_NAME.test(text.slice(start + 3, start + 13));
	return counted && names.unitEnds.test(text.slice(Math.max(0, start - 8), start)) ? 'unit' : undefined;
}

// A name of two or three before 等 and a count of people (游建发等20名同志, 于发松等3人).
const COUNTED_AFTER_NAME = new RegExp(`^等${NUMBER}+[名位人]`);

/**
 * Whether what follows `[start, end)` ends a name: a title, speech, a verb of `verbs` or `acts`, a word of manner or
 * duty, a word that follows a subject (和, 与, 在 …); but for a name after a person or a role, 、, 及, a parenthesis, and
 * after 的 or a preposition the clause's end. After a word for a person 于 is
 * the preposition (患者于现场已) unless the given name is a word ICU reads and 已, 正 or 把 follows (大学生于丰收已).
 */
function nameEndsAt({ text, names, startsWord }: Context, start: number, end: number, marker: NameMarker): boolean {
	const title = names.afterAt;
	// Not where the two are a title (由于局长负责不力: "because the director"), nor before a judgement of the duty.
	if (marker === 'agent') {
		title.lastIndex = start + 1;
		if (end - start !== 3 || NO_AGENT_NAME.test(text.slice(start + 1, end)) || title.test(text)) return false;
		// fresh-27: a title after the three is as sure as a duty (其间由于松涛副主任医师代诊): a cause has no title.
		title.lastIndex = end;
		return AGENT_DUTY.test(text.slice(end, end + 3)) || title.test(text);
	}
	// A household after a name of three is the name's family (村民于德贵家的羊, 养殖户于春发家中; 于家中 alone is "at home"),
	// unless a form of address stands for the given name (寄住于伯伯家中).
	title.lastIndex = start + 1;
	if (end - start === 3 && HOUSEHOLD.test(text.slice(end, end + 2)) && !title.test(text)) return true;
	if (marker === 'unit') return COUNTED_AFTER_NAME.test(text.slice(end, end + 10));
	// Stop 48: or both characters after 于 are common in given names and speech follows (门市负责人于春生说, 企业负责人于海松说):
	// where 于 is "at", a place or a time stands there (负责人于会上说, 于现场表示), and their characters are not a given name's.
	if (marker === 'person' && text[start] === '于')
		return (
			end - start === 3 &&
			((readsAsWord(startsWord, start + 1, end) && /[已正把]/.test(text[end] ?? '')) ||
				(hasGivenCharacter(names, text, start + 1, end) &&
					names.givenCharacters.has(text.charCodeAt(start + 1)) &&
					names.givenCharacters.has(text.charCodeAt(start + 2)) &&
					SPOKEN_AFTER_YU.test(text.slice(end, end + 3))))
		);
	title.lastIndex = end;
	if (title.test(text)) return true;
	const rest = text.slice(end, end + 4);
	if (names.verbs.some((verb) => rest.startsWith(verb)) || names.acts.some((verb) => rest.startsWith(verb)) || SUBJECT_ACTS.test(rest)) return true;
	// A word of grammar after the span is weak evidence: the given name must have a character common in given names
	// (not 展柜里还: 展 is a surname, 柜里 no given name).
	if (AFTER_SUBJECT.has(text.charCodeAt(end))) return hasGivenCharacter(names, text, start + 1, end);
	// After a word for a person or a role a list or a clause's end proves no name (厨师戴发帽，, 厨师戴发帽、口罩); at a
	// clause start, what the clause holds alone (记录：余发。) is left to the review list.
	// A note of sex, age or a changed name in brackets follows only a person (村民余发明（男，63岁）).
	if (PERSON_NOTE.test(rest)) return true;
	if (marker === 'person') return false;
	return MARK_AFTER_NAME.test(rest) || (marker !== 'clause' && CLAUSE_END.test(rest));
}

// Words of kind that make a role of the title after them (家庭医生, 社区护士, 乡村医生, 值班医生), and trades that make
// one of 师傅 (stop 46, fresh-202: 白头发和理发师傅, a barber, not 和理发 as a name).
const ROLE_KINDS = /(?:家庭|社区|乡村|全科|主治|值班|随车|急诊|驻村|签约|责任|住院|实习|校园|理发|美发)$/;
// What 占 "to account for" is followed by: a share or a count (占比, 占全县, 占到, 占总数, 占了一半, 占三成, 占40%).
const SHARE_AFTER = new RegExp(`${NUMBER}|[0-9比到总全了据用地多少绝近约]`);
// fresh-47, fresh-48: or a share named a few words on (牧民占病例总数的62%, 高血压患者占受检人数的23%).
const SHARE_AHEAD = new RegExp(`^[\u3400-\u9fff]{1,8}?(?:总数|总量|人数|比例|比重|的${NUMBER}|的[0-9])`);
// Localizers that make a place of the noun before them (车厢里, 楼上).
const PLACE_LOCALIZER = /[里上中内外下]/;
// What does not end a name of three made of a word and one more character: a localizer, a negation, a word of degree.
const NOT_AFTER_NAME = /[里上中内外下不没未很太]/;
// Localizers and words of time that end a phrase after the preposition 于 (于会上, 于手术中, 于发稿前, 于入户随访时).
const LOCALIZER_END = /[上中内前后时里外下间处旁边底]/;
// Words that follow a subject, not the object of the preposition 于 (于春华在: a name; 于春季和秋季: not one, so not 和).
const SUBJECT_AFTER_WORD = /[在把已正]/;
// Duties only a person takes on after a role (主任于建国主持会议, 副院长于秋生带队): 于 + a place or a time before them ends in
// one of PLACE_OR_TIME_END (于现场带队, 于当天主持, 于近期参加), a given name that ICU reads as a word (建国, 秋生) does not.
// fresh-47: and what a person does at once or brings (书记于长江带着村干部, 医生于海燕迅速为他).
// Stop 44 (fresh-169): and 给 before whom a person gives to (班主任于海燕给每个孩子发了), not 给予 (于现场给予指导).
const CHAIRS = /^(?:主持|带队|率队|出席|陪同|担任|参加|列席|带着|带领|迅速|立即|随即|主动|协助|配合|给(?!予))/;
const PLACE_OR_TIME_END = /[场线层地点处部所区日天时期间晚晨午周月年节次季前后初底末夜村镇乡县市省室院站]/;
// conv-23: a person comes or goes to see (县长于里谷到现场看望, 局长于丰年来到); a place or a time before them ends as above.
export const COMES = /^(?:到|来到|赶到|赶赴|奔赴|前往|深入|走访|看望|探望|慰问|察看|查看|视察|调研|莅临|亲临)/;

/** Whether a verb of COMES, read as a word of its own, starts at `end` after a given name that no place or time ends. */
function comesAfter(text: string, startsWord: (index: number) => boolean, end: number): boolean {
	const verb = COMES.exec(text.slice(end, end + 2))?.[0];
	return verb !== undefined && !PLACE_OR_TIME_END.test(text[end - 1]!) && startsWord(end) && startsWord(end + verb.length);
}
// What ends a name as the end of a list or a clause does: anything but a Han character, 、 or 等.
const LIST_ENDS_NAME = /^(?:$|[^\u3400-\u9fff]|[、等])/;
// conv-25: 等 and attending or coming along, which only people do (于万里等出席, 等一行); not 等候 or 等待.
const ATTENDING = /^等(?:出席|参加|参会|一行|陪同|到场|列席|出面)/;

/**
 * The length of a name before `title` that a word of the dictionary may have taken, at a surname of several forms
 * where a name may start (a clause start, 和/与/及, 、): two characters (余庆, 钟声) or a word of two that ICU reads and
 * one more character, not a word of grammar (余生 + 华; not 周末 + 也); 0 where there is none. `lengths` are those tried.
 */
function wordAsName({ text, names, phrases, startsWord }: Context, title: number, lengths = [2, 3]): number {
	for (const n of lengths) {
		const start = title - n;
		const before = text[start - 1] ?? '';
		if (!names.surnameForms.has(text[start] ?? '') || !startsWord(start) || !startsWord(title)) continue;
		if (isHan(before.charCodeAt(0)) && !/[和与及、]/.test(before)) continue;
		const wordEnds = n === 2 ? title : title - 1;
		// The word of two is ICU's or the dictionary's (范文 in 范/文/松表示, which ICU cuts).
		const wordOfTwo = () =>
			readsAsWord(startsWord, start, wordEnds) || phrases.some((trie) => trie.matchesAt(text, start, wordEnds).some((m) => m.end === wordEnds));
		if ((n === 3 && !wordOfTwo()) || NOT_IN_NAMES.test(text.slice(start, title))) continue;
		// fresh-56: nor is the third a localizer after a word (全乡（镇）范围内通报: 范围 + 内).
		if (n === 3 && (GRAMMAR_AFTER_SUBJECT.test(text[wordEnds]!) || LOCALIZER_END.test(text[wordEnds]!))) continue;
		// Nor is a word of place or quantity (余下, 党内, 周边), nor one at a surname that begins many words (党建).
		if (PERSON_WORD_END.test(text[wordEnds - 1]!) || /[上下里内外边]/.test(text[wordEnds - 1]!) || names.wordStarts.has(text[start]!)) continue;
		return n;
	}
	return 0;
}

/**
 * Whether a name may start at `index` after what ends there: a word for a person, one of names.yaml's `people` (居民,
 * 司机) or a word that ends as a role does (心理咨询师, where ICU reads 咨询 + 师; 网格员, 组长); 据 "according to"; or
 * an age (62岁的).
 */
export function nameMayFollow(names: NameData, text: string, index: number): boolean {
	// Read by code: it is asked of nearly every surname in a text.
	const before = text.charCodeAt(index - 1);
	if (names.peopleEnds.has(before) && names.people.some((word) => text.startsWith(word, index - word.length))) return true;
	if ((text[index] === '于' ? YU_ROLE_ENDS : ROLE_ENDS).has(before)) return isHan(text.charCodeAt(index - 2));
	if (before === ACCORDING_TO) return true;
	// Stop 45 (fresh-189): so may 于 after a unit and 的 (煎药室的于海燕她们), where what follows must still end a name; other
	// surnames there start words as often (医院的党建工作).
	return (
		before === OF &&
		(AGE.test(text.slice(Math.max(0, index - 4), index)) || (text[index] === '于' && names.unitEnds.test(text.slice(Math.max(0, index - 6), index - 1))))
	);
}

// Two or three characters before a parenthesis of at most 30 characters (钟秀兰（周庄镇卫生院家庭医生）).
const BEFORE_PARENTHESIS = /[\u3400-\u9fff]{2,3}(?=[（(]([^（()）]{1,30})[）)])/g;

/**
 * Names right before a role in parentheses (钟秀兰（周庄镇卫生院家庭医生）、游建国（石桥镇十里铺村保洁员）、于发旺（前营乡干河村村医）),
 * where a name may start: at a clause start or after 、, 和, 与, 及; the role is a title of `before` or `after`, or a word
 * ending as a role does (保洁员, 技师, 所长), at the end of the parenthesis, or in a 、-list a place or a unit (南关村).
 */
function namesBeforeRoles(context: Context): Array<[number, number]> {
	const { text, names } = context;
	const found: Array<[number, number]> = [];
	for (const m of text.matchAll(BEFORE_PARENTHESIS)) {
		const role = m[1]!;
		const end = m.index + m[0].length;
		// fresh-27: in a 、-list, the place a person works in stands there too (党建丰（南关村）、余里发（下谷村）).
		const listed = text[end + role.length + 2] === '、' || text[m.index - 1] === '、';
		const place = listed && names.unitEnds.test(role);
		if (!place && !ROLE_ENDS.has(role.charCodeAt(role.length - 1)) && !names.roleAtEnd.test(role)) continue;
		const length = [3, 2].find((n) => {
			const start = end - n;
			if (start < m.index || !names.surnames.has(text[start]!)) return false;
			const before = text[start - 1] ?? '';
			return (!isHan(before.charCodeAt(0)) || /[和与及、]/.test(before)) && nameLike(context, start, end, 'title');
		});
		if (length) found.push([end - length, end]);
	}
	return found;
}

// A name right after a hospital department's name, where the name ends a list's item or the clause (心内科余里平、骨科姜丰、
// 儿科于谷等, 由眼科干丽华负责; fresh-34): the department stands as a title does, and what follows ends the name.
// fresh-47: and after a clinic or a hospital in a list of people (塘头镇卫生院党春燕、许家坝镇卫生院游建、…叶敏等5名医生), or of
// winners parted by commas (板桥街道卫生院范永红，宣威市…; fresh-63).
// fresh-52: and after an office and a space in a notice's contact line (联系人：医政股 党晓燕，电话); stop 47 (fresh-214): or
// a byline's bracket (走访手记（镇市场监管所 谷长发）).
// fresh-59: and before a space in a roster (值班医生：内科杨发贵 外科于海峰 儿科星彩霞).
// Stop 44 (fresh-172): and a name of three after a clinic before the duty it takes (白沙镇卫生院于小云分别带队).
const AFTER_DEPARTMENT =
	/(?<=[\u3400-\u9fff]科)[\u3400-\u9fff]{2,3}(?=[、，,；;。和及等）) \t\u3000]|$)|(?<=卫生院|医院|卫生室|卫生所)[\u3400-\u9fff]{2,3}(?=[、等，,])|(?<=卫生院|医院|卫生室|卫生所)[\u3400-\u9fff]{3}(?=分别|带队|负责|主持)|(?<=[\u3400-\u9fff][股科室办处站所队] )[\u3400-\u9fff]{2,3}(?=[，,、；;。（()）]|$| +[0-9])/g;
/** Whether a text may name a person after a department, a clinic or an office (see AFTER_DEPARTMENT). */
const DEPARTMENT_BEFORE = /[科院]|卫生|[股室办处站所队] /;

// 后 as a rare surname where only a name stands: an item of a 、-list of names of two or three, a table's cell, after
// a role that a name follows (刘明、后志、朴发; | 后云里 |; 院长助理后志丰; fresh-32, fresh-36). Taken as a surname, 后 broke
// eleven golden lines (担任院长后多次, 主任后来说), so the rules keep 後 and the review list asks.
const RARE_SURNAME_SLOT = /后(?<=(?:(?:^|[、，：:]|[\u3400-\u9fff]{2,3}、)|(?:^|\|)[ \t]*)后)(?=[\u3400-\u9fff]{1,2}(?:$|[、，。；\u3000 \t|（(]))/g;

/** Surnames too rare to settle that askAboutRareSurnames asks about, with their form (the review list's fix names the name they begin). */
export const RARE_SURNAME_FORMS: ReadonlyMap<string, string> = new Map([['后', '后']]);

// Stop 39 (fresh-75): where a role comes before it and speech, a conjunction or a list's mark after it (质量主管后丽萍以及,
// 院长后志丰表示), a speaker's colon at the start of a line (后丽萍：经验) or a table's cell around it (fresh-81), 后 with two
// characters of given names is the
// surname: 后 "after" is followed there by a word (主任后来说, 局长后立即) whose characters are not both given names'.
const RARE_SURNAME_NAMED = /后(?=[\u3400-\u9fff]{2})/g;
const RARE_SURNAME_OF_TWO = /后(?=[\u3400-\u9fff](?:表示|说|介绍|告诉|指出|强调|坦言|[，。；]))/g;

// Stop 39 (fresh-83): 里 ending a village's name before a count of villages (梅口、坑里两个自然村) is the place's 里.
const VILLAGE_COUNTED = new RegExp(
	`里(?<=[\u3400-\u9fff]里)(?<![村城家屋院镇乡县区场店心手眼这那哪夜]里)(?=${NUMBER}+个(?:自然村|行政村|村|社区|小区|组))`,
	'g',
);

// Stop 39 (fresh-83): 冲 ending a hamlet named after its family (钟山村余家冲｜山泉水, 余家冲的情况) is the hollow of the south's
// place names, written 沖; 大家冲 is everyone rushing.
const FAMILY_HOLLOW = /(?<=[\u3400-\u9fff](?<!大)家)冲(?=$|[^\u3400-\u9fff]|的|村|组)/g;

// Stop 39 (fresh-84): in a paragraph about hair, growing it (能生发, 促进生发) is 髮; elsewhere 生发 is "to arise" 生發.
const HAIR_TALK = /头发|头皮|脱发|发根|发际|发量|毛发|秀发|白发|发丝/;
const GROWS_HAIR = /发(?<=生发)/g;
// Swallowing (咽不下东西, 连口水都咽不下去, 咽下) is 嚥; the throat (咽喉, 咽部, 咽痛) stays 咽, and OpenCC's 吞嚥 is a phrase.
const SWALLOWS = /咽(?<!吞咽)(?=不下|得下|下去|下|了)/g;
// Dry and something else (皮肤又干又烫, 又红又干) is 乾: 又干又累 "worked and tired" is not said of skin.
const DRY_AND = /干(?=又[烫痒硬裂涩疼痛热燥红])|干(?<=又[烫痒硬裂涩疼痛热燥红]又干)/g;

// Stop 39 (fresh-87): 系 right after a name in Latin letters is a lineage or a series (乙型流感（Victoria系）), not the copula.
const LINEAGE = /(?<=[A-Za-z0-9])系(?![\u3400-\u9fff])/g;

// Stop 39 (fresh-86): the slogans 应X尽X (应治尽治、应管尽管, 应检尽检) are "all that should be, to the end" 盡: OpenCC's 尽管
// "although" reads across the second.
const ALL_THAT_SHOULD = /尽(?<=应([\u3400-\u9fff])尽)(?=\1)/g;

// Stop 39 (fresh-83): a place and a localizer are no given name (但村里一直找不到, 和镇上): 但 and 和 open clauses far more
// often than they are surnames.
const PLACE_AND_LOCALIZER = /^[村镇城县乡区市家屋院店场厂校楼山][里上中内外下]$/;

// What a villager says before one of the village's people (我们村的, 村里的; fresh-102).
const VILLAGE_OF = /(?:村|镇|乡|屯|寨|社区|村里|镇上|乡里)的$/;

// What takes a person after it where ICU may join it to 后 (由后德明同志兼任; fresh-144).
const AGENT_BEFORE = /[由和与及请让叫找向给对把被是]/;
// The next item of a list after a name: a 、 and three characters before the next mark (、余小丰、, 、林台生（村医）).
const LIST_ITEM_NEXT = /^、([\u3400-\u9fff])[\u3400-\u9fff]{2}(?=[、，。；（(]|等|和)/;
// How a roster's line ends after the name and a gap: a post (县红十字会工作人员, 县公路事业发展中心职工, 退休乡村医生).
const ROSTER_POST_END = /(?:工作人员|职工|员工|干部|教师|学生|家长|医生|护士|村医|网格员|志愿者|负责人)$/;

/**
 * Whether the `count` characters at `index` (one or two) are all common in given names and end a sentence, a line or a
 * list's item right after them (负责人于海涛。, 负责人胡云。): a place or a time after 于 is not made of them (于村口。).
 */
function givenPairEndsSentence({ text, names }: Context, index: number, count = 2): boolean {
	for (let k = index; k < index + count; k++) if (!names.givenCharacters.has(text.charCodeAt(k))) return false;
	return SENTENCE_END_AFTER_NAME.test(text.slice(index + count, index + count + 1));
}
// 阿 and 小 before a given character, as the south and the young are called (后阿松, 后小军); they stay out of the given names'
// characters, where they would start places and comparisons after 于 (于阿坝, 小于).
const FAMILIAR_GIVEN = /[阿小]/;
// A time of day or of the year that starts what a person did (早上六点就来了, 今年已经).
const TIME_OF_DAY = /^(?:早上|上午|中午|下午|傍晚|晚上|凌晨|清早|一早|今年|去年|每天|当天|当晚)/;
// What ends a sentence, a line or a list's item right after a name; or a heading's colon (二、种粮户于长发：; stop 45).
const SENTENCE_END_AFTER_NAME = /^(?:$|[。；;、\n：:])/;

/** Names of three that begin with the rare surname 后, where a role before them or a speaker's colon after them settles it. */
function rareSurnameNames(context: Context): Array<[number, number]> {
	const { text, names, phrases } = context;
	const found: Array<[number, number]> = [];
	// Stop 45 (fresh-192): a name of two after a title before speech or a clause's end (学校总务处主任后明表示, 值周领导为总务处主任后明，):
	// 后 "after" a title is followed by a word (主任后来, 主任后明确表示), not by one character of a given name that ends there.
	for (const m of text.matchAll(RARE_SURNAME_OF_TWO)) {
		const start = m.index;
		if (!names.givenCharacters.has(text.charCodeAt(start + 1)) || !context.startsWord(start + 2)) continue;
		if (phrases.some((trie) => trie.matchesAt(text, start).some((match) => match.end - start > 1))) continue;
		if (names.roleAtEnd.test(text.slice(Math.max(0, start - 10), start))) found.push([start, start + 2]);
	}
	for (const m of text.matchAll(RARE_SURNAME_NAMED)) {
		const start = m.index;
		// Stop 41 (fresh-130): a name a notice hides behind 某 (村民后某松, 5．后某平) is the surname's: 此后某天 has a time after 某.
		if (text[start + 1] === '某' && names.givenCharacters.has(text.charCodeAt(start + 2))) {
			found.push([start, start + 3]);
			continue;
		}
		const after = text.slice(start + 3);
		// A cell of a table pasted with tabs, pipes or ideographic spaces that holds only the name, in a row of three cells or
		// more (后建平\t普外科\t主任医师; 大坝镇卫生院　后云松　林寨镇卫生院, 01号  后金龙  面条; stop 42, fresh-144 and fresh-146).
		const tableCell =
			(/(?:^|[\t|｜\u3000]| {2})[ \u3000]*$/.test(text.slice(0, start)) &&
				/^(?: {2}|[ \u3000]*[\t|｜\u3000])/.test(after) &&
				(text.match(/[\t|｜\u3000]| {2}/g)?.length ?? 0) >= 2) ||
			(/^[0-9０-９]{1,3}(?:[.．、]|[\t\u3000]+)$/.test(text.slice(0, start)) && /^[\t\u3000]/.test(after)) ||
			// An item's number and a comma after the name (8. 后建军，男，47岁; fresh-148).
			(/^[0-9０-９]{1,3}[.．、][ \u3000]*$/.test(text.slice(0, start)) && /^[，,（(]/.test(after)) ||
			// A clinic or an office and a gap before it, a comma after (下洞村卫生站　后建国，约1300人; stop 43, fresh-156).
			(/(?:站|院|室|所|中心|诊所)(?:[\u3000\t]| {2,})$/.test(text.slice(Math.max(0, start - 6), start)) && /^[，,（(；;]/.test(after)) ||
			// A cell of a table pasted with single spaces (8 后永胜 柳湾村 10000; stop 46, fresh-205).
			spacedRowCells(text).some((cell) => cell.index === start && cell[0].length === 3) ||
			// The holder of a numbered stall, room or bed, set apart by single spaces (东区4排06号 后志强 笋干; stop 46, fresh-201).
			(/[0-9０-９][号室床][ \u3000\t]+$/.test(text.slice(Math.max(0, start - 6), start)) && /^[ \u3000\t]/.test(after));
		// The first given character is one names often have; the second may also be one that has a name form of its own
		// (后云里, 后发林; fresh-146), and in a table's cell any but a place's suffix (3｜后松年｜男, not ｜后海村｜).
		const listedAfterBrackets = /[\u3400-\u9fff]{2,3}[（(][^）)\n]{1,10}[）)]、$/.test(text.slice(Math.max(0, start - 16), start)) && /^[（(]/.test(after);
		// Stop 43: a name that opens a line or an item with its post or village in brackets (后建设（镇党委副书记）, 后来福（后塘村村民，…）),
		// whatever its given name's characters.
		const post = /^[（(]([^）)，,\n]{1,20})/.exec(after)?.[1];
		// Stop 45 (fresh-177): or a comma and the post in a staff list (后玉兰，护士，负责预防接种；).
		const commaPost = /^[，,]([^，,；;。：:\n]{2,12})(?:[，,；;。]|$)/.exec(after)?.[1];
		const posted =
			(post !== undefined &&
				(start === 0 || /[\n、：:\u3000|｜\t ]/.test(text[start - 1]!)) &&
				(names.roleAtEnd.test(post) || names.people.some((word) => post.endsWith(word)) || ROSTER_POST_END.test(post))) ||
			(commaPost !== undefined && (start === 0 || text[start - 1] === '\n') && isPost(names, commaPost));
		// Stop 45 (fresh-196): a contact line's role, a space, the name, a space and the phone number (东湾镇党委副书记 后立新 13605767782).
		const contactLine =
			/[ \u3000]$/.test(text.slice(0, start)) &&
			names.roleAtEnd.test(text.slice(Math.max(0, start - 10), start).trimEnd()) &&
			/^[ \u3000]+[0-9０-９]{7,}/.test(text.slice(start + 3));
		// Stop 47 (fresh-213): an office, a space, the name and the phone number (联系人：市局食品流通处 后立群，联系电话：).
		// Stop 47 (fresh-221): a holder of an office at a line's start before the span of their term (后继光 1992年5月—2001年12月).
		const termOfOffice = (start === 0 || text[start - 1] === '\n') && /^[ \u3000\t]+[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?[—–－\-~～至]/.test(after);
		const officeContact =
			/(?:[股科室办处站所队]|中心)[ \u3000]+$/.test(text.slice(Math.max(0, start - 4), start)) && /^[，,；;]?[ \u3000]*(?:联系)?(?:电话|手机)/.test(after);
		const secondGiven =
			names.givenCharacters.has(text.charCodeAt(start + 2)) ||
			names.givenForms.has(text[start + 2]!) ||
			((tableCell || listedAfterBrackets || posted || contactLine || officeContact || termOfOffice) &&
				isHan(text.charCodeAt(start + 2)) &&
				!PLACE_CELL_END.test(text[start + 2]!));
		// Stop 42 (fresh-142): a list of names of three whose first a role or a word for a person opens (志愿者谷云发、后春生帮他;
		// stop 45, fresh-181: 指派监督员叶秀芳、后卫民负责, where 后卫 is a defender).
		const prior = text.slice(Math.max(0, start - 14), Math.max(0, start - 4));
		const openedList =
			/^[\u3400-\u9fff]{3}、$/.test(text.slice(start - 4, start)) &&
			names.surnames.has(text[start - 4]!) &&
			(names.roleAtEnd.test(prior) || names.people.some((word) => prior.endsWith(word)) || /[\u3400-\u9fff]{2}员$/.test(prior));
		// Stop 45 (fresh-177, fresh-193): 阿 or 小 before a given character (老渔民后阿松, 邻居后小军; FAMILIAR_GIVEN).
		const firstGiven =
			names.givenCharacters.has(text.charCodeAt(start + 1)) || (FAMILIAR_GIVEN.test(text[start + 1]!) && names.givenCharacters.has(text.charCodeAt(start + 2)));
		// Stop 45 (fresh-181): between two names of three in a 、-list any characters may be a given name (叶秀芳、后卫民；).
		const amongNames =
			/[\u3400-\u9fff]{3}、$/.test(text.slice(Math.max(0, start - 4), start)) &&
			names.surnames.has(text[start - 4] ?? '') &&
			/^(?:[、；;，。]|$)/.test(after) &&
			isHan(text.charCodeAt(start + 2)) &&
			!PLACE_END.test(text[start + 2]!) &&
			!PLACE_END.test(text[start - 2]!);
		if ((!firstGiven && !posted && !amongNames && !openedList) || (!secondGiven && !amongNames && !openedList)) continue;
		const spoken = names.speech.some((verb) => after.startsWith(verb));
		const speaker = (start === 0 || !isHan(text.charCodeAt(start - 1))) && /^[：:]/.test(after);
		// A roster puts spaces between the role and the name (设备科科长　后向东).
		const before = text.slice(Math.max(0, start - 10), start).replace(/[ \u3000]+$/, '');
		// Stop 44 (fresh-168): or a unit and 的 (药剂科的后玉兰专门打电话来).
		const afterRole =
			names.roleAtEnd.test(before) ||
			names.people.some((word) => before.endsWith(word)) ||
			VILLAGE_OF.test(before) ||
			(before.endsWith('的') && names.unitEnds.test(before.slice(0, -1))) ||
			// Stop 44 (fresh-172): a worker no list names (管水员后德明，包村干部).
			/[\u3400-\u9fff]{2}员$/.test(before);
		// A phrase at 后 is no name (后来, 后续), unless it is two characters that speech follows after the third (局长后继红介绍)
		// or that end a roster's cell or a sentence after a role (镇长后金发 at the line's end: 后金 is the dynasty; 科长　后向东。), or a
		// table's cell (01号  后金龙  面条; fresh-144).
		const cell = afterRole && /^(?:$|[\s\u3000。；|｜])/.test(after);
		// An item of a 、-list of names of three (叶秋云、范志刚、后玉兰等同志), after another such item, or after one with a post or a
		// place in brackets (谷俊辉（福州）、后立新（台州）; stop 43, fresh-154), and before the next, the list's end or the line's.
		// Stop 43 (fresh-164): also after a name of two that a mark or a table's bar opens (| 王俊、后建国 |), and before a bar.
		const itemOfThree = /[\u3400-\u9fff]{3}、$/.test(text.slice(0, start)) && names.surnames.has(text[start - 4] ?? '');
		const itemOfTwo =
			/(?:^|[^\u3400-\u9fff])[\u3400-\u9fff]{2}、$/.test(text.slice(Math.max(0, start - 4), start)) && names.surnames.has(text[start - 3] ?? '');
		const listed = ((itemOfThree || itemOfTwo) && /^(?:、|等|和|[，。；（(\s|｜]|$)/.test(after)) || listedAfterBrackets;
		// There even a word of the dictionaries at 后 is the name (谷春莲、游美华、后金凤、党玉梅: 后金 is the dynasty).
		if (
			phrases.some((trie) =>
				trie
					.matchesAt(text, start)
					.some(
						(match) => match.end - start > 1 && !((spoken || cell || tableCell || listed || posted || openedList || termOfOffice) && match.end === start + 2),
					),
			)
		)
			continue;
		// fresh-102: or the work the person does next (副主任药师后晓云进行检查, 煎药工后红英在这里干了12年).
		// Stop 45 (fresh-177, fresh-180): or their home (加工户后德海家中, 东里村后长林家玉米), or their signature (物主后长林签字);
		// fresh-185: or driving, escorting, a visit's rhythm (村委会主任后德明驾驶, 乡村医生后德兵每周上门).
		// Stop 46 (fresh-206): or their family (渔民后德明的妻子带着他来); stop 47 (fresh-213, fresh-214): or doing two things at
		// once, or giving a lecture (食堂负责人后建平一边往碗里舀姜汤, 公卫科科长后志强主讲); fresh-217: or their hair (药农后秀英头发已经花白).
		const follows =
			/^(?:一边|主讲|主持|授课|头发|的(?:妻子|丈夫|儿子|女儿|父亲|母亲|家人|家属|爱人|老伴|孩子)|以及|和|与|及|等|家|签字|签名|共同|驾驶|开车|陪同|护送|每周|每月|当场|当即|立即|随即|马上|也|还|就|又|都|已|便|进行|负责|在|对|给|把|带领|一直|每天|原来|今年|从小|一起|专门|亲自|特意|特地|她们|他们|统一|分别|[、，。；：:）)（(\s\u3000|｜]|[0-9０-９〇一二三四五六七八九]{4}年|$)/.test(
				after,
			);
		// Stop 42 (fresh-142): the item before a name of three in a list (｜后云松、余小丰、林台生（村医）); a person by age (63岁的后春花，); a
		// form of address only a person takes (县红十字会的后志强同志); a roster's line of the name, a gap and the post
		// (后志强　县红十字会工作人员).
		const nextListed = LIST_ITEM_NEXT.exec(after);
		const itemBefore =
			nextListed !== null && names.surnames.has(nextListed[1]!) && /(?:^|[|｜、：:\t\u3000（()）])[ \u3000]*$/.test(text.slice(Math.max(0, start - 3), start));
		const aged = /[0-9０-９一二三四五六七八九十]岁的$/.test(text.slice(Math.max(0, start - 4), start)) && follows;
		// Stop 43 (fresh-152): a person introduced by what they are called (那位老人叫后运福，).
		const called = text[start - 1] === '叫' && /^[，,。；;、）)”]/.test(after);
		// Stop 43 (fresh-164): a speaker after a quotation's end or at a sentence's start (……”后秀兰说，镇里派来的志愿者).
		const speaksFirst = spoken && (start === 0 || /[”」。！？；\n]/.test(text[start - 1]!));
		// A label's colon before it and a bracket, a comma or the line's end after it (采访人：后晓松（县融媒体中心记者）; fresh-146;
		// 安头乡卫生院：后丽娟; fresh-148).
		const labelled = /[：:][ \u3000]*$/.test(text.slice(Math.max(0, start - 2), start)) && /^(?:[（(，,；;、）)\u3000]|$)/.test(after);
		const addressed = names.nameOnly.has(after.slice(0, 2)) && (context.startsWord(start) || AGENT_BEFORE.test(text[start - 1] ?? ''));
		// Stop 44 (fresh-169): a person of a unit before their title (渔港小学的后春梅老师把): 以后 or 之后 would be a word before it.
		names.afterAt.lastIndex = start + 3;
		const titledOfUnit = text[start - 1] === '的' && names.unitEnds.test(text.slice(Math.max(0, start - 6), start - 1)) && names.afterAt.test(text);
		// Stop 45 (fresh-177): or the agent 由 gives a duty to, before their title (由后玉兰护士在接种后第二十八天电话通知).
		names.afterAt.lastIndex = start + 3;
		const agentTitled = text[start - 1] === '由' && names.afterAt.test(text);
		const line = text.slice(start + 3, text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start));
		const rosterLine =
			(start === 0 || text[start - 1] === '\n') &&
			/^[\u3000\t]/.test(line) &&
			(names.roleAtEnd.test(line) || names.people.some((word) => line.endsWith(word)) || ROSTER_POST_END.test(line));
		if (
			speaker ||
			tableCell ||
			listed ||
			posted ||
			(afterRole && (spoken || follows)) ||
			openedList ||
			itemBefore ||
			aged ||
			called ||
			speaksFirst ||
			addressed ||
			rosterLine ||
			labelled ||
			titledOfUnit ||
			agentTitled ||
			officeContact ||
			termOfOffice
		)
			found.push([start, start + 3]);
	}
	return found;
}

/** Marks 后 where only a name would stand as worth a look (the review list asks whether it is the surname 后). */
function askAboutRareSurnames(context: Context): void {
	const { text, names, phrases } = context;
	// Not where a word of the dictionaries starts at 后 (主任后来说, 医生后续跟进).
	// Nor before a character no given name has (| 后厨 |, 审核后订正).
	const word = (index: number) =>
		!names.givenCharacters.has(text.charCodeAt(index + 1)) || phrases.some((trie) => trie.matchesAt(text, index).some((match) => match.end - index > 1));
	for (const m of text.matchAll(RARE_SURNAME_SLOT)) {
		if (word(m.index)) continue;
		const before = text.slice(0, m.index);
		const listed = /[\u3400-\u9fff]{2,3}、$/.test(before) && /、[\u3400-\u9fff]{1,2}(?:$|[、，。；])/.test(text.slice(m.index - 1, m.index + 4));
		const cell = /(?:^|\|)[ \t]*$/.test(before) && text.includes('|');
		if (listed || cell || names.roleAtEnd.test(before)) context.doubtful.add(m.index);
	}
	for (const match of text.matchAll(names.before)) {
		const start = match.index + match[0].length;
		if (text[start] === '后' && !word(start) && /^[\u3400-\u9fff]{1,2}(?:$|[^\u3400-\u9fff])/.test(text.slice(start + 1, start + 4)))
			context.doubtful.add(start);
	}
	// fresh-54, fresh-55: 后 before two characters of given names, after a role or a word for a person (店员后春兰统一,
	// 志愿者后振发在), before a title (后德和老人, 后秀兰同志) or in a row of a table pasted with spaces (9 后秀兰 女).
	// fresh-59: and in a cell of a table pasted with tabs (22	后立新	男), after a form's label (值班人员：后文斌) or a department
	// in a roster (外科后永强), where only a name stands, even one that starts like a word (后文 "the text below").
	const cells = new Set([...spacedRowCells(text), ...(COLUMNS.test(text) ? text.matchAll(CELL) : [])].map((cell) => cell.index));
	for (const m of text.matchAll(/后(?=[\u3400-\u9fff]{2})/g)) {
		const given = names.givenCharacters.has(text.charCodeAt(m.index + 1)) && names.givenCharacters.has(text.charCodeAt(m.index + 2));
		if (!given) continue;
		const before = text.slice(Math.max(0, m.index - 8), m.index);
		const slot =
			cells.has(m.index) ||
			/[：:]$/.test(before) ||
			(before.endsWith('科') && /^[\u3400-\u9fff]{2}(?:[ \t\u3000]|$)/.test(text.slice(m.index + 1, m.index + 4)));
		if (!slot && word(m.index)) continue;
		names.afterAt.lastIndex = m.index + 3;
		const titled = names.afterAt.test(text);
		const role = ROLE_ENDS.has(text.charCodeAt(m.index - 1)) || names.roleAtEnd.test(before) || names.people.some((person) => before.endsWith(person));
		if (titled || role || slot) context.doubtful.add(m.index);
	}
}

// A donor or a resident between the village and an amount, as lists of donations and payments write them
// (三合街道钟家坝村余发财　500元, 十里村钟声　600元; fresh-36): a name even where it is a word (钟声, 于是, 余庆), since
// nothing but a person stands there; not an organ of the village (村党支部　1000元, 村委会　500元).
const BEFORE_AMOUNT = new RegExp(
	`(?<=[村组]|社区)[\u3400-\u9fff]{2,3}(?=[ \u3000\t]*${NUMBER}+(?:\\.[0-9]+)?[ \u3000]*(?:万?元|斤|公斤|箱|件|袋|瓶|盒|套|台|份))`,
	'g',
);
const ORGAN_END = /[部会室站所院队组委团社司厂店馆场校]$/;

/** Names between a village and an amount in a list of donations (余家村游丰　300元). */
function donorNames(context: Context): Array<[number, number]> {
	const { text, names } = context;
	return [...text.matchAll(BEFORE_AMOUNT)]
		.filter((m) => names.surnames.has(m[0][0]!) && !ORGAN_END.test(m[0]) && !PARTY_ORGAN.test(m[0]))
		.map((m): [number, number] => [m.index, m.index + m[0].length]);
}

/** Names after a department or a clinic in a list (心内科余里平、骨科姜丰, 卫生院党春燕、), not a word after one (本科余额, 该科周一至周五, 骨科干细胞). */
function departmentNames(context: Context): Array<[number, number]> {
	const { text, names } = context;
	const found: Array<[number, number]> = [];
	for (const m of text.matchAll(AFTER_DEPARTMENT)) {
		if (!names.surnameForms.has(m[0][0]!)) continue;
		// 于 before a time is the preposition (县医院于近日，; fresh-63).
		if (m[0][0] === '于' && TIME_AFTER_YU.test(text.slice(m.index + 1))) continue;
		// Nor is it a name before a duty where a place or a time ends what follows it (县医院于现场带队).
		if (m[0][0] === '于' && PLACE_OR_TIME_END.test(m[0].at(-1)!) && !/[、等，,]/.test(text[m.index + m[0].length] ?? '')) continue;
		// The longer reading that is still a name: 于谷等 is 于谷 before 等, as 余里平、 is a name of three.
		const length = [m[0].length, 2].find(
			(n) => n <= m[0].length && nameLike(context, m.index, m.index + n, 'title') && (n === m[0].length || m[0].length === 3),
		);
		if (length === m[0].length) found.push([m.index, m.index + length]);
	}
	return found;
}

// A cell of a Markdown table, or a text that is nothing else: two or three characters between the text's ends or |,
// or between the gaps that stand for columns where a table was pasted as text: a tab, an ideographic space, two spaces
// (3    余秋萍    女, 全丰镇    余国发; fresh-52). One space is no column: it also separates words of a credit.
const PLACE_CELL_END = /[村镇乡屯寨湾坪]$/;
// What ends the name of a place or an office in a list (谷口镇、后河乡; 望奎镇、海丰镇、后三乡).
const PLACE_END = /[村镇乡屯寨湾坪县区市州省站所院局科]/;
// fresh-115: so is a numbered item's first field before such a gap (2．余秋萍　县人民医院急诊科护士长).
// Stop 41 (fresh-137): tables typed with the full-width bar ｜ (2｜丰收粮油店｜余建丰｜人民路56号) are tables too.
const CELL = /(?<=(?:^|[|｜]|\t|\u3000| {2}|^[0-9０-９]{1,3}[.．、])[ \t\u3000]*)[\u3400-\u9fff]{2,3}(?=[ \t\u3000]*(?:[|｜]|\t|\u3000| {2}|$))/g;
// Stop 41 (fresh-137): a numbered item's first field before a comma or a bracket (3．范建松，谷口乡卫生院放射科医师).
/** Whether a text has a line that starts with an item's number (3．, 12.). */
const NUMBERED_START = /^[0-9０-９]{1,3}[.．、]/m;
const NUMBERED_FIRST = /(?<=^[0-9０-９]{1,3}[.．、][ \u3000]*)[\u3400-\u9fff]{2,3}(?=[，,（(])/gm;
// Stop 45 (fresh-180): a cell of a word for a person, a space and the name (｜种粮大户 范志强｜, ｜农户 范桂芝｜).
const personInCell = once(
	() =>
		new RegExp(
			`(?<=(?:^|[|｜\t])[ \u3000]*[\u3400-\u9fff]{0,4}(?:${nameData().people.join('|')})[ \u3000])[\u3400-\u9fff]{2,3}(?=[ \u3000]*(?:[|｜\t]|$))`,
			'gm',
		),
);
// Stop 46 (fresh-201): a list of stalls, rooms or beds, each line a number, then its holder set apart by spaces (东区4排06号
// 后志强 笋干、梅干菜, 北区07号 余建松 过渡棚G-20).
// Stop 46 (fresh-205): or a room of a care home (112室 范长松 男 1946年).
const HOLDER_OF_NUMBER = /(?<=[0-9０-９][号室床][ \u3000\t]+)[\u3400-\u9fff]{2,3}(?=[ \u3000\t])/g;
/** Whether a text has columns: a Markdown table's bars, or a table pasted as text. */
const COLUMNS = /[|｜\t\u3000]| {2}/;
// fresh-54: a table pasted with one space between its columns (1 钟玉梅 女 二十里店镇卫生院 院长): a line of three fields or
// more and no mark that ends a clause, where a sentence would have one, that starts with its row's number or has a column
// of sex (男, 女); words set apart by spaces (这周复习 那周开会 周线图) are no row.
const SPACED_ROW = /^(?=[0-9０-９]+ |.*(?:^| )[男女](?: |$))(?:[^\s，。；！？,;]+ ){2,}[^\s，。；！？,;]+ *$/gm;
const SPACED_CELL = /(?<=^| )[\u3400-\u9fff]{2,3}(?= |$)/g;

/** The cells of two or three Han characters in each line of `text` that is a row of a table pasted with single spaces, at their offsets in `text`. */
function spacedRowCells(text: string): RegExpExecArray[] {
	if (!text.includes(' ')) return [];
	return [...text.matchAll(SPACED_ROW)].flatMap((row) =>
		[...row[0].matchAll(SPACED_CELL)].map((cell) => Object.assign(cell, { index: row.index + cell.index })),
	);
}

// Stop 45 (fresh-177): a staff list's line that opens with a name and a comma before the person's post and another comma
// or the item's end (于晓云，护士长，负责护理和急救培训；, 游小丰，药剂员，负责药房): the post says a person stands there.
const NAME_THEN_POST = /^[\u3400-\u9fff]{2,3}(?=[，,]([^，,；;。：:\n]{2,12})(?:[，,；;。]|$))/gm;

/** Whether `post` names a person's post or work (护士长, 药剂员, 全科主治医师, 村医). */
function isPost(names: NameData, post: string): boolean {
	return names.roleAtEnd.test(post) || ROLE_ENDS.has(post.charCodeAt(post.length - 1)) || ROSTER_POST_END.test(post);
}

// Stop 45 (fresh-180, fresh-181, fresh-193): a name in brackets after the workshop or the shop it runs, or after a gift
// (丰年面粉加工坊（于长发）, 个人捐赠（余丽华）, 余记挂面作坊（余桂兰））, and two names joined by 和 before how many people they are (范云松和于晓东两位监督员).
const NAME_IN_BRACKETS = /(?<=[\u3400-\u9fff](?:坊|店|铺|厂|行|馆|社|部|场|摊|户|捐赠|捐助|赠送)[（(])[\u3400-\u9fff]{2,3}(?=[）)])/g;
const PAIR_BEFORE_COUNT = /([\u3400-\u9fff]{2,3})和([\u3400-\u9fff]{2,3})(?=[两二三几]位|二人|两人)/g;

/** Names in brackets after a shop, and pairs of names before their count (see NAME_IN_BRACKETS). */
function namesBesideThings(context: Context): Array<[number, number]> {
	const { text, names } = context;
	const found: Array<[number, number]> = [];
	const named = (start: number, end: number) => names.surnames.has(text[start]!) && nameLike(context, start, end, 'title');
	for (const m of text.matchAll(NAME_IN_BRACKETS)) if (named(m.index, m.index + m[0].length)) found.push([m.index, m.index + m[0].length]);
	for (const m of text.matchAll(PAIR_BEFORE_COUNT)) {
		const second = m.index + m[1]!.length + 1;
		if (named(m.index, m.index + m[1]!.length) && named(second, second + m[2]!.length))
			found.push([m.index, m.index + m[1]!.length], [second, second + m[2]!.length]);
	}
	return found;
}

/** Names that open a line of a staff list before a comma and their post (see NAME_THEN_POST). */
function postedNames(context: Context): Array<[number, number]> {
	const { text, names } = context;
	return [...text.matchAll(NAME_THEN_POST)]
		.filter((m) => names.surnames.has(m[0][0]!) && isPost(names, m[1]!) && nameLike(context, m.index, m.index + m[0].length, 'title'))
		.map((m): [number, number] => [m.index, m.index + m[0].length]);
}

// fresh-93: a roster of one line per unit, each a label, a colon and a name that ends the line, maybe with a phone
// number (呼和诺尔镇：余海松, 巴彦哈达苏木：范志发 13904701234): only a name stands there, as in a cell.
// Stop 41 (fresh-137): also several to a line, each after an ideographic space or a tab, the name maybe followed by its
// post in brackets (行政责任人：后建新（副乡长）　技术责任人：…; 预警员：余小松　转移地点：村小学).
const ROSTER_ENTRY =
	/(?<=(?:^|\n|[\u3000\t])[^\n：:，。；！？\s（）()]{2,15}[：:][ \u3000]*)[\u3400-\u9fff]{2,3}(?=[ \u3000\t]*(?:[（(0-9０-９][^\n。，；]*)?(?:\n|$)|(?:[（(][^）)\n]{1,15}[）)])?[\u3000\t]+[^\n：:，。；！？\s]{2,15}[：:])/g;
const PLACE_OR_OFFICE_END = /[县区市州省]$/;

/**
 * Names that fill a table cell alone (| 2 | 临夏县 | 干国松 | 结核病筛查 |) or a roster's line after its label, as the
 * build meets them in a cell's text: two or three characters that start with a surname and read as a name, not as a
 * word (| 周一 |, | 干燥 |) or a place.
 */
function cellNames(context: Context): Array<[number, number]> {
	const { text, names } = context;
	const rosters = text.includes('：') || text.includes(':') ? text.matchAll(ROSTER_ENTRY) : [];
	return (
		[
			...text.matchAll(CELL),
			...text.matchAll(NUMBERED_FIRST),
			...spacedRowCells(text),
			...[...rosters].filter((m) => !PLACE_OR_OFFICE_END.test(m[0])),
			...(text.includes(' ') || text.includes('\u3000') ? text.matchAll(personInCell()) : []),
			...(text.includes('号') || text.includes('室') || text.includes('床') ? text.matchAll(HOLDER_OF_NUMBER) : []),
		]
			// A cell that ends in a place's suffix is a place (| 干沟村 |; fresh-38), not a person; nor is one that starts with a
			// word the dictionaries write otherwise than a name (｜周岁宴｜, 週歲; stop 46, fresh-209).
			.filter(
				(m) =>
					names.surnames.has(m[0][0]!) &&
					!PLACE_CELL_END.test(m[0]) &&
					// A district's or a county's name alone keeps the surname's form (岳麓区, as the county list writes it).
					!(wordAtSurname(context, m.index) && !/[区县市旗州]$/.test(m[0])) &&
					nameLike(context, m.index, m.index + m[0].length, 'title'),
			)
			.map((m): [number, number] => [m.index, m.index + m[0].length])
	);
}

/**
 * Whether a phrase of the dictionaries at the surname at `start` writes it otherwise than the surname (周岁 週歲), where
 * neither character after the surname is common in given names (谷雨生 and 范金柱 stay names).
 */
function wordAtSurname({ text, phrases, names }: Context, start: number): boolean {
	if (names.givenCharacters.has(text.charCodeAt(start + 1)) || names.givenCharacters.has(text.charCodeAt(start + 2))) return false;
	const form = names.surnameForms.get(text[start]!);
	return phrases.some((trie) => trie.matchesAt(text, start).some((match) => match.end - start > 1 && match.value[0] !== form));
}

// A shop's name: two characters before 堂 that a pharmacy or clinic follows, or in quotes (“复春堂大药房”, 复春堂诊所, “同仁堂”).
const SHOP_NAME = /[\u3400-\u9fff]{2}(?=堂(?:大药房|药房|药店|药行|医馆|国医馆|诊所))|(?<=“)[\u3400-\u9fff]{2}(?=堂[”大药医诊])/g;

// How the name of an office ends (党建办, 宣传科, 文化站, 组织部): no name of three ends so, item after item; nor as a town,
// a township or a village does (干河镇、丰乐镇; stop 44, fresh-168).
export const OFFICE_END = /[办科站部室组处股局委队所镇乡村]/;

// What separates the items of a list.
const LIST_MARK = /[、 ]/;

// Items of a list: two or three characters between 、 (钟明、余发华) or, in credits, spaces (通讯员 于长发 钟鸣).
const LIST = /[\u3400-\u9fff]{2,3}(?:[、 ][\u3400-\u9fff]{2,3})+/g;

/**
 * Names in lists with a name already found (钟明、余发华、于长征), and lists of two or more items that all start with a
 * surname and, but for one at most, read as names (于丽、谷雨、郁文华).
 */
function listedNames(context: Context, known: Array<[number, number]>): Array<[number, number]> {
	const { text, names } = context;
	const startsName = ([start, end]: [number, number]) => names.surnames.has(text[start]!) && LIST_END.test(text.slice(end));
	const listed: Array<[number, number]> = [];
	for (const list of text.matchAll(LIST)) {
		const items: Array<[number, number]> = [];
		let start = list.index;
		for (const item of list[0].split(/[、 ]/)) {
			items.push([start, start + item.length]);
			start += item.length + 1;
		}
		// The first item may have taken the character before the list (护理部的余丽、于明): start it at the surname instead,
		// also where that character is a surname too but the list starts inside a clause and the item's other two are a word
		// by ICU (河边游泳、游玩: 游泳, not 边游泳).
		const [first] = items;
		// After 有 "there are" a list of names starts at its first surname (有于海燕、余涛, not 海燕), even where ICU reads 有
		// and the surname as a word (有余志杰、余丽娟: 有余 "more than enough").
		const afterHave = text[list.index - 1] === '有';
		const tookBefore = (start: number) =>
			!names.surnames.has(text[start]!) ||
			(!afterHave && start > 0 && isHan(text.charCodeAt(start - 1)) && readsAsWord(context.startsWord, start + 1, start + 3));
		if (first && first[1] - first[0] === 3 && names.surnames.has(text[first[0] + 1]!) && tookBefore(first[0])) first[0]++;
		// The last may have taken the count after it (余丽、于明、周宁三位护士长): end it before the count instead.
		const last = items.at(-1);
		if (last && last[1] - last[0] === 3 && !LIST_END.test(text.slice(last[1])) && PEOPLE_AFTER_LIST.test(text.slice(last[1] - 1))) last[1]--;
		// Stop 42 (golden fresh-10): and before 等 it ends before 等 (党参、黄芪等21个品种: two herbs, not 黄芪等 as a name).
		else if (last && last[1] - last[0] === 3 && text[last[1] - 1] === '等') last[1]--;
		// conv-23: a list whose every item is three characters ending as an office does is a list of offices (党建办、宣传办),
		// or of places (干河镇、丰乐镇).
		if (items.every(([start, end]) => end - start === 3 && OFFICE_END.test(text[end - 1]!))) continue;
		const listContext = afterHave ? { ...context, startsWord: (k: number) => k === list.index || context.startsWord(k) } : context;
		const withKnown = items.some(([start, end]) => known.some(([s, e]) => s < end && start < e));
		// In a list with a known name, the last item may run straight into the verb (钟明、余发华、于长征参加).
		const surnameItem = ([start]: [number, number]) => names.surnames.has(text[start]!);
		let taken = withKnown ? items.filter((item) => surnameItem(item) && nameLike(listContext, item[0], item[1], 'adjacent')) : [];
		// A list of names whose every item starts with a surname, at most one in four of them also readable otherwise (a long
		// list of names holds a few that read as words: 何春花, 江志华); a list of words has more (周一、周三、周五). A pair
		// with a word in it needs people after it to be names (钟鸣、叶红夫妻俩; not 游泳、游玩).
		// Counted last: nameLike asks ICU about the items, and most lists (日巡查、周通报) fail the cheaper tests.
		const unlike = () => items.filter((item) => !nameLike(listContext, item[0], item[1], 'title')).length;
		const pairOfPeople = items.length > 2 || PEOPLE_AFTER_LIST.test(text.slice(items.at(-1)![1]));
		if (!withKnown && items.every(startsName) && unlike() <= (pairOfPeople ? Math.max(1, Math.floor(items.length / 4)) : 0)) taken = items;
		listed.push(...taken);
		// An item that starts with a surname of several forms in a list of names is worth a look when no rule took it; a
		// list in which every item starts with a word is a list of words (周一、周三、周五开放; 余杭、余姚).
		const untaken = items.filter(([start]) => names.surnameForms.has(text[start]!) && !taken.some(([s]) => s === start));
		if (untaken.length > 0 && items.every(startsName) && items.some((item) => surnameItem(item) && nameLike(context, item[0], item[1], 'weak')))
			for (const [start] of untaken) context.doubtful.add(start);
	}
	return listed;
}

// What stands between a role and a name in credits.
const CREDIT_GAP = /[ \u3000：:/]/;
/** What ends a name in a credit: a space before the next credit, the line's end, or a closing bracket. */
const CREDIT_END = /^(?:$|[ \u3000\n）)])/;
// A question that ends the sentence ahead (an interview's question after 记者：).
const QUESTION_AHEAD = /^[^。！!\n]*[？?]/;
const SPACES = /[ \u3000]/;

/** The names that follow `index` in a credit, each after spaces and standing alone up to the next space or the end of the clause. */
function spacedNames({ text, names }: Context, index: number): Array<[number, number]> {
	const found: Array<[number, number]> = [];
	for (let start = index; SPACES.test(text[start] ?? '');) {
		while (SPACES.test(text[start] ?? '')) start++;
		let end = start;
		while (isHan(text.charCodeAt(end))) end++;
		if (end - start < 2 || end - start > 3 || !names.surnames.has(text[start]!) || !nameChanges(names, text, start, end)) break;
		found.push([start, end]);
		start = end;
	}
	return found;
}

// What joins two names into a pair (钟丽和余慧, 余慧与钟丽).
const PAIR = /[和与及]/;

/**
 * Names joined by 和, 与 or 及 to a name already found, or to its title: after it, two or three characters that start
 * with a surname and end where a list may end or a verb follows (护士钟丽和余慧分别来自, 钟南山院士与余艳红表示); before
 * it, a name that no word of the dictionary or of ICU's covers (余慧和护士长钟丽, not 政府和钟丽).
 */
function pairedNames(context: Context, known: Array<[number, number]>): Array<[number, number]> {
	const { text, names } = context;
	const paired: Array<[number, number]> = [];
	const ends = (end: number) => LIST_END.test(text.slice(end)) || names.verbs.some((verb) => text.startsWith(verb, end));
	const title = names.afterAt;
	for (const [start, found] of known) {
		// A name read before 和 may have taken it (钟丽和 after 护士), and a title may stand between (钟南山院士和).
		let end = PAIR.test(text[found - 1]!) && found - start === 3 ? found - 1 : found;
		title.lastIndex = end;
		if (title.test(text)) end = title.lastIndex;
		if (PAIR.test(text[end] ?? '')) {
			const from = end + 1;
			// Stop 46 (fresh-202): a name of three whose given characters are both common in given names may end where what
			// the pair does next begins (医生后志刚和范雨晴给群众检查): 和范围在 has none.
			const doesNext = (n: number) =>
				n === 3 &&
				(AFTER_SUBJECT.has(text.charCodeAt(from + 3)) || text[from + 3] === '给') &&
				names.givenCharacters.has(text.charCodeAt(from + 1)) &&
				names.givenCharacters.has(text.charCodeAt(from + 2));
			const n = [3, 2].find((n) => names.surnames.has(text[from]!) && (ends(from + n) || doesNext(n)) && nameLike(context, from, from + n, 'adjacent'));
			if (n) paired.push([from, from + n]);
		}
		if (PAIR.test(text[start - 1] ?? '')) {
			const to = start - 1;
			const n = [3, 2].find((n) => names.surnames.has(text[to - n] ?? '') && nameLike(context, to - n, to, 'title'));
			if (n) paired.push([to - n, to]);
		}
	}
	return paired;
}

/**
 * Offsets of surnames that name a place after a family: the surname, 家, at most one more character and a word for a
 * village (余家湾, 于家村, 钟家新村, 党家庄), or the surname and a hamlet's word before 村, 镇, 乡 or 社区 (前于庄村, 范营村),
 * where the one-character default (餘, 於, 鐘, 黨) and OpenCC's 於家 are wrong; the surname must start a word, so that
 * 其余 + 家 is no place.
 */
function familyPlaces(text: string, names: NameData, words: TextWords): number[] {
	if (!text.includes('家') && !HAMLET_BEFORE_PLACE.test(text)) return [];
	// Surname by surname with indexOf rather than with a global pattern: one led by a class of characters is tried at
	// every offset, three times slower.
	const found: number[] = [];
	for (const surname of names.surnameForms.keys())
		for (let index = text.indexOf(surname); index >= 0; index = text.indexOf(surname, index + 1))
			if (familyPlaceAt(text, index) && words.startsAt(index)) found.push(index);
	return found.sort((a, b) => a - b);
}

/** Whether the surname at `index` names a family's shop, hall or hamlet (周记面馆, 余氏宗祠, 于庄村), as the name rules read it. */
export function familyPlaceAt(text: string, index: number): boolean {
	const { familyPlace } = nameData();
	familyPlace.lastIndex = index;
	return familyPlace.test(text);
}

/**
 * Spans of place names before 县, 区, 村 … (郁南县, 湖里区, 仁里村), one or two characters that are not a word of the
 * dictionary; only those with a character that has a place form of its own, as only they change the conversion.
 */
// Words that point at or count places (全县, 各乡, 本市, 该村, 我县, 外省, 邻县, 每村).
const DETERMINERS = /[全各本该我此外邻每]/;

// An office's 里 "in the county" before a preposition or an adverb (县里按乡镇划分, 市里在区里, 镇里对村卫生室): no place is named
// 里按 or 里对, while 区里水镇 names one (里水镇).
// fresh-47: and before a kind of place in it (县里农村养狗的家庭, 市里山区), which ends in a suffix as a village's name does.
const OFFICE_IN = /^[县市区镇乡村省]里(?:[按在和与及对从将向给把被为由也都已就还又要]|农村|山村|乡村|渔村|山区|牧区|城区)/;

/** Whether the place of two that would start at `start` is 里 after an office's name before a word of grammar (县里按乡镇). */
function inOffice(text: string, start: number): boolean {
	return start > 0 && OFFICE_IN.test(text.slice(start - 1, start + 4));
}

// Words of a market or a city that end in 市 (see placeNames).
const MARKETS = /^[集超城夜门股菜早闹]市$/;

function placeNames(context: Context): Array<[number, number]> {
	const { text, names } = context;
	const found: Array<[number, number]> = [];
	if (text.includes('、')) found.push(...listedPlaces(context));
	for (const suffix of text.matchAll(names.places)) {
		if (
			!names.placeForms.has(text[suffix.index - 1] ?? '') &&
			!names.placeForms.has(text[suffix.index - 2] ?? '') &&
			!names.placeEndForms.has(text[suffix.index - 1] ?? '')
		)
			continue;
		// A determiner before the suffix makes it "the whole county", "each township" (适用于全县, 分布于各乡), no place name.
		if (DETERMINERS.test(text[suffix.index - 1] ?? '')) continue;
		// Nor is a localizer after a noun and 和 before it one (院里和村里一起操办; stop 43, fresh-152): "in the home and in the village".
		if (PAIR.test(text[suffix.index - 1] ?? '') && text[suffix.index - 2] === '里' && isHan(text.charCodeAt(suffix.index - 3))) continue;
		// No place name ends in 于, the preposition before a place (就医于县医院, 行医于乡间); 于都县 ends in 都. But 于 before a
		// title that starts with the suffix is the surname (来到于村主任家中), which the place's form writes too.
		if (text[suffix.index - 1] === '于') {
			names.afterAt.lastIndex = suffix.index;
			if (!names.afterAt.test(text)) continue;
		}
		// 里 alone is a place of one character only before a one-character suffix that ICU reads alone (湖里区); elsewhere
		// it is "in" (城里社区医院, 县城里镇上, 城里区域).
		const inside = text[suffix.index - 1] === '里' && !(suffix[0].length === 1 && context.startsWord(suffix.index + 1));
		// The suffix must be a word of its own after the preposition 于: ICU's 山区, 村里, 县城 are the place "in" which
		// something is (多见于山区, 居住于村里), while a county named 于… ends in a suffix alone (于都/县, 于洪/区).
		// So may the suffix's office after it, which ICU joins to it (于洪/区政府站; fresh-39).
		const suffixEnd = suffix.index + suffix[0].length;
		// A place the project's dictionary names with its suffix is one, wherever ICU cuts (在于洪区: 在于 "lies in").
		const named = [2, 1].find((n) => context.phrases[1]?.matchesAt(text, suffix.index - n).some((match) => match.end === suffixEnd));
		if (named) {
			found.push([suffix.index - named, suffix.index]);
			continue;
		}
		const yuBeforeWord = !(
			context.startsWord(suffix.index) &&
			(context.startsWord(suffixEnd) || OFFICE_AFTER_SUFFIX.test(text.slice(suffixEnd, suffixEnd + 3)))
		);
		// Nor does a place end in 于 there (网格员于村口设卡: 员于 is no place).
		const yu = (n: number) => text[suffix.index - n] === '于' || text[suffix.index - 1] === '于';
		// Nor is one character a place where the project's dictionary reads it with the one before as a place of two that
		// writes it otherwise (新余市 is 新餘市, where ICU reads 新 + 余市; OpenCC's own phrases are not trusted so: 湖裏區).
		const projectWord = context.phrases[1]?.matchesAt(text, suffix.index - 2).some((match) => match.end === suffix.index) ?? false;
		// 干 ends a place of two (新干县, 兰干乡; trial-38) but is the verb alone before 村 or after a word that takes one (回乡干村主任,
		// 不愿干村支书, 正在干村里的活).
		const verbGan = text[suffix.index - 1] === '干';
		const ganAfterVerb = verbGan && GAN_VERB_BEFORE.test(text[suffix.index - 2] ?? '');
		const length = [2, 1].find(
			(n) =>
				!(n === 1 && (inside || projectWord || verbGan)) &&
				!(n === 2 && ganAfterVerb) &&
				!(yu(n) && yuBeforeWord) &&
				// Stop 45 (fresh-185): nor one whose last character makes a word of a market or a city with 市 (来源于集市, 常见于超市,
				// 生活于城市), though ICU reads 集/市.
				!(yu(n) && MARKETS.test(text.slice(suffix.index - 1, suffixEnd))) &&
				!(text[suffix.index - n] === '于' && VERB_BEFORE_YU.test(text.slice(Math.max(0, suffix.index - n - 2), suffix.index - n))) &&
				!(n === 2 && inOffice(text, suffix.index - 2)) &&
				nameLike(context, suffix.index - n, suffix.index, 'title'),
		);
		if (length) found.push([suffix.index - length, suffix.index]);
	}
	return found;
}
