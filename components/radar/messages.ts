import { defineMessages } from '../ui/i18n';

/** The waiting radar's sentences, in both languages. Written by us. */
export const rt = defineMessages({
  toggle: ['{count} 位买家在等回复', '{count} buyers waiting for a reply'],
  toggleUrgent: ['{count} 位买家在等回复，{urgent} 位要紧', '{count} buyers waiting for a reply, {urgent} urgent'],
  listLabel: ['等待回复的买家', 'Buyers waiting for a reply'],
  level_lost: ['可能流失', 'Likely lost'],
  level_late: ['超过5分钟', 'Over 5 minutes'],
  level_warn: ['尽快回复', 'Reply soon'],
  level_ok: ['等待中', 'Waiting'],
  unanswered: ['{count} 条未回', '{count} unanswered'],
  toThree: ['距3分钟 {time}', '3-min mark in {time}'],
  toFive: ['距5分钟 {time}', '5-min mark in {time}'],
  waited: ['已等 {time}', 'Waited {time}'],
  itemLabel: ['{name}：{count} 条未回复，{level}，{time}', '{name}: {count} unanswered, {level}, {time}'],
  openNow: ['当前', 'Open'],
  hold: ['安抚', 'Hold'],
  holdFor: ['给 {name} 插入安抚话术', 'Insert a holding reply for {name}'],
  holdOnlyOpen: ['安抚话术只插入当前打开的会话：先定位、点开买家，再点“安抚”。', 'A holding reply goes into the open chat only: show the buyer, open their chat, then press Hold.'],
  noHolding: ['话术库里没有安抚话术：给一条话术加上“稍等”标签即可。', 'No holding reply in the library: tag a phrase 稍等 to use it here.'],
  badge: ['{count} 位买家急需回复', '{count} buyers need a reply now'],
});

/** `75` → `1:15`; `3725` → `1:02:05`. */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}
