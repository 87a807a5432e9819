import { foldText } from '../phrases';
import { RECORD_QUERY_CHARS, type RecordCuts } from './limits';
import type { ConversationRecord } from './model';

/** A record in a list: what a row shows, never its whole text. */
export interface RecordSummary {
  id: string;
  site: string;
  buyerId: string;
  buyerName: string;
  product: string | null;
  savedAt: number;
  messageCount: number;
  cuts: RecordCuts;
  /** The first buyer message, or with a search the matching text around the first hit (≤ 80 characters). */
  snippet: string;
}

const SNIPPET_CHARS = 80;

/** Text as search compares it: full-width and case folded, whitespace dropped. */
const searchable = (text: string) => foldText(text).replace(/\s+/g, '');

/** The query's words (split on spaces), folded; none for a blank query. */
export function queryTerms(query: string): string[] {
  return query
    .slice(0, RECORD_QUERY_CHARS)
    .split(/\s+/)
    .map(searchable)
    .filter(Boolean);
}

function snippetAround(text: string, term: string): string {
  const at = searchable(text).indexOf(term);
  // Folding keeps lengths but drops whitespace: map the hit back roughly by scanning the original.
  let seen = 0;
  let start = 0;
  for (let i = 0; i < text.length && seen < at; i++) {
    if (!/\s/.test(text[i]!)) seen++;
    start = i + 1;
  }
  const from = Math.max(0, start - 20);
  return (from > 0 ? '…' : '') + text.slice(from, from + SNIPPET_CHARS) + (from + SNIPPET_CHARS < text.length ? '…' : '');
}

function summaryOf(record: ConversationRecord, snippet: string): RecordSummary {
  const { id, site, buyerId, buyerName, product, savedAt, cuts } = record;
  return { id, site, buyerId, buyerName, product, savedAt, messageCount: record.messages.length, cuts, snippet };
}

const firstBuyerLine = (record: ConversationRecord) => {
  const text = (record.messages.find((m) => m.from === 'buyer') ?? record.messages[0])?.text ?? '';
  return text.length > SNIPPET_CHARS ? text.slice(0, SNIPPET_CHARS) + '…' : text;
};

/**
 * The records whose buyer, site, product or messages hold every word of `query`, newest first,
 * as summaries. A blank query lists them all.
 */
export function searchRecords(records: readonly ConversationRecord[], query = ''): RecordSummary[] {
  const terms = queryTerms(query);
  const newestFirst = [...records].sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? 1 : -1));
  if (terms.length === 0) return newestFirst.map((r) => summaryOf(r, firstBuyerLine(r)));
  const found: RecordSummary[] = [];
  for (const record of newestFirst) {
    const labels = searchable([record.buyerName, record.buyerId, record.site, record.product ?? ''].join('\n'));
    const texts = record.messages.map((m) => searchable(m.text));
    const holds = (term: string) => labels.includes(term) || texts.some((t) => t.includes(term));
    if (!terms.every(holds)) continue;
    const hit = record.messages.find((_, i) => texts[i]!.includes(terms[0]!));
    found.push(summaryOf(record, hit ? snippetAround(hit.text, terms[0]!) : firstBuyerLine(record)));
  }
  return found;
}
