import type { Lang } from '../../core/i18n';
import { FIGURE_FIELDS, type RateResult } from '../../core/metrics';
import { rateText } from './format';
import { mm } from './messages';
import type { MetricsRow } from './rows';

interface Props {
  lang: Lang;
  rows: readonly MetricsRow[];
  onEdit(row: MetricsRow): void;
  onDelete(row: MetricsRow): void;
}

/** A rate cell: the percentage over its parts, or 不可用 over the reason (as text, never a blank). */
function RateCell({ lang, result }: { lang: Lang; result: RateResult }) {
  const { main, detail } = rateText(lang, result);
  return (
    <td class={result.value === null ? 'mt-rate mt-na' : 'mt-rate'}>
      <span class="mt-main">{main}</span>
      <span class="mt-detail">{detail}</span>
    </td>
  );
}

/** 每日指标: one row per date and product, the figures as entered and the rates made of them. */
export function MetricsTable({ lang, rows, onEdit, onDelete }: Props) {
  const name = (r: MetricsRow) => r.product || mm(lang, 'wholeShop');
  return (
    <div class="mt-table-wrap">
      <table class="mt-table" aria-label={mm(lang, 'tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{mm(lang, 'colDate')}</th>
            <th scope="col">{mm(lang, 'colProduct')}</th>
            {FIGURE_FIELDS.map((f) => (
              <th key={f} scope="col" class="mt-num">
                {mm(lang, f)}
              </th>
            ))}
            <th scope="col">{mm(lang, 'colConversion')}</th>
            <th scope="col">{mm(lang, 'colCharm')}</th>
            <th scope="col">{mm(lang, 'colWithin3')}</th>
            <th scope="col">{mm(lang, 'colWithin5')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} class={r.product ? 'mt-product' : undefined}>
              <th scope="row">{r.date}</th>
              <td>{name(r)}</td>
              {FIGURE_FIELDS.map((f) => (
                <td key={f} class="mt-num">
                  {r.figures?.[f] ?? mm(lang, 'notEntered')}
                </td>
              ))}
              <RateCell lang={lang} result={r.conversion} />
              <RateCell lang={lang} result={r.charm} />
              {r.replies ? (
                <>
                  <RateCell lang={lang} result={r.replies.within3} />
                  <RateCell lang={lang} result={r.replies.within5} />
                </>
              ) : (
                <td colSpan={2} class="mt-detail">
                  {r.product ? mm(lang, 'replyShopOnly') : mm(lang, 'noWaits')}
                </td>
              )}
              <td class="mt-actions">
                {r.figures && (
                  <div class="mt-buttons">
                    <button type="button" class="small" aria-label={mm(lang, 'editRow', { date: r.date, product: name(r) })} onClick={() => onEdit(r)}>
                      {mm(lang, 'edit')}
                    </button>
                    <button type="button" class="small danger" aria-label={mm(lang, 'removeRow', { date: r.date, product: name(r) })} onClick={() => onDelete(r)}>
                      {mm(lang, 'remove')}
                    </button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
