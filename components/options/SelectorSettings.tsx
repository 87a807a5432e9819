import { useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import type { ProtocolClient } from '../../core/client';
import type { SelectorOverridesRecord } from '../../core/settings';
import type { SelectorPart, SiteAdapter } from '../../sites/types';
import { describeError } from '../phrases/outcome-text';
import type { Notice as Status } from '../manager/notice';
import { partName, t } from '../ui/i18n';
import { tablePartName } from '../sidebar/table-messages';
import { SITES } from '../../sites/registry';

interface Props {
  lang: Lang;
  client: ProtocolClient;
  adapter: SiteAdapter;
  saved: SelectorOverridesRecord | undefined;
  status: Status;
}

/** A selector is checked here, in a real DOM, before it is stored: a typo never reaches a console. */
function invalidSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return false;
  } catch {
    return true;
  }
}

/** Overrides for one console's selectors; an empty field means "use the built-in selector". */
export function SelectorSettings({ lang, client, adapter, saved, status }: Props) {
  const site = adapter.name[lang];
  // The chat page's parts, then each back-office table's, stored as `<kind>.<part>`.
  const defaults: Record<string, string> = { ...adapter.selectors };
  for (const page of SITES[adapter.id].pages) {
    if (page.kind === 'chat') continue;
    for (const [part, selector] of Object.entries(page.selectors)) defaults[`${page.kind}.${part}`] = selector;
  }
  const parts = Object.keys(defaults) as (SelectorPart | `${string}.${string}`)[];
  const nameOf = (part: string) => (part.includes('.') ? tablePartName(lang, part) : partName(lang, part));
  const [values, setValues] = useState<Record<string, string>>(() => ({ ...(saved?.overrides ?? {}) }));

  async function save(e: Event) {
    e.preventDefault();
    const overrides: Record<string, string> = {};
    for (const [part, selector] of Object.entries(values)) if (selector.trim()) overrides[part] = selector.trim();
    const bad = Object.entries(overrides).find(([, v]) => invalidSelector(v));
    if (bad) return status.alert(t(lang, 'selectorInvalid', { part: nameOf(bad[0]), selector: bad[1] }));
    const reply = await client.request({ kind: 'saveSelectorOverrides', site: adapter.id, overrides });
    if (reply.ok) status.say(t(lang, 'selectorsSaved', { site }));
    else status.alert(describeError(reply.error));
  }

  return (
    <form class="card" onSubmit={save} aria-labelledby={`sel-${adapter.id}`}>
      <h3 id={`sel-${adapter.id}`}>
        {site} {adapter.confidence === 'guess' && <small class="guess">{t(lang, 'selectorsGuess')}</small>}
      </h3>
      <table>
        <thead>
          <tr>
            <th>{t(lang, 'selectorPart')}</th>
            <th>{t(lang, 'selectorDefault')}</th>
            <th>{t(lang, 'selectorOverride')}</th>
          </tr>
        </thead>
        <tbody>
          {parts.map((part) => (
            <tr key={part}>
              <th scope="row">{nameOf(part)}</th>
              <td>
                <code>{defaults[part]}</code>
              </td>
              <td>
                <input
                  aria-label={`${site} ${nameOf(part)}`}
                  value={values[part] ?? ''}
                  maxLength={300}
                  spellcheck={false}
                  onInput={(e) => setValues({ ...values, [part]: e.currentTarget.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit" class="primary">
        {t(lang, 'saveSelectors', { site })}
      </button>
    </form>
  );
}
