import { useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import type { ProtocolClient } from '../../core/protocol/client';
import type { SelectorOverridesRecord } from '../../core/settings/model';
import type { SelectorPart, SiteAdapter } from '../../sites/types';
import { describeError } from '../phrases/outcome-text';
import type { Notice as Status } from '../manager/notice';
import { partName, t } from '../ui/i18n';

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
  const parts = Object.keys(adapter.selectors) as SelectorPart[];
  const [values, setValues] = useState<Record<string, string>>(() => ({ ...(saved?.overrides ?? {}) }));

  async function save(e: Event) {
    e.preventDefault();
    const overrides: Record<string, string> = {};
    for (const [part, selector] of Object.entries(values)) if (selector.trim()) overrides[part] = selector.trim();
    const bad = Object.entries(overrides).find(([, v]) => invalidSelector(v));
    if (bad) return status.alert(t(lang, 'selectorInvalid', { part: partName(lang, bad[0]), selector: bad[1] }));
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
              <th scope="row">{partName(lang, part)}</th>
              <td>
                <code>{adapter.selectors[part]}</code>
              </td>
              <td>
                <input
                  aria-label={`${site} ${partName(lang, part)}`}
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
