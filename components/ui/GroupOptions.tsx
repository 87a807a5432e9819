import type { GroupNode } from './group-tree';

/** `<option>`s for a group `<select>`: "ungrouped" first, then the tree with indented names. */
export function GroupOptions({ flat, ungrouped }: { flat: readonly GroupNode[]; ungrouped: string }) {
  return (
    <>
      <option value="">{ungrouped}</option>
      {flat.map((n) => (
        <option key={n.group.id} value={n.group.id}>
          {'\u3000'.repeat(n.depth) + n.group.name}
        </option>
      ))}
    </>
  );
}
