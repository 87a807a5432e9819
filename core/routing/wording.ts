import { say, type Lang } from '../i18n';
import type { ExplainedCause } from './explain';
import type { RoutingChange } from './remedies';
import type { OnlineInterval, ScenarioProblem } from './schema';

/**
 * Sentences an owner reads about routing, in zh and en, made from the data explain and recommend
 * return (they keep numbers and codes so each page can word them in its language).
 */

const num = (x: number) => String(Math.round(x * 10) / 10);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const clock = (hour: number) => {
  const minutes = Math.round(hour * 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
};
const intervals = (online: readonly OnlineInterval[], lang: Lang) => online.map(([a, b]) => `${clock(a)}–${clock(b)}`).join(say(lang, '、', ', '));
const names = (ids: readonly string[], lang: Lang) => ids.join(say(lang, '、', ', '));

/** "A is online 14 h a day, B 8 h: this explains 22 of the 28 points between them." */
export function describeCause(item: ExplainedCause, lang: Lang): string {
  const { top, bottom } = item.detail;
  let facts: string;
  switch (item.cause) {
    case 'online-time':
      facts = say(lang, `${top.id} 每天在线 ${num(top.value)} 小时，${bottom.id} ${num(bottom.value)} 小时`, `${top.id} is online ${num(top.value)} h a day, ${bottom.id} ${num(bottom.value)} h`);
      break;
    case 'weight':
      facts = say(lang, `${top.id} 的权重是 ${num(top.value)}，${bottom.id} 是 ${num(bottom.value)}`, `${top.id} has weight ${num(top.value)}, ${bottom.id} ${num(bottom.value)}`);
      break;
    case 'bound-group':
      facts = [top, bottom]
        .map((agent) =>
          agent.boundStates && agent.boundStates.length > 0
            ? say(lang, `${agent.id} 所在的分组 ${agent.group} 绑定了${names(agent.boundStates, lang)}（占买家 ${pct(agent.value)}）`, `${agent.id}'s group ${agent.group} is bound to ${names(agent.boundStates, lang)} (${pct(agent.value)} of buyers)`)
            : say(lang, `${agent.id} 不在绑定订单状态的分组里`, `${agent.id} is in no bound group`),
        )
        .join(say(lang, '；', '; '));
      break;
    case 'recent-contact':
      facts = say(
        lang,
        `${top.id} 近 72 小时联系过 ${num(top.value)} 位买家，${bottom.id} ${num(bottom.value)} 位，回头客会回到原来的客服`,
        `${top.id} talked to ${num(top.value)} buyers in the last 72 h, ${bottom.id} to ${num(bottom.value)}, and returning buyers go back to them`,
      );
      break;
    case 'busyness':
      facts = say(
        lang,
        `${top.id} 平均 ${num(top.value)} 秒回复，${bottom.id} ${num(bottom.value)} 秒；忙碌（超过 4 位买家等待回复）的时间：${top.id} ${pct(top.busyShare ?? 0)}，${bottom.id} ${pct(bottom.busyShare ?? 0)}`,
        `${top.id} replies in ${num(top.value)} s, ${bottom.id} in ${num(bottom.value)} s; busy (more than 4 buyers waiting) ${pct(top.busyShare ?? 0)} and ${pct(bottom.busyShare ?? 0)} of their online time`,
      );
      break;
  }
  return `${facts}${say(lang, '：', ': ')}${effect(item, lang)}`;
}

function effect(item: ExplainedCause, lang: Lang): string {
  const gap = num(item.detail.gapPoints);
  const points = num(Math.abs(item.impact));
  if (item.impact > 0) return say(lang, `两人相差的 ${gap} 个百分点中，有 ${points} 个出自这一点。`, `this explains ${points} of the ${gap} points between them.`);
  if (item.impact < 0) return say(lang, `这一点反而让差距缩小了 ${points} 个百分点。`, `this narrows the gap by ${points} points.`);
  return say(lang, `这一点不影响两人的差距。`, `this does not explain the gap.`);
}

/** "Shorten A's online time from 14 h to 8 h a day: 8:00–16:00." */
export function describeChange(change: RoutingChange, lang: Lang): string {
  switch (change.kind) {
    case 'equalise-online': {
      const now = change.agents.map((a) => say(lang, `${a.id} ${num(a.fromHours)} 小时`, `${a.id} ${num(a.fromHours)} h`)).join(say(lang, '、', ', '));
      const ids = names(change.agents.map((a) => a.id), lang);
      return say(
        lang,
        `让 ${ids} 在线时间相同：${intervals(change.online, lang)}（每天 ${num(change.toHours)} 小时；现在 ${now}）。`,
        `Put ${ids} online the same hours: ${intervals(change.online, lang)} (${num(change.toHours)} h a day; now ${now}).`,
      );
    }
    case 'shorten-online':
      return say(
        lang,
        `把 ${change.agent} 的在线时间从每天 ${num(change.fromHours)} 小时缩短到 ${num(change.toHours)} 小时：${intervals(change.online, lang)}。`,
        `Shorten ${change.agent}'s online time from ${num(change.fromHours)} h to ${num(change.toHours)} h a day: ${intervals(change.online, lang)}.`,
      );
    case 'adjust-weights': {
      const changed = change.weights.filter((w) => w.from !== w.to).map((w) => `${w.id} ${num(w.from)} → ${num(w.to)}`);
      return say(lang, `调整权重：${changed.join('、')}。`, `Change weights: ${changed.join(', ')}.`);
    }
    case 'unbind-group':
      return say(
        lang,
        `取消分组 ${change.group} 对${names(change.orderStates, lang)}的绑定（这些买家改为分给所有客服）。`,
        `Unbind ${names(change.orderStates, lang)} from group ${change.group} (those buyers then go to every agent).`,
      );
    case 'move-to-group':
      return change.from === undefined
        ? say(lang, `把 ${change.agent} 加入分组 ${change.to}。`, `Move ${change.agent} into group ${change.to}.`)
        : say(lang, `把 ${change.agent} 从分组 ${change.from} 调到 ${change.to}。`, `Move ${change.agent} from group ${change.from} to ${change.to}.`);
    case 'faster-reply':
      return say(
        lang,
        `帮 ${change.agent} 把回复时间从 ${num(change.fromSeconds)} 秒缩短到 ${num(change.toSeconds)} 秒，等待的买家就少，不再常常忙碌。`,
        `Help ${change.agent} reply in ${num(change.toSeconds)} s instead of ${num(change.fromSeconds)} s, so fewer buyers wait and it is busy less often.`,
      );
  }
}

/** What is wrong, for our own scenario checks (`params` as the schema sets them). */
export function describeScenarioProblem(problem: ScenarioProblem, params: Record<string, unknown>, lang: Lang): string {
  switch (problem) {
    case 'start-not-before-end':
      return say(lang, '开始时间须早于结束时间（跨夜的班次请分成两段）', 'start must be before end (split a night shift into two intervals)');
    case 'duplicate-id':
      return say(lang, '与前面的编号重复', 'repeats an earlier id');
    case 'state-bound-twice':
      return say(lang, `已绑定到分组 ${String(params['other'])}`, `already bound to group ${String(params['other'])}`);
    case 'state-not-in-traffic':
      return say(lang, '不在 traffic.orderStates 列出的订单状态中', 'is not among the order states in traffic.orderStates');
    case 'shares-not-one':
      return say(lang, `占比合计为 ${num(Number(params['sum']) * 100)}%，应为 100%`, `shares add up to ${num(Number(params['sum']) * 100)}%, not 100%`);
    case 'not-24-hours':
      return say(lang, '须有 24 个数，每小时一个', 'needs 24 values, one for each hour');
    case 'too-many-inquiries':
      return say(lang, `咨询太多，无法模拟（天数 × 每天咨询数最多 ${String(params['max'])}）`, `too many inquiries to simulate (days × inquiries per day at most ${String(params['max'])})`);
  }
}
