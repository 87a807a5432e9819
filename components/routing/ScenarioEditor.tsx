import { memo } from 'preact/compat';
import type { Lang } from '../../core/i18n';
import { FieldErrors, Input, Section, fieldId } from './Field';
import { TRAFFIC_PRESETS, applyPreset, type ScenarioForm, type TrafficPreset } from './form';
import { m } from './messages';

interface Props {
  lang: Lang;
  form: ScenarioForm;
  /** Errors by field key (see placeErrors). */
  errors: Map<string, string[]>;
  onChange: (next: ScenarioForm) => void;
}

/**
 * The what-if editor: agents, groups, traffic, days and seed, each field with its errors beside it.
 * Memoised: the analysis's answers re-render the page, not a 20-agent form that did not change.
 */
export const ScenarioEditor = memo(function ScenarioEditor({ lang, form, errors, onChange }: Props) {
  const edit = (change: (draft: ScenarioForm) => void) => {
    const draft = structuredClone(form);
    change(draft);
    onChange(draft);
  };
  const agentName = (i: number) => form.agents[i]!.id || `#${i + 1}`;
  const of = (i: number, field: string) => m(lang, 'fieldOf', { agent: agentName(i), field });
  const perDay = form.perHour.reduce((sum, h) => sum + (Number(h) || 0), 0);
  const mixSum = form.mix.reduce((sum, row) => sum + (Number(row.share) || 0), 0);

  return (
    <div class="rt-editor">
      <Section title={m(lang, 'agentsHeading')}>
        <FieldErrors id={fieldId('agents')} errors={errors.get('agents')} />
        <div class="rt-table-wrap">
          <table class="rt-agents">
            <thead>
              <tr>
                <th scope="col">{m(lang, 'colAgent')}</th>
                <th scope="col">{m(lang, 'colWeight')}</th>
                <th scope="col">{m(lang, 'colGroup')}</th>
                <th scope="col">{m(lang, 'colOnline')}</th>
                <th scope="col">{m(lang, 'colReply')}</th>
                <th scope="col">{m(lang, 'colRecent')}</th>
                <th scope="col" class="rt-sr">{m(lang, 'removeAgent', { agent: '' })}</th>
              </tr>
            </thead>
            <tbody>
              {form.agents.map((agent, i) => (
                <tr key={i}>
                  <td>
                    <Input field={`agents[${i}].id`} label={of(i, m(lang, 'colAgent'))} value={agent.id} errors={errors} size="s" onInput={(v) => edit((d) => (d.agents[i]!.id = v))} />
                  </td>
                  <td>
                    <Input field={`agents[${i}].weight`} label={of(i, m(lang, 'colWeight'))} value={agent.weight} errors={errors} numeric size="xs" onInput={(v) => edit((d) => (d.agents[i]!.weight = v))} />
                  </td>
                  <td>
                    <select
                      id={fieldId(`agents[${i}].group`)}
                      aria-label={of(i, m(lang, 'colGroup'))}
                      value={agent.group}
                      onChange={(e) => edit((d) => (d.agents[i]!.group = (e.currentTarget as HTMLSelectElement).value))}
                    >
                      <option value="">{m(lang, 'noGroup')}</option>
                      {[...new Set([...form.groups.map((g) => g.id), agent.group].filter((g) => g !== ''))].map((g) => (
                        <option key={g} value={g}>
                          {g}
                        </option>
                      ))}
                    </select>
                    <FieldErrors id={fieldId(`agents[${i}].group`)} errors={errors.get(`agents[${i}].group`)} />
                  </td>
                  <td>
                    <ul class="rt-intervals">
                      {agent.online.map(([from, to], k) => {
                        const key = `agents[${i}].online[${k}]`;
                        return (
                          <li key={k}>
                            <Input field={`${key}[0]`} alsoKey={key} label={m(lang, 'intervalStart', { agent: agentName(i), n: k + 1 })} value={from} errors={errors} numeric size="xs" onInput={(v) => edit((d) => (d.agents[i]!.online[k]![0] = v))} />
                            <span aria-hidden="true">–</span>
                            <Input field={`${key}[1]`} alsoKey={key} label={m(lang, 'intervalEnd', { agent: agentName(i), n: k + 1 })} value={to} errors={errors} numeric size="xs" onInput={(v) => edit((d) => (d.agents[i]!.online[k]![1] = v))} />
                            <button type="button" class="rt-x" aria-label={`${agentName(i)}: ${m(lang, 'removeInterval', { n: k + 1 })}`} onClick={() => edit((d) => d.agents[i]!.online.splice(k, 1))}>
                              ×
                            </button>
                            <FieldErrors id={fieldId(key)} errors={errors.get(key)} />
                          </li>
                        );
                      })}
                    </ul>
                    <FieldErrors id={fieldId(`agents[${i}].online`)} errors={errors.get(`agents[${i}].online`)} />
                    <button type="button" class="rt-small" aria-label={`${agentName(i)}: ${m(lang, 'addInterval')}`} onClick={() => edit((d) => d.agents[i]!.online.push(['20', '22']))}>
                      + {m(lang, 'addInterval')}
                    </button>
                  </td>
                  <td>
                    <Input field={`agents[${i}].replySeconds`} label={of(i, m(lang, 'colReply'))} value={agent.replySeconds} errors={errors} numeric size="xs" onInput={(v) => edit((d) => (d.agents[i]!.replySeconds = v))} />
                  </td>
                  <td>
                    <Input field={`agents[${i}].recentContacts`} label={of(i, m(lang, 'colRecent'))} value={agent.recentContacts} errors={errors} numeric size="xs" onInput={(v) => edit((d) => (d.agents[i]!.recentContacts = v))} />
                  </td>
                  <td>
                    <button type="button" class="rt-x" aria-label={m(lang, 'removeAgent', { agent: agentName(i) })} disabled={form.agents.length <= 1} onClick={() => edit((d) => d.agents.splice(i, 1))}>
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button
          type="button"
          class="rt-small"
          onClick={() =>
            edit((d) => d.agents.push({ id: m(lang, 'newAgent', { n: d.agents.length + 1 }), weight: '1', group: '', online: [['9', '18']], replySeconds: '60', recentContacts: '' }))
          }
        >
          + {m(lang, 'addAgent')}
        </button>
      </Section>

      <Section title={m(lang, 'groupsHeading')} hint={m(lang, 'groupsHint')}>
        <FieldErrors id={fieldId('groups')} errors={errors.get('groups')} />
        <ul class="rt-rows">
          {form.groups.map((group, g) => (
            <li key={g}>
              <Input
                field={`groups[${g}].id`}
                label={`${m(lang, 'colGroupName')} ${g + 1}`}
                value={group.id}
                errors={errors}
                size="s"
                onInput={(v) =>
                  edit((d) => {
                    // Agents in the group follow its new name.
                    d.agents.forEach((a) => a.group === group.id && group.id !== '' && (a.group = v));
                    d.groups[g]!.id = v;
                  })
                }
              />
              <Input field={`groups[${g}].orderStates`} label={m(lang, 'fieldOf', { agent: group.id || `#${g + 1}`, field: m(lang, 'colBound') })} value={group.orderStates} errors={errors} size="l" list="rt-states" onInput={(v) => edit((d) => (d.groups[g]!.orderStates = v))} />
              <button type="button" class="rt-x" aria-label={m(lang, 'removeGroup', { group: group.id })} onClick={() => edit((d) => d.groups.splice(g, 1))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <datalist id="rt-states">
          {form.mix.map((row) => (
            <option key={row.state} value={row.state} />
          ))}
        </datalist>
        <button type="button" class="rt-small" onClick={() => edit((d) => d.groups.push({ id: m(lang, 'newGroup', { n: d.groups.length + 1 }), orderStates: '' }))}>
          + {m(lang, 'addGroup')}
        </button>
      </Section>

      <Section title={m(lang, 'trafficHeading')}>
        <fieldset class="rt-hours">
          <legend>
            {m(lang, 'perHourLabel')} · {m(lang, 'perDay', { count: Math.round(perDay) })}
          </legend>
          <FieldErrors id={fieldId('traffic.perHour')} errors={errors.get('traffic.perHour')} />
          <div class="rt-hour-grid">
            {form.perHour.map((value, h) => (
              <label key={h} class="rt-hour">
                <span aria-hidden="true">{h}</span>
                <Input field={`traffic.perHour[${h}]`} label={m(lang, 'hourField', { hour: h })} value={value} errors={errors} numeric size="xs" onInput={(v) => edit((d) => (d.perHour[h] = v))} />
              </label>
            ))}
          </div>
          <div class="rt-presets" role="group" aria-label={m(lang, 'presets')}>
            <span>{m(lang, 'presets')}:</span>
            {(Object.keys(TRAFFIC_PRESETS) as TrafficPreset[]).map((preset) => (
              <button key={preset} type="button" class="rt-small" title={m(lang, 'presetKeepsTotal')} onClick={() => edit((d) => (d.perHour = applyPreset(preset, d.perHour)))}>
                {m(lang, preset)}
              </button>
            ))}
          </div>
        </fieldset>
        <div class="rt-inline">
          <label for={fieldId('traffic.returningShare')}>{m(lang, 'returning')}</label>
          <Input field="traffic.returningShare" label={m(lang, 'returning')} value={form.returningShare} errors={errors} numeric size="xs" onInput={(v) => edit((d) => (d.returningShare = v))} />
        </div>
        <h4>{m(lang, 'mixHeading')}</h4>
        <ul class="rt-rows">
          {form.mix.map((row, i) => {
            const key = `traffic.orderStates.${row.state.trim() || i}`;
            return (
              <li key={i}>
                <Input field={`mix-state-${i}`} label={`${m(lang, 'colState')} ${i + 1}`} value={row.state} errors={errors} size="s" onInput={(v) => edit((d) => (d.mix[i]!.state = v))} />
                <Input field={key} alsoKey="traffic.orderStates" label={m(lang, 'fieldOf', { agent: row.state || `#${i + 1}`, field: m(lang, 'colShare') })} value={row.share} errors={errors} numeric size="xs" onInput={(v) => edit((d) => (d.mix[i]!.share = v))} />
                <button type="button" class="rt-x" aria-label={m(lang, 'removeState', { state: row.state })} onClick={() => edit((d) => d.mix.splice(i, 1))}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        <p class="rt-sum">
          {m(lang, 'mixSum', { sum: Math.round(mixSum * 1000) / 1000 })}
          <FieldErrors id={fieldId('traffic.orderStates')} errors={errors.get('traffic.orderStates')} />
        </p>
        <button type="button" class="rt-small" onClick={() => edit((d) => d.mix.push({ state: m(lang, 'newState', { n: d.mix.length + 1 }), share: '0' }))}>
          + {m(lang, 'addState')}
        </button>
      </Section>

      <Section title={`${m(lang, 'days')} · ${m(lang, 'seed')}`}>
        <div class="rt-inline">
          <label for={fieldId('days')}>{m(lang, 'days')}</label>
          <Input field="days" label={m(lang, 'days')} value={form.days} errors={errors} numeric size="xs" onInput={(v) => edit((d) => (d.days = v))} />
          <label for={fieldId('seed')}>{m(lang, 'seed')}</label>
          <Input field="seed" label={m(lang, 'seed')} value={form.seed} errors={errors} numeric size="s" onInput={(v) => edit((d) => (d.seed = v))} />
        </div>
      </Section>
    </div>
  );
});
