import { buildGroupTree, flattenTree } from '../../core/library/group-tree';
import type { GroupRecord } from '../../core/phrases';

/** `<option>`s for a group `<select>`: "ungrouped" first, then the tree with names indented by depth. */
export function GroupOptions({ groups, ungrouped }: { groups: readonly GroupRecord[]; ungrouped: string }) {
  return (
    <>
      <option value="">{ungrouped}</option>
      {flattenTree(buildGroupTree(groups)).map((n) => (
        <option key={n.group.id} value={n.group.id}>
          {'\u3000'.repeat(n.depth) + n.group.name}
        </option>
      ))}
    </>
  );
}
