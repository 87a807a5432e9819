import type { Lang } from '../../core/i18n';
import type { PageProblem } from './host';
import { t } from '../ui/i18n';

const PART_NAMES: Record<string, [string, string]> = {
  chatInput: ['聊天输入框', 'chat input'],
  currentBuyerName: ['当前买家名称', 'current buyer name'],
  conversationRow: ['会话列表', 'conversation list'],
};

/** A page problem in the agent's words, naming the console and the part that was not found. */
export function describeProblem(lang: Lang, problem: PageProblem, site: string): string {
  if (problem.kind === 'no-input') return t(lang, 'noChatInput', { site, selector: problem.selector });
  const names = PART_NAMES[problem.part];
  const part = names ? (lang === 'zh' ? names[0] : names[1]) : problem.part;
  return t(lang, 'invalidSelector', { site, part, selector: problem.selector });
}
