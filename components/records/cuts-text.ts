import type { Lang } from '../../core/i18n';
import { RECORD_MESSAGE_CHARS, RECORD_MESSAGES_MAX, type RecordCuts } from './conversation-read';
import { rt } from './messages';

/** What a record left out, in words (`；`-joined); null when nothing was. */
export function cutsText(lang: Lang, cuts: RecordCuts): string | null {
  const parts: string[] = [];
  if (cuts.earlier > 0) parts.push(rt(lang, 'cutEarlier', { count: cuts.earlier, max: RECORD_MESSAGES_MAX }));
  if (cuts.long > 0) parts.push(rt(lang, 'cutLong', { count: cuts.long, chars: RECORD_MESSAGE_CHARS }));
  return parts.length ? parts.join(lang === 'zh' ? '；' : '; ') : null;
}
