import { say, type Lang } from '../../i18n';
import type { MeasuredAssumption } from './scenario';

const hours = ([s, e]: [number, number]) => `${s}:00–${e}:00`;

/** What the advisor assumed, in the owner's words. */
export function describeAssumption(a: MeasuredAssumption, lang: Lang, names: Record<string, string> = {}): string {
  const name = (id: string) => names[id] ?? id;
  switch (a.kind) {
    case 'online-from-received':
      return say(lang, `${name(a.agent)} 没有在线时间记录：按其有接待的小时估算在线时间。`, `${name(a.agent)} has no online times: online hours taken from the hours with buyers received.`);
    case 'online-default':
      return say(lang, `${name(a.agent)} 没有在线时间和分小时数据：假定在线 ${hours(a.hours)}。`, `${name(a.agent)} has neither online times nor hourly counts: assumed online ${hours(a.hours)}.`);
    case 'traffic-even':
      return say(lang, `没有分小时数据：假定咨询量平均分布在 ${hours(a.hours)}。`, `No hourly counts: inquiries assumed even over ${hours(a.hours)}.`);
    case 'weight-default':
      return say(lang, `分流权重没有测量：${a.agents.map(name).join('、')} 按权重 1 计算。`, `Weights are not measured: ${a.agents.map(name).join(', ')} taken at weight 1.`);
    case 'reply-default':
      return say(lang, `回复时间没有测量：按 ${a.seconds} 秒计算。`, `Reply time is not measured: taken as ${a.seconds} s.`);
    case 'returning-default':
      return say(lang, `回头客占比没有测量：按 ${Math.round(a.share * 100)}% 计算。`, `The share of returning buyers is not measured: taken as ${Math.round(a.share * 100)}%.`);
    case 'no-recent-contacts':
      return say(lang, '近 72 小时的联系人没有测量：从零开始。', 'Contacts of the last 72 h are not measured: starting from none.');
  }
}
