import type { Lang } from '../../core/i18n';
import type { PageProblem } from './host';
import { t, partName } from '../ui/i18n';

/** A page problem in the agent's words, naming the console and the part that was not found. */
export function describeProblem(lang: Lang, problem: PageProblem, site: string): string {
  if (problem.kind === 'no-input') return t(lang, 'noChatInput', { site, selector: problem.selector });
  return t(lang, 'invalidSelector', { site, part: partName(lang, problem.part), selector: problem.selector });
}
