import type { Lang } from '../../core/i18n';
import { hourRange } from './format';
import { rm } from './messages';

/** Buyers per hour as a small table with a bar in each row; hours with nothing at either end left out. */
export function HourBars({ lang, perHour }: { lang: Lang; perHour: readonly number[] }) {
  const first = perHour.findIndex((n) => n > 0);
  if (first < 0) return null;
  const last = perHour.length - 1 - [...perHour].reverse().findIndex((n) => n > 0);
  const max = Math.max(...perHour);
  const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return (
    <table class="rd-hours" aria-label={rm(lang, 'perHourLabel')}>
      <thead>
        <tr>
          <th scope="col">{rm(lang, 'hour')}</th>
          <th scope="col">{rm(lang, 'buyers')}</th>
          <th scope="col" aria-hidden="true" />
        </tr>
      </thead>
      <tbody>
        {hours.map((h) => (
          <tr key={h}>
            <th scope="row">{hourRange(h)}</th>
            <td>{perHour[h]}</td>
            <td class="rd-bar-cell" aria-hidden="true">
              <span class="rd-bar" style={{ width: `${(perHour[h]! / max) * 100}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
