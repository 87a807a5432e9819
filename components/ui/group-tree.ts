import type { GroupRecord as ManagedGroup } from '../../core/phrases';

export interface GroupNode {
  group: ManagedGroup;
  depth: number;
  children: GroupNode[];
}

const parentOf = (g: ManagedGroup) => g.parentId ?? null;

/**
 * Groups as a tree, siblings by `order`. A group whose parent is missing, or that sits in a cycle,
 * is shown at the top level rather than lost.
 */
export function buildGroupTree(groups: readonly ManagedGroup[]): GroupNode[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const reachesTop = (g: ManagedGroup): boolean => {
    const seen = new Set([g.id]);
    let parent = parentOf(g);
    while (parent !== null) {
      if (seen.has(parent) || !byId.has(parent)) return false;
      seen.add(parent);
      parent = parentOf(byId.get(parent)!);
    }
    return true;
  };
  const children = new Map<string | null, ManagedGroup[]>();
  for (const g of groups) {
    const parent = reachesTop(g) ? parentOf(g) : null;
    const list = children.get(parent) ?? [];
    list.push(g);
    children.set(parent, list);
  }
  const build = (parent: string | null, depth: number): GroupNode[] =>
    (children.get(parent) ?? [])
      .sort((a, b) => a.order - b.order)
      .map((group) => ({ group, depth, children: build(group.id, depth + 1) }));
  return build(null, 0);
}

/** Depth-first list of the tree (for a `<select>` with indented names). */
export function flattenTree(nodes: readonly GroupNode[]): GroupNode[] {
  return nodes.flatMap((n) => [n, ...flattenTree(n.children)]);
}

/** The ids of a group and everything under it. */
export function subtreeIds(nodes: readonly GroupNode[], id: string): Set<string> {
  const node = flattenTree(nodes).find((n) => n.group.id === id);
  return new Set(node ? flattenTree([node]).map((n) => n.group.id) : [id]);
}

/** The siblings of a group (same parent), in order. */
export function siblingsOf(nodes: readonly GroupNode[], parentId: string | null): ManagedGroup[] {
  if (parentId === null) return nodes.map((n) => n.group);
  const parent = flattenTree(nodes).find((n) => n.group.id === parentId);
  return parent ? parent.children.map((n) => n.group) : [];
}

export type DropPosition = 'before' | 'after' | 'inside';

/**
 * Where a dragged group lands when dropped on `targetId`: its new parent and that parent's
 * children in their new order. Null when the drop would put a group inside itself.
 */
export function planGroupDrop(
  nodes: readonly GroupNode[],
  draggedId: string,
  targetId: string,
  position: DropPosition,
): { parentId: string | null; orderedIds: string[] } | null {
  if (draggedId === targetId || subtreeIds(nodes, draggedId).has(targetId)) return null;
  const target = flattenTree(nodes).find((n) => n.group.id === targetId);
  if (!target) return null;
  if (position === 'inside') {
    const ids = target.children.map((n) => n.group.id).filter((id) => id !== draggedId);
    return { parentId: targetId, orderedIds: [...ids, draggedId] };
  }
  const parentId = parentOf(target.group);
  const ids = siblingsOf(nodes, parentId)
    .map((g) => g.id)
    .filter((id) => id !== draggedId);
  const at = ids.indexOf(targetId) + (position === 'after' ? 1 : 0);
  ids.splice(at, 0, draggedId);
  return { parentId, orderedIds: ids };
}

/** Moves `id` one step within `ids` (-1 up, +1 down); the same array when it cannot move. */
export function moveInList(ids: readonly string[], id: string, step: -1 | 1): string[] {
  const at = ids.indexOf(id);
  const to = at + step;
  if (at < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[at], next[to]] = [next[to]!, next[at]!];
  return next;
}

/** `ids` with `draggedId` placed before or after `targetId`. */
export function placeInList(ids: readonly string[], draggedId: string, targetId: string, after: boolean): string[] {
  if (draggedId === targetId) return [...ids];
  const next = ids.filter((id) => id !== draggedId);
  const at = next.indexOf(targetId);
  if (at < 0) return [...ids];
  next.splice(at + (after ? 1 : 0), 0, draggedId);
  return next;
}
