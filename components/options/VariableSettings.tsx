import { useState } from 'preact/hooks';
import type { Lang } from '../../core/i18n';
import type { ProtocolClient } from '../../core/client';
import { SETTING_VARIABLES } from '../../core/settings/model';
import { describeError } from '../phrases/outcome-text';
import type { Status } from '../sidebar/status';
import { defineMessages } from '../ui/i18n';

const t = defineMessages({
  heading: ['变量', 'Variables'],
  intro: [
    '话术里的 {店铺}、{客服}、{发货时间} 用这里的值填写；{买家} 和 {商品} 从当前会话读取；其余变量在插入前询问。',
    '{店铺} (shop), {客服} (agent) and {发货时间} (ship time) in phrases use these values; {买家} and {商品} come from the open conversation; anything else is asked before inserting.',
  ],
  save: ['保存变量', 'Save variables'],
  saved: ['变量已保存。', 'Variables saved.'],
  placeholder_店铺: ['例如：小鹿家居旗舰店', 'e.g. Xiaolu Home Store'],
  placeholder_客服: ['例如：小美', 'e.g. Mei'],
  placeholder_发货时间: ['例如：付款后48小时内', 'e.g. within 48 hours of payment'],
});

interface Props {
  lang: Lang;
  client: ProtocolClient;
  saved: Record<string, string>;
  status: Status;
}

/** The agent's own values for variables that are the same in every conversation. */
export function VariableSettings({ lang, client, saved, status }: Props) {
  const [values, setValues] = useState<Record<string, string>>(() => ({ ...saved }));

  async function save(e: Event) {
    e.preventDefault();
    const reply = await client.request({ kind: 'saveVariableSettings', values });
    if (reply.ok) status.say(t(lang, 'saved'));
    else status.alert(describeError(reply.error));
  }

  return (
    <form class="card" onSubmit={save} aria-labelledby="variables-heading">
      <h2 id="variables-heading">{t(lang, 'heading')}</h2>
      <p class="intro">{t(lang, 'intro')}</p>
      <table>
        <tbody>
          {SETTING_VARIABLES.map((name) => (
            <tr key={name}>
              <th scope="row">{`{${name}}`}</th>
              <td>
                <input
                  aria-label={name}
                  value={values[name] ?? ''}
                  maxLength={100}
                  placeholder={t(lang, `placeholder_${name}`)}
                  onInput={(e) => setValues({ ...values, [name]: e.currentTarget.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit" class="primary">
        {t(lang, 'save')}
      </button>
    </form>
  );
}
