import { say, type Lang } from '../i18n';
import { localTime } from './limits';
import type { ConversationRecord } from './model';

export type RecordExportFormat = 'text' | 'json';

export interface RecordExportFile {
  fileName: string;
  mimeType: string;
  content: string;
  count: number;
}

const stamp = (at: number) => localTime(at).replace(/[-: ]/g, '').slice(0, 12);

/** What was left out of a record, in words; null when nothing was. */
export function cutsNotice(record: Pick<ConversationRecord, 'cuts'>, lang: Lang): string | null {
  const parts: string[] = [];
  if (record.cuts.earlier > 0) parts.push(say(lang, `较早的 ${record.cuts.earlier} 条消息没有保存`, `${record.cuts.earlier} earlier message(s) not kept`));
  if (record.cuts.long > 0) parts.push(say(lang, `${record.cuts.long} 条过长的消息只保存了前 2000 字`, `${record.cuts.long} long message(s) kept to their first 2,000 characters`));
  return parts.length ? parts.join(say(lang, '；', '; ')) : null;
}

/** One record as plain text: a header, then one line per message with who wrote it. */
export function recordText(record: ConversationRecord, lang: Lang): string {
  const who = (from: 'buyer' | 'agent') => (from === 'buyer' ? say(lang, '买家', 'Buyer') : say(lang, '客服', 'Agent'));
  const notice = cutsNotice(record, lang);
  const head = [
    say(lang, '会话记录', 'Conversation record'),
    `${say(lang, '站点', 'Site')}: ${record.site}`,
    `${say(lang, '买家', 'Buyer')}: ${record.buyerName || record.buyerId} (${record.buyerId})`,
    ...(record.product ? [`${say(lang, '商品', 'Product')}: ${record.product}`] : []),
    `${say(lang, '保存时间', 'Saved')}: ${localTime(record.savedAt)}`,
    `${say(lang, '消息', 'Messages')}: ${record.messages.length}`,
    ...(notice ? [`${say(lang, '注意', 'Note')}: ${notice}`] : []),
  ];
  // A message's own line breaks are indented, so every message still starts with its author.
  const lines = record.messages.map((m) => `[${who(m.from)}] ${m.text.replace(/\r?\n/g, '\n    ')}`);
  return [...head, '', ...lines].join('\n');
}

/** Records as a file to download: plain text (one after another) or JSON (data only, no store fields). */
export function exportRecords(records: readonly ConversationRecord[], format: RecordExportFormat, now: number, lang: Lang): RecordExportFile {
  // An ASCII name in either language: a Chinese one came out as `download` in some Chromium setups.
  const base = `conversation-records-${stamp(now)}`;
  if (format === 'text') {
    const rule = '\n\n' + '='.repeat(40) + '\n\n';
    return { fileName: `${base}.txt`, mimeType: 'text/plain;charset=utf-8', content: records.map((r) => recordText(r, lang)).join(rule) + '\n', count: records.length };
  }
  const data = {
    format: 'kefu-conversation-records',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    records: records.map((r) => ({
      id: r.id,
      site: r.site,
      buyerId: r.buyerId,
      buyerName: r.buyerName,
      product: r.product,
      savedAt: new Date(r.savedAt).toISOString(),
      cuts: r.cuts,
      messages: r.messages,
    })),
  };
  return { fileName: `${base}.json`, mimeType: 'application/json', content: JSON.stringify(data, null, 2), count: records.length };
}
