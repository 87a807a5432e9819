import type { Lang } from '../../core/i18n';
import { PHRASE_STAGES } from '../../core/phrases/stages';
import { stageLabel } from './i18n';

/** `<option>`s for a stage `<select>`: "no stage" first (value ''), then the five sales stages. */
export function StageOptions({ lang, none }: { lang: Lang; none: string }) {
  return (
    <>
      <option value="">{none}</option>
      {PHRASE_STAGES.map((stage) => (
        <option key={stage} value={stage}>
          {stageLabel(lang, stage)}
        </option>
      ))}
    </>
  );
}
