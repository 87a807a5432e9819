/**
 * Phrase lint: wording that gets a shop penalised or a buyer annoyed, shown while editing and in
 * the library report. Pure; runs on folded text (full-width → half-width, lower case), whose
 * offsets are the original's.
 *
 * False alarms cost trust, so each rule lists what it lets through and why (tests pin both sides).
 */
import { say, type Lang } from '../i18n';
import { AUTO_REPLY_MAX, countCodePoints } from './auto-reply';
import { foldText } from './normalize';
import { KNOWN_VARIABLES, findMalformedBraces, findVariables, isKnownVariable } from './variables';

export const LINT_CODES = [
  'absolute-claim',
  'perfect-promise',
  'tone',
  'unfilled-variable',
  'off-platform-contact',
  'too-long',
] as const;
export type LintCode = (typeof LINT_CODES)[number];

export interface LintIssue {
  code: LintCode;
  /** For the seller, in the language asked for (Chinese by default). */
  message: string;
  /** UTF-16 offsets into the linted text. */
  start?: number;
  end?: number;
}

export interface LintOptions {
  /** The text is an auto-reply: length limit applies and no variable can be filled. */
  autoReply?: boolean;
  /** The language of the messages; Chinese by default. */
  lang?: Lang;
}

interface Rule {
  code: LintCode;
  pattern: RegExp;
  message: (hit: string, lang: Lang) => string;
}

const absolute = (hit: string, lang: Lang) =>
  say(
    lang,
    `「${hit}」属于广告法禁止的绝对化用语，容易被平台处罚，请改成具体、可核实的说法。`,
    `“${hit}” is an absolute claim banned by Chinese advertising law and gets shops penalised; say something concrete and verifiable.`,
  );
const perfect = (hit: string, lang: Lang) =>
  say(
    lang,
    `「${hit}」是做不到的完美承诺，出了问题反而被动，请如实说明商品情况。`,
    `“${hit}” promises perfection no shop can keep; describe the product honestly instead.`,
  );
const tone = (hit: string, lang: Lang) =>
  say(
    lang,
    `「${hit}」语气生硬或带有催促、命令的意思，买家容易不舒服，换个委婉的说法吧。`,
    `“${hit}” sounds blunt, pushy or commanding to a buyer; put it more gently.`,
  );
const offPlatform = (lang: Lang) =>
  say(lang, '平台禁止引导买家到站外联系，请删除。', 'Platforms forbid taking buyers off the platform; remove it.');
const contact = (hit: string, lang: Lang) => say(lang, `「${hit}」是站外联系方式，`, `“${hit}” is an off-platform contact. `) + offPlatform(lang);

const RULES: readonly Rule[] = [
  // 最: time and quantity words (最近/最后/最晚/最快/最多…) state facts, not rankings; 最好 is
  // advice when followed by a person or a verb of advice (最好您先量一下), a claim otherwise.
  { code: 'absolute-claim', pattern: /最(?!近|后|终|晚|迟|早|快|慢|多|少|初|末|好[您你先是还能别不再把在要])(好|.)?/g, message: absolute },
  // 第一 as an ordinal (第一次, 第一件) or the service idiom 第一时间 is fine; as a rank it is not.
  { code: 'absolute-claim', pattern: /第一(?!次|步|件|个|天|时间|位|种|批|单|句|条|眼|印象|周|期|款式?)/g, message: absolute },
  { code: 'absolute-claim', pattern: /(?<![a-z])(no\.?\s?1|top\s?1)(?![0-9])/g, message: absolute },
  // 100% is a fact in a fibre content (100%棉), a claim anywhere else.
  { code: 'absolute-claim', pattern: /100\s*%(?!\s*(纯?棉|羊毛|羊绒|蚕丝|桑蚕丝|真丝|亚麻|涤纶|聚酯纤维|纯银|纯铜))/g, message: absolute },
  { code: 'absolute-claim', pattern: /百分之?百(?!满意)/g, message: absolute },
  {
    code: 'absolute-claim',
    pattern: /绝对|国家级|世界级|全球级|顶级|顶尖|极品|极致|唯一|独一无二|万能|无敌|至尊|史上|史无前例|全网独家|永久|王牌|销量冠军/g,
    message: absolute,
  },
  {
    code: 'perfect-promise',
    pattern:
      /零瑕疵|无瑕疵|毫无瑕疵|完美无缺|完美无瑕|十全十美|百分之?百满意|包您满意|保证满意|一定满意|零色差|没有任何色差|永不(褪色|掉色|变形|起球|损坏)|保证.{0,6}(没有?|不会有?|无)(任何)?(问题|瑕疵)|(肯定|一定)(不会有|没有?)任何(问题|瑕疵)|不会有任何(问题|瑕疵)/g,
    message: perfect,
  },
  {
    code: 'tone',
    pattern:
      /自己(去)?(看|找|查|翻)(?!中)|不是(说|讲|告诉)(过|了)|说了(多少|几)遍|(听|看)不懂(吗|啊|么)|懂不懂|爱买不买|不买拉倒|不买就算了|爱要不要|必须|赶(紧|快)(下单|付款|拍|买|确认|收货|决定)|快点|别(再)?问了|问(那么|这么)多|烦不烦|急什么|催什么|别催|随便你|关我(什么|啥)事|(跟|和)我(们)?没关系|是你(自己)?的问题|你(到底|究竟)|早(就)?(说|讲)(过|了)|[?？]{2,}|[!！]{2,}/g,
    message: tone,
  },
  { code: 'off-platform-contact', pattern: /(?<!\d)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g, message: (h, lang) => say(lang, `「${h}」像是手机号，`, `“${h}” looks like a phone number. `) + offPlatform(lang) },
  { code: 'off-platform-contact', pattern: /(?<!\d)0\d{2,3}-\d{7,8}(?!\d)/g, message: (h, lang) => say(lang, `「${h}」像是座机号，`, `“${h}” looks like a landline number. `) + offPlatform(lang) },
  {
    code: 'off-platform-contact',
    pattern: /微信|威信|薇信|v信|(?<![a-z])(vx|wx|weixin|wechat|qq)(?![a-z])|扣扣|企鹅号|加v(?![a-z])/g,
    message: contact,
  },
  { code: 'off-platform-contact', pattern: /[\w.+-]+@[\w-]+\.[a-z]{2,}/g, message: contact },
];

/**
 * Lints one phrase. An empty list means clean. `{名称}` with a known name and `{名称?}` prompts
 * are fine in a template (they are filled before insertion); unknown names and broken braces are
 * not. In an auto-reply every variable is flagged: the platform sends it as is.
 */
export function lintPhrase(text: string, options: LintOptions = {}): LintIssue[] {
  const folded = foldText(text);
  const lang = options.lang ?? 'zh';
  const issues: LintIssue[] = [];
  for (const rule of RULES) {
    for (const m of folded.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      issues.push({ code: rule.code, message: rule.message(text.slice(start, end), lang), start, end });
    }
  }
  issues.push(...variableIssues(text, options.autoReply === true, lang));
  if (options.autoReply) {
    const n = countCodePoints(text);
    if (n > AUTO_REPLY_MAX) {
      issues.push({
        code: 'too-long',
        message: say(
          lang,
          `自动回复不能超过 ${AUTO_REPLY_MAX} 个字，现在有 ${n} 个字，请删减 ${n - AUTO_REPLY_MAX} 个字。`,
          `An auto-reply may have at most ${AUTO_REPLY_MAX} characters; this one has ${n}: cut ${n - AUTO_REPLY_MAX}.`,
        ),
      });
    }
  }
  return issues.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
}

function variableIssues(text: string, autoReply: boolean, lang: Lang): LintIssue[] {
  const issues: LintIssue[] = [];
  for (const v of findVariables(text)) {
    const raw = text.slice(v.start, v.end);
    if (autoReply) {
      issues.push({
        code: 'unfilled-variable',
        message: say(
          lang,
          `自动回复由平台直接发出，「${raw}」不会被填写，买家会看到原样的花括号。`,
          `The platform sends an auto-reply as it is: “${raw}” is never filled, and the buyer sees the braces.`,
        ),
        start: v.start,
        end: v.end,
      });
    } else if (!v.prompt && !isKnownVariable(v.name)) {
      issues.push({
        code: 'unfilled-variable',
        message: say(
          lang,
          `「${raw}」不是可自动填写的变量（可用：${KNOWN_VARIABLES.join('、')}）；需要插入前填写的请写成「{${v.name}?}」。`,
          `“${raw}” is not a variable we can fill (known: ${KNOWN_VARIABLES.join(', ')}); to be asked before inserting, write “{${v.name}?}”.`,
        ),
        start: v.start,
        end: v.end,
      });
    }
  }
  for (const p of findMalformedBraces(text)) {
    issues.push({
      code: 'unfilled-variable',
      message: say(
        lang,
        `「${p.raw}」的花括号不完整或名称为空，会原样发给买家；变量请写成「{买家}」，询问项写成「{尺码?}」。`,
        `“${p.raw}” has broken braces or no name and would reach the buyer as it is; write a variable as “{买家}” and a question as “{尺码?}”.`,
      ),
      start: p.start,
      end: p.end,
    });
  }
  return issues;
}
