import type { Lang } from '../../core/i18n';
import { SALES_STAGES, stageName } from '../../core/phrases/stages';

/** `<option>`s for a stage `<select>`: "no stage" first (value ''), then the five sales stages. */
export function StageOptions({ lang, none }: { lang: Lang; none: string }) {
  return (
    <>
      <option value="">{none}</option>
      {SALES_STAGES.map(({ id }) => (
        <option key={id} value={id}>
          {stageName(id, lang)}
        </option>
      ))}
    </>
  );
}
