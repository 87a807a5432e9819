import { say, type Lang } from '../i18n';
import type { CountField, NotAvailableReason } from './rates';

const FIELD_NAMES: Record<CountField, readonly [string, string]> = {
  visitors: ['访客数', 'visitors'],
  buyers: ['成交买家数', 'buyers'],
  views: ['浏览量', 'page views'],
  ownVisits: ['本店自己的访问', 'own visits'],
  inquirers: ['咨询人数', 'inquirers'],
  conversations: ['会话', 'conversations'],
};

/** The name of a count as the day form labels it. */
export const fieldName = (field: CountField, lang: Lang): string => say(lang, ...FIELD_NAMES[field]);

/** Why a rate is not available, in one clause (after 不可用：/ Not available:) a seller understands (what is wrong, with which figure). */
export function describeReason(reason: NotAvailableReason, lang: Lang): string {
  switch (reason.code) {
    case 'missing':
      return say(lang, `没有填写${fieldName(reason.field, lang)}`, `${fieldName(reason.field, lang)} not entered`);
    case 'invalid-count':
      return say(lang, `${fieldName(reason.field, lang)}不是 0 或以上的整数`, `${fieldName(reason.field, lang)}: not a whole number of 0 or more`);
    case 'zero-denominator':
      return reason.field === 'views'
        ? say(lang, '浏览量减去本店自己的访问为 0，无法相除', 'page views minus own visits is 0: nothing to divide by')
        : say(lang, `${fieldName(reason.field, lang)}为 0，无法相除`, `${fieldName(reason.field, lang)}: 0, nothing to divide by`);
    case 'negative-denominator':
      return say(lang, '本店自己的访问多于浏览量，相减为负数，请核对数据', 'own visits exceed page views, so the difference is negative: check the figures');
    case 'exceeds-denominator':
      return say(
        lang,
        `${fieldName(reason.field, lang)}多于${fieldName(reason.of, lang)}，请核对数据`,
        `more ${fieldName(reason.field, lang)} than ${fieldName(reason.of, lang)}: check the figures`,
      );
    case 'no-conversations':
      return say(lang, '还没有记录到买家咨询', 'no conversation recorded yet');
  }
}
