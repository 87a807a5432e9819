import type { CardSectionProps } from './card-state';
import { cm } from './messages';

type Props = CardSectionProps & { groupId: string | undefined };

/** The customer's group, saved as soon as it is picked (sub-groups indented under their number). */
export function GroupPicker({ lang, cards, status, forKey, buyerName, groupId }: Props) {
  const groups = cards.groups.value;

  async function pick(value: string) {
    const reply = await cards.write({ kind: 'saveCustomerCard', ...forKey, name: buyerName, groupId: value || null });
    if (!reply.ok) return status.alert(reply.error.message);
    const group = groups.find((g) => g.id === value);
    status.say(group ? cm(lang, 'groupSaved', { name: buyerName, group: group.label }) : cm(lang, 'groupCleared', { name: buyerName }));
  }

  return (
    <label class="cust-field">
      <span>{cm(lang, 'group')}</span>
      <select value={groupId ?? ''} onChange={(e) => void pick((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{cm(lang, 'noGroup')}</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {(g.depth ? '\u3000' : '') + g.label}
          </option>
        ))}
      </select>
    </label>
  );
}
