import { say, type Lang } from '../i18n';
import { CUSTOMER_LIMITS } from './limits';

/** The ten groups every shop starts with (DOMAIN §2), in their order; the names are ours. */
export const GROUP_PRESETS = [
  { key: 'friends', prefix: '1', zh: '好友', en: 'Friends' },
  { key: 'advisers', prefix: '2', zh: '参谋顾问', en: 'Advisers' },
  { key: 'restock', prefix: '3', zh: '等待到货', en: 'Waiting for restock' },
  { key: 'interested', prefix: '4', zh: '有意向未下单', en: 'Interested, not bought' },
  { key: 'wholesale', prefix: '5', zh: '批发客户', en: 'Wholesale buyers' },
  { key: 'wholesaleProspects', prefix: '6', zh: '潜在批发', en: 'Wholesale prospects' },
  { key: 'suppliers', prefix: '7', zh: '供应商', en: 'Suppliers' },
  { key: 'buyers', prefix: '8', zh: '成交买家', en: 'Buyers' },
  { key: 'friendly', prefix: '9', zh: '熟客（优惠对象）', en: 'Regulars (discounts)' },
  { key: 'disputes', prefix: '10', zh: '交易纠纷', en: 'Disputes' },
] as const;
export type GroupPreset = (typeof GROUP_PRESETS)[number]['key'];
export const GROUP_PRESET_KEYS = GROUP_PRESETS.map((p) => p.key) as [GroupPreset, ...GroupPreset[]];

/**
 * One customer group as stored. A preset keeps no name of its own until renamed, so it reads in the
 * agent's language; `prefix` orders the groups (`1`, `1A`, `10`) and may be empty.
 */
export interface CustomerGroup {
  id: string;
  prefix: string;
  name?: string;
  preset?: GroupPreset;
}

/** A group as the card and the manager show it, in order. */
export interface GroupView {
  id: string;
  prefix: string;
  name: string;
  /** `1A 老客户`: prefix and name. */
  label: string;
  /** 1 for a sub-group (`1A`) whose parent (`1`) exists, else 0. */
  depth: 0 | 1;
}

/** The preset groups with their stable ids (`grp-1` … `grp-10`), as a shop without edits has them. */
export function defaultGroups(): CustomerGroup[] {
  return GROUP_PRESETS.map((p) => ({ id: `grp-${p.prefix}`, prefix: p.prefix, preset: p.key }));
}

/** A number, then up to two letters: `1`, `1A`, `10`, `3BB`. Case is folded (`1a` is `1A`). */
const PREFIX = /^(\d{1,3})([A-Z]{0,2})$/;

/** The prefix as stored: trimmed, upper case; '' for none. Not checked (see `groupProblems`). */
export const normalizePrefix = (prefix: string): string => prefix.trim().toUpperCase();

export function isValidPrefix(prefix: string): boolean {
  return prefix === '' || PREFIX.test(prefix);
}

export function groupName(group: CustomerGroup, lang: Lang): string {
  if (group.name !== undefined) return group.name;
  const preset = GROUP_PRESETS.find((p) => p.key === group.preset);
  return preset ? preset[lang] : group.id;
}

// Chinese names sort by pinyin (the zh collation's default), so no dictionary is needed here.
const collator = new Intl.Collator('zh-CN', { numeric: true });

function prefixParts(prefix: string): { n: number; letters: string } | null {
  const m = PREFIX.exec(prefix);
  return m ? { n: Number(m[1]), letters: m[2]! } : null;
}

/**
 * Groups in the agents' order: numbered ones by number (`2` before `10`), a sub-group right after
 * its number (`1`, `1A`, `1B`, `2`); groups without a number after them, by pinyin.
 */
export function sortGroups(groups: readonly CustomerGroup[], lang: Lang): GroupView[] {
  const named = groups.map((g) => ({ g, name: groupName(g, lang), p: prefixParts(g.prefix) }));
  named.sort((a, b) => {
    if (a.p && b.p) {
      return a.p.n - b.p.n || a.p.letters.length - b.p.letters.length || (a.p.letters < b.p.letters ? -1 : a.p.letters > b.p.letters ? 1 : 0);
    }
    if (a.p || b.p) return a.p ? -1 : 1;
    return collator.compare(a.name, b.name) || (a.g.id < b.g.id ? -1 : 1);
  });
  const numbers = new Set(named.filter((x) => x.p && !x.p.letters).map((x) => x.p!.n));
  return named.map(({ g, name, p }) => ({
    id: g.id,
    prefix: g.prefix,
    name,
    label: g.prefix ? `${g.prefix} ${name}` : name,
    depth: p && p.letters && numbers.has(p.n) ? 1 : 0,
  }));
}

/**
 * What is wrong with a list of groups, one line per problem naming the group: a prefix that is not
 * a number with up to two letters, a prefix or a name used twice, an empty or too long name, too
 * many groups. [] when the list can be saved.
 */
export function groupProblems(groups: readonly CustomerGroup[], lang: Lang): string[] {
  const problems: string[] = [];
  if (groups.length > CUSTOMER_LIMITS.groups) {
    problems.push(say(lang, `分组太多（最多 ${CUSTOMER_LIMITS.groups} 个）`, `too many groups (at most ${CUSTOMER_LIMITS.groups})`));
  }
  const prefixes = new Map<string, string>();
  const names = new Map<string, string>();
  for (const g of groups) {
    const name = groupName(g, lang);
    const where = say(lang, `分组“${(g.prefix ? `${g.prefix} ` : '') + name.slice(0, 30)}”`, `group “${(g.prefix ? `${g.prefix} ` : '') + name.slice(0, 30)}”`);
    if (!isValidPrefix(g.prefix)) {
      problems.push(say(lang, `${where}：编号应为数字加最多两个字母，如 1、1A、10`, `${where}: the number must be digits and up to two letters, e.g. 1, 1A, 10`));
    } else if (g.prefix && prefixes.has(g.prefix)) {
      problems.push(say(lang, `${where}：编号 ${g.prefix} 已被“${prefixes.get(g.prefix)}”使用`, `${where}: number ${g.prefix} is already used by “${prefixes.get(g.prefix)}”`));
    }
    if (g.prefix) prefixes.set(g.prefix, name);
    if (!name.trim()) problems.push(say(lang, `${where}：名称不能为空`, `${where}: the name must not be empty`));
    else if (name.length > CUSTOMER_LIMITS.groupName) {
      problems.push(say(lang, `${where}：名称太长（最多 ${CUSTOMER_LIMITS.groupName} 个字）`, `${where}: the name is too long (at most ${CUSTOMER_LIMITS.groupName} characters)`));
    }
    const folded = name.trim().toLowerCase();
    if (folded && names.has(folded)) problems.push(say(lang, `${where}：名称与另一个分组重复`, `${where}: another group has this name`));
    names.set(folded, name);
  }
  return problems;
}
